// SPDX-License-Identifier: GPL-3.0-or-later
// `weeks` and `warnings` (CLI.md): the rules engine's weekly summaries and active warnings as
// of --as-of (a bare date is the end of that day) or now. Nothing here computes a rule.

#include "command.h"
#include "json_output.h"
#include "text_output.h"
#include "value_options.h"

#include "core/rules/rules_engine.h"

namespace stridelog::cli {

CommandResult weeks(Session& session, const QStringList& arguments) {
    const auto period =
        readPeriodOptions(arguments, QStringLiteral("weeks [--from D] [--to D] [--as-of T]"));
    if (!period) return Unexpected{period.error()};
    const auto& [from, to, asOf] = *period;
    const auto snapshot = session.snapshot();
    if (!snapshot) return Unexpected{snapshot.error()};

    std::vector<WeekSummary> shown;
    QJsonArray array;
    for (const WeekSummary& week :
         computeWeeks(*snapshot, asOf ? asOf->asOf : AsOf(session.now()))) {
        // A week is shown when any of its days is within --from..--to.
        if ((from && week.weekStart.addDays(6) < *from) || (to && week.weekStart > *to)) continue;
        array.append(weekJson(week));
        shown.push_back(week);
    }
    return CommandOutput{array, weeksText(shown, snapshot->settings.units), {}};
}

CommandResult warnings(Session& session, const QStringList& arguments) {
    const auto options = parseOptions(
        arguments, {{QStringLiteral("--as-of")}, {}, 0, 0, QStringLiteral("warnings [--as-of T]")});
    if (!options) return Unexpected{options.error()};
    ValueReader values(*options);
    const auto asOf = values.instant(QStringLiteral("--as-of"));
    if (values.failure()) return Unexpected{*values.failure()};
    const auto snapshot = session.snapshot();
    if (!snapshot) return Unexpected{snapshot.error()};

    const auto active = computeWarnings(*snapshot, asOf ? asOf->asOf : AsOf(session.now()));
    return CommandOutput{warningsJson(active), warningsText(active), {}};
}

}  // namespace stridelog::cli
