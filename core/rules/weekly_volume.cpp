// SPDX-License-Identifier: GPL-3.0-or-later
// R1 and R2 over calendar weeks (see weekly_volume.h). Weeks are counted with QDate
// arithmetic on local days, so a daylight-saving change never moves a run to another day.
#include "weekly_volume.h"

#include "pain_stage.h"
#include "rules_engine.h"
#include "warning_texts.h"

#include <algorithm>

namespace stridelog {
namespace {

constexpr int kNormalWeeks = 4;
// R2's fresh start (rules 1.1): after more than this many empty weeks, a volume from before the
// gap says nothing about today's fitness, so the week is judged like a first week.
constexpr std::size_t kFreshStartEmptyWeeks = 26;

struct DayRange {
    QDate first;
    QDate last;
};

// R2: a pain entry of stage 3 or more (as of T) overlapping a single missed week turns the
// pause into a break. Only those entries matter, so they are listed once.
std::vector<DayRange> severePainDays(const AsOfJournal& journal) {
    std::vector<DayRange> ranges;
    const Instant asOf = journal.asOf().instant();
    for (const PainEntry* pain : journal.pains()) {
        if (painStage(*pain, asOf) < 3) continue;
        const Instant until = isOngoingAt(*pain, asOf) ? asOf : *pain->end;
        ranges.push_back({pain->start.localDate(), until.localDate()});
    }
    return ranges;
}

bool overlapsAny(const std::vector<DayRange>& ranges, QDate first, QDate last) {
    return std::any_of(ranges.begin(), ranges.end(), [&](const DayRange& range) {
        return range.first <= last && range.last >= first;
    });
}

class WeekJudge {
public:
    WeekJudge(const AsOfJournal& journal, WeeklyVolumes& volumes)
        : settings_(journal.settings()), volumes_(volumes), severePain_(severePainDays(journal)) {}

    void judgeAll() {
        std::optional<std::size_t> lastRunWeek;
        for (std::size_t i = 0; i < volumes_.weeks.size(); ++i) {
            judge(i, lastRunWeek);
            if (volume(i) > 0) lastRunWeek = i;
        }
    }

    // R15 looks ahead: T's week judged as if a run were added now. Only an empty week after a
    // break judges differently (the rows leave it without a limit), so only that one is judged
    // again, on a copy, and the rows stay as they are.
    std::optional<Distance> asOfWeekLimitAhead() {
        const std::size_t i = volumes_.asOfWeek;
        if (volume(i) > 0 || volumes_.weeks[i].limit) return volumes_.weeks[i].limit;
        const WeekSummary row = volumes_.weeks[i];
        const WeekBasis basis = volumes_.basis[i];
        std::optional<std::size_t> lastRunWeek;
        for (std::size_t k = 0; k < i; ++k)
            if (volume(k) > 0) lastRunWeek = k;
        prospective_ = true;
        judge(i, lastRunWeek);
        prospective_ = false;
        const std::optional<Distance> limit = volumes_.weeks[i].limit;
        volumes_.weeks[i] = row;
        volumes_.basis[i] = basis;
        return limit;
    }

private:
    std::int64_t volume(std::size_t i) const { return volumes_.weeks[i].volume.metres(); }
    std::int64_t volumeOrZero(std::ptrdiff_t i) const {
        return i < 0 ? 0 : volume(static_cast<std::size_t>(i));
    }

    void judge(std::size_t i, std::optional<std::size_t> lastRunWeek) {
        const std::int64_t previous = i > 0 ? volume(i - 1) : 0;
        if (previous > 0) return applyIncreaseLimit(i, previous, false);
        if ((volume(i) == 0 && !prospective_) || !lastRunWeek) return;  // nothing, or a first week
        const std::size_t emptyWeeks = i - *lastRunWeek - 1;
        if (emptyWeeks > kFreshStartEmptyWeeks) return;  // a fresh start: no limit
        const QDate gapFirst = volumes_.weeks[*lastRunWeek + 1].weekStart;
        const QDate gapLast = volumes_.weeks[i].weekStart.addDays(-1);
        if (emptyWeeks == 1 && !overlapsAny(severePain_, gapFirst, gapLast)) {
            return applyIncreaseLimit(i, volume(*lastRunWeek), true);
        }
        applyComebackLimit(i, *lastRunWeek, emptyWeeks);
    }

    void applyIncreaseLimit(std::size_t i, std::int64_t base, bool afterMissedWeek) {
        const std::int64_t p = settings_.weeklyIncreasePct;
        WeekSummary& week = volumes_.weeks[i];
        week.limit = Distance::fromMetres(base * (100 + p) / 100);
        week.limitRule = LimitRule::WeeklyIncrease;
        week.overLimit = 100 * volume(i) > (100 + p) * base;
        volumes_.basis[i].base = Distance::fromMetres(base);
        volumes_.basis[i].afterMissedWeek = afterMissedWeek;
    }

    // normal = mean of the 4 weeks before the gap; over iff vol > normal × c / 100, that is
    // 400 × vol > c × (sum of the 4 weeks).
    void applyComebackLimit(std::size_t i, std::size_t lastRunWeek, std::size_t emptyWeeks) {
        std::int64_t normalSum = 0;
        const auto last = static_cast<std::ptrdiff_t>(lastRunWeek);
        for (std::ptrdiff_t k = last - kNormalWeeks + 1; k <= last; ++k)
            normalSum += volumeOrZero(k);
        if (normalSum == 0) return;
        const std::int64_t c = settings_.comebackPct;
        WeekSummary& week = volumes_.weeks[i];
        week.limit = Distance::fromMetres(normalSum * c / (100 * kNormalWeeks));
        week.limitRule = LimitRule::ComebackVolume;
        week.overLimit = 100 * kNormalWeeks * volume(i) > c * normalSum;
        volumes_.basis[i].normalSum = Distance::fromMetres(normalSum);
        volumes_.basis[i].emptyWeeks = static_cast<int>(emptyWeeks);
    }

    const Settings& settings_;
    WeeklyVolumes& volumes_;
    std::vector<DayRange> severePain_;
    bool prospective_ = false;
};

std::size_t weekIndex(QDate firstWeek, QDate day, Qt::DayOfWeek weekStart) {
    return static_cast<std::size_t>(firstWeek.daysTo(weekStartOf(day, weekStart)) / 7);
}

// Empty rows from the first run's week to T's week (or a later run's week, when a run
// recorded in a time zone ahead of T's already lies on a later day).
WeeklyVolumes emptyWeeks(const AsOfJournal& journal) {
    const Qt::DayOfWeek weekStart = journal.settings().weekStart;
    const auto& days = journal.runDays();
    const QDate firstDay = *std::min_element(days.begin(), days.end());
    const QDate lastDay =
        std::max(journal.asOf().day(), *std::max_element(days.begin(), days.end()));
    const QDate firstWeek = weekStartOf(firstDay, weekStart);
    const std::size_t count = weekIndex(firstWeek, lastDay, weekStart) + 1;
    WeeklyVolumes volumes;
    volumes.weeks.resize(count);
    volumes.basis.resize(count);
    for (std::size_t i = 0; i < count; ++i) {
        volumes.weeks[i].weekStart = firstWeek.addDays(7 * static_cast<qint64>(i));
    }
    volumes.asOfWeek = weekIndex(firstWeek, journal.asOf().day(), weekStart);
    return volumes;
}

void addRunsAndPain(const AsOfJournal& journal, WeeklyVolumes& volumes) {
    const Qt::DayOfWeek weekStart = journal.settings().weekStart;
    const QDate firstWeek = volumes.weeks.front().weekStart;
    for (std::size_t r = 0; r < journal.runs().size(); ++r) {
        WeekSummary& week = volumes.weeks[weekIndex(firstWeek, journal.runDays()[r], weekStart)];
        week.volume += journal.runs()[r]->distance;
        ++week.runs;
    }
    for (const PainEntry* pain : journal.pains()) {
        const QDate day = pain->start.localDate();
        if (day < firstWeek) continue;
        const std::size_t i = weekIndex(firstWeek, day, weekStart);
        if (i >= volumes.weeks.size()) continue;
        WeekSummary& week = volumes.weeks[i];
        // The week's worst entry is the most intense one; of equally intense entries, the one
        // at the higher R5 stage, so the stage shown is never milder than one of that week.
        const int stage = painStage(*pain, journal.asOf().instant());
        if (!week.painMax || pain->intensity > *week.painMax ||
            (pain->intensity == *week.painMax && stage > week.painStage.value_or(0))) {
            week.painMax = pain->intensity;
            week.painStage = stage;
        }
    }
}

void addChanges(WeeklyVolumes& volumes) {
    for (std::size_t i = 1; i < volumes.weeks.size(); ++i) {
        WeekSummary& week = volumes.weeks[i];
        week.previousVolume = volumes.weeks[i - 1].volume;
        if (week.previousVolume.metres() > 0) {
            week.changePct = (week.volume.km() / week.previousVolume.km() - 1.0) * 100.0;
        }
    }
}

void addRemaining(WeeklyVolumes& volumes) {
    WeekSummary& week = volumes.weeks[volumes.asOfWeek];
    if (!week.limit) return;
    week.remaining =
        Distance::fromMetres(std::max<std::int64_t>(0, (*week.limit - week.volume).metres()));
}

std::int64_t weekStartUtcSeconds(QDate weekStart, const AsOfInstant& asOf) {
    const QDateTime midnight(weekStart, QTime(0, 0), Qt::OffsetFromUTC,
                             asOf.instant().utcOffsetSeconds());
    return midnight.toSecsSinceEpoch();
}

}  // namespace

// Declared in rules_engine.h; weeks are this file's business.
QDate weekStartOf(QDate day, Qt::DayOfWeek weekStart) {
    const int back = (day.dayOfWeek() - static_cast<int>(weekStart) + 7) % 7;
    return day.addDays(-back);
}

WeeklyVolumes computeWeeklyVolumes(const AsOfJournal& journal) {
    if (journal.runs().empty()) return {};
    WeeklyVolumes volumes = emptyWeeks(journal);
    addRunsAndPain(journal, volumes);
    addChanges(volumes);
    WeekJudge judge(journal, volumes);
    judge.judgeAll();
    addRemaining(volumes);
    const WeekSummary& asOfWeek = volumes.weeks[volumes.asOfWeek];
    if (const std::optional<Distance> limit = judge.asOfWeekLimitAhead()) {
        volumes.asOfWeekLeft =
            Distance::fromMetres(std::max<std::int64_t>(0, (*limit - asOfWeek.volume).metres()));
    }
    return volumes;
}

std::optional<Warning> weekLimitWarning(const AsOfJournal& journal, const WeeklyVolumes& volumes,
                                        std::size_t week) {
    if (week >= volumes.weeks.size() || !volumes.weeks[week].overLimit) return std::nullopt;
    const WeekSummary& row = volumes.weeks[week];
    const WeekBasis& basis = volumes.basis[week];
    const bool isAsOfWeek = week == volumes.asOfWeek;
    const std::int64_t sortKey = weekStartUtcSeconds(row.weekStart, journal.asOf());
    const WarningSubject subject = WarningSubject::forWeek(row.weekStart);
    if (row.limitRule == LimitRule::ComebackVolume) {
        const ComebackFacts facts{row.weekStart,
                                  isAsOfWeek,
                                  row.volume,
                                  basis.emptyWeeks >= 2 ? basis.emptyWeeks : 0,
                                  basis.normalSum,
                                  *row.limit,
                                  journal.settings().comebackPct,
                                  journal.settings().units};
        return makeWarning(QStringLiteral("comeback-volume"), Severity::Caution, subject, sortKey,
                           texts::comebackVolume(facts));
    }
    const WeeklyIncreaseFacts facts{row.weekStart,
                                    isAsOfWeek,
                                    row.volume,
                                    basis.base,
                                    *row.limit,
                                    journal.settings().weeklyIncreasePct,
                                    basis.afterMissedWeek,
                                    journal.settings().units};
    return makeWarning(QStringLiteral("weekly-increase"), Severity::Caution, subject, sortKey,
                       texts::weeklyIncrease(facts));
}

std::vector<Warning> weeklyVolumeWarnings(const AsOfJournal& journal,
                                          const WeeklyVolumes& volumes) {
    std::vector<Warning> warnings;
    if (volumes.weeks.empty()) return warnings;
    for (std::size_t back = 0; back < 2 && back <= volumes.asOfWeek; ++back) {
        if (auto warning = weekLimitWarning(journal, volumes, volumes.asOfWeek - back)) {
            warnings.push_back(std::move(*warning));
        }
    }
    return warnings;
}

}  // namespace stridelog
