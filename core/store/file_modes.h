// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A runner's journal is private: files we create are readable and writable by their owner only.

#include "store_error.h"

#include <QString>

namespace stridelog {

// Creates an empty file with mode 0600 (and its folder), failing if it already exists.
StoreResult<Done> createPrivateFile(const QString& path);
// Writes `bytes` to a temporary file next to `path` (mode 0600), then renames it over `path`,
// so a reader never sees half a file.
StoreResult<Done> writePrivateFileAtomically(const QString& path, const QByteArray& bytes);

}  // namespace stridelog
