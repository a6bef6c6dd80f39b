// SPDX-License-Identifier: GPL-3.0-or-later
// `import FILE... [--shoe ID]` (CLI.md): watch and service files, folders walked recursively.
// Each file is its own transaction; a file that cannot be read is reported and the others
// still import, so the command succeeds (exit 0) and its per-file statuses tell what happened.
// A path that does not exist, or --shoe naming no pair, is bad input: nothing is imported.

#include "command.h"
#include "core/i18n/contexts.h"
#include "value_options.h"

#include "core/workflows/importer.h"

#include <limits>

namespace stridelog::cli {
namespace {

QJsonObject resultJson(const ImportResult& result) {
    return {{QStringLiteral("file"), result.file},
            {QStringLiteral("status"), toString(result.status)},
            {QStringLiteral("run_id"),
             result.runId ? QJsonValue(static_cast<qint64>(result.runId->value())) : QJsonValue()},
            {QStringLiteral("message"), result.message}};
}

QString reportText(const ImportReport& report) {
    QString text;
    for (const ImportResult& result : report.results) {
        text += QStringLiteral("%1  %2\n").arg(toString(result.status), -9).arg(result.message);
    }
    text += CliWords::tr("%1 imported, %2 duplicates, %3 skipped, %4 errors%5.\n")
                .arg(report.count(ImportStatus::Imported))
                .arg(report.count(ImportStatus::Duplicate))
                .arg(report.count(ImportStatus::Skipped))
                .arg(report.count(ImportStatus::Error))
                .arg(report.cancelled ? CliWords::tr(" (cancelled)") : QString());
    return text;
}

}  // namespace

CommandResult importFiles(Session& session, const QStringList& arguments) {
    const auto options = parseOptions(arguments, {{QStringLiteral("--shoe")},
                                                  {},
                                                  1,
                                                  std::numeric_limits<int>::max(),
                                                  QStringLiteral("import FILE... [--shoe ID]")});
    if (!options) return Unexpected{options.error()};
    ValueReader values(*options);
    const auto shoe = values.id(QStringLiteral("--shoe"));
    if (values.failure()) return Unexpected{*values.failure()};
    const CollectedFiles collected = collectActivityFiles(options->positional);
    if (!collected.missing.isEmpty()) {
        return invalidInput(CliWords::tr("no such file or folder: %1; nothing was imported")
                                .arg(collected.missing.join(QStringLiteral(", "))));
    }

    auto journal = session.journal();
    if (!journal) return Unexpected{journal.error()};
    ImportOptions importOptions;
    if (shoe) importOptions.shoe = ShoeId(*shoe);
    const ImportReport report =
        stridelog::importFiles(**journal, options->positional, importOptions);
    if (report.failure) return fromStoreError(*report.failure);

    QJsonArray array;
    for (const ImportResult& result : report.results) array.append(resultJson(result));
    return CommandOutput{array, reportText(report), {}};
}

}  // namespace stridelog::cli
