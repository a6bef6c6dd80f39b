// SPDX-License-Identifier: GPL-3.0-or-later
// `run add|list|edit|delete` (CLI.md). Edit takes the options of add and changes only what is
// given; `none` clears an optional field (`--shoe none`, `--rpe none`) and `--no-hilly` clears
// the flag. A new run prints the warnings it triggers (R3 worn pair, R4 spike, its week's limit).

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

const QStringList kRunOptions{
    QStringLiteral("--date"),      QStringLiteral("--time"),  QStringLiteral("--distance"),
    QStringLiteral("--duration"),  QStringLiteral("--shoe"),  QStringLiteral("--surface"),
    QStringLiteral("--type"),      QStringLiteral("--rpe"),   QStringLiteral("--cadence"),
    QStringLiteral("--hr"),        QStringLiteral("--notes"), QStringLiteral("--pain-during"),
    QStringLiteral("--pain-after")};

template <class T>
void applyOptionalNumber(std::optional<T>& field, ValueReader& values, const QString& option,
                         int low, int high) {
    if (values.isNone(option)) {
        field.reset();
    } else if (const auto number = values.number(option, low, high)) {
        field = *number;
    }
}

template <class E>
void applyOptionalChoice(std::optional<E>& field, ValueReader& values, const QString& option) {
    if (values.isNone(option)) {
        field.reset();
    } else if (const auto choice = values.template choice<E>(option)) {
        field = *choice;
    }
}

void applyStart(Run& run, ValueReader& values) {
    const auto date = values.date(QStringLiteral("--date"));
    const auto time = values.time(QStringLiteral("--time"));
    if (!date && !time) return;
    const QDateTime current = run.start.localDateTime();
    run.start = Instant::fromLocal(date.value_or(current.date()), time.value_or(current.time()));
}

// Applies the options given; the first bad value is left in the reader.
void applyRunOptions(Run& run, ValueReader& values, const ParsedOptions& options) {
    applyStart(run, values);
    if (const auto distance = values.distance(QStringLiteral("--distance")))
        run.distance = *distance;
    if (const auto duration = values.duration(QStringLiteral("--duration")))
        run.duration = *duration;
    if (values.isNone(QStringLiteral("--shoe"))) {
        run.shoe.reset();
    } else if (const auto shoe = values.id(QStringLiteral("--shoe"))) {
        run.shoe = ShoeId(*shoe);
    }
    applyOptionalChoice(run.surface, values, QStringLiteral("--surface"));
    applyOptionalChoice(run.type, values, QStringLiteral("--type"));
    applyOptionalNumber(run.rpe, values, QStringLiteral("--rpe"), 1, 10);
    applyOptionalNumber(run.cadence, values, QStringLiteral("--cadence"), 60, 260);
    applyOptionalNumber(run.heartRate, values, QStringLiteral("--hr"), 30, 250);
    applyOptionalNumber(run.painDuring, values, QStringLiteral("--pain-during"), 0, 10);
    applyOptionalNumber(run.painAfter, values, QStringLiteral("--pain-after"), 0, 10);
    if (const auto notes = values.text(QStringLiteral("--notes"))) run.notes = *notes;
    if (options.flag(QStringLiteral("--hilly"))) run.hilly = true;
    if (options.flag(QStringLiteral("--no-hilly"))) run.hilly = false;
}

// A run may name only a pair that exists; exit 2 otherwise.
std::optional<Failure> checkShoeExists(Journal& journal, const Run& run) {
    if (!run.shoe) return std::nullopt;
    const auto shoe = journal.shoe(*run.shoe);
    if (shoe) return std::nullopt;
    if (shoe.error().kind != StoreErrorKind::NotFound) return fromStoreError(shoe.error()).error;
    return Failure{ExitCode::InvalidInput,
                   CliWords::tr("--shoe: there is no shoe with id %1 (see shoe list --all)")
                       .arg(run.shoe->value())};
}

}  // namespace

CommandResult runAdd(Session& session, const QStringList& arguments) {
    const QString usage = QStringLiteral(
        "run add --date D [--time HH:MM] --distance X --duration Y [--shoe ID] [--surface S] "
        "[--hilly] [--type T] [--rpe N] [--cadence N] [--hr N] [--pain-during N] [--pain-after N] "
        "[--notes T]");
    const auto options =
        parseOptions(arguments, {kRunOptions, {QStringLiteral("--hilly")}, 0, 0, usage});
    if (!options) return Unexpected{options.error()};
    if (auto missing = requireOptions(
            *options,
            {QStringLiteral("--date"), QStringLiteral("--distance"), QStringLiteral("--duration")},
            QStringLiteral("run add")))
        return Unexpected{*missing};

    Run run;
    run.start = Instant::fromLocal(session.today(), QTime(0, 0));
    ValueReader values(*options);
    applyRunOptions(run, values, *options);
    if (values.failure()) return Unexpected{*values.failure()};
    // The store validates again; this first check comes before the journal is opened, so bad
    // input is exit 2 with nothing written, not even a new journal file, and is exit 2 also
    // when the journal would be unusable (exit 3).
    if (const auto error = validateRun(run, session.today())) return invalidInput(error->message);

    auto journal = session.journal();
    if (!journal) return Unexpected{journal.error()};
    // The store refuses a missing pair too; this names the option and where to find the ids.
    if (auto missing = checkShoeExists(**journal, run)) return Unexpected{*missing};
    const auto id = (*journal)->addRun(run);
    if (!id) return fromStoreError(id.error());

    const auto snapshot = session.snapshot();
    if (!snapshot) return Unexpected{snapshot.error()};
    // A run logged later today than now still counts for the warnings it brings.
    const auto triggered = warningsTriggeredByRun(*snapshot, *id, session.now());
    const QJsonObject json{{QStringLiteral("id"), static_cast<qint64>(id->value())},
                           {QStringLiteral("warnings"), warningsJson(triggered)}};
    return CommandOutput{
        json,
        CliWords::tr("Logged run %1.\n").arg(id->value()) + triggeredWarningsText(triggered),
        {}};
}

CommandResult runList(Session& session, const QStringList& arguments) {
    const auto options =
        parseOptions(arguments, {{QStringLiteral("--from"), QStringLiteral("--to")},
                                 {},
                                 0,
                                 0,
                                 QStringLiteral("run list [--from D] [--to D]")});
    if (!options) return Unexpected{options.error()};
    ValueReader values(*options);
    const auto from = values.date(QStringLiteral("--from"));
    const auto to = values.date(QStringLiteral("--to"));
    if (values.failure()) return Unexpected{*values.failure()};
    const auto snapshot = session.snapshot();
    if (!snapshot) return Unexpected{snapshot.error()};

    std::vector<RunLine> lines;
    QJsonArray array;
    const std::vector<std::optional<double>> spikes = runSpikePercents(*snapshot);
    for (std::size_t index = 0; index < snapshot->runs.size(); ++index) {
        const Run& run = snapshot->runs[index];
        const QDate day = run.start.localDate();
        if ((from && day < *from) || (to && day > *to)) continue;
        const auto& spike = spikes[index];
        array.append(runJson(run, spike));
        lines.push_back({run, spike});
    }
    return CommandOutput{array, runsText(lines, snapshot->settings.units), {}};
}

CommandResult runEdit(Session& session, const QStringList& arguments) {
    const QString usage = QStringLiteral("run edit ID [options of run add] [--no-hilly]");
    const auto options = parseOptions(
        arguments,
        {kRunOptions, {QStringLiteral("--hilly"), QStringLiteral("--no-hilly")}, 1, 1, usage});
    if (!options) return Unexpected{options.error()};
    const auto id = parseId(options->positional.at(0), QStringLiteral("run"));
    if (!id) return Unexpected{id.error()};
    ValueReader values(*options);
    Run trial;
    applyRunOptions(trial, values, *options);  // bad values fail before the journal is touched
    if (values.failure()) return Unexpected{*values.failure()};

    auto journal = session.journal();
    if (!journal) return Unexpected{journal.error()};
    auto run = (*journal)->run(RunId(*id));
    if (!run) return fromStoreError(run.error());
    applyRunOptions(run.value(), values, *options);
    // The journal is open already, so the store's own validation gives the same exit 2 and the
    // same sentence; only the pair is checked here, for the message that names the option.
    if (auto missing = checkShoeExists(**journal, *run)) return Unexpected{*missing};
    const auto updated = (*journal)->updateRun(*run);
    if (!updated) return fromStoreError(updated.error());
    return idOutput(*id, CliWords::tr("Updated run %1."));
}

CommandResult runDelete(Session& session, const QStringList& arguments) {
    const auto options = parseOptions(arguments, {{}, {}, 1, 1, QStringLiteral("run delete ID")});
    if (!options) return Unexpected{options.error()};
    const auto id = parseId(options->positional.at(0), QStringLiteral("run"));
    if (!id) return Unexpected{id.error()};
    auto journal = session.journal();
    if (!journal) return Unexpected{journal.error()};
    const auto deleted = (*journal)->deleteRun(RunId(*id));
    if (!deleted) return fromStoreError(deleted.error());
    return idOutput(*id, CliWords::tr("Deleted run %1."));
}

}  // namespace stridelog::cli
