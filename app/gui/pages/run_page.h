// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One run, opened from the runs table (double-click or Enter) or with `--page run --run ID`:
// its facts, the route's outline, pace, heart rate, cadence and elevation against distance,
// laps and splits, the pain that followed it and what the rules say of it. The track is read
// from the journal only here, when the run is opened.

#include "journal_page.h"

#include "core/model/ids.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace stridelog::gui {

class RouteView;
class TrackChart;
struct RowText;

class RunPage : public JournalPage {
    Q_OBJECT

public:
    explicit RunPage(JournalSession& session, QWidget* parent = nullptr);

    void showRun(RunId id);
    RunId runId() const { return run_; }
    void focusEntry(std::int64_t id) override { showRun(RunId(id)); }

    QTableWidget* lapsTable() const { return laps_; }
    QTableWidget* splitsTable() const { return splits_; }
    TrackChart* chart() const { return chart_; }
    RouteView* route() const { return route_; }
    QPushButton* editButton() const { return edit_; }
    QPushButton* exportButton() const { return export_; }

private:
    void redraw();
    // The run and the knee pain after it, in the Log-run dialog (one undoable step).
    void editRun();
    static void fillTable(QTableWidget* table, const std::vector<RowText>& rows);

    RunId run_;
    QLabel* title_ = nullptr;
    QPushButton* edit_ = nullptr;
    QPushButton* export_ = nullptr;
    QLabel* facts_ = nullptr;
    QLabel* rules_ = nullptr;
    QLabel* pain_ = nullptr;
    RouteView* route_ = nullptr;
    TrackChart* chart_ = nullptr;
    QTableWidget* laps_ = nullptr;
    QTableWidget* splits_ = nullptr;
};

}  // namespace stridelog::gui
