// SPDX-License-Identifier: GPL-3.0-or-later
#include "report_pdf.h"

#include "session.h"

#include "core/i18n/contexts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

namespace stridelog::cli {
namespace {

constexpr int kAppTimeoutMs = 120'000;

QString desktopApp() {
    const QFileInfo beside(QDir(QCoreApplication::applicationDirPath()),
                           QStringLiteral("stridelog"));
    if (beside.isFile() && beside.isExecutable()) return beside.absoluteFilePath();
    return QStandardPaths::findExecutable(QStringLiteral("stridelog"));
}

// The app's exit codes for --report: 2 the report could not be written, 3 the journal.
ExitCode exitCodeOf(int appExitCode) {
    return appExitCode == 3 ? ExitCode::JournalUnusable : ExitCode::InvalidInput;
}

// The app's own message, without what Qt printed around it.
QString appError(const QByteArray& standardError) {
    const QString prefix = QStringLiteral("stridelog: error: ");
    const QStringList lines = QString::fromLocal8Bit(standardError).split(QLatin1Char('\n'));
    for (auto line = lines.crbegin(); line != lines.crend(); ++line) {
        if (line->startsWith(prefix)) return line->mid(prefix.size()).trimmed();
    }
    return QString::fromLocal8Bit(standardError).simplified();
}

}  // namespace

CommandResult writeReportPdf(const Session& session, const ReportPeriod& period,
                             const QString& out) {
    const QString app = desktopApp();
    if (app.isEmpty()) {
        return Unexpected{Failure{
            ExitCode::Usage,
            CliWords::tr("--out %1: the PDF is drawn by the desktop app, stridelog, which was not "
                         "found beside stridelog-cli or on PATH; nothing was written. "
                         "stridelog-cli writes the report's content to any other file name "
                         "(the text, or JSON with --json).")
                .arg(out)}};
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(
        app, {QStringLiteral("--db"), session.journalPath(), QStringLiteral("--report"), out,
              QStringLiteral("--from"), period.from.toString(Qt::ISODate), QStringLiteral("--to"),
              period.to.toString(Qt::ISODate), QStringLiteral("--as-of"),
              session.now().localDateTime().toString(QStringLiteral("yyyy-MM-ddTHH:mm"))});
    const bool finished = process.waitForFinished(kAppTimeoutMs);
    if (!finished) process.kill();
    if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QString said = appError(process.readAllStandardError());
        return Unexpected{
            Failure{finished ? exitCodeOf(process.exitCode()) : ExitCode::InvalidInput,
                    CliWords::tr("--out %1: the desktop app could not draw the PDF: %2")
                        .arg(out, said.isEmpty() ? process.errorString() : said)}};
    }
    return CommandOutput{
        QJsonObject{{QStringLiteral("file"), out}},
        CliWords::tr("Wrote the report for %1 to %2 to %3.\n")
            .arg(period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate), out),
        {}};
}

}  // namespace stridelog::cli
