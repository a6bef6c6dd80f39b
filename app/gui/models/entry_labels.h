// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The words the app shows for the enumerations of CLI.md are core/model/entry_words.h, shared
// with the CLI, the warnings and the report; this is the one mark the app adds.

#include <QString>

namespace stridelog::gui {

// "—": the value shown for an empty optional.
QString noneLabel();

}  // namespace stridelog::gui
