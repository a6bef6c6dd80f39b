// SPDX-License-Identifier: GPL-3.0-or-later
#include "run_file_export.h"

#include "app/gui/session/journal_session.h"
#include "app/gui/widgets/file_dialogs.h"
#include "app/gui/widgets/status_message.h"

#include "core/store/file_modes.h"
#include "core/store/journal_files.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QObject>

namespace stridelog::gui {
namespace {

const QString kGpxFilter = QStringLiteral("GPX 1.1 (*.gpx)");
const QString kTcxFilter = QStringLiteral("TCX (*.tcx)");

}  // namespace

Expected<ExportedTrack> exportRunFileTo(JournalSession& session, RunId run, const QString& path,
                                        TrackFormat format) {
    if (auto refused = refuseJournalFiles(session.journalPath(), path); !refused) {
        return fail(refused.error().message);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const auto exported = writeJournalRun(session.journal(), run, format, buffer);
    if (!exported) return fail(exported.error().message);
    const auto written = writePrivateFileAtomically(path, bytes);
    if (!written) return fail(written.error().message);
    return *exported;
}

void exportRunInteractively(JournalSession& session, RunId run, QWidget* parent) {
    QString filter = kGpxFilter;
    const QString name = QStringLiteral("run-%1.gpx").arg(run.value());
    QString chosen =
        askSaveFile(parent, QObject::tr("Export the run"), QDir(documentsFolder()).filePath(name),
                    kGpxFilter + QStringLiteral(";;") + kTcxFilter, &filter);
    if (chosen.isEmpty()) return;
    const QString suffix = QFileInfo(chosen).suffix().toLower();
    const TrackFormat format = suffix == QLatin1String("tcx")   ? TrackFormat::Tcx
                               : suffix == QLatin1String("gpx") ? TrackFormat::Gpx
                               : filter == kTcxFilter           ? TrackFormat::Tcx
                                                                : TrackFormat::Gpx;
    if (suffix.isEmpty()) chosen += QLatin1Char('.') + trackFormatExtension(format);
    const auto done = exportRunFileTo(session, run, chosen, format);
    if (!done) {
        QMessageBox::warning(parent, QObject::tr("Export"),
                             QObject::tr("The run was not exported: %1").arg(done.error()));
        return;
    }
    announce(parent, done->track
                         ? QObject::tr("Exported the run to %1.").arg(QFileInfo(chosen).fileName())
                         : QObject::tr("Exported the run's summary to %1 (it has no track).")
                               .arg(QFileInfo(chosen).fileName()));
}

}  // namespace stridelog::gui
