// SPDX-License-Identifier: GPL-3.0-or-later
// `shoe add|list|retire|edit` (CLI.md). Edit takes the options of add and changes only what is
// given; `--since none` clears the first-use date.

#include "command.h"
#include "core/i18n/contexts.h"
#include "json_output.h"
#include "text_output.h"
#include "value_options.h"

#include "core/model/validation.h"
#include "core/rules/evaluation.h"

namespace stridelog::cli {
namespace {

const QStringList kShoeOptions{QStringLiteral("--limit-km"), QStringLiteral("--start-km"),
                               QStringLiteral("--since"), QStringLiteral("--notes")};

// Applies the options given; the first bad value is left in the reader.
void applyShoeOptions(Shoe& shoe, ValueReader& values) {
    if (const auto name = values.text(QStringLiteral("--name"))) shoe.name = name->trimmed();
    if (const auto limit = values.kilometres(QStringLiteral("--limit-km"))) shoe.limit = *limit;
    if (const auto start = values.kilometres(QStringLiteral("--start-km")))
        shoe.startDistance = *start;
    if (values.isNone(QStringLiteral("--since"))) {
        shoe.since.reset();
    } else if (const auto since = values.pastDate(QStringLiteral("--since"))) {
        shoe.since = *since;
    }
    if (const auto notes = values.text(QStringLiteral("--notes"))) shoe.notes = *notes;
}

CommandResult validatedOrFailure(const Shoe& shoe) {
    if (const auto error = validateShoe(shoe)) return invalidInput(error->message);
    return CommandOutput{};
}

}  // namespace

CommandResult shoeAdd(Session& session, const QStringList& arguments) {
    const OptionSpec spec{kShoeOptions,
                          {},
                          1,
                          1,
                          QStringLiteral("shoe add NAME [--limit-km N] "
                                         "[--start-km N] [--since DATE] "
                                         "[--notes T]")};
    const auto options = parseOptions(arguments, spec);
    if (!options) return Unexpected{options.error()};
    // Values are checked before the journal is opened, so a bad one never creates the file.
    Shoe shoe;
    shoe.name = options->positional.at(0).trimmed();
    ValueReader values(*options);
    applyShoeOptions(shoe, values);
    if (values.failure()) return Unexpected{*values.failure()};
    if (auto invalid = validatedOrFailure(shoe); !invalid) return invalid;

    auto journal = session.journal();
    if (!journal) return Unexpected{journal.error()};
    if (!options->has(QStringLiteral("--limit-km"))) {
        const auto settings = (*journal)->settings();
        if (!settings) return fromStoreError(settings.error());
        shoe.limit = Distance::fromMetres(static_cast<std::int64_t>(settings->shoeLimitKm) * 1000);
    }
    const auto id = (*journal)->addShoe(shoe);
    if (!id) return fromStoreError(id.error());
    return idOutput(id->value(), CliWords::tr("Added shoe %1."));
}

CommandResult shoeList(Session& session, const QStringList& arguments) {
    const OptionSpec spec{{QStringLiteral("--as-of")},
                          {QStringLiteral("--all")},
                          0,
                          0,
                          QStringLiteral("shoe list [--all] [--as-of T]")};
    const auto options = parseOptions(arguments, spec);
    if (!options) return Unexpected{options.error()};
    ValueReader values(*options);
    const auto asOf = values.instant(QStringLiteral("--as-of"));
    if (values.failure()) return Unexpected{*values.failure()};
    const auto snapshot = session.snapshot();
    if (!snapshot) return Unexpected{snapshot.error()};

    const Evaluation evaluation = evaluate(*snapshot, asOf ? asOf->asOf : AsOf(session.now()));
    std::vector<ShoeLine> lines;
    QJsonArray array;
    for (std::size_t i = 0; i < evaluation.journal.shoes.size(); ++i) {
        const Shoe& shoe = evaluation.journal.shoes[i];
        const ShoeWear& wear = evaluation.shoeWear[i];
        // In use as of T: a pair retired later than T still counts.
        if (!options->flag(QStringLiteral("--all")) && wear.status == ShoeStatusKind::Retired)
            continue;
        array.append(shoeJson(shoe, wear));
        lines.push_back({shoe, wear});
    }
    return CommandOutput{array, shoesText(lines, snapshot->settings.units), {}};
}

CommandResult shoeRetire(Session& session, const QStringList& arguments) {
    const OptionSpec spec{
        {QStringLiteral("--on")}, {}, 1, 1, QStringLiteral("shoe retire ID [--on DATE]")};
    const auto options = parseOptions(arguments, spec);
    if (!options) return Unexpected{options.error()};
    const auto id = parseId(options->positional.at(0), QStringLiteral("shoe"));
    if (!id) return Unexpected{id.error()};
    ValueReader values(*options);
    const auto on = values.date(QStringLiteral("--on"));
    if (values.failure()) return Unexpected{*values.failure()};

    auto journal = session.journal();
    if (!journal) return Unexpected{journal.error()};
    auto shoe = (*journal)->shoe(ShoeId(*id));
    if (!shoe) return fromStoreError(shoe.error());
    shoe.value().retiredOn = on.value_or(session.today());
    if (auto invalid = validatedOrFailure(*shoe); !invalid) return invalid;
    const auto retired = (*journal)->retireShoe(ShoeId(*id), *shoe->retiredOn);
    if (!retired) return fromStoreError(retired.error());
    return idOutput(*id, CliWords::tr("Retired shoe %1."));
}

CommandResult shoeEdit(Session& session, const QStringList& arguments) {
    const OptionSpec spec{kShoeOptions + QStringList{QStringLiteral("--name")},
                          {},
                          1,
                          1,
                          QStringLiteral("shoe edit ID [--name T] [--limit-km N] [--start-km N] "
                                         "[--since DATE] [--notes T]")};
    const auto options = parseOptions(arguments, spec);
    if (!options) return Unexpected{options.error()};
    const auto id = parseId(options->positional.at(0), QStringLiteral("shoe"));
    if (!id) return Unexpected{id.error()};

    ValueReader values(*options);
    Shoe trial;
    applyShoeOptions(trial, values);  // bad values fail before the journal is touched
    if (values.failure()) return Unexpected{*values.failure()};

    auto journal = session.journal();
    if (!journal) return Unexpected{journal.error()};
    auto shoe = (*journal)->shoe(ShoeId(*id));
    if (!shoe) return fromStoreError(shoe.error());
    applyShoeOptions(shoe.value(), values);
    if (auto invalid = validatedOrFailure(*shoe); !invalid) return invalid;

    const auto updated = (*journal)->updateShoe(*shoe);
    if (!updated) return fromStoreError(updated.error());
    return idOutput(*id, CliWords::tr("Updated shoe %1."));
}

}  // namespace stridelog::cli
