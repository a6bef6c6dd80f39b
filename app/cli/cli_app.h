// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace stridelog::cli {

// Runs one invocation: global options, then the command; returns the exit code (CLI.md).
// All printing to stdout and stderr happens here.
int runCli(const QStringList& arguments);

}  // namespace stridelog::cli
