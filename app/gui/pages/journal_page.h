// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A page of the main window. Pages draw from JournalSession::evaluation() when the session
// emits evaluated(), and can be asked to bring one entry into view (a warning was clicked).

#include "app/gui/session/journal_session.h"

#include <QWidget>

namespace stridelog::gui {

class JournalPage : public QWidget {
    Q_OBJECT

public:
    JournalPage(JournalSession& session, QWidget* parent) : QWidget(parent), session_(session) {}

    // Shows and selects the entry with this id; pages without entries ignore it.
    virtual void focusEntry(std::int64_t id) { Q_UNUSED(id); }

protected:
    JournalSession& session() { return session_; }

private:
    JournalSession& session_;
};

}  // namespace stridelog::gui
