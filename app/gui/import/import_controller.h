// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// File ▸ Import and drag-and-drop: runs core's importFiles() on a worker thread so the window
// stays responsive, with a progress dialog whose Cancel stops it between files (or between
// chunks of a long file; the file in progress leaves nothing behind).
//
//   GUI thread                         worker QThread
//   start(paths) ──────────────────►  Journal::open(session.journalPath())  (its own connection:
//   QProgressDialog ◄─ progressed ──    importFiles(journal, paths, {shoe, progress, cancel})
//   Cancel ──► atomic cancel flag ──►   (read between files and chunks)
//   finished: session.refresh(),  ◄──  thread ends, its Journal closed
//             one undo step (edits::recordImport, with the ids its Journal::changed() named),
//             results dialog
//
// A Qt SQL connection belongs to the thread that opened it, so the worker opens its own Journal
// on the same file; the session's connection sees the imported runs once they are committed
// (WAL), and refresh() re-evaluates so every page updates. The controller waits for a running
// worker only when it is destroyed, which is when the window closes.

// The store's header first: it puts a Qt header before ids.h, which moc needs (journal_change.h).
#include "core/store/journal_change.h"

#include "core/model/ids.h"
#include "core/workflows/importer.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QProgressDialog;
class QThread;
class QWidget;

namespace stridelog::gui {

class JournalSession;

class ImportController : public QObject {
    Q_OBJECT

public:
    // `dialogParent` is the window the progress and results dialogs belong to.
    explicit ImportController(JournalSession& session, QWidget* dialogParent = nullptr);
    ~ImportController() override;

    // Starts importing files and folders (walked recursively); every run gets `shoe` when given.
    // False when there is nothing to import or an import is already running.
    bool start(const QStringList& paths, std::optional<ShoeId> shoe = std::nullopt);
    bool isRunning() const { return thread_ != nullptr; }
    // Safe from any thread: the worker stops at its next check.
    void requestCancel() { cancel_->store(true); }

    // The app shows progress and results; tests and scripts turn that off.
    void setInteractive(bool interactive) { interactive_ = interactive; }
    const ImportReport& lastReport() const { return lastReport_; }

    // Called on the worker thread after each file, before the next cancel check: lets a test
    // cancel at an exact point.
    void setWorkerProgressHook(std::function<void(int done, int total)> hook) {
        workerHook_ = std::move(hook);
    }

Q_SIGNALS:
    void progressed(int done, int total);
    // After the journal was re-read; lastReport() holds the per-file results.
    void finished();

private:
    void showProgress();
    void onProgress(int done, int total);
    void onWorkerFinished(const ImportReport& report, const JournalChange& added);

    JournalSession& session_;
    QPointer<QWidget> dialogParent_;
    QThread* thread_ = nullptr;
    std::shared_ptr<std::atomic<bool>> cancel_ = std::make_shared<std::atomic<bool>>(false);
    QPointer<QProgressDialog> progress_;
    std::function<void(int, int)> workerHook_;
    ImportReport lastReport_;
    bool interactive_ = true;
};

}  // namespace stridelog::gui
