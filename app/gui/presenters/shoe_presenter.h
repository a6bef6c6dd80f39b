// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shoe chart and reminder data (R3): each pair in use as a bar of its distance against its own
// limit, the 80% ("plan a replacement") and 100% ("replace") marks, and the one-sentence
// reminders the dashboard banner and the tray notification show for worn pairs.

#include "app/gui/session/journal_session.h"

#include <QString>

#include <vector>

namespace stridelog::gui {

struct ShoeBar {
    ShoeId shoe;
    QString name;
    double value = 0;  // distance on the pair, display units
    double limit = 0;
    double soonMark = 0;  // R3's 80% mark (shoeSoonMark), display units
    double percent = 0;
    ShoeStatusKind status = ShoeStatusKind::Ok;
    QString label;  // "812 km (81%)": the limit is the mark beside it
    QString tooltip;
};

struct ShoeReminderLine {
    ShoeId shoe;
    ShoeStatusKind status = ShoeStatusKind::Soon;  // Soon or Replace
    QString text;
    // For a pair not yet at its limit: "At its rate of the last 8 weeks it reaches its limit
    // around 14 December." (shoe_forecast.h), else empty.
    QString forecast;
};

// Pairs in use (not retired), in the journal's order.
std::vector<ShoeBar> presentShoes(const Evaluation& evaluation);
// Worn pairs in use, the ones to replace first.
std::vector<ShoeReminderLine> presentShoeReminders(const Evaluation& evaluation);

}  // namespace stridelog::gui
