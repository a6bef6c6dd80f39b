// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace stridelog::cli {

// The usage summary `--help` prints: the commands and values of CLI.md.
QString helpText();
QString versionText();

}  // namespace stridelog::cli
