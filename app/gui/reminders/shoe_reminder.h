// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// When to remind the runner of a worn pair (R3) outside the dashboard's banner: once at start
// for every worn pair in use, and after each evaluation for a worn pair that just got worse
// (ok → soon, soon → replace) or that a run was just logged in (its run count rose; R3: a run
// logged in a pair already at `replace` reminds at once). It remembers each pair's status and
// run count between evaluations; remind() carries the sentences to show. Who shows them (the
// tray) is up to the listener, so the rule of "when" is tested without a desktop.

#include "app/gui/presenters/shoe_presenter.h"

#include <QObject>
#include <QStringList>

#include <map>

namespace stridelog::gui {

class ShoeReminder : public QObject {
    Q_OBJECT

public:
    explicit ShoeReminder(JournalSession& session, QObject* parent = nullptr);

    // Emits remind() for every worn pair in use now; call once the listener is connected.
    void remindAtStart();

Q_SIGNALS:
    void remind(const QStringList& lines);

private:
    struct Seen {
        ShoeStatusKind status = ShoeStatusKind::Ok;
        int runs = 0;
    };
    void onEvaluated();
    void remember();

    JournalSession& session_;
    std::map<std::int64_t, Seen> seen_;  // by shoe id
};

}  // namespace stridelog::gui
