// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal_session.h"

namespace stridelog::gui {

JournalSession::JournalSession(std::unique_ptr<Journal> journal, const Clock& clock,
                               std::optional<AsOf> pinnedAsOf, QObject* parent)
    : QObject(parent), journal_(std::move(journal)), clock_(clock), pinnedAsOf_(pinnedAsOf) {
    connect(journal_.get(), &Journal::changed, this,
            [this](const JournalChange& change) { refresh(change); });
    refresh();
}

JournalSession::~JournalSession() {
    // Commands refer to the journal; drop them first.
    undoStack_.clear();
}

Instant JournalSession::now() const {
    return pinnedAsOf_ ? pinnedAsOf_->instant() : clock_.now();
}

void JournalSession::recordDone(QUndoCommand* command) {
    undoStack_.push(command);
}

bool JournalSession::reportFailure(const QString& what, const StoreError& error) {
    Q_EMIT failed(QStringLiteral("%1: %2").arg(what, error.message));
    return false;
}

void JournalSession::refresh(const JournalChange& change) {
    auto snapshot = journal_->snapshot();
    if (!snapshot) {
        Q_EMIT failed(snapshot.error().message);
        return;
    }
    evaluation_ =
        evaluate(std::move(snapshot).value(), pinnedAsOf_ ? *pinnedAsOf_ : AsOf(clock_.now()));
    lastChange_ = change;
    Q_EMIT evaluated();
}

}  // namespace stridelog::gui
