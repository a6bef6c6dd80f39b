// SPDX-License-Identifier: GPL-3.0-or-later
#include "import_controller.h"

#include "import_results_dialog.h"

#include "app/gui/session/journal_edits.h"
#include "app/gui/session/journal_session.h"
#include "app/gui/widgets/status_message.h"

#include "core/store/journal.h"

#include <QProgressDialog>
#include <QThread>

namespace stridelog::gui {
namespace {

struct WorkerInput {
    QString journalPath;
    QStringList paths;
    std::optional<ShoeId> shoe;
    const Clock* clock = nullptr;  // the app's, read by the worker's journal
    std::shared_ptr<std::atomic<bool>> cancel;
    std::function<void(int, int)> hook;
    // What the import added, file by file; read on the GUI thread once the worker ended.
    std::shared_ptr<JournalChange> added;
};

// Runs on the worker thread; the Journal it opens is closed there before the thread ends.
ImportReport runImport(const WorkerInput& input, ImportController* controller) {
    ImportReport report;
    OpenOptions open;
    open.clock = input.clock;
    auto journal = Journal::open(input.journalPath, open);
    if (!journal) {
        report.failure = journal.error();
        return report;
    }
    // Direct: called on this thread after each file's commit.
    QObject::connect(journal.value().get(), &Journal::changed,
                     [added = input.added](const JournalChange& change) { added->merge(change); });
    ImportOptions options;
    options.shoe = input.shoe;
    options.cancel = input.cancel.get();
    options.progress = [&input, controller](int done, int total) {
        if (input.hook) input.hook(done, total);
        // Queued: the controller lives on the GUI thread and outlives this worker.
        QMetaObject::invokeMethod(
            controller, [controller, done, total] { Q_EMIT controller->progressed(done, total); },
            Qt::QueuedConnection);
    };
    return importFiles(*journal.value(), input.paths, options);
}

}  // namespace

ImportController::ImportController(JournalSession& session, QWidget* dialogParent)
    : QObject(dialogParent), session_(session), dialogParent_(dialogParent) {
    connect(this, &ImportController::progressed, this, &ImportController::onProgress);
}

ImportController::~ImportController() {
    if (!thread_) return;
    requestCancel();
    thread_->wait();
    delete thread_;
}

bool ImportController::start(const QStringList& paths, std::optional<ShoeId> shoe) {
    if (paths.isEmpty() || isRunning()) return false;
    cancel_->store(false);
    const WorkerInput input{session_.journalPath(),           paths,   shoe,
                            &session_.journal().clock(),      cancel_, workerHook_,
                            std::make_shared<JournalChange>()};
    auto result = std::make_shared<ImportReport>();
    thread_ = QThread::create([input, result, this] { *result = runImport(input, this); });
    // finished() is emitted by the worker once runImport() returned; the slot runs here.
    connect(thread_, &QThread::finished, this,
            [this, result, added = input.added] { onWorkerFinished(*result, *added); });
    if (interactive_) showProgress();
    thread_->start();
    return true;
}

void ImportController::showProgress() {
    progress_ = new QProgressDialog(tr("Importing activities…"), tr("Cancel"), 0, 0, dialogParent_);
    progress_->setWindowTitle(tr("Import"));
    progress_->setWindowModality(Qt::WindowModal);
    progress_->setAutoClose(false);
    progress_->setAutoReset(false);
    progress_->setMinimumDuration(0);
    connect(progress_, &QProgressDialog::canceled, this, [this] {
        requestCancel();
        if (progress_) progress_->setLabelText(tr("Stopping after the current file…"));
    });
    progress_->show();
}

void ImportController::onProgress(int done, int total) {
    if (!progress_) return;
    progress_->setMaximum(total);
    progress_->setValue(done);
    progress_->setLabelText(tr("Imported %1 of %2 files…").arg(done).arg(total));
}

void ImportController::onWorkerFinished(const ImportReport& report, const JournalChange& added) {
    thread_->deleteLater();
    thread_ = nullptr;
    lastReport_ = report;
    if (progress_) progress_->deleteLater();
    session_.refresh(added);
    // One step on the undo stack for the whole import, whatever number of files it read.
    edits::recordImport(session_, added);
    announce(dialogParent_, tr("Import: %1").arg(ImportResultsDialog::summary(lastReport_)));
    if (interactive_) showImportResults(lastReport_, dialogParent_, &session_, added.runs.added);
    Q_EMIT finished();
}

}  // namespace stridelog::gui
