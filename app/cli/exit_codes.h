// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The exit codes of CLI.md and the one failure value every command returns instead of printing
// errors itself, so the error line has one format: `stridelog-cli: error: WHAT`.

#include "core/model/expected.h"
#include "core/store/store_error.h"

#include <QString>

namespace stridelog::cli {

enum class ExitCode : int {
    Ok = 0,
    Usage = 1,            // unknown command or option, missing argument
    InvalidInput = 2,     // a bad value or reference; nothing was written
    JournalUnusable = 3,  // not a journal, corrupt, newer schema, locked, unwritable
};

struct Failure {
    ExitCode code = ExitCode::Usage;
    QString message;
};

template <class T>
using CliResult = Expected<T, Failure>;

Unexpected<Failure> usageError(QString message);
Unexpected<Failure> invalidInput(QString message);
Unexpected<Failure> journalUnusable(QString message);
Unexpected<Failure> fromStoreError(const StoreError& error);

}  // namespace stridelog::cli
