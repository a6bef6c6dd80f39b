// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo_weeks.h"

#include <algorithm>

namespace stridelog::demo {
namespace {

// Gaps are kept away from both ends, so the history starts and ends in training.
constexpr int kQuietEdgeWeeks = 6;
constexpr int kSegmentWeeks = 104;

std::int64_t scaled(std::int64_t metres, int perMille) {
    return metres * perMille / 1000;
}

// Marks one pause and one multi-week break in every two years (and in a shorter history).
std::vector<WeekKind> planGaps(DemoRandom& random, int weekCount) {
    std::vector<WeekKind> gaps(static_cast<std::size_t>(weekCount), WeekKind::Build);
    const int last = weekCount - kQuietEdgeWeeks;
    for (int begin = kQuietEdgeWeeks; last - begin >= 30; begin += kSegmentWeeks) {
        const int end = std::min(begin + kSegmentWeeks, last);
        const int middle = (begin + end) / 2;
        // A long injury break now and then; mostly a few weeks off.
        const int breakLength = random.percent(20) ? random.between(8, 12) : random.between(2, 6);
        const int breakStart = random.between(begin, std::max(begin, middle - breakLength - 4));
        for (int week = breakStart; week < std::min(breakStart + breakLength, end); ++week) {
            gaps[static_cast<std::size_t>(week)] = WeekKind::Break;
        }
        gaps[static_cast<std::size_t>(random.between(middle + 2, end - 2))] = WeekKind::Pause;
    }
    return gaps;
}

int runCountFor(DemoRandom& random, std::int64_t volumeMetres) {
    int count = 3 + (volumeMetres >= 22'000 ? 1 : 0) + (volumeMetres >= 42'000 ? 1 : 0);
    if (random.percent(20)) --count;
    if (random.percent(15)) ++count;
    return std::clamp(count, 3, 5);
}

// Follows the plan of build, cut-back and comeback weeks around the runner's capacity.
class WeekPlanner {
public:
    WeekPlanner(DemoRandom& random, const DemoRunner& runner) : random_(random), runner_(runner) {}

    DemoWeek next(int week, QDate monday, WeekKind gap) {
        DemoWeek result{monday, gap, 0, 0};
        if (gap == WeekKind::Pause || gap == WeekKind::Break) {
            recordGap(gap);
            return result;
        }
        const std::int64_t capacity = runner_.capacityMetres(week, monday);
        result.kind = chooseKind();
        result.volumeMetres = std::max<std::int64_t>(8'000, volumeFor(result.kind, capacity));
        result.runCount = runCountFor(random_, result.volumeMetres);
        record(result);
        return result;
    }

private:
    void recordGap(WeekKind gap) {
        gapWeeks_ += 1;
        afterBreak_ = afterBreak_ || gap == WeekKind::Break || gapWeeks_ > 1;
    }

    WeekKind chooseKind() {
        if (afterBreak_) return WeekKind::Comeback;
        if (comebackWeeks_ > 0) return WeekKind::Build;
        if (buildWeeksLeft_ <= 0) return WeekKind::Cutback;
        return WeekKind::Build;
    }

    std::int64_t volumeFor(WeekKind kind, std::int64_t capacity) {
        if (lastVolume_ == 0) return scaled(capacity, random_.between(750, 850));
        if (kind == WeekKind::Comeback) {
            // Mostly the advised 30%; sometimes keener, which R2 flags.
            return scaled(normalVolume_, random_.percent(25) ? random_.between(420, 550)
                                                             : random_.between(250, 320));
        }
        if (kind == WeekKind::Cutback) {
            return scaled(lastVolume_, cutbackPerMille(capacity));
        }
        return scaled(lastVolume_, 1000 + increasePerMille(capacity));
    }

    // Deeper when the runner is above what they can sustain, lighter while building up to it.
    int cutbackPerMille(std::int64_t capacity) {
        if (lastVolume_ > capacity) return random_.between(680, 760);
        if (lastVolume_ < scaled(capacity, 850)) return random_.between(850, 920);
        return random_.between(760, 860);
    }

    // Mostly within the 10% of R1; now and then a jump it flags.
    int increasePerMille(std::int64_t capacity) {
        if (comebackWeeks_ > 0) return random_.between(80, 150);
        if (lastVolume_ > scaled(capacity, 1100)) return random_.between(-30, 30);
        if (random_.percent(15)) return random_.between(110, 250);
        return lastVolume_ < scaled(capacity, 800) ? random_.between(80, 100)
                                                   : random_.between(50, 100);
    }

    void record(const DemoWeek& week) {
        if (week.kind == WeekKind::Comeback) {
            comebackWeeks_ = random_.between(4, 8);
            buildWeeksLeft_ = 0;
        } else if (comebackWeeks_ > 0) {
            --comebackWeeks_;
            if (comebackWeeks_ == 0) buildWeeksLeft_ = random_.between(2, 3);
        } else if (week.kind == WeekKind::Cutback) {
            buildWeeksLeft_ = random_.between(2, 3);
        } else {
            --buildWeeksLeft_;
        }
        afterBreak_ = false;
        gapWeeks_ = 0;
        lastVolume_ = week.volumeMetres;
        if (week.kind != WeekKind::Comeback && comebackWeeks_ == 0) {
            // A slow average of the weeks the runner trains normally: the "normal" of R2.
            normalVolume_ = normalVolume_ == 0 ? week.volumeMetres
                                               : (normalVolume_ * 3 + week.volumeMetres) / 4;
        }
    }

    DemoRandom& random_;
    const DemoRunner& runner_;
    std::int64_t lastVolume_ = 0;
    std::int64_t normalVolume_ = 0;
    int buildWeeksLeft_ = 2;
    int comebackWeeks_ = 0;
    int gapWeeks_ = 0;
    bool afterBreak_ = false;
};

}  // namespace

std::vector<DemoWeek> planWeeks(DemoRandom& random, const DemoRunner& runner, QDate firstMonday,
                                int weekCount) {
    const std::vector<WeekKind> gaps = planGaps(random, weekCount);
    WeekPlanner planner(random, runner);
    std::vector<DemoWeek> weeks;
    weeks.reserve(gaps.size());
    for (int week = 0; week < weekCount; ++week) {
        weeks.push_back(planner.next(week, firstMonday.addDays(7 * week),
                                     gaps[static_cast<std::size_t>(week)]));
    }
    return weeks;
}

}  // namespace stridelog::demo
