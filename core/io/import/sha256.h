// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The SHA-256 of a file's bytes, for the source key that tells a file already imported
// (`sha256:<hex>`, run_from_activity.h). It runs over every byte of every file imported, as
// long as the parse itself, so it uses OpenSSL's libcrypto when the build found it (which uses
// the CPU's SHA instructions, some thirty times faster than QCryptographicHash's portable code
// in Qt 6.4) and QCryptographicHash otherwise. Both give the same digest.

#include "core/model/expected.h"

#include <QIODevice>
#include <QString>

namespace stridelog {

// Reads `device` from where it is to its end; lowercase hex, or the device's error.
Expected<QString> sha256Hex(QIODevice& device);

}  // namespace stridelog
