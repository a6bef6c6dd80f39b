// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo_pain.h"

#include <QDateTime>
#include <QStringList>

#include <algorithm>
#include <array>

namespace stridelog::demo {
namespace {

constexpr std::int64_t kHour = 3600;
constexpr std::int64_t kDay = 24 * kHour;

// The moment `utcSeconds` with the offset in force there, so a pain that starts the day
// after a daylight-saving change carries the new offset.
Instant atUtc(std::int64_t utcSeconds) {
    return Instant::fromLocal(QDateTime::fromSecsSinceEpoch(utcSeconds));
}

// How likely pain is after `index`, in per-mille, from what the run and its week asked of
// the knee.
class PainRisk {
public:
    PainRisk(const std::vector<Run>& runs, const std::vector<DemoWeek>& weeks)
        : runs_(runs), weeks_(weeks) {}

    int perMille(std::size_t index, bool recentPain) const {
        const Run& run = runs_[index];
        int risk = 10;
        if (weekJumped(run.start.localDate())) risk += 30;
        if (isSpike(index)) risk += 40;
        if (run.hilly) risk += 12;
        if (run.surface == Surface::Sand) risk += 15;
        if (run.type == RunType::Race) risk += 25;
        if (run.type == RunType::Interval) risk += 10;
        // Pain that has started tends to come back after the next runs.
        if (recentPain) risk += 90;
        return risk;
    }

private:
    bool weekJumped(QDate date) const {
        const qint64 week = weeks_.front().monday.daysTo(date) / 7;
        if (week < 1 || week >= static_cast<qint64>(weeks_.size())) return false;
        const std::int64_t before = weeks_[static_cast<std::size_t>(week - 1)].volumeMetres;
        const std::int64_t now = weeks_[static_cast<std::size_t>(week)].volumeMetres;
        return before > 0 && 100 * now > 110 * before;
    }

    // More than 30% longer than the longest run of the 30 days before (R4 "moderate").
    bool isSpike(std::size_t index) const {
        const Run& run = runs_[index];
        std::int64_t longest = 0;
        for (std::size_t i = index; i-- > 0;) {
            if (runs_[i].start.secondsUntil(run.start) > 30 * kDay) break;
            longest = std::max(longest, runs_[i].distance.metres());
        }
        return longest > 0 && 10 * run.distance.metres() > 13 * longest;
    }

    const std::vector<Run>& runs_;
    const std::vector<DemoWeek>& weeks_;
};

Knee kneeFor(DemoRandom& random, bool leftWeaker) {
    switch (random.weighted({44, 32, 24})) {
        case 0:
            return leftWeaker ? Knee::Left : Knee::Right;
        case 1:
            return leftWeaker ? Knee::Right : Knee::Left;
        default:
            return Knee::Both;
    }
}

Site siteFor(DemoRandom& random, Knee knee) {
    using S = Site;
    if (knee == Knee::Both) {
        constexpr std::array<S, 3> sites{S::Whole, S::Front, S::Below};
        return sites.at(static_cast<std::size_t>(random.weighted({65, 25, 10})));
    }
    constexpr std::array<S, 6> sites{S::Front,  S::Below,  S::Outside,
                                     S::Inside, S::Behind, S::Whole};
    return sites.at(static_cast<std::size_t>(random.weighted({30, 18, 20, 14, 5, 13})));
}

Onset onsetFor(DemoRandom& random) {
    constexpr std::array<Onset, 6> onsets{Onset::After,  Onset::Late,  Onset::NextDay,
                                          Onset::During, Onset::Start, Onset::Rest};
    return onsets.at(static_cast<std::size_t>(random.weighted({28, 24, 16, 16, 10, 6})));
}

// Mostly mild; when pain keeps coming back it tends to stay or grow (R8).
int intensityFor(DemoRandom& random, std::optional<int> previous) {
    if (previous) return std::clamp(*previous + random.between(-1, 2), 1, 8);
    return 1 + random.weighted({14, 22, 22, 16, 12, 7, 5, 2});
}

std::int64_t durationSecondsFor(DemoRandom& random, const PainEntry& pain) {
    if (pain.knee == Knee::Both && pain.site == Site::Whole) {
        return random.between(4, 40) * kHour + random.between(0, 59) * 60;
    }
    constexpr std::array<std::array<int, 2>, 6> hours{
        {{2, 12}, {12, 24}, {24, 48}, {48, 96}, {96, 144}, {144, 216}}};
    int bucket = random.weighted({30, 25, 22, 13, 7, 3});
    if (pain.intensity >= 6) bucket = std::min(bucket + 1, 5);
    const auto& range = hours.at(static_cast<std::size_t>(bucket));
    return random.between(range[0], range[1] - 1) * kHour + random.between(0, 59) * 60;
}

Instant startFor(DemoRandom& random, const Run& run, Onset onset) {
    const std::int64_t begin = run.start.utcSeconds();
    const std::int64_t length = run.duration.seconds();
    const std::int64_t end = begin + length;
    switch (onset) {
        case Onset::Start:
            return atUtc(begin + random.between(1, 5) * 60);
        case Onset::During:
            return atUtc(begin + length * random.between(300, 600) / 1000);
        case Onset::Late:
            return atUtc(begin + length * random.between(700, 950) / 1000);
        case Onset::NextDay:
            return Instant::fromLocal(run.start.localDate().addDays(1),
                                      QTime(6, 30).addSecs(60 * random.between(0, 150)));
        case Onset::Rest:
            return atUtc(end + random.between(4, 30) * kHour);
        default:
            return atUtc(end + random.between(10, 150) * 60);
    }
}

QString painNote(DemoRandom& random) {
    static const QStringList notes{
        QStringLiteral("Stairs down hurt"),
        QStringLiteral("Iced 20 minutes, leg up"),
        QStringLiteral("Stiff after sitting at my desk"),
        QStringLiteral("Went away after warming up, came back at the end"),
        QStringLiteral("Swam instead the next day"),
        QStringLiteral("Only when accelerating"),
    };
    return notes.at(random.between(0, static_cast<int>(notes.size()) - 1));
}

PainEntry painAfter(DemoRandom& random, const DemoRunner& runner, const Run& run,
                    std::optional<int> previousIntensity) {
    PainEntry pain;
    pain.knee = kneeFor(random, runner.leftKneeWeaker());
    pain.site = siteFor(random, pain.knee);
    pain.onset = onsetFor(random);
    pain.intensity = intensityFor(random, previousIntensity);
    pain.start = startFor(random, run, pain.onset);
    pain.end = atUtc(pain.start.utcSeconds() + durationSecondsFor(random, pain));
    if (random.percent(90)) pain.run = run.id;
    pain.swelling = random.percent(3);
    pain.locking = random.percent(1);
    pain.sharp = random.percent(pain.site == Site::Inside || pain.site == Site::Front ? 4 : 1);
    if (random.percent(20)) pain.notes = painNote(random);
    return pain;
}

// The last run that started before `before`, or none.
const Run* lastRunBefore(const std::vector<Run>& runs, QDate before) {
    for (auto it = runs.rbegin(); it != runs.rend(); ++it) {
        if (it->start.localDate() < before) return &*it;
    }
    return nullptr;
}

// One pain that began in the last few days and, sometimes, a milder older one that never
// went away: both still ongoing at the end.
void addOngoing(DemoRandom& random, const DemoRunner& runner, const std::vector<Run>& runs,
                QDate endDate, std::vector<PainEntry>& pains) {
    if (random.percent(40)) {
        if (const Run* run = lastRunBefore(runs, endDate.addDays(-random.between(8, 20)))) {
            PainEntry older = painAfter(random, runner, *run, std::nullopt);
            older.knee = runner.leftKneeWeaker() ? Knee::Left : Knee::Right;
            older.site = random.percent(50) ? Site::Inside : Site::Outside;
            older.intensity = random.between(2, 3);
            older.end.reset();
            pains.push_back(older);
        }
    }
    const Run* run = lastRunBefore(runs, endDate);
    if (run == nullptr || run->start.localDate() < endDate.addDays(-5)) return;
    PainEntry recent = painAfter(random, runner, *run, std::nullopt);
    recent.onset = random.percent(50) ? Onset::After : Onset::Late;
    recent.start = startFor(random, *run, recent.onset);
    recent.knee = runner.leftKneeWeaker() ? Knee::Left : Knee::Right;
    constexpr std::array<Site, 3> sites{Site::Front, Site::Below, Site::Outside};
    recent.site = sites.at(static_cast<std::size_t>(random.between(0, 2)));
    recent.intensity = random.between(3, 5);
    recent.end.reset();
    pains.push_back(recent);
}

}  // namespace

std::vector<PainEntry> generatePains(DemoRandom& random, const DemoRunner& runner,
                                     const std::vector<Run>& runs,
                                     const std::vector<DemoWeek>& weeks, QDate endDate) {
    std::vector<PainEntry> pains;
    if (runs.empty()) return pains;
    const PainRisk risk(runs, weeks);
    // Everything else has ended by the start of the last day.
    const Instant cutoff = Instant::fromLocal(endDate, QTime(0, 0));
    std::optional<Instant> lastPain;
    std::optional<int> lastIntensity;
    for (std::size_t i = 0; i < runs.size(); ++i) {
        const bool recent = lastPain && lastPain->secondsUntil(runs[i].start) < 14 * kDay;
        if (!random.perMille(risk.perMille(i, recent))) continue;
        PainEntry pain = painAfter(random, runner, runs[i], recent ? lastIntensity : std::nullopt);
        if (*pain.end >= cutoff) continue;
        lastPain = pain.start;
        lastIntensity = pain.intensity;
        pains.push_back(pain);
    }
    addOngoing(random, runner, runs, endDate, pains);
    std::stable_sort(pains.begin(), pains.end(),
                     [](const PainEntry& a, const PainEntry& b) { return a.start < b.start; });
    for (std::size_t i = 0; i < pains.size(); ++i) {
        pains[i].id = PainId(static_cast<std::int64_t>(i + 1));
    }
    return pains;
}

}  // namespace stridelog::demo
