// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The user settings the rules use (RULES.md) and their CLI names (CLI.md).

#include "enums.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace stridelog {

struct Settings {
    Qt::DayOfWeek weekStart = Qt::Monday;
    int weeklyIncreasePct = 10;                 // R1, 5–50
    int comebackPct = 30;                       // R2
    int shoeLimitKm = 1000;                     // R3, for new pairs
    int cadenceMinSpm = 160;                    // R10
    std::optional<double> bodyWeightKg;         // R14
    UnitSystem units = UnitSystem::Kilometres;  // display only

    bool operator==(const Settings&) const = default;
};

// Reads and writes settings by their CLI key, so the CLI, the store and the app share one
// list of keys and one set of accepted values.
class SettingsKeys {
public:
    static QStringList all();
    // The value as the CLI prints it and the store keeps it: "monday", "10", "null".
    static QString valueOf(const Settings& settings, const QString& key);
    // Sets `key` from text; on bad input returns a message naming what is accepted.
    static std::optional<QString> assign(Settings& settings, const QString& key,
                                         const QString& value);
};

}  // namespace stridelog
