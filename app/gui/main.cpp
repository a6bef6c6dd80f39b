// SPDX-License-Identifier: GPL-3.0-or-later
// stridelog: the desktop app. Opens the journal (the same file as stridelog-cli), then shows
// the main window, or renders a screenshot and exits.

#include "app_options.h"
#include "dialogs/journal_problem_dialog.h"
#include "journal_instance.h"
#include "main_window.h"
#include "report/clinician_report_pdf.h"
#include "screenshot.h"
#include "session/journal_session.h"

#include "core/i18n/translations.h"
#include "core/model/clock.h"
#include "core/store/journal_files.h"
#include "core/store/journal_location.h"
#include "core/store/rolling_backups.h"

#include <QApplication>
#include <QDir>
#include <QTextStream>

#include <optional>

namespace {

constexpr int kUnusableJournal = 3;
constexpr int kReportFailed = 2;
constexpr int kRefusedOutput = 2;  // as stridelog-cli's exit 2 for the same refusal

// `--report` and `--screenshot` never write onto the journal or one of its own files, however
// the file is named: the one guard every output of both programs goes through.
bool refusesOutput(const QString& journalPath, const QString& output) {
    if (output.isEmpty()) return false;
    auto refused = stridelog::refuseJournalFiles(journalPath, output);
    if (refused) return false;
    QTextStream(stderr) << "stridelog: error: " << refused.error().message << '\n';
    return true;
}

// `--report`: the period's report for a clinician, without a window.
int writeReport(stridelog::Journal& journal, const stridelog::gui::AppOptions& options,
                const stridelog::Clock& clock) {
    using namespace stridelog;
    auto snapshot = journal.snapshot();
    if (!snapshot) {
        QTextStream(stderr) << "stridelog: error: " << snapshot.error().message << '\n';
        return kUnusableJournal;
    }
    const Instant now = clock.now();  // the pinned as-of, when one was given
    auto pages = gui::writeClinicianReportPdf(*snapshot, {options.reportFrom, options.reportTo},
                                              now, options.reportPath);
    if (!pages) {
        QTextStream(stderr) << "stridelog: error: " << pages.error() << '\n';
        return kReportFailed;
    }
    QTextStream(stdout) << "Wrote " << options.reportPath << " (" << *pages
                        << (*pages == 1 ? " page" : " pages") << ").\n";
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    using namespace stridelog;
    if (gui::wantsNoDisplay(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("stridelog"));
    QApplication::setApplicationDisplayName(QStringLiteral("Stridelog"));
    QApplication::setApplicationVersion(QStringLiteral(STRIDELOG_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.stridelog.Stridelog"));
    i18n::installTranslations(app);

    auto options = gui::parseAppOptions(QApplication::arguments());
    if (!options) {
        QTextStream(stderr) << "stridelog: error: " << options.error() << '\n';
        return 1;
    }
    const bool screenshotMode = !options->screenshotPath.isEmpty();
    const bool reportMode = !options->reportPath.isEmpty();
    const QString path = resolveJournalPath(options->databasePath);
    if (refusesOutput(path, options->reportPath) || refusesOutput(path, options->screenshotPath)) {
        return kRefusedOutput;
    }
    // One app per journal: a second copy on it brings the first one's window up and exits.
    gui::JournalInstance instance;
    if (!screenshotMode && !reportMode &&
        instance.start(path) == gui::JournalInstance::Outcome::HandedOver) {
        QTextStream(stdout) << "stridelog: " << QDir::toNativeSeparators(path)
                            << " is already open; its window was brought to the front.\n";
        return 0;
    }
    // The app's one clock: the journal, its backups, the dialogs and the charts all read it, so
    // they agree on "today" and "tomorrow". A pinned as-of (screenshots, reports) pins it.
    SystemClock systemNow;
    std::optional<FixedClock> pinnedNow;
    if (options->asOf) pinnedNow.emplace(options->asOf->instant());
    const Clock& clock = pinnedNow ? static_cast<const Clock&>(*pinnedNow) : systemNow;
    // Backups without being asked (core/store/rolling_backups.h): before a migration, and the
    // first time the journal is opened on a day.
    OpenOptions openOptions;
    openOptions.clock = &clock;
    openOptions.beforeMigration = [&clock](const QString& journalPath) {
        RollingBackups(journalPath, clock).take(BackupKind::BeforeMigration);
    };
    auto journal = Journal::open(path, openOptions);
    if (!journal) {
        QTextStream(stderr) << "stridelog: error: " << journal.error().message << '\n';
        if (screenshotMode || reportMode) return kUnusableJournal;
        // Says what is wrong, leaves the file as it is, offers a backup or another journal.
        auto recovered = gui::recoverFromUnusableJournal(
            path, journal.error(), nullptr, QApplication::translate("main", "Quit"), clock);
        if (!recovered) return kUnusableJournal;
        journal = std::move(recovered);
    }

    if (!screenshotMode && !reportMode) {
        if (auto daily = RollingBackups((*journal)->path(), clock).takeDailyIfDue(); !daily) {
            QTextStream(stderr) << "stridelog: warning: " << daily.error().message << '\n';
        }
    }
    if (reportMode) return writeReport(**journal, *options, clock);
    auto session =
        std::make_unique<gui::JournalSession>(std::move(journal).value(), clock, options->asOf);
    gui::MainWindow window(std::move(session), clock);
    window.setCheckInEnabled(!screenshotMode);
    if (screenshotMode) {
        return gui::saveScreenshot(
                   window, options->page, options->screenshotPath,
                   options->page == QLatin1String("shoe") ? options->shoeId : options->runId)
                   ? 0
                   : 1;
    }
    QObject::connect(&instance, &gui::JournalInstance::activationRequested, &window,
                     &gui::MainWindow::bringToFront);
    QObject::connect(&window, &gui::MainWindow::journalOpened, &instance,
                     &gui::JournalInstance::follow);
    instance.follow(window.session().journalPath());  // a journal chosen after a problem
    window.restoreWindow();
    window.show();
    return QApplication::exec();
}
