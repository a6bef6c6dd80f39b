// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendar_presenter.h"

#include "core/model/unit_text.h"

#include <QCoreApplication>
#include <QLocale>

namespace stridelog::gui {
namespace {

// The context is the namespace, as lupdate names it for a free function's tr().
QString tr(const char* text) {
    return QCoreApplication::translate("stridelog::gui", text);
}

// The grid shows whole weeks, so a few days of the months around it too.
bool shownWith(QDate day, QDate monthFirst) {
    return day >= monthFirst.addDays(-7) && day <= monthFirst.addMonths(1).addDays(14);
}

}  // namespace

CalendarMonthView presentCalendarMonth(const Evaluation& evaluation, QDate monthFirst) {
    CalendarMonthView view;
    std::int64_t monthMetres = 0;
    int monthRuns = 0;
    for (const Run& run : evaluation.journal.runs) {
        const QDate day = run.start.localDate();
        if (day.year() == monthFirst.year())
            view.yearMetres[static_cast<std::size_t>(day.month() - 1)] += run.distance.metres();
        if (!shownWith(day, monthFirst)) continue;
        DayEntry& entry = view.days[day];
        entry.metres += run.distance.metres();
        ++entry.runs;
        if (day.month() == monthFirst.month() && day.year() == monthFirst.year()) {
            monthMetres += run.distance.metres();
            ++monthRuns;
        }
    }
    for (std::size_t i = 0; i < evaluation.journal.pains.size() && i < evaluation.pain.size();
         ++i) {
        const PainEntry& pain = evaluation.journal.pains[i];
        const QDate day = pain.start.localDate();
        if (!shownWith(day, monthFirst)) continue;
        DayEntry& entry = view.days[day];
        const int stage = evaluation.pain[i].stage;
        if (!entry.painMax || pain.intensity > *entry.painMax ||
            (pain.intensity == *entry.painMax && stage > entry.painStage.value_or(0))) {
            entry.painMax = pain.intensity;
            entry.painStage = stage;
        }
    }
    const UnitText units = UnitText::app(evaluation.journal.settings.units);
    const QString runs = monthRuns == 1 ? tr("1 run") : tr("%1 runs").arg(monthRuns);
    view.title = tr("%1: %2 in %3")
                     .arg(QLocale().toString(monthFirst, QStringLiteral("MMMM yyyy")),
                          units.distance(Distance::fromMetres(monthMetres), 1), runs);
    return view;
}

}  // namespace stridelog::gui
