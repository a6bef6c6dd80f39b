// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One month as a grid of days, weeks in rows from the runner's first day of the week, a
// total column at the right; each day cell names its distance and the worst pain that day.

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

    QSize minimumSizeHint() const override { return {420, 260}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QDate gridStart() const;

    QDate first_;
    Qt::DayOfWeek weekStart_ = Qt::Monday;
    UnitSystem units_ = UnitSystem::Kilometres;
    std::map<QDate, DayEntry> days_;
};

}  // namespace stridelog::gui
