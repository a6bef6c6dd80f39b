// SPDX-License-Identifier: GPL-3.0-or-later
#include "morning_prompt.h"

namespace stridelog::gui {

bool morningCheckDue(const Evaluation& evaluation, Instant now) {
    const QDate today = now.localDate();
    for (const MorningCheck& check : evaluation.journal.mornings)
        if (check.date == today) return false;
    if (evaluation.comeback && evaluation.comeback->state == ComebackState::Active) return true;
    for (const PainEntry& pain : evaluation.journal.pains) {
        const std::int64_t age = pain.start.secondsUntil(now);
        if (age >= 0 && age < kMorningWatchSeconds) return true;
    }
    return false;
}

}  // namespace stridelog::gui
