// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Why the store could not do what it was asked. The kinds map one to one onto the CLI's exit
// codes (CLI.md): input problems are 2, a journal that cannot be used is 3.

#include "core/model/expected.h"

#include <QString>

namespace stridelog {

enum class StoreErrorKind {
    InvalidInput,  // a value outside what is accepted, or a reference to nothing: exit 2
    NotFound,      // no such id: exit 2
    NotAJournal,   // a file that is not a Stridelog journal (not SQLite, or another app's): 3
    Corrupt,       // SQLite reports damage: 3
    NewerSchema,   // written by a newer Stridelog: refused, never upgraded: 3
    Locked,        // another program holds the journal past the busy timeout: 3
    Unwritable,    // cannot create, write or replace the file: 3
};

struct StoreError {
    StoreErrorKind kind = StoreErrorKind::Corrupt;
    QString message;
};

// The success value of an action that returns nothing.
struct Done {};

template <class T>
using StoreResult = Expected<T, StoreError>;

inline Unexpected<StoreError> storeFailure(StoreErrorKind kind, QString message) {
    return {StoreError{kind, std::move(message)}};
}

}  // namespace stridelog
