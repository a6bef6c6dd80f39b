// SPDX-License-Identifier: GPL-3.0-or-later
// `allowance [--as-of T]` (CLI.md 1.1, RULES.md R15): what can be run today, as of --as-of
// (a bare date is the end of that day) or now. The numbers come from core; this file only
// prints them.

#include "comeback_json.h"
#include "command.h"
#include "core/i18n/contexts.h"
#include "json_output.h"
#include "text_output.h"
#include "value_options.h"

#include "core/rules/allowance.h"

namespace stridelog::cli {
namespace {

// A bare date counts everything started that day: shown as that day's last second rather than
// as the next day's midnight the rules measure to.
QString asOfText(AsOf asOf) {
    if (asOf.isEndOfDay()) return asOf.day().toString(Qt::ISODate) + QStringLiteral("T23:59:59");
    return asOf.instant().toLocalIsoString();
}

QJsonValue kmOrNull(const std::optional<Distance>& distance) {
    return distance ? kmJson(*distance) : QJsonValue(QJsonValue::Null);
}

QJsonObject allowanceJson(const Allowance& allowance, AsOf asOf) {
    return {
        {QStringLiteral("as_of"), asOfText(asOf)},
        {QStringLiteral("week_start"), allowance.weekStart.toString(Qt::ISODate)},
        {QStringLiteral("week_left_km"), kmOrNull(allowance.weekLeft)},
        {QStringLiteral("run_max_km"), kmOrNull(allowance.runMax)},
        {QStringLiteral("run_today"), allowance.runToday},
        {QStringLiteral("pain_stage"),
         allowance.painStage ? QJsonValue(*allowance.painStage) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("shoe_id"), allowance.shoe
                                        ? QJsonValue(static_cast<qint64>(allowance.shoe->value()))
                                        : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("advice"), allowance.advice},
        {QStringLiteral("comeback"), allowance.comeback
                                         ? QJsonValue(comebackStatusJson(*allowance.comeback))
                                         : QJsonValue(QJsonValue::Null)},
    };
}

QString shoeText(const Allowance& allowance, const JournalSnapshot& journal) {
    if (!allowance.shoe) return CliWords::tr("no pair in use");
    for (const Shoe& shoe : journal.shoes) {
        if (shoe.id == *allowance.shoe)
            return CliWords::tr("%1 (shoe %2)").arg(shoe.name).arg(shoe.id.value());
    }
    return CliWords::tr("shoe %1").arg(allowance.shoe->value());
}

QString allowanceText(const Allowance& allowance, AsOf asOf, const JournalSnapshot& journal) {
    const UnitSystem units = journal.settings.units;
    const QString when =
        asOf.isEndOfDay()
            ? asOf.day().toString(Qt::ISODate)
            : asOf.instant().localDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    const QList<QStringList> rows{
        {CliWords::tr("Run today:"),
         allowance.runToday ? QStringLiteral("yes") : QStringLiteral("no")},
        {CliWords::tr("Left this week:"), allowance.weekLeft
                                              ? formatDistance(*allowance.weekLeft, units)
                                              : CliWords::tr("no limit this week")},
        {CliWords::tr("Longest run:"),
         allowance.runMax
             ? CliWords::tr("%1 without a spike").arg(formatDistance(*allowance.runMax, units))
             : CliWords::tr("no run in the last 30 days")},
        {CliWords::tr("Knee pain:"), allowance.painStage
                                         ? CliWords::tr("stage %1 of 4").arg(*allowance.painStage)
                                         : CliWords::tr("none in the last 14 days")},
        {CliWords::tr("Pair to wear:"), shoeText(allowance, journal)},
    };
    QString text =
        CliWords::tr("As of %1, week of %2\n").arg(when, allowance.weekStart.toString(Qt::ISODate));
    int width = 0;
    for (const QStringList& row : rows) width = std::max(width, static_cast<int>(row[0].size()));
    for (const QStringList& row : rows)
        text += QStringLiteral("%1  %2\n").arg(row[0], -width).arg(row[1]);
    return text + allowance.advice + QLatin1Char('\n');
}

}  // namespace

CommandResult allowance(Session& session, const QStringList& arguments) {
    const auto options = parseOptions(
        arguments,
        {{QStringLiteral("--as-of")}, {}, 0, 0, QStringLiteral("allowance [--as-of T]")});
    if (!options) return Unexpected{options.error()};
    ValueReader values(*options);
    const auto given = values.instant(QStringLiteral("--as-of"));
    if (values.failure()) return Unexpected{*values.failure()};
    const auto snapshot = session.snapshot();
    if (!snapshot) return Unexpected{snapshot.error()};

    const AsOf asOf = given ? given->asOf : AsOf(session.now());
    const Allowance result = computeAllowance(*snapshot, asOf);
    return CommandOutput{allowanceJson(result, asOf), allowanceText(result, asOf, *snapshot), {}};
}

}  // namespace stridelog::cli
