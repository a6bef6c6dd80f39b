// SPDX-License-Identifier: GPL-3.0-or-later
#include "run_splits.h"

#include <cmath>

namespace stridelog {
namespace {

// Sums for the split being walked.
struct Open {
    double heartRateSum = 0;
    int heartRateCount = 0;
    double ascent = 0;
    bool hasAltitude = false;
};

Split close(const Open& open, double metres, double seconds) {
    Split split;
    split.metres = metres;
    split.seconds = seconds;
    if (open.heartRateCount > 0) split.heartRate = open.heartRateSum / open.heartRateCount;
    if (open.hasAltitude) split.ascentMetres = open.ascent;
    return split;
}

}  // namespace

double splitLengthMetres(UnitSystem units) {
    return units == UnitSystem::Miles ? kMetresPerMile : 1000.0;
}

std::vector<Split> splitsOf(const Track& track, double splitMetres) {
    std::vector<Split> splits;
    const auto& samples = track.samples;
    if (samples.size() < 2 || splitMetres <= 0) return splits;
    double boundary = samples.front().metres + splitMetres;
    double splitStartSeconds = samples.front().seconds;
    Open open;
    std::optional<double> lastAltitude = samples.front().altitude;
    for (std::size_t i = 1; i < samples.size(); ++i) {
        const TrackSample& a = samples[i - 1];
        const TrackSample& b = samples[i];
        // A boundary (or several, across a gap in the recording) between a and b.
        while (b.metres >= boundary && b.metres > a.metres) {
            const double share = (boundary - a.metres) / (b.metres - a.metres);
            const double at = a.seconds + share * (b.seconds - a.seconds);
            splits.push_back(close(open, splitMetres, at - splitStartSeconds));
            splitStartSeconds = at;
            boundary += splitMetres;
            open = Open{};
        }
        if (b.heartRate) {
            open.heartRateSum += *b.heartRate;
            ++open.heartRateCount;
        }
        if (b.altitude) {
            open.hasAltitude = true;
            if (lastAltitude && *b.altitude > *lastAltitude)
                open.ascent += *b.altitude - *lastAltitude;
            lastAltitude = b.altitude;
        }
    }
    return splits;
}

}  // namespace stridelog
