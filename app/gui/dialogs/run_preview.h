// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// "Before you save": the preview area of the log-run dialog. What the run being entered would
// trigger is core's answer (core/rules/entry_preview.h, warningsIfRunSaved); this only draws it.

#include "core/rules/warning.h"

#include <QString>

#include <optional>
#include <vector>

namespace stridelog::gui {

// The warnings as a short HTML list for the preview area; a calm line when there are none.
// `darkBackground`: the colours of the severity words are the light shades.
QString previewHtml(const std::vector<Warning>& warnings, bool darkBackground = false);

}  // namespace stridelog::gui
