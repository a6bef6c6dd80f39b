// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The knee, which this journal is for (`--page knee`): every pain entry over time at its
// intensity, coloured by its stage (R5), with its duration drawn, over the weekly distance
// shaded behind, so the runner sees which weeks the pain came after; the sites on the knee
// drawing with how often each hurt; and what the pain follows (R13's rates for each surface,
// hills, pair and run type, with their counts, also below the warning's threshold).

#include "journal_page.h"

class QCustomPlot;
class QTableWidget;

namespace stridelog::gui {

class KneeSiteCounts;
struct KneeView;

class KneePage : public JournalPage {
    Q_OBJECT

public:
    explicit KneePage(JournalSession& session, QWidget* parent = nullptr);

    QCustomPlot* timeline() const { return timeline_; }
    KneeSiteCounts* sites() const { return sites_; }
    QTableWidget* ratesTable() const { return rates_; }

private:
    void redraw();
    void drawTimeline(const KneeView& view);
    void fillRates(const KneeView& view);

    QCustomPlot* timeline_ = nullptr;
    KneeSiteCounts* sites_ = nullptr;
    QTableWidget* rates_ = nullptr;
};

}  // namespace stridelog::gui
