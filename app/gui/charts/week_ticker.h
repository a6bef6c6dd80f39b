// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The date ticks of the time charts. Zoomed in, a tick stands on a week's first day (the
// runner's week start), every week or every few weeks as the width allows; zoomed out past
// about a year, on the first of a month, every month or every few. Labels carry the year
// whenever the visible range is not all in this year ("16 Nov" this year, "16 Nov 2025"
// otherwise; "Mar 2024" for months). Keys are the charts' day keys (seconds on a UTC calendar,
// see presenters/weekly_volume_presenter.h).

#include "app/gui/charts/qcustomplot_include.h"

#include <QDate>

namespace stridelog::gui {

class WeekTicker : public QCPAxisTicker {
public:
    // Any first day of a week: the ticks step in weeks from it.
    void setWeekStart(QDate anyWeekStart) { weekStart_ = anyWeekStart; }
    // The year of "today": labels inside it go without a year.
    void setThisYear(int year) { thisYear_ = year; }
    // How many labels fit along the axis: its length, and the width of a label without and
    // with its year (with some space around each).
    void setRoom(int axisPixels, int shortLabelPixels, int longLabelPixels);
    // True when the ticks are months (the range spans more than about a year).
    bool showsMonths(const QCPRange& range) const;

    // The key of midnight starting `day`, where its tick stands.
    static double startKey(QDate day);
    static QDate dateOf(double key);

protected:
    QVector<double> createTickVector(double tickStep, const QCPRange& range) override;
    QString getTickLabel(double tick, const QLocale& locale, QChar formatChar,
                         int precision) override;
    int getSubTickCount(double tickStep) override;

private:
    QVector<double> weekTicks(const QCPRange& range, int maxTicks) const;
    QVector<double> monthTicks(const QCPRange& range, int maxTicks) const;
    int maxTicks(bool withYear) const;

    QDate weekStart_{2024, 1, 1};  // a Monday
    int thisYear_ = 0;
    int axisPixels_ = 600;
    int shortLabelPixels_ = 60;
    int longLabelPixels_ = 90;
    bool months_ = false;
    bool withYear_ = false;
};

}  // namespace stridelog::gui
