// SPDX-License-Identifier: GPL-3.0-or-later
// `demo [--years N] [--seed S]` (CLI.md): fills an empty journal with a made-up history ending
// today. Refused on a journal with anything in it, so real entries are never mixed with
// invented ones.

#include "command.h"
#include "core/i18n/contexts.h"
#include "value_options.h"

#include "core/demo/demo_history.h"

#include <limits>

namespace stridelog::cli {
namespace {

CliResult<std::uint32_t> parseSeed(const std::optional<QString>& text) {
    if (!text) return 1U;
    bool ok = false;
    const uint seed = text->trimmed().toUInt(&ok);
    if (!ok) {
        return invalidInput(CliWords::tr("--seed: must be a whole number from 0 to %1, not '%2'")
                                .arg(std::numeric_limits<std::uint32_t>::max())
                                .arg(*text));
    }
    return static_cast<std::uint32_t>(seed);
}

}  // namespace

CommandResult demo(Session& session, const QStringList& arguments) {
    const auto options =
        parseOptions(arguments, {{QStringLiteral("--years"), QStringLiteral("--seed")},
                                 {},
                                 0,
                                 0,
                                 QStringLiteral("demo [--years N] [--seed S]")});
    if (!options) return Unexpected{options.error()};
    ValueReader values(*options);
    const auto years = values.number(QStringLiteral("--years"), 1, 30);
    if (values.failure()) return Unexpected{*values.failure()};
    const auto seed = parseSeed(values.text(QStringLiteral("--seed")));
    if (!seed) return Unexpected{seed.error()};

    auto journal = session.journal();
    if (!journal) return Unexpected{journal.error()};
    const auto empty = (*journal)->isEmpty();
    if (!empty) return fromStoreError(empty.error());
    if (!*empty)
        return invalidInput(
            CliWords::tr("the journal is not empty; demo fills only an empty journal"));

    DemoOptions demoOptions;
    demoOptions.years = years.value_or(demoOptions.years);
    demoOptions.seed = *seed;
    demoOptions.endDate = session.today();
    const JournalSnapshot history = generateDemoHistory(demoOptions);
    const auto inserted = (*journal)->insertAll(history);
    if (!inserted) return fromStoreError(inserted.error());

    const QJsonObject counts{{QStringLiteral("runs"), static_cast<qint64>(history.runs.size())},
                             {QStringLiteral("shoes"), static_cast<qint64>(history.shoes.size())},
                             {QStringLiteral("pain"), static_cast<qint64>(history.pains.size())}};
    return CommandOutput{counts,
                         CliWords::tr("Added a demo history: %1 runs, %2 shoes, %3 pain entries.\n")
                             .arg(history.runs.size())
                             .arg(history.shoes.size())
                             .arg(history.pains.size()),
                         {}};
}

}  // namespace stridelog::cli
