// SPDX-License-Identifier: GPL-3.0-or-later
// The narrow questions of rules_engine.h, each from one as-of view: the CLI's commands and
// the tests ask one thing at a time. The screens and the report take evaluate()'s answer
// (evaluation.h), which makes the same passes (rule_passes.h) once for everything.
#include "rules_engine.h"

#include "as_of_journal.h"
#include "pain_stage.h"
#include "rule_passes.h"
#include "session_spike.h"
#include "shoe_wear.h"
#include "training_load.h"
#include "weekly_volume.h"

#include <algorithm>

namespace stridelog {
namespace {

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
    return warningsOf(RulePasses(view));
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
    const auto add = [&warnings](std::optional<Warning> warning) {
        if (warning) warnings.push_back(std::move(*warning));
    };
    if (const std::optional<Distance> longest = longestBefore(journal, run)) {
        add(runSpikeWarning(run, *longest, journal.settings.units));
    }
    if (const Shoe* shoe = run.shoe ? view.shoe(*run.shoe) : nullptr) {
        add(shoeWearWarning(view, *shoe, assessShoeWear(view, *shoe)));
    }
    const WeeklyVolumes volumes = computeWeeklyVolumes(view);
    if (!volumes.weeks.empty()) {
        const QDate week = weekStartOf(run.start.localDate(), journal.settings.weekStart);
        const auto index = volumes.weeks.front().weekStart.daysTo(week) / 7;
        if (index >= 0) add(weekLimitWarning(view, volumes, static_cast<std::size_t>(index)));
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
