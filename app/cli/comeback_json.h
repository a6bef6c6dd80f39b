// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// CLI.md 1.2's objects: the way back's status object and a morning check, shared by
// `comeback status`, `allowance` and `report`.

#include "core/model/morning_check.h"
#include "core/rules/comeback.h"

#include <QJsonObject>
#include <QString>

namespace stridelog::cli {

QJsonObject comebackStatusJson(const ComebackStatus& status);
QJsonObject morningJson(const MorningCheck& morning);
// A few lines for the text output: state, level, today, next session and the sessions.
QString comebackStatusText(const ComebackStatus& status, UnitSystem units);

}  // namespace stridelog::cli
