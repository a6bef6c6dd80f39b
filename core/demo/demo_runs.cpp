// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo_runs.h"

#include <QStringList>
#include <QTime>

#include <algorithm>
#include <array>

namespace stridelog::demo {
namespace {

constexpr std::array<std::int64_t, 4> kRaceMetres{5'000, 10'000, 21'097, 42'195};

struct PlannedRun {
    QDate date;
    std::int64_t metres = 0;
    RunType type = RunType::Easy;
};

// Saturday or Sunday for the long run, other days drawn at random.
std::vector<int> chooseDays(DemoRandom& random, int count, int& longDay) {
    longDay = random.percent(70) ? 6 : 5;
    std::vector<int> free;
    for (int day = 0; day < 7; ++day) {
        if (day != longDay) free.push_back(day);
    }
    std::vector<int> days{longDay};
    while (static_cast<int>(days.size()) < count) {
        const auto pick =
            static_cast<std::size_t>(random.between(0, static_cast<int>(free.size()) - 1));
        days.push_back(free[pick]);
        free.erase(free.begin() + static_cast<std::ptrdiff_t>(pick));
    }
    std::sort(days.begin(), days.end());
    return days;
}

std::int64_t roundToTenMetres(std::int64_t metres) {
    return std::max<std::int64_t>(2'000, (metres + 5) / 10 * 10);
}

RunType otherRunType(DemoRandom& random, WeekKind kind) {
    if (kind == WeekKind::Comeback) return RunType::Easy;
    constexpr std::array<RunType, 4> types{RunType::Easy, RunType::Recovery, RunType::Tempo,
                                           RunType::Interval};
    return types.at(static_cast<std::size_t>(random.weighted({62, 12, 14, 12})));
}

// The long run sometimes is a race, over the standard distance nearest to it.
PlannedRun longRunOrRace(DemoRandom& random, const DemoWeek& week, QDate date,
                         std::int64_t metres) {
    if (week.kind == WeekKind::Comeback || !random.percent(5)) {
        return {date, roundToTenMetres(metres), RunType::Long};
    }
    std::size_t race = metres >= 16'000 ? 2 : metres >= 9'000 ? 1 : 0;
    if (metres >= 28'000 && week.volumeMetres >= 45'000 && random.percent(30)) race = 3;
    return {date, kRaceMetres.at(race), RunType::Race};
}

std::vector<PlannedRun> planWeekRuns(DemoRandom& random, const DemoWeek& week) {
    int longDay = 6;
    const std::vector<int> days = chooseDays(random, week.runCount, longDay);
    const int longShare = week.runCount == 3   ? random.between(380, 450)
                          : week.runCount == 4 ? random.between(300, 360)
                                               : random.between(260, 320);
    const std::int64_t longMetres = week.volumeMetres * longShare / 1000;
    std::vector<int> weights;
    int weightSum = 0;
    for (std::size_t i = 1; i < days.size(); ++i) {
        weights.push_back(random.between(800, 1200));
        weightSum += weights.back();
    }
    std::vector<PlannedRun> runs;
    std::size_t other = 0;
    for (const int day : days) {
        const QDate date = week.monday.addDays(day);
        if (day == longDay) {
            runs.push_back(longRunOrRace(random, week, date, longMetres));
            continue;
        }
        const std::int64_t metres =
            (week.volumeMetres - longMetres) * weights[other++] / std::max(1, weightSum);
        runs.push_back({date, roundToTenMetres(metres), otherRunType(random, week.kind)});
    }
    return runs;
}

std::optional<Surface> surfaceFor(DemoRandom& random, RunType type, QDate date) {
    using S = Surface;
    switch (type) {
        case RunType::Interval: {
            constexpr std::array<S, 4> surfaces{S::Track, S::Road, S::Grass, S::Treadmill};
            return surfaces.at(static_cast<std::size_t>(random.weighted({55, 30, 10, 5})));
        }
        case RunType::Long: {
            constexpr std::array<S, 4> surfaces{S::Road, S::Trail, S::Mixed, S::Grass};
            return surfaces.at(static_cast<std::size_t>(random.weighted({50, 25, 20, 5})));
        }
        case RunType::Race: {
            constexpr std::array<S, 3> surfaces{S::Road, S::Trail, S::Mixed};
            return surfaces.at(static_cast<std::size_t>(random.weighted({80, 15, 5})));
        }
        default:
            break;
    }
    const bool winter = date.month() == 12 || date.month() <= 2;
    const int index = random.weighted({42, 14, 5, winter ? 25 : 8, 9, 2, 15, 5});
    constexpr std::array<S, 7> surfaces{S::Road,  S::Trail, S::Track, S::Treadmill,
                                        S::Grass, S::Sand,  S::Mixed};
    if (index == 7) return std::nullopt;  // not noted
    return surfaces.at(static_cast<std::size_t>(index));
}

bool hillyOn(DemoRandom& random, std::optional<Surface> surface) {
    if (!surface) return random.percent(5);
    switch (*surface) {
        case Surface::Trail:
            return random.percent(50);
        case Surface::Mixed:
            return random.percent(30);
        case Surface::Road:
            return random.percent(15);
        case Surface::Grass:
            return random.percent(10);
        default:
            return false;
    }
}

// Mornings before work and evenings after it; weekends and races in the morning. On the
// history's last day only early runs, as the day has only begun.
QTime startTimeFor(DemoRandom& random, const PlannedRun& run, QDate endDate) {
    if (run.type == RunType::Race) return QTime(random.between(8, 10), random.percent(50) ? 0 : 30);
    if (run.date == endDate) return QTime(6, random.between(0, 59));
    if (run.date.dayOfWeek() >= Qt::Saturday || run.type == RunType::Long) {
        return random.percent(85) ? QTime(random.between(7, 10), random.between(0, 59))
                                  : QTime(random.between(15, 17), random.between(0, 59));
    }
    switch (random.weighted({55, 5, 40})) {
        case 0:
            return QTime(6, 0).addSecs(60 * random.between(0, 105));
        case 1:
            return QTime(12, random.between(0, 45));
        default:
            return QTime(17, 30).addSecs(60 * random.between(0, 149));
    }
}

int typePacePerMille(RunType type) {
    switch (type) {
        case RunType::Recovery:
            return 1080;
        case RunType::Long:
            return 1030;
        case RunType::Tempo:
            return 880;
        case RunType::Interval:
            return 940;
        case RunType::Race:
            return 870;
        default:
            return 1000;
    }
}

int surfacePacePerMille(std::optional<Surface> surface, bool hilly) {
    int extra = hilly ? 50 : 0;
    if (surface == Surface::Trail) extra += 80;
    if (surface == Surface::Sand) extra += 150;
    if (surface == Surface::Grass) extra += 40;
    if (surface == Surface::Track) extra -= 10;
    return extra;
}

Duration durationFor(DemoRandom& random, int easyPace, const Run& run, RunType type) {
    // A marathon is run nearer the long-run pace than a 5 km race.
    const int typeFactor =
        run.distance.metres() > 30'000 && type == RunType::Race ? 950 : typePacePerMille(type);
    const std::int64_t factor =
        typeFactor + surfacePacePerMille(run.surface, run.hilly) + random.between(-40, 40);
    return Duration::fromSeconds(run.distance.metres() * easyPace * factor / 1'000'000);
}

int cadenceShift(RunType type) {
    switch (type) {
        case RunType::Recovery:
            return -3;
        case RunType::Long:
            return -1;
        case RunType::Tempo:
            return 6;
        case RunType::Interval:
            return 10;
        case RunType::Race:
            return 8;
        default:
            return 0;
    }
}

int heartRateFor(DemoRandom& random, RunType type) {
    switch (type) {
        case RunType::Recovery:
            return random.between(124, 135);
        case RunType::Long:
            return random.between(140, 152);
        case RunType::Tempo:
            return random.between(156, 168);
        case RunType::Interval:
            return random.between(158, 172);
        case RunType::Race:
            return random.between(164, 182);
        default:
            return random.between(134, 148);
    }
}

int effortFor(DemoRandom& random, RunType type) {
    switch (type) {
        case RunType::Recovery:
            return random.between(2, 3);
        case RunType::Long:
            return random.between(5, 7);
        case RunType::Tempo:
            return random.between(6, 7);
        case RunType::Interval:
            return random.between(7, 8);
        case RunType::Race:
            return random.between(8, 10);
        default:
            return random.between(3, 4);
    }
}

QString noteFor(DemoRandom& random, const Run& run) {
    if (run.type == RunType::Race) return QStringLiteral("Race day. Started too fast again.");
    static const QStringList notes{
        QStringLiteral("Felt easy"),
        QStringLiteral("Windy on the way back"),
        QStringLiteral("Heavy legs"),
        QStringLiteral("Rain the whole way"),
        QStringLiteral("Too hot, walked twice"),
        QStringLiteral("With the club"),
        QStringLiteral("New route along the river"),
        QStringLiteral("Knee a bit stiff for the first kilometre, then fine"),
        QStringLiteral("Strides at the end"),
        QStringLiteral("Snow and ice, slow"),
        QStringLiteral("Warm-up 10 minutes, then steady"),
        QStringLiteral("Great run!"),
    };
    return notes.at(random.between(0, static_cast<int>(notes.size()) - 1));
}

// What a watch records and what the runner adds by hand; early on the runner logs by hand.
void addRecordedDetails(DemoRandom& random, const DemoRunner& runner, int week, bool hasWatch,
                        Run& run) {
    const RunType type = run.type.value_or(RunType::Easy);
    if (random.percent(85)) {
        run.cadence = runner.cadenceSpm(week) + cadenceShift(type) + random.between(-4, 4);
    }
    if (random.percent(80)) run.heartRate = heartRateFor(random, type);
    if (random.percent(55)) run.rpe = effortFor(random, type);
    if (random.percent(8) || type == RunType::Race) run.notes = noteFor(random, run);
    if (hasWatch && random.percent(85))
        run.source = random.percent(90) ? RunSource::Fit : RunSource::Gpx;
}

Run makeRun(DemoRandom& random, const DemoRunner& runner, int week, bool hasWatch,
            const PlannedRun& planned, QDate endDate) {
    Run run;
    QTime time = startTimeFor(random, planned, endDate);
    if (hasWatch) time = time.addSecs(random.between(0, 59));
    run.start = Instant::fromLocal(planned.date, time);
    run.distance = Distance::fromMetres(planned.metres);
    // A few runs logged in a hurry, without a type.
    if (planned.type == RunType::Race || planned.type == RunType::Long || !random.percent(8)) {
        run.type = planned.type;
    }
    run.surface = surfaceFor(random, planned.type, planned.date);
    run.hilly = hillyOn(random, run.surface);
    run.duration = durationFor(random, runner.easyPaceSecondsPerKm(week), run, planned.type);
    addRecordedDetails(random, runner, week, hasWatch, run);
    return run;
}

}  // namespace

std::vector<Run> scheduleRuns(DemoRandom& random, const DemoRunner& runner,
                              const std::vector<DemoWeek>& weeks, QDate endDate) {
    std::vector<Run> runs;
    runs.reserve(weeks.size() * 5);
    const int watchFromWeek = static_cast<int>(weeks.size()) / 3;
    for (std::size_t index = 0; index < weeks.size(); ++index) {
        const int week = static_cast<int>(index);
        if (weeks[index].runCount == 0) continue;
        for (const PlannedRun& planned : planWeekRuns(random, weeks[index])) {
            if (planned.date > endDate) continue;
            runs.push_back(makeRun(random, runner, week, week >= watchFromWeek, planned, endDate));
        }
    }
    return runs;
}

}  // namespace stridelog::demo
