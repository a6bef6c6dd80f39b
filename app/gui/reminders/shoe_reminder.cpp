// SPDX-License-Identifier: GPL-3.0-or-later
#include "shoe_reminder.h"

namespace stridelog::gui {

namespace {

int rank(ShoeStatusKind status) {
    return status == ShoeStatusKind::Replace ? 2 : status == ShoeStatusKind::Soon ? 1 : 0;
}

}  // namespace

ShoeReminder::ShoeReminder(JournalSession& session, QObject* parent)
    : QObject(parent), session_(session) {
    remember();
    connect(&session_, &JournalSession::evaluated, this, &ShoeReminder::onEvaluated);
}

void ShoeReminder::remindAtStart() {
    QStringList lines;
    for (const ShoeReminderLine& line : presentShoeReminders(session_.evaluation())) {
        lines << line.text;
    }
    if (!lines.isEmpty()) Q_EMIT remind(lines);
}

void ShoeReminder::onEvaluated() {
    const Evaluation& evaluation = session_.evaluation();
    QStringList lines;
    for (const ShoeReminderLine& line : presentShoeReminders(evaluation)) {
        const auto it = seen_.find(line.shoe.value());
        int runs = 0;
        for (const ShoeWear& wear : evaluation.shoeWear) {
            if (wear.shoe == line.shoe) runs = wear.runs;
        }
        const bool worse = it == seen_.end() || rank(line.status) > rank(it->second.status);
        const bool ranIn = it != seen_.end() && runs > it->second.runs;
        if (worse || ranIn) lines << line.text;
    }
    remember();
    if (!lines.isEmpty()) Q_EMIT remind(lines);
}

void ShoeReminder::remember() {
    seen_.clear();
    for (const ShoeWear& wear : session_.evaluation().shoeWear) {
        seen_[wear.shoe.value()] = {wear.status, wear.runs};
    }
}

}  // namespace stridelog::gui
