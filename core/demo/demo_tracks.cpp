// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo_tracks.h"

#include "demo_random.h"

#include "core/model/track_codec.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace stridelog::demo {
namespace {

constexpr double kTwoPi = 2 * std::numbers::pi;
constexpr double kMetresPerDegree = 111'195.08;
constexpr double kLapMetres = 1000;

// A number from low to high in thousandths: the demo's chance, never std:: distributions.
double uniform(DemoRandom& random, double low, double high) {
    return low + (high - low) * random.between(0, 1000) / 1000.0;
}

// The shape of one loop: a circle bent by two harmonics, so each route looks like streets and
// paths rather than a ring. Distances along it are close to, not exactly, its length.
struct Loop {
    double metres = 1000;  // one lap of the loop
    double bend2 = 0, bend3 = 0, phase2 = 0, phase3 = 0;
    double stretch = 1;  // east-west against north-south
    double climb = 0, climbPhase = 0;

    // Metres east and north of the start, `along` metres into the run.
    std::pair<double, double> at(double along) const {
        const double radius = metres / kTwoPi;
        const auto point = [&](double angle) {
            const double r = radius * (1 + bend2 * std::sin(2 * angle + phase2) +
                                       bend3 * std::sin(3 * angle + phase3));
            return std::pair{r * std::cos(angle) * stretch, r * std::sin(angle) / stretch};
        };
        const auto [x0, y0] = point(0);
        const auto [x, y] = point(kTwoPi * along / metres);
        return {x - x0, y - y0};
    }
    double altitude(double along) const {
        const double angle = kTwoPi * along / metres;
        return climb * (0.6 * std::sin(angle + climbPhase) + 0.4 * std::sin(2 * angle));
    }
};

Loop loopFor(const Run& run, DemoRandom& random) {
    Loop loop;
    if (run.surface == Surface::Track) {
        // A 400 m oval, lap after lap.
        loop.metres = 400;
        loop.stretch = 1.5;
        return loop;
    }
    // One loop for the whole run, or a few laps of a shorter one on a long day.
    const double metres = static_cast<double>(run.distance.metres());
    loop.metres = metres > 14'000 ? metres / random.between(2, 3) : metres;
    loop.bend2 = uniform(random, 0.05, 0.25);
    loop.bend3 = uniform(random, 0.0, 0.12);
    loop.phase2 = uniform(random, 0, kTwoPi);
    loop.phase3 = uniform(random, 0, kTwoPi);
    loop.stretch = uniform(random, 0.7, 1.4);
    loop.climb = run.hilly ? uniform(random, 25, 60) : uniform(random, 3, 10);
    loop.climbPhase = uniform(random, 0, kTwoPi);
    return loop;
}

// Speed through the run, against its average: a slower start, the work of a tempo or an
// interval session, and the small changes of any run.
double effortAt(const Run& run, double share, double seconds, double phase) {
    double effort = share < 0.08 ? 0.9 : 1.0;
    const RunType type = run.type.value_or(RunType::Easy);
    const bool working = share > 0.2 && share < 0.85;
    if (type == RunType::Interval && working) {
        effort = std::fmod(seconds, 300) < 180 ? 1.25 : 0.75;  // 3 minutes hard, 2 easy
    } else if (type == RunType::Tempo && working) {
        effort = 1.1;
    } else if (type == RunType::Race) {
        effort = 1.0 + 0.04 * share;  // a faster finish
    }
    return effort * (1 + 0.03 * std::sin(seconds / 97 + phase));
}

// Shifts values so their mean is `target`, then rounds them as a watch records them.
void centreOn(std::vector<double>& values, double target) {
    if (values.empty()) return;
    double sum = 0;
    for (double v : values) sum += v;
    const double shift = target - sum / static_cast<double>(values.size());
    for (double& v : values) v = std::round(v + shift);
}

std::vector<Lap> lapsOf(const std::vector<TrackSample>& samples) {
    std::vector<Lap> laps;
    std::size_t first = 0;
    double lapStartSeconds = 0, lapStartMetres = 0;
    const auto close = [&](std::size_t last, double metres, double seconds) {
        Lap lap{metres - lapStartMetres, seconds - lapStartSeconds, std::nullopt};
        double beats = 0;
        int count = 0;
        for (std::size_t i = first; i <= last; ++i) {
            if (samples[i].heartRate) {
                beats += *samples[i].heartRate;
                ++count;
            }
        }
        if (count > 0) lap.heartRate = std::round(beats / count);
        laps.push_back(lap);
        first = last;
        lapStartMetres = metres;
        lapStartSeconds = seconds;
    };
    for (std::size_t i = 1; i < samples.size(); ++i) {
        const TrackSample& a = samples[i - 1];
        const TrackSample& b = samples[i];
        // Every lap mark this step passes, at the second it was passed.
        while (b.metres >= lapStartMetres + kLapMetres && b.metres > a.metres) {
            const double mark = lapStartMetres + kLapMetres;
            const double share = (mark - a.metres) / (b.metres - a.metres);
            close(i, mark, a.seconds + share * (b.seconds - a.seconds));
        }
    }
    if (!samples.empty() && samples.back().metres - lapStartMetres >= 50)
        close(samples.size() - 1, samples.back().metres, samples.back().seconds);
    return laps;
}

}  // namespace

Track makeDemoTrack(const Run& run, std::uint32_t seed) {
    Track track;
    const double duration = static_cast<double>(run.duration.seconds());
    const double distance = static_cast<double>(run.distance.metres());
    if (duration <= 0 || distance <= 0) return track;
    // Home is the same for every run of a seed; everything else is the run's own.
    DemoRandom home(seed);
    const double homeLatitude = uniform(home, 45, 60);
    const double homeLongitude = uniform(home, -3, 20);
    DemoRandom random(seed * 2'654'435'761u + static_cast<std::uint32_t>(run.id.value()));
    const Loop loop = loopFor(run, random);
    const double phase = uniform(random, 0, kTwoPi);
    const double baseAltitude = uniform(random, 20, 300);
    const bool outdoors = run.surface != Surface::Treadmill;

    // Times every few seconds to the end; distance from the effort, scaled to the run's.
    std::vector<double> times;
    for (double t = 0; t < duration; t += kDemoTrackStepSeconds) times.push_back(t);
    times.push_back(duration);
    std::vector<double> metres(times.size(), 0.0);
    std::vector<double> effort(times.size(), 1.0);
    double total = 0;
    for (std::size_t i = 1; i < times.size(); ++i) {
        effort[i] = effortAt(run, times[i] / duration, times[i], phase);
        total += effort[i] * (times[i] - times[i - 1]);
        metres[i] = total;
    }
    const double scale = distance / total;
    for (double& m : metres) m *= scale;

    std::vector<double> heart, cadence;
    for (std::size_t i = 0; i < times.size(); ++i) {
        const double warmUp = std::exp(-times[i] / 150);
        heart.push_back(60 * (effort[i] - 1) - 20 * warmUp + 6 * times[i] / duration +
                        uniform(random, -2, 2));
        cadence.push_back(25 * (effort[i] - 1) + uniform(random, -2, 2));
    }
    if (run.heartRate) centreOn(heart, *run.heartRate);
    if (run.cadence) centreOn(cadence, *run.cadence);

    for (std::size_t i = 0; i < times.size(); ++i) {
        TrackSample sample;
        sample.seconds = times[i];
        sample.metres = metres[i];
        if (outdoors) {
            const auto [east, north] = loop.at(metres[i]);
            const double noise = 1.5;  // metres of GPS wobble
            sample.latitude =
                homeLatitude + (north + uniform(random, -noise, noise)) / kMetresPerDegree;
            sample.longitude =
                homeLongitude +
                (east + uniform(random, -noise, noise)) /
                    (kMetresPerDegree * std::cos(homeLatitude * std::numbers::pi / 180));
            sample.altitude = baseAltitude + loop.altitude(metres[i]) + uniform(random, -0.3, 0.3);
        }
        if (run.heartRate) sample.heartRate = heart[i];
        if (run.cadence) sample.cadence = cadence[i];
        track.samples.push_back(sample);
    }
    track.laps = lapsOf(track.samples);
    return track;
}

std::vector<StoredTrack> makeDemoTracks(const std::vector<Run>& runs, std::uint32_t seed,
                                        QDate endDate) {
    const QDate since = endDate.addYears(-kDemoTrackYears);
    std::vector<StoredTrack> tracks;
    for (const Run& run : runs) {
        if (run.source != RunSource::Fit && run.source != RunSource::Gpx) continue;
        if (run.start.localDate() <= since) continue;
        tracks.push_back({run.id, encodeTrack(makeDemoTrack(run, seed))});
    }
    return tracks;
}

}  // namespace stridelog::demo
