// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The way back after a knee pain of stage 3 (`--page way-back`, RULES.md R16): the six levels
// as steps with the runner's own marked, each session's ratings during, an hour after and the
// next morning against the ceilings, the last decision in words with its reasons, and the next
// session. Before a programme it explains what the way back is and when it opens.

#include "journal_page.h"

class QCustomPlot;
class QLabel;

namespace stridelog::gui {

struct WayBackView;

class WayBackPage : public JournalPage {
    Q_OBJECT

public:
    explicit WayBackPage(JournalSession& session, QWidget* parent = nullptr);

    QCustomPlot* sessionsChart() const { return chart_; }
    QLabel* decision() const { return decision_; }
    QLabel* nextSession() const { return next_; }
    QLabel* heading() const { return heading_; }

private:
    void redraw();
    void drawSessions(const WayBackView& view);

    QLabel* heading_ = nullptr;
    QLabel* explanation_ = nullptr;
    QLabel* levels_ = nullptr;
    QLabel* decision_ = nullptr;
    QLabel* next_ = nullptr;
    QCustomPlot* chart_ = nullptr;
};

}  // namespace stridelog::gui
