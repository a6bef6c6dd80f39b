// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A calendar of months (`--page calendar`): each day's runs (distance) and pain (worst
// intensity), each week's total beside it and the month's above, with the year's monthly
// totals charted below (year_chart.h). The arrows (or Page Up and Page Down) move a month.
// Today is marked; a double-click on a day asks the window for that day's runs. It opens on
// this month, or on the last month with runs when this one has none (an imported history).

#include "journal_page.h"

#include <QDate>

class QLabel;
class QPushButton;

namespace stridelog::gui {

class MonthGrid;
class YearChart;

class CalendarPage : public JournalPage {
    Q_OBJECT

public:
    explicit CalendarPage(JournalSession& session, QWidget* parent = nullptr);

    void showMonth(QDate anyDay);
    QDate month() const { return month_; }
    QString monthTitle() const;
    MonthGrid* grid() const { return grid_; }
    YearChart* yearChart() const { return year_; }

Q_SIGNALS:
    // A day with runs was double-clicked.
    void dayActivated(QDate day);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void redraw();
    QDate openingMonth();

    QDate month_;          // its first day
    bool opened_ = false;  // shown once, on its opening month
    QLabel* title_ = nullptr;
    YearChart* year_ = nullptr;
    MonthGrid* grid_ = nullptr;
};

}  // namespace stridelog::gui
