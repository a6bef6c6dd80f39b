// SPDX-License-Identifier: GPL-3.0-or-later
// Output shared by the commands that change one entry.

#include "command.h"

namespace stridelog::cli {

CommandOutput idOutput(std::int64_t id, const QString& sentence) {
    return {QJsonObject{{QStringLiteral("id"), static_cast<qint64>(id)}},
            sentence.arg(id) + QLatin1Char('\n'),
            {}};
}

}  // namespace stridelog::cli
