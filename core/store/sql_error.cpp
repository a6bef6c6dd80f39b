// SPDX-License-Identifier: GPL-3.0-or-later
#include "sql_error.h"

#include "disk_full.h"

namespace stridelog {
namespace {

// SQLite's primary result codes (the low byte of an extended code).
constexpr int kBusy = 5;
constexpr int kLocked = 6;
constexpr int kReadOnly = 8;
constexpr int kIoError = 10;
constexpr int kCorrupt = 11;
constexpr int kFull = 13;
constexpr int kCantOpen = 14;
constexpr int kConstraint = 19;
constexpr int kNotADatabase = 26;

StoreErrorKind kindOf(int primaryCode) {
    switch (primaryCode) {
        case kBusy:
        case kLocked:
            return StoreErrorKind::Locked;
        case kCorrupt:
            return StoreErrorKind::Corrupt;
        case kNotADatabase:
            return StoreErrorKind::NotAJournal;
        case kReadOnly:
        case kIoError:
        case kFull:
        case kCantOpen:
            return StoreErrorKind::Unwritable;
        case kConstraint:
            return StoreErrorKind::InvalidInput;
        default:
            return StoreErrorKind::Corrupt;
    }
}

}  // namespace

StoreError fromSqlError(const QSqlError& error, const QString& doing) {
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    const StoreErrorKind kind = ok ? kindOf(code & 0xff) : StoreErrorKind::Corrupt;
    // Read errno first: anything below may make another system call.
    const bool full =
        ok && ((code & 0xff) == kFull || ((code & 0xff) == kIoError && lastErrorWasDiskFull()));
    QString what = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    if (full) what = diskFullText();
    if (kind == StoreErrorKind::Locked) {
        what = QStringLiteral(
            "the journal is locked by another program; try again when it is "
            "closed");
    }
    return StoreError{kind, QStringLiteral("%1: %2").arg(doing, what)};
}

}  // namespace stridelog
