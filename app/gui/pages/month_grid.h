// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One month as a grid of days, weeks in rows from the runner's first day of the week, a
// total column at the right; each day cell names its distance and the worst pain that day.
// Today is framed in the palette's highlight colour; a double-click on a day of the month
// asks for that day's runs (dayActivated).

#include "app/gui/presenters/calendar_presenter.h"

#include "core/model/journal_snapshot.h"

#include <QDate>
#include <QWidget>

#include <map>

namespace stridelog::gui {

class MonthGrid : public QWidget {
    Q_OBJECT

public:
    explicit MonthGrid(QWidget* parent = nullptr);

    void setMonth(QDate first, Qt::DayOfWeek weekStart, UnitSystem units,
                  std::map<QDate, DayEntry> days);
    // What a day's cell says ("8.2 km", "pain 4/10"), for tests and screen readers.
    QString dayText(QDate day) const;
    // The total of the week that starts on `weekStart`.
    std::int64_t weekMetres(QDate weekStart) const;
    // The day marked as today (the session's clock).
    void setToday(QDate today);
    QDate today() const { return today_; }
    // The cell of a day shown, in widget coordinates (empty when it is not shown).
    QRect cellOf(QDate day) const;
    // The day under a point, or an invalid date (the header, the week column).
    QDate dayAt(QPointF point) const;

    QSize minimumSizeHint() const override { return {420, 260}; }

Q_SIGNALS:
    void dayActivated(QDate day);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;

private:
    QDate gridStart() const;
    double headerHeight() const;

    QDate first_;
    Qt::DayOfWeek weekStart_ = Qt::Monday;
    UnitSystem units_ = UnitSystem::Kilometres;
    std::map<QDate, DayEntry> days_;
    QDate today_;
};

}  // namespace stridelog::gui
