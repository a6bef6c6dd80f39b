// SPDX-License-Identifier: GPL-3.0-or-later
#include "activity_sport.h"

#include <array>
#include <utility>

namespace stridelog {
namespace {

std::optional<Surface> surfaceFromWord(const QString& word) {
    if (word.contains(QLatin1String("trail"))) return Surface::Trail;
    if (word.contains(QLatin1String("treadmill")) || word.contains(QLatin1String("indoor")) ||
        word.contains(QLatin1String("virtual")))
        return Surface::Treadmill;
    if (word.contains(QLatin1String("track"))) return Surface::Track;
    if (word.contains(QLatin1String("street")) || word.contains(QLatin1String("road")))
        return Surface::Road;
    return std::nullopt;
}

}  // namespace

SportClass classifySport(const QString& word) {
    const QString lower = word.trimmed().toLower();
    // Strava writes its activity type codes into GPX <type>: 9 is Run.
    if (lower == QLatin1String("9")) return {true, std::nullopt};
    const bool run = lower.contains(QLatin1String("run")) || lower.contains(QLatin1String("jog"));
    if (!run) return {};
    return {true, surfaceFromWord(lower)};
}

QString fitSportName(unsigned sport) {
    static constexpr std::array<const char*, 20> names{"generic",
                                                       "running",
                                                       "cycling",
                                                       "transition",
                                                       "fitness_equipment",
                                                       "swimming",
                                                       "basketball",
                                                       "soccer",
                                                       "tennis",
                                                       "american_football",
                                                       "training",
                                                       "walking",
                                                       "cross_country_skiing",
                                                       "alpine_skiing",
                                                       "snowboarding",
                                                       "rowing",
                                                       "mountaineering",
                                                       "hiking",
                                                       "multisport",
                                                       "paddling"};
    if (sport < names.size()) return QString::fromLatin1(names[sport]);
    return QStringLiteral("sport %1").arg(sport);
}

SportClass classifyFitSport(unsigned sport, unsigned subSport) {
    constexpr unsigned kRunning = 1;
    if (sport != kRunning) return {};
    // FIT sub_sport: 1 treadmill, 2 street, 3 trail, 4 track, 58 virtual_activity.
    switch (subSport) {
        case 1:
            return {true, Surface::Treadmill};
        case 2:
            return {true, Surface::Road};
        case 3:
            return {true, Surface::Trail};
        case 4:
            return {true, Surface::Track};
        case 58:
            return {true, Surface::Treadmill};
        default:
            return {true, std::nullopt};
    }
}

}  // namespace stridelog
