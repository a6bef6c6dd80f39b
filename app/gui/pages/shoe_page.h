// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One pair, opened from the shoes table (double-click or Enter) or with
// `--page shoe --shoe ID`: its distance over time against its own limit with the 80% mark
// (R3), the distance it ran each of the last 8 weeks, the day it reaches its limit at that
// rate ("around 14 December") and the runs in it.

#include "journal_page.h"

#include "core/model/ids.h"

class QCustomPlot;
class QLabel;
class QTableWidget;

namespace stridelog::gui {

struct ShoePageView;

class ShoePage : public JournalPage {
    Q_OBJECT

public:
    explicit ShoePage(JournalSession& session, QWidget* parent = nullptr);

    void showShoe(ShoeId id);
    ShoeId shoeId() const { return shoe_; }
    void focusEntry(std::int64_t id) override { showShoe(ShoeId(id)); }

    QLabel* forecastLabel() const { return forecast_; }
    QTableWidget* runsTable() const { return runs_; }
    QCustomPlot* wearChart() const { return wear_; }
    QCustomPlot* weeksChart() const { return weeks_; }

private:
    void redraw();
    void drawWear(const ShoePageView& view);
    void drawWeeks(const ShoePageView& view);
    void fillRuns(const ShoePageView& view);

    ShoeId shoe_;
    QLabel* title_ = nullptr;
    QLabel* facts_ = nullptr;
    QLabel* forecast_ = nullptr;
    QCustomPlot* wear_ = nullptr;
    QCustomPlot* weeks_ = nullptr;
    QTableWidget* runs_ = nullptr;
};

}  // namespace stridelog::gui
