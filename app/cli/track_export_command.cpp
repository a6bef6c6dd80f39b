// SPDX-License-Identifier: GPL-3.0-or-later
// `run export ID --format gpx|tcx [--out FILE]` and `export --format gpx|tcx --out FOLDER`
// (CLI.md): runs out as GPX or TCX files that other programs read (core/workflows/
// track_files.h). One run goes to stdout or FILE; a folder export writes one file per run,
// named by its start, never replacing a file that is already there, and lists what it wrote.

#include "command.h"
#include "core/i18n/contexts.h"
#include "export_format.h"
#include "value_options.h"

#include <QBuffer>
#include <QFileInfo>
#include <QSaveFile>

namespace stridelog::cli {
namespace {

QString runFileLine(const TrackFileResult& file) {
    const QString name = QFileInfo(file.file).fileName();
    switch (file.outcome) {
        case TrackFileResult::Outcome::AlreadyThere:
            return CliWords::tr("run %1: skipped, %2 is already there\n")
                .arg(file.run.value())
                .arg(name);
        case TrackFileResult::Outcome::Failed:
            return CliWords::tr("run %1: not written: %2\n").arg(file.run.value()).arg(file.error);
        case TrackFileResult::Outcome::Written:
            break;
    }
    if (!file.exported.track)
        return CliWords::tr("run %1: %2 (no track: the run's summary only)\n")
            .arg(file.run.value())
            .arg(name);
    return CliWords::tr("run %1: %2 (%3 points)\n")
        .arg(file.run.value())
        .arg(name)
        .arg(file.exported.points);
}

QJsonObject runFileJson(const TrackFileResult& file) {
    QJsonObject object{
        {QStringLiteral("run_id"), qint64{file.run.value()}},
        {QStringLiteral("file"), file.file},
        {QStringLiteral("track"), file.exported.track},
        {QStringLiteral("written"), file.outcome == TrackFileResult::Outcome::Written}};
    if (file.outcome == TrackFileResult::Outcome::AlreadyThere)
        object.insert(QStringLiteral("reason"), QStringLiteral("exists"));
    if (file.outcome == TrackFileResult::Outcome::Failed)
        object.insert(QStringLiteral("reason"), file.error);
    return object;
}

}  // namespace

CommandResult exportTracks(Session& session, TrackFormat format,
                           const std::optional<QString>& folder) {
    if (!folder) {
        return invalidInput(
            CliWords::tr("export --format %1 writes one file per run and needs --out FOLDER")
                .arg(trackFormatExtension(format)));
    }
    if (auto refused = session.refuseJournalFile(*folder)) return Unexpected{*refused};
    auto journal = session.journal();
    if (!journal) return Unexpected{journal.error()};
    TrackFolderOptions options;
    options.format = format;
    const auto exported = exportRunsToFolder(**journal, *folder, options);
    if (!exported) return fromStoreError(exported.error());

    QJsonArray json;
    QString text;
    int written = 0;
    int skipped = 0;
    int failed = 0;
    for (const TrackFileResult& file : exported->files) {
        json.append(runFileJson(file));
        text += runFileLine(file);
        written += file.outcome == TrackFileResult::Outcome::Written ? 1 : 0;
        skipped += file.outcome == TrackFileResult::Outcome::AlreadyThere ? 1 : 0;
        failed += file.outcome == TrackFileResult::Outcome::Failed ? 1 : 0;
    }
    if (failed > 0) {
        return invalidInput(CliWords::tr("%1 of %2 runs could not be written to %3 (%4 written)")
                                .arg(failed)
                                .arg(exported->files.size())
                                .arg(*folder)
                                .arg(written));
    }
    text +=
        CliWords::tr("Exported %1 runs to %2; %3 skipped because their file is already there.\n")
            .arg(written)
            .arg(*folder)
            .arg(skipped);
    return CommandOutput{json, text, {}};
}

CommandResult runExport(Session& session, const QStringList& arguments) {
    const auto options =
        parseOptions(arguments, {{QStringLiteral("--format"), QStringLiteral("--out")},
                                 {},
                                 1,
                                 1,
                                 QStringLiteral("run export ID --format gpx|tcx [--out FILE]")});
    if (!options) return Unexpected{options.error()};
    if (auto missing =
            requireOptions(*options, {QStringLiteral("--format")}, QStringLiteral("run export")))
        return Unexpected{*missing};
    const auto id = parseId(options->positional.at(0), QStringLiteral("run"));
    if (!id) return Unexpected{id.error()};
    ValueReader values(*options);
    const auto format = values.choice<RunFileFormat>(QStringLiteral("--format"));
    if (values.failure()) return Unexpected{*values.failure()};
    const auto out = values.text(QStringLiteral("--out"));
    if (out) {
        if (auto refused = session.refuseJournalFile(*out)) return Unexpected{*refused};
    }
    auto journal = session.journal();
    if (!journal) return Unexpected{journal.error()};

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const auto written = writeJournalRun(**journal, RunId(*id), trackFormat(*format), buffer);
    if (!written) return fromStoreError(written.error());
    if (!out) return CommandOutput{{}, {}, buffer.data()};

    QSaveFile file(*out);
    const bool saved = file.open(QIODevice::WriteOnly) &&
                       file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) &&
                       file.write(buffer.data()) == buffer.size() && file.commit();
    if (!saved) {
        return invalidInput(
            CliWords::tr("--out: cannot write '%1': %2").arg(*out, file.errorString()));
    }
    const QJsonObject json{{QStringLiteral("run_id"), qint64{*id}},
                           {QStringLiteral("file"), *out},
                           {QStringLiteral("track"), written->track}};
    const QString text = written->track ? CliWords::tr("Exported run %1 to %2 (%3 points).\n")
                                              .arg(*id)
                                              .arg(*out)
                                              .arg(written->points)
                                        : CliWords::tr(
                                              "Exported run %1 to %2 (no track: the run's summary "
                                              "only).\n")
                                              .arg(*id)
                                              .arg(*out);
    return CommandOutput{json, text, {}};
}

}  // namespace stridelog::cli
