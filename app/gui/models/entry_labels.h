// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The words the app shows for the enumerations of CLI.md. The CLI words ("next-day",
// "outside") stay the stored values; these are their plain-language labels, shared by the
// tables and the dialogs so a value reads the same everywhere.

#include "core/model/enums.h"

#include <QString>

namespace stridelog::gui {

QString surfaceLabel(Surface surface);  // "Road"
QString runTypeLabel(RunType type);     // "Easy"
QString kneeLabel(Knee knee);           // "Left", "Right", "Both"
QString siteLabel(Site site);           // "Front (kneecap)"
QString onsetLabel(Onset onset);        // "from the very start"
// "—": the value shown for an empty optional.
QString noneLabel();

}  // namespace stridelog::gui
