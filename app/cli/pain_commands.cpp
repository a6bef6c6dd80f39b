// SPDX-License-Identifier: GPL-3.0-or-later
// `pain add|resolve|list` (CLI.md). An entry given without --lasted is ongoing; `--lasted 23h`
// ends it 23 hours after its start. Stage, adaptation and the location hint are the rules'
// (R5, R6) as of --as-of or now.

#include "command.h"
#include "core/i18n/contexts.h"
#include "json_output.h"
#include "text_output.h"
#include "value_options.h"

#include "core/model/validation.h"
#include "core/rules/rules_engine.h"

#include <algorithm>

namespace stridelog::cli {
namespace {

// Reads every value of `pain add` into an entry; the first bad value is left in the reader.
PainEntry painFromOptions(const ParsedOptions& options, ValueReader& values) {
    PainEntry pain;
    const auto date = values.date(QStringLiteral("--date"));
    const auto time = values.time(QStringLiteral("--time"));
    pain.start = Instant::fromLocal(date.value_or(QDate()), time.value_or(QTime(0, 0)));
    if (const auto run = values.id(QStringLiteral("--run"))) pain.run = RunId(*run);
    if (const auto knee = values.choice<Knee>(QStringLiteral("--knee"))) pain.knee = *knee;
    if (const auto site = values.choice<Site>(QStringLiteral("--site"))) pain.site = *site;
    if (const auto intensity = values.number(QStringLiteral("--intensity"), 0, 10))
        pain.intensity = *intensity;
    if (const auto onset = values.choice<Onset>(QStringLiteral("--onset"))) pain.onset = *onset;
    if (const auto lasted = values.painDuration(QStringLiteral("--lasted")); lasted && *lasted)
        pain.end = pain.start.plusSeconds((*lasted)->seconds());
    if (const auto notes = values.text(QStringLiteral("--notes"))) pain.notes = *notes;
    pain.swelling = options.flag(QStringLiteral("--swelling"));
    pain.locking = options.flag(QStringLiteral("--locking"));
    pain.sharp = options.flag(QStringLiteral("--sharp"));
    return pain;
}

// An entry may name only a run that exists; exit 2 otherwise.
std::optional<Failure> checkRunExists(Journal& journal, const PainEntry& pain) {
    if (!pain.run) return std::nullopt;
    const auto run = journal.run(*pain.run);
    if (run) return std::nullopt;
    if (run.error().kind != StoreErrorKind::NotFound) return fromStoreError(run.error()).error;
    return Failure{
        ExitCode::InvalidInput,
        CliWords::tr("--run: there is no run with id %1 (see run list)").arg(pain.run->value())};
}

}  // namespace

CommandResult painAdd(Session& session, const QStringList& arguments) {
    const OptionSpec spec{
        {QStringLiteral("--date"), QStringLiteral("--time"), QStringLiteral("--run"),
         QStringLiteral("--knee"), QStringLiteral("--site"), QStringLiteral("--intensity"),
         QStringLiteral("--onset"), QStringLiteral("--lasted"), QStringLiteral("--notes")},
        {QStringLiteral("--swelling"), QStringLiteral("--locking"), QStringLiteral("--sharp")},
        0,
        0,
        QStringLiteral("pain add --date D [--time HH:MM] [--run ID] --knee K --site S "
                       "--intensity N --onset O [--lasted L] [--swelling] [--locking] [--sharp] "
                       "[--notes T]")};
    const auto options = parseOptions(arguments, spec);
    if (!options) return Unexpected{options.error()};
    if (auto missing = requireOptions(
            *options,
            {QStringLiteral("--date"), QStringLiteral("--knee"), QStringLiteral("--site"),
             QStringLiteral("--intensity"), QStringLiteral("--onset")},
            QStringLiteral("pain add")))
        return Unexpected{*missing};

    ValueReader values(*options);
    const PainEntry pain = painFromOptions(*options, values);
    if (values.failure()) return Unexpected{*values.failure()};
    if (const auto error = validatePain(pain, session.today())) return invalidInput(error->message);

    auto journal = session.journal();
    if (!journal) return Unexpected{journal.error()};
    if (auto missing = checkRunExists(**journal, pain)) return Unexpected{*missing};
    const auto id = (*journal)->addPain(pain);
    if (!id) return fromStoreError(id.error());

    const auto snapshot = session.snapshot();
    if (!snapshot) return Unexpected{snapshot.error()};
    // An entry logged later today than now still counts for the warnings it brings.
    const auto triggered = warningsTriggeredByPain(*snapshot, *id, session.now());
    const QJsonObject json{{QStringLiteral("id"), static_cast<qint64>(id->value())},
                           {QStringLiteral("warnings"), warningsJson(triggered)}};
    return CommandOutput{
        json,
        CliWords::tr("Logged pain %1.\n").arg(id->value()) + triggeredWarningsText(triggered),
        {}};
}

CommandResult painResolve(Session& session, const QStringList& arguments) {
    const auto options = parseOptions(
        arguments,
        {{QStringLiteral("--at")}, {}, 1, 1, QStringLiteral("pain resolve ID [--at INSTANT]")});
    if (!options) return Unexpected{options.error()};
    const auto id = parseId(options->positional.at(0), QStringLiteral("pain"));
    if (!id) return Unexpected{id.error()};
    ValueReader values(*options);
    const auto at = values.instant(QStringLiteral("--at"));
    if (values.failure()) return Unexpected{*values.failure()};

    auto journal = session.journal();
    if (!journal) return Unexpected{journal.error()};
    auto pain = (*journal)->pain(PainId(*id));
    if (!pain) return fromStoreError(pain.error());
    pain.value().end = at ? at->instant : session.now();
    if (const auto error = validatePain(*pain, session.today()))
        return invalidInput(error->message);
    const auto updated = (*journal)->updatePain(*pain);
    if (!updated) return fromStoreError(updated.error());
    return CommandOutput{
        QJsonObject{{QStringLiteral("id"), static_cast<qint64>(*id)}},
        CliWords::tr("Pain %1 resolved at %2.\n").arg(*id).arg(pain->end->toLocalIsoString()),
        {}};
}

CommandResult painList(Session& session, const QStringList& arguments) {
    const auto period =
        readPeriodOptions(arguments, QStringLiteral("pain list [--from D] [--to D] [--as-of T]"));
    if (!period) return Unexpected{period.error()};
    const auto& [from, to, asOf] = *period;
    const auto snapshot = session.snapshot();
    if (!snapshot) return Unexpected{snapshot.error()};

    const AsOf at = asOf ? asOf->asOf : AsOf(session.now());
    std::vector<PainLine> lines;
    QJsonArray array;
    for (const PainEntry& pain : snapshot->pains) {
        const QDate day = pain.start.localDate();
        // As of T the journal holds only what started by T (RULES.md, as-of).
        if ((from && day < *from) || (to && day > *to) || (asOf && !at.counts(pain.start)))
            continue;
        const PainAssessment assessment = assessPain(pain, at.instant());
        array.append(painJson(pain, assessment));
        lines.push_back({pain, assessment});
    }
    return CommandOutput{array, painsText(lines), {}};
}

}  // namespace stridelog::cli
