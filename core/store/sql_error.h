// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Turns what SQLite reports through Qt SQL into a StoreError of the right kind, so a busy
// journal is "locked" (exit 3), damage is "corrupt", and a violated constraint is bad input.

#include "store_error.h"

#include <QSqlError>
#include <QString>

namespace stridelog {

StoreError fromSqlError(const QSqlError& error, const QString& doing);

}  // namespace stridelog
