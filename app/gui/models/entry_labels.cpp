// SPDX-License-Identifier: GPL-3.0-or-later
#include "entry_labels.h"

namespace stridelog::gui {

QString noneLabel() {
    return QStringLiteral("—");
}

}  // namespace stridelog::gui
