// SPDX-License-Identifier: GPL-3.0-or-later
// The names of the severities, as the CLI prints them and the JSON carries them.
#include "warning.h"

namespace stridelog {

QString toString(Severity severity) {
    switch (severity) {
        case Severity::Info:
            return QStringLiteral("info");
        case Severity::Caution:
            return QStringLiteral("caution");
        case Severity::Stop:
            return QStringLiteral("stop");
    }
    return {};
}

}  // namespace stridelog
