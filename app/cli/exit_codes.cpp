// SPDX-License-Identifier: GPL-3.0-or-later
// Failure constructors, and the mapping of store errors onto CLI.md's exit codes.

#include "exit_codes.h"

namespace stridelog::cli {

Unexpected<Failure> usageError(QString message) {
    return {Failure{ExitCode::Usage, std::move(message)}};
}

Unexpected<Failure> invalidInput(QString message) {
    return {Failure{ExitCode::InvalidInput, std::move(message)}};
}

Unexpected<Failure> journalUnusable(QString message) {
    return {Failure{ExitCode::JournalUnusable, std::move(message)}};
}

Unexpected<Failure> fromStoreError(const StoreError& error) {
    switch (error.kind) {
        case StoreErrorKind::InvalidInput:
        case StoreErrorKind::NotFound:
            return invalidInput(error.message);
        case StoreErrorKind::NotAJournal:
        case StoreErrorKind::Corrupt:
        case StoreErrorKind::NewerSchema:
        case StoreErrorKind::Locked:
        case StoreErrorKind::Unwritable:
            break;
    }
    return journalUnusable(error.message);
}

}  // namespace stridelog::cli
