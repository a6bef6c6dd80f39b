// SPDX-License-Identifier: GPL-3.0-or-later
#include "shoe_presenter.h"

#include "core/i18n/locale_text.h"
#include "core/model/unit_text.h"
#include "core/rules/rule_words.h"

#include <QCoreApplication>

#include <algorithm>

namespace stridelog::gui {

namespace {

// The context is the namespace, as lupdate names it for a free function's tr().
QString tr(const char* text, int n = -1) {
    return QCoreApplication::translate("stridelog::gui", text, nullptr, n);
}

QString statusText(ShoeStatusKind status) {
    return words::advice(status);
}

}  // namespace

std::vector<ShoeBar> presentShoes(const Evaluation& evaluation) {
    const UnitText units = UnitText::app(evaluation.journal.settings.units);
    std::vector<ShoeBar> bars;
    for (std::size_t i = 0; i < evaluation.journal.shoes.size() && i < evaluation.shoeWear.size();
         ++i) {
        const Shoe& shoe = evaluation.journal.shoes[i];
        const ShoeWear& wear = evaluation.shoeWear[i];
        if (wear.status == ShoeStatusKind::Retired) continue;
        ShoeBar bar;
        bar.shoe = shoe.id;
        bar.name = shoe.name;
        bar.value = units.value(wear.distance);
        bar.limit = units.value(shoe.limit);
        bar.soonMark = units.value(shoeSoonMark(shoe.limit));
        bar.percent = wear.percent;
        bar.status = wear.status;
        bar.label = tr("%1 (%2%)").arg(units.amount(bar.value, 0), units.number(wear.percent, 0));
        bar.tooltip = tr("%1\n%2 of its %3 in %n run(s): %4", wear.runs)
                          .arg(shoe.name, units.distance(wear.distance, 0),
                               units.distance(shoe.limit, 0), statusText(wear.status));
        bars.push_back(bar);
    }
    return bars;
}

std::vector<ShoeReminderLine> presentShoeReminders(const Evaluation& evaluation) {
    const UnitText units = UnitText::app(evaluation.journal.settings.units);
    std::vector<ShoeReminderLine> lines;
    for (std::size_t i = 0; i < evaluation.journal.shoes.size() && i < evaluation.shoeWear.size();
         ++i) {
        const Shoe& shoe = evaluation.journal.shoes[i];
        const ShoeWear& wear = evaluation.shoeWear[i];
        if (wear.status != ShoeStatusKind::Soon && wear.status != ShoeStatusKind::Replace) continue;
        const QString text = wear.status == ShoeStatusKind::Replace
                                 ? tr("%1 has %2 of its %3, past its limit: replace the pair.")
                                 : tr("%1 has %2 of its %3: plan a replacement.");
        const ShoeForecast* forecast = evaluation.forecastOf(shoe.id);
        const QString when =
            forecast && forecast->limitOn
                ? tr("At its rate of the last 8 weeks it reaches its limit around %1.")
                      .arg(i18n::longDate(*forecast->limitOn, i18n::DateStyle::DayMonth))
                : QString();
        lines.push_back(
            {shoe.id, wear.status,
             text.arg(shoe.name, units.distance(wear.distance, 0), units.distance(shoe.limit, 0)),
             when});
    }
    std::stable_sort(lines.begin(), lines.end(), [](const auto& a, const auto& b) {
        return a.status == ShoeStatusKind::Replace && b.status != ShoeStatusKind::Replace;
    });
    return lines;
}

}  // namespace stridelog::gui
