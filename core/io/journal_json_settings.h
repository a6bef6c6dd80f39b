// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The settings object of a journal export: every key SettingsKeys knows, under its CLI name,
// as a JSON number where the value is one ("weekly_increase_pct": 10), else as text
// ("week_start": "monday") or null. Going through SettingsKeys means a new setting is
// exported and checked on restore without touching this file.

#include "core/model/settings.h"

#include <QJsonObject>

#include <optional>

namespace stridelog {

inline constexpr char kJournalJsonFormat[] = "stridelog-journal";

QJsonObject settingsToJson(const Settings& settings);
// Keys left out keep their defaults; an unknown key or a bad value is an error naming it.
std::optional<QString> settingsFromJson(const QJsonObject& object, Settings& settings);

}  // namespace stridelog
