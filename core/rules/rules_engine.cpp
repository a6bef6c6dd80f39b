// SPDX-License-Identifier: GPL-3.0-or-later
// The facade of rules_engine.h: builds the as-of view of the journal once, asks each rule
// for its rows or warnings, and orders the warnings (most severe first, then newest first).
// The CLI and the app call only these functions.
#include "rules_engine.h"

#include "as_of_journal.h"
#include "cadence.h"
#include "comeback.h"
#include "pain_stage.h"
#include "pain_trends.h"
#include "risk_profile.h"
#include "see_doctor.h"
#include "session_spike.h"
#include "shoe_wear.h"
#include "training_load.h"
#include "weekly_volume.h"

#include <algorithm>

namespace stridelog {
namespace {

template <class T>
void append(std::vector<Warning>& to, T&& from) {
    if constexpr (std::is_same_v<std::decay_t<T>, std::optional<Warning>>) {
        if (from) to.push_back(std::move(*from));
    } else {
        to.insert(to.end(), std::make_move_iterator(from.begin()),
                  std::make_move_iterator(from.end()));
    }
}

void sortWarnings(std::vector<Warning>& warnings) {
    std::stable_sort(warnings.begin(), warnings.end(), [](const Warning& a, const Warning& b) {
        if (a.severity != b.severity) return a.severity > b.severity;
        return a.sortUtcSeconds > b.sortUtcSeconds;
    });
}

// An entry dated later than `asOf` (a run logged for tomorrow) still counts for the warnings
// it brings: the journal already holds it, so it is judged as of its own start.
AsOf countingStartOf(AsOf asOf, Instant start) {
    return asOf.counts(start) ? asOf : AsOf(start);
}

}  // namespace

std::vector<WeekSummary> computeWeeks(const JournalSnapshot& journal, AsOf asOf) {
    const AsOfJournal view(journal, asOf);
    WeeklyVolumes volumes = computeWeeklyVolumes(view);
    addLoadToWeeks(dailyLoad(view), volumes.weeks);
    return std::move(volumes.weeks);
}

std::vector<Warning> computeWarnings(const JournalSnapshot& journal, AsOf asOf) {
    const AsOfJournal view(journal, asOf);
    std::vector<Warning> warnings;
    append(warnings, weeklyVolumeWarnings(view, computeWeeklyVolumes(view)));
    append(warnings, shoeWearWarnings(view));
    append(warnings, runSpikeWarnings(view));
    append(warnings, painStageWarnings(view));
    append(warnings, seeDoctorWarnings(view));
    const PainFollowIndex follows(view);
    append(warnings, painWorseningWarning(view, follows));
    append(warnings, painHighWarnings(view));
    append(warnings, cadenceWarning(view));
    append(warnings, acwrWarning(view, dailyLoad(view)));
    append(warnings, shoeRotationWarning(view));
    append(warnings, painPatternWarnings(view, follows));
    append(warnings, riskProfileWarning(view));
    append(warnings, wayBackWarnings(view));
    sortWarnings(warnings);
    return warnings;
}

std::vector<DailyLoad> computeDailyLoad(const JournalSnapshot& journal, AsOf asOf) {
    return dailyLoad(AsOfJournal(journal, asOf));
}

ShoeWear assessShoe(const JournalSnapshot& journal, const Shoe& shoe, AsOf asOf) {
    return assessShoeWear(AsOfJournal(journal, asOf), shoe);
}

PainAssessment assessPain(const PainEntry& pain, AsOf asOf) {
    return assessPainEntry(pain, asOf.instant());
}

std::optional<double> runSpikePercent(const JournalSnapshot& journal, const Run& run) {
    const std::optional<Distance> longest = longestBefore(journal, run);
    if (!longest || longest->metres() <= 0) return std::nullopt;
    return spikePercent(run.distance, *longest);
}

std::vector<std::optional<double>> runSpikePercents(const JournalSnapshot& journal) {
    std::vector<const Run*> byStart;
    byStart.reserve(journal.runs.size());
    for (const Run& run : journal.runs) byStart.push_back(&run);
    std::stable_sort(byStart.begin(), byStart.end(),
                     [](const Run* a, const Run* b) { return a->start < b->start; });
    const std::vector<std::optional<Distance>> longest = longestOfPrevious30Days(byStart);
    std::vector<std::optional<double>> percents(journal.runs.size());
    for (std::size_t i = 0; i < byStart.size(); ++i) {
        if (!longest[i] || longest[i]->metres() <= 0) continue;
        const auto position = static_cast<std::size_t>(byStart[i] - journal.runs.data());
        percents[position] = spikePercent(byStart[i]->distance, *longest[i]);
    }
    return percents;
}

std::vector<Warning> warningsTriggeredByRun(const JournalSnapshot& journal, RunId runId,
                                            AsOf asOf) {
    const auto found = std::find_if(journal.runs.begin(), journal.runs.end(),
                                    [&](const Run& run) { return run.id == runId; });
    if (found == journal.runs.end()) return {};
    const Run& run = *found;
    const AsOfJournal view(journal, countingStartOf(asOf, run.start));
    std::vector<Warning> warnings;
    if (const std::optional<Distance> longest = longestBefore(journal, run)) {
        append(warnings, runSpikeWarning(run, *longest, journal.settings.units));
    }
    if (const Shoe* shoe = run.shoe ? view.shoe(*run.shoe) : nullptr) {
        append(warnings, shoeWearWarning(view, *shoe, assessShoeWear(view, *shoe)));
    }
    const WeeklyVolumes volumes = computeWeeklyVolumes(view);
    if (!volumes.weeks.empty()) {
        const QDate week = weekStartOf(run.start.localDate(), journal.settings.weekStart);
        const auto index = volumes.weeks.front().weekStart.daysTo(week) / 7;
        if (index >= 0)
            append(warnings, weekLimitWarning(view, volumes, static_cast<std::size_t>(index)));
    }
    sortWarnings(warnings);
    return warnings;
}

std::vector<Warning> warningsTriggeredByPain(const JournalSnapshot& journal, PainId painId,
                                             AsOf asOf) {
    const auto found = std::find_if(journal.pains.begin(), journal.pains.end(),
                                    [&](const PainEntry& pain) { return pain.id == painId; });
    if (found == journal.pains.end()) return {};
    std::vector<Warning> warnings = computeWarnings(journal, countingStartOf(asOf, found->start));
    const WarningSubject subject = WarningSubject::forPain(painId);
    std::erase_if(warnings, [&](const Warning& warning) { return warning.subject != subject; });
    return warnings;
}

}  // namespace stridelog
