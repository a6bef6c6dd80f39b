// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Every edit in the app is an undoable command. A command is pushed only after its action
// succeeded (JournalSession::recordDone), so its first redo() does nothing; later redo()/undo()
// calls replay or reverse it through the Journal. If a replay fails (the file changed under
// us), the failure is reported through the session and the stack is left as it is.

#include "journal_session.h"

#include <QUndoCommand>

#include <functional>

namespace stridelog::gui {

class JournalCommand : public QUndoCommand {
public:
    using Step = std::function<StoreResult<Done>()>;

    JournalCommand(JournalSession& session, const QString& text, Step redoStep, Step undoStep);

    void redo() override;
    void undo() override;

private:
    void run(const Step& step);

    JournalSession& session_;
    Step redo_;
    Step undo_;
    bool firstRedo_ = true;
};

}  // namespace stridelog::gui
