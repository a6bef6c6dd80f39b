// SPDX-License-Identifier: GPL-3.0-or-later
// `export --format csv|json [--out FILE]` (CLI.md): the whole journal to stdout, or to FILE
// written under a temporary name and renamed (QSaveFile), mode 0600 since it holds health data.
// The JSON form is what `restore` reads back. `--format gpx|tcx` writes the runs as files into
// a folder instead (track_export_command.cpp).

#include "command.h"
#include "core/i18n/contexts.h"
#include "export_format.h"
#include "value_options.h"

#include "core/io/journal_csv.h"
#include "core/io/journal_json.h"
#include "core/store/disk_full.h"

#include <QSaveFile>

namespace stridelog::cli {
namespace {

std::optional<Failure> writePrivateFile(const QString& path, const QByteArray& bytes) {
    QSaveFile file(path);
    const bool written = file.open(QIODevice::WriteOnly) &&
                         file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) &&
                         file.write(bytes) == bytes.size() && committed(file);
    if (written) return std::nullopt;
    return Failure{ExitCode::InvalidInput,
                   CliWords::tr("--out: cannot write '%1': %2").arg(path, fileErrorText(file))};
}

}  // namespace

CommandResult exportJournal(Session& session, const QStringList& arguments) {
    const auto options = parseOptions(
        arguments,
        {{QStringLiteral("--format"), QStringLiteral("--out")},
         {},
         0,
         0,
         QStringLiteral("export --format csv|json [--out FILE] | --format gpx|tcx --out FOLDER")});
    if (!options) return Unexpected{options.error()};
    if (auto missing =
            requireOptions(*options, {QStringLiteral("--format")}, QStringLiteral("export")))
        return Unexpected{*missing};
    ValueReader values(*options);
    const auto format = values.choice<ExportFormat>(QStringLiteral("--format"));
    if (values.failure()) return Unexpected{*values.failure()};

    const auto out = values.text(QStringLiteral("--out"));
    if (*format == ExportFormat::Gpx || *format == ExportFormat::Tcx)
        return exportTracks(
            session, *format == ExportFormat::Gpx ? TrackFormat::Gpx : TrackFormat::Tcx, out);
    if (out) {
        if (auto refused = session.refuseJournalFile(*out)) return Unexpected{*refused};
    }
    auto journal = session.journal();
    if (!journal) return Unexpected{journal.error()};
    const auto snapshot = (*journal)->snapshotWithTracks();
    if (!snapshot) return fromStoreError(snapshot.error());
    const QByteArray bytes = *format == ExportFormat::Json
                                 ? writeJournalJson(*snapshot, session.now())
                                 : writeJournalCsv(*snapshot);
    if (!out) return CommandOutput{{}, {}, bytes};
    if (auto failure = writePrivateFile(*out, bytes)) return Unexpected{*failure};
    return CommandOutput{QJsonObject{{QStringLiteral("file"), *out}},
                         CliWords::tr("Exported the journal to %1.\n").arg(*out),
                         {}};
}

}  // namespace stridelog::cli
