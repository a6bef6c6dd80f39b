// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Finding warnings by code in the rules tests.

#include "core/rules/warning.h"

#include <QString>

#include <algorithm>
#include <ostream>
#include <vector>

// Readable QStrings in GoogleTest's failure messages.
inline void PrintTo(const QString& value, std::ostream* out) {
    *out << '"' << value.toStdString() << '"';
}

namespace stridelog::test {

inline std::vector<Warning> withCode(const std::vector<Warning>& warnings, const char* code) {
    std::vector<Warning> found;
    std::copy_if(warnings.begin(), warnings.end(), std::back_inserter(found),
                 [&](const Warning& w) { return w.code == QLatin1String(code); });
    return found;
}

inline bool hasCode(const std::vector<Warning>& warnings, const char* code) {
    return !withCode(warnings, code).empty();
}

inline QStringList codesOf(const std::vector<Warning>& warnings) {
    QStringList codes;
    for (const Warning& warning : warnings) codes << warning.code;
    return codes;
}

inline QString text(const char* utf8) {
    return QString::fromUtf8(utf8);
}

}  // namespace stridelog::test
