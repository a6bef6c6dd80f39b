// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo_history.h"

#include "demo_pain.h"
#include "demo_random.h"
#include "demo_runner.h"
#include "demo_runs.h"
#include "demo_shoes.h"
#include "demo_tracks.h"
#include "demo_way_back.h"
#include "demo_weeks.h"

#include <algorithm>

namespace stridelog {
namespace {

// Runs get their ids in order; imported ones a key naming the demo they came from.
void numberRuns(std::vector<Run>& runs, std::uint32_t seed) {
    for (std::size_t i = 0; i < runs.size(); ++i) {
        Run& run = runs[i];
        run.id = RunId(static_cast<std::int64_t>(i + 1));
        if (run.source != RunSource::Manual) {
            run.sourceKey = QStringLiteral("demo-%1-%2").arg(seed).arg(run.id.value());
        }
    }
}

}  // namespace

// The history is built in layers, each from the one before: the runner, the weekly plan,
// the runs, the pairs that carried them, the pain that followed. One random sequence feeds
// them all in that order, which is what makes a seed reproducible.
JournalSnapshot generateDemoHistory(const DemoOptions& options) {
    const int years = std::clamp(options.years, 1, 30);
    // The caller's "today", from its one clock: without it there is nothing to end on.
    if (!options.endDate.isValid()) return {};
    const QDate endDate = options.endDate;
    const QDate begin = endDate.addYears(-years).addDays(1);
    const QDate firstMonday = begin.addDays((8 - begin.dayOfWeek()) % 7);
    const int weekCount = static_cast<int>(firstMonday.daysTo(endDate) / 7) + 1;

    demo::DemoRandom random(options.seed);
    const demo::DemoRunner runner(random, weekCount);
    const std::vector<demo::DemoWeek> weeks =
        demo::planWeeks(random, runner, firstMonday, weekCount);

    JournalSnapshot journal;
    journal.runs = demo::scheduleRuns(random, runner, weeks, endDate);
    journal.shoes = demo::assignShoes(random, journal.runs, endDate);
    numberRuns(journal.runs, options.seed);
    journal.pains = demo::generatePains(random, runner, journal.runs, weeks, endDate);
    demo::addWayBack(journal, endDate);
    // Last, from random sequences of their own: the history is the same with or without them.
    if (options.tracks) journal.tracks = demo::makeDemoTracks(journal.runs, options.seed, endDate);
    return journal;
}

}  // namespace stridelog
