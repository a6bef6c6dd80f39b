// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The open journal as the desktop app sees it: the one object pages, dialogs and charts talk
// to. It owns the Journal, the clock and the undo stack, and keeps the rule results for the
// as-of instant (now, or a pinned instant in screenshot mode). When the journal changes it
// re-evaluates once (core's evaluate(), core/rules/evaluation.h) and emits evaluated(); pages
// redraw from evaluation() and never compute a rule or query the database themselves. lastChange()
// says what the journal change was, so the tables can update only the rows it touched (and keep the
// selection and scroll) instead of starting over.
//
//   dialogs ──edit──► JournalSession ──QUndoCommand──► Journal ──changed(JournalChange)──┐
//   pages/charts ◄──evaluated()── JournalSession ◄── evaluate(snapshot, asOf) ◄─────────────┘

#include "core/model/as_of.h"
#include "core/model/clock.h"
#include "core/rules/evaluation.h"
#include "core/store/journal.h"

#include <QObject>
#include <QUndoStack>

#include <memory>
#include <optional>
#include <vector>

namespace stridelog::gui {

class JournalSession : public QObject {
    Q_OBJECT

public:
    // `clock` must outlive the session. A pinned as-of (screenshot mode) replaces the clock for
    // the rules; dates of new entries still default to it.
    JournalSession(std::unique_ptr<Journal> journal, const Clock& clock,
                   std::optional<AsOf> pinnedAsOf = std::nullopt, QObject* parent = nullptr);
    ~JournalSession() override;

    Journal& journal() { return *journal_; }
    QUndoStack& undoStack() { return undoStack_; }
    const Evaluation& evaluation() const { return evaluation_; }
    Instant now() const;
    QString journalPath() const { return journal_->path(); }

    // After an edit succeeded: records it for undo. The command's first redo() is skipped,
    // because the edit is already done.
    void recordDone(QUndoCommand* command);
    // After an edit failed: tells the user, once, what and why. Returns false for chaining.
    bool reportFailure(const QString& what, const StoreError& error);

    // Re-reads the journal and re-evaluates the rules (also done on every change). `change` is
    // what changed since the last evaluation, when known (an import on another connection
    // names its runs); by default, anything may have.
    void refresh(const JournalChange& change = JournalChange::all());
    // What changed in the journal before the latest evaluated(): empty when only the time did.
    const JournalChange& lastChange() const { return lastChange_; }

Q_SIGNALS:
    void evaluated();
    // A store action failed; `message` is one sentence for the user.
    void failed(const QString& message);

private:
    std::unique_ptr<Journal> journal_;
    const Clock& clock_;
    std::optional<AsOf> pinnedAsOf_;
    QUndoStack undoStack_;
    Evaluation evaluation_;
    JournalChange lastChange_ = JournalChange::all();
};

}  // namespace stridelog::gui
