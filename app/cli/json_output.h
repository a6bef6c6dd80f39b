// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The JSON objects of CLI.md, keys exactly as written there: snake_case, absent values null,
// distances in km with up to 3 decimals, durations in seconds, instants as local
// YYYY-MM-DDTHH:MM:SS.

#include "core/model/journal_snapshot.h"
#include "core/rules/assessments.h"
#include "core/rules/warning.h"
#include "core/rules/week_summary.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>
#include <vector>

namespace stridelog::cli {

QJsonValue kmJson(Distance distance);
QJsonObject shoeJson(const Shoe& shoe, const ShoeWear& wear);
QJsonObject runJson(const Run& run, std::optional<double> spikePercent);
QJsonObject painJson(const PainEntry& pain, const PainAssessment& assessment);
QJsonObject weekJson(const WeekSummary& week);
QJsonObject warningJson(const Warning& warning);
QJsonArray warningsJson(const std::vector<Warning>& warnings);
// Typed values: numbers as numbers, an unset body weight as null.
QJsonObject settingsJson(const Settings& settings);
QJsonValue settingJson(const Settings& settings, const QString& key);

QString limitRuleName(LimitRule rule);  // "weekly-increase", "comeback-volume", ""

}  // namespace stridelog::cli
