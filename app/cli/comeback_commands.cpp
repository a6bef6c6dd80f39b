// SPDX-License-Identifier: GPL-3.0-or-later
// `morning add|list|delete` and `comeback start|status|stop` (CLI.md 1.2; RULES.md "Ratings"
// and R16). The rules decide whether a way back may start; this file asks them, writes through
// the journal and prints.

#include "comeback_json.h"
#include "command.h"
#include "core/i18n/contexts.h"
#include "value_options.h"

#include "core/model/validation.h"
#include "core/rules/as_of_journal.h"
#include "core/rules/comeback.h"

namespace stridelog::cli {
namespace {

QJsonObject dateJson(QDate day) {
    return {{QStringLiteral("date"), day.toString(Qt::ISODate)}};
}

CliResult<QDate> positionalDate(const QString& text) {
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (!day.isValid() || text.size() != 10) {
        return Unexpected{Failure{ExitCode::InvalidInput,
                                  CliWords::tr("'%1' is not a date like 2026-03-14").arg(text)}};
    }
    return day;
}

}  // namespace

CommandResult morningAdd(Session& session, const QStringList& arguments) {
    const auto options = parseOptions(
        arguments, {{QStringLiteral("--date"), QStringLiteral("--pain")},
                    {QStringLiteral("--swelling"), QStringLiteral("--limp")},
                    0,
                    0,
                    QStringLiteral("morning add --date D --pain N [--swelling] [--limp]")});
    if (!options) return Unexpected{options.error()};
    if (auto missing =
            requireOptions(*options, {QStringLiteral("--date"), QStringLiteral("--pain")},
                           QStringLiteral("morning add")))
        return Unexpected{*missing};
    ValueReader values(*options);
    MorningCheck morning;
    morning.date = values.date(QStringLiteral("--date")).value_or(QDate());
    morning.pain = values.number(QStringLiteral("--pain"), 0, 10).value_or(0);
    morning.swelling = options->flag(QStringLiteral("--swelling"));
    morning.limp = options->flag(QStringLiteral("--limp"));
    if (values.failure()) return Unexpected{*values.failure()};
    if (const auto error = validateMorning(morning, session.today()))
        return invalidInput(error->message);
    auto journal = session.journal();
    if (!journal) return Unexpected{journal.error()};
    if (auto put = (*journal)->putMorning(morning); !put) return fromStoreError(put.error());
    return CommandOutput{
        dateJson(morning.date),
        CliWords::tr("Saved the morning check of %1.\n").arg(morning.date.toString(Qt::ISODate)),
        {}};
}

CommandResult morningList(Session& session, const QStringList& arguments) {
    const auto options =
        parseOptions(arguments, {{QStringLiteral("--from"), QStringLiteral("--to")},
                                 {},
                                 0,
                                 0,
                                 QStringLiteral("morning list [--from D] [--to D]")});
    if (!options) return Unexpected{options.error()};
    ValueReader values(*options);
    RunFilter filter;
    filter.from = values.date(QStringLiteral("--from"));
    filter.to = values.date(QStringLiteral("--to"));
    if (values.failure()) return Unexpected{*values.failure()};
    auto journal = session.journal();
    if (!journal) return Unexpected{journal.error()};
    const auto mornings = (*journal)->mornings(filter);
    if (!mornings) return fromStoreError(mornings.error());
    QJsonArray array;
    QString text;
    for (const MorningCheck& morning : *mornings) {
        array.append(morningJson(morning));
        QStringList extras;
        if (morning.swelling) extras << CliWords::tr("swelling");
        if (morning.limp) extras << CliWords::tr("limp");
        text += CliWords::tr("%1  %2/10  %3\n")
                    .arg(morning.date.toString(Qt::ISODate))
                    .arg(morning.pain)
                    .arg(extras.join(QStringLiteral(", ")));
    }
    if (mornings->empty()) text = CliWords::tr("No morning checks.\n");
    return CommandOutput{array, text, {}};
}

CommandResult morningDelete(Session& session, const QStringList& arguments) {
    const auto options =
        parseOptions(arguments, {{}, {}, 1, 1, QStringLiteral("morning delete D")});
    if (!options) return Unexpected{options.error()};
    const auto day = positionalDate(options->positional.at(0));
    if (!day) return Unexpected{day.error()};
    auto journal = session.journal();
    if (!journal) return Unexpected{journal.error()};
    if (auto deleted = (*journal)->deleteMorning(*day); !deleted)
        return fromStoreError(deleted.error());
    return CommandOutput{
        dateJson(*day),
        CliWords::tr("Deleted the morning check of %1.\n").arg(day->toString(Qt::ISODate)),
        {}};
}

CommandResult comebackStart(Session& session, const QStringList& arguments) {
    const auto options = parseOptions(
        arguments, {{QStringLiteral("--on"), QStringLiteral("--profile")},
                    {QStringLiteral("--walk-ok"), QStringLiteral("--cleared")},
                    0,
                    0,
                    QStringLiteral("comeback start [--on D] [--profile strict|tendon] [--walk-ok] "
                                   "[--cleared]")});
    if (!options) return Unexpected{options.error()};
    ValueReader values(*options);
    const auto on = values.pastDate(QStringLiteral("--on"));
    const auto profile = values.choice<ComebackProfile>(QStringLiteral("--profile"));
    if (values.failure()) return Unexpected{*values.failure()};
    const auto snapshot = session.snapshot();
    if (!snapshot) return Unexpected{snapshot.error()};

    ComebackProgramme programme;
    programme.start = on ? Instant::fromLocal(*on, QTime(0, 0)) : session.now();
    programme.walkOk = options->flag(QStringLiteral("--walk-ok"));
    programme.cleared = options->flag(QStringLiteral("--cleared"));
    // Judged as of S, and as of now for a programme that is already under way.
    const AsOfJournal view(*snapshot, AsOf(std::max(programme.start, session.now())));
    const ComebackReadiness readiness =
        comebackReadiness(view, programme.start, programme.cleared, programme.walkOk);
    if (!readiness.ready) return invalidInput(readiness.why);
    programme.profile = profile.value_or(defaultComebackProfile(view, programme.start));

    auto journal = session.journal();
    if (!journal) return Unexpected{journal.error()};
    const auto id = (*journal)->startProgramme(programme);
    if (!id) return fromStoreError(id.error());
    return CommandOutput{QJsonObject{{QStringLiteral("id"), static_cast<qint64>(id->value())},
                                     {QStringLiteral("profile"), toString(programme.profile)},
                                     {QStringLiteral("level"), 1}},
                         CliWords::tr("Started way back %1 at level 1 (%2).\n")
                             .arg(id->value())
                             .arg(toString(programme.profile)),
                         {}};
}

CommandResult comebackStatus(Session& session, const QStringList& arguments) {
    const auto options = parseOptions(
        arguments,
        {{QStringLiteral("--as-of")}, {}, 0, 0, QStringLiteral("comeback status [--as-of T]")});
    if (!options) return Unexpected{options.error()};
    ValueReader values(*options);
    const auto given = values.instant(QStringLiteral("--as-of"));
    if (values.failure()) return Unexpected{*values.failure()};
    const auto snapshot = session.snapshot();
    if (!snapshot) return Unexpected{snapshot.error()};
    const AsOf asOf = given ? given->asOf : AsOf(session.now());
    const AsOfJournal view(*snapshot, asOf);
    if (const auto status = assessComeback(view)) {
        return CommandOutput{
            comebackStatusJson(*status), comebackStatusText(*status, snapshot->settings.units), {}};
    }
    // No programme yet: whether the journal lets one start, the walk taken as confirmed (our
    // reading: `ready` is about the knee; `comeback start` asks for the walk itself).
    const ComebackReadiness readiness = comebackReadiness(view, asOf.instant(), false, true);
    return CommandOutput{QJsonObject{{QStringLiteral("state"), QJsonValue(QJsonValue::Null)},
                                     {QStringLiteral("ready"), readiness.ready},
                                     {QStringLiteral("why"), readiness.why}},
                         CliWords::tr("No way back started. %1\n").arg(readiness.why),
                         {}};
}

CommandResult comebackStop(Session& session, const QStringList& arguments) {
    const auto options = parseOptions(
        arguments, {{QStringLiteral("--on")}, {}, 0, 0, QStringLiteral("comeback stop [--on D]")});
    if (!options) return Unexpected{options.error()};
    ValueReader values(*options);
    const auto on = values.pastDate(QStringLiteral("--on"));
    if (values.failure()) return Unexpected{*values.failure()};
    auto journal = session.journal();
    if (!journal) return Unexpected{journal.error()};
    const auto programmes = (*journal)->programmes();
    if (!programmes) return fromStoreError(programmes.error());
    const ComebackProgramme* open = nullptr;
    for (const ComebackProgramme& programme : *programmes) {
        if (!programme.stoppedAt) open = &programme;
    }
    if (!open) return invalidInput(CliWords::tr("no way back is under way"));
    const Instant at = on ? Instant::fromLocal(*on, QTime(0, 0)) : session.now();
    if (auto stopped = (*journal)->stopProgramme(open->id, at); !stopped)
        return fromStoreError(stopped.error());
    return idOutput(open->id.value(), CliWords::tr("Ended way back %1."));
}

}  // namespace stridelog::cli
