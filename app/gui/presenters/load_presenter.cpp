// SPDX-License-Identifier: GPL-3.0-or-later
#include "load_presenter.h"

#include "weekly_volume_presenter.h"

#include "core/i18n/locale_text.h"
#include "core/model/unit_text.h"
#include "core/rules/chart_summaries.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace stridelog::gui {

LoadCurves presentLoad(const Evaluation& evaluation) {
    const UnitText units = UnitText::app(evaluation.journal.settings.units);
    LoadCurves curves;
    curves.unitSymbol = units.symbol();
    curves.summary = loadSummary(evaluation);
    const auto size = static_cast<qsizetype>(evaluation.load.size());
    curves.keys.reserve(size);
    curves.acute.reserve(size);
    curves.chronic.reserve(size);
    for (const DailyLoad& day : evaluation.load) {
        curves.keys.push_back(dayKey(day.day));
        curves.acute.push_back(units.fromKm(day.acute));
        curves.chronic.push_back(units.fromKm(day.chronic));
        curves.maxValue = std::max({curves.maxValue, curves.acute.back(), curves.chronic.back()});
    }
    return curves;
}

QString loadTooltip(const Evaluation& evaluation, double key) {
    if (evaluation.load.empty()) return {};
    const QDate first = evaluation.load.front().day;
    const auto offset =
        static_cast<qint64>(std::floor((key - dayKey(first)) / kSecondsPerDay + 0.5));
    if (offset < 0 || offset >= static_cast<qint64>(evaluation.load.size())) return {};
    const DailyLoad& day = evaluation.load[static_cast<std::size_t>(offset)];
    const UnitText units = UnitText::app(evaluation.journal.settings.units);
    QString text =
        QCoreApplication::translate("Load",
                                    "%1\nRun that day: %2\nAcute (7-day): %3 per day\n"
                                    "Chronic (28-day): %4 per day")
            .arg(i18n::day(day.day), units.amount(units.fromKm(day.loadKm)),
                 units.amount(units.fromKm(day.acute)), units.amount(units.fromKm(day.chronic)));
    if (day.acwr) {
        text += QCoreApplication::translate("Load", "\nAcute to chronic ratio: %1")
                    .arg(units.number(*day.acwr, 2));
    }
    return text;
}

}  // namespace stridelog::gui
