// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal_command.h"

namespace stridelog::gui {

JournalCommand::JournalCommand(JournalSession& session, const QString& text, Step redoStep,
                               Step undoStep)
    : QUndoCommand(text),
      session_(session),
      redo_(std::move(redoStep)),
      undo_(std::move(undoStep)) {}

void JournalCommand::redo() {
    if (firstRedo_) {
        firstRedo_ = false;  // the edit itself already ran
        return;
    }
    run(redo_);
}

void JournalCommand::undo() {
    run(undo_);
}

void JournalCommand::run(const Step& step) {
    if (auto done = step(); !done) {
        session_.reportFailure(text(), done.error());
    }
}

}  // namespace stridelog::gui
