// SPDX-License-Identifier: GPL-3.0-or-later
#include "duration_text.h"

#include <QCoreApplication>

#include <algorithm>

namespace stridelog {
namespace {

constexpr std::int64_t kDaysFrom = 72;  // hours

QString tr(const char* text) {
    return QCoreApplication::translate("stridelog", text);
}

}  // namespace

QString formatPainDuration(Duration duration) {
    const std::int64_t seconds = std::max<std::int64_t>(0, duration.seconds());
    const std::int64_t hours = seconds / 3600;
    if (hours < 1) return tr("%1 min").arg(seconds / 60);
    if (hours < kDaysFrom) return tr("%1 h").arg(hours);
    const std::int64_t rest = hours % 24;
    if (rest == 0) return tr("%1 d").arg(hours / 24);
    return tr("%1 d %2 h").arg(hours / 24).arg(rest);
}

}  // namespace stridelog
