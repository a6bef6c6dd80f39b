// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal_export.h"

#include "app/gui/session/journal_session.h"
#include "app/gui/widgets/file_dialogs.h"
#include "app/gui/widgets/status_message.h"

#include "core/io/journal_csv.h"
#include "core/io/journal_json.h"
#include "core/store/file_modes.h"
#include "core/store/journal_files.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>

namespace stridelog::gui {
namespace {

const QString kJsonFilter = QStringLiteral("Stridelog journal, JSON (*.json)");
const QString kCsvFilter = QStringLiteral("Spreadsheet, CSV (*.csv)");

// The format the user typed wins over the filter left selected.
ExportFormat formatFor(const QString& path, const QString& filter) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv")) return ExportFormat::Csv;
    if (suffix == QLatin1String("json")) return ExportFormat::Json;
    return filter == kCsvFilter ? ExportFormat::Csv : ExportFormat::Json;
}

QString withSuffix(const QString& path, ExportFormat format) {
    if (!QFileInfo(path).suffix().isEmpty()) return path;
    return path + (format == ExportFormat::Csv ? QStringLiteral(".csv") : QStringLiteral(".json"));
}

}  // namespace

Expected<QString> exportJournalTo(JournalSession& session, const QString& path,
                                  ExportFormat format) {
    // Never over the journal itself or one of its side files.
    if (auto refused = refuseJournalFiles(session.journalPath(), path); !refused) {
        return fail(refused.error().message);
    }
    auto snapshot = session.journal().snapshotWithTracks();
    if (!snapshot) return fail(snapshot.error().message);
    const QByteArray bytes = format == ExportFormat::Csv
                                 ? writeJournalCsv(*snapshot)
                                 : writeJournalJson(*snapshot, session.now());
    const auto written = writePrivateFileAtomically(path, bytes);
    if (!written) return fail(written.error().message);
    return path;
}

void exportJournalInteractively(JournalSession& session, QWidget* parent) {
    const QString folder = documentsFolder();
    const QString name =
        QStringLiteral("stridelog-%1.json").arg(session.now().localDate().toString(Qt::ISODate));
    QString filter = kJsonFilter;
    const QString chosen =
        askSaveFile(parent, QObject::tr("Export the journal"), QDir(folder).filePath(name),
                    kJsonFilter + QStringLiteral(";;") + kCsvFilter, &filter);
    if (chosen.isEmpty()) return;
    const ExportFormat format = formatFor(chosen, filter);
    const auto done = exportJournalTo(session, withSuffix(chosen, format), format);
    if (!done) {
        QMessageBox::warning(parent, QObject::tr("Export"),
                             QObject::tr("The journal was not exported: %1").arg(done.error()));
        return;
    }
    announce(parent, QObject::tr("Exported the journal to %1.").arg(QFileInfo(*done).fileName()));
}

}  // namespace stridelog::gui
