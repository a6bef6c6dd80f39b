// SPDX-License-Identifier: GPL-3.0-or-later
// How long the rules take over a whole journal: computeWeeks + computeWarnings, which the app
// runs after every edit and the CLI on every `weeks` and `warnings`. Target: well under 50 ms
// for 30 years on one core, growing linearly with history.
//
// Two journals per length: the demo history (what a user's journal looks like) and a denser
// synthetic one of about 370 runs and 33 pain entries a year (about 11,000 runs and 1,000
// pain entries in 30 years), so the cost per run is measured at the size the target names.

#include "core/demo/demo_history.h"
#include "core/rules/rules_engine.h"

#include <benchmark/benchmark.h>

#include <QDate>
#include <QTime>

#include <cstdint>
#include <map>

namespace stridelog {
namespace {

const QDate kEndDate(2026, 3, 15);

// A small linear congruential generator: the same journal on every machine and run.
class Sequence {
public:
    explicit Sequence(std::uint32_t seed) : state_(seed) {}
    int next(int low, int high) {
        state_ = state_ * 1'664'525u + 1'013'904'223u;
        const std::uint32_t span = static_cast<std::uint32_t>(high - low + 1);
        return low + static_cast<int>((state_ >> 8) % span);
    }

private:
    std::uint32_t state_;
};

void addPain(JournalSnapshot& journal, Sequence& random, const Run& run) {
    PainEntry pain;
    pain.id = PainId(static_cast<std::int64_t>(journal.pains.size()) + 1);
    pain.start = run.start.plusSeconds(random.next(1, 20) * 3600);
    pain.end = pain.start.plusSeconds(static_cast<std::int64_t>(random.next(2, 150)) * 3600);
    if (random.next(0, 9) == 0) pain.run = run.id;
    pain.knee = static_cast<Knee>(random.next(0, 2));
    pain.site = static_cast<Site>(random.next(0, 5));
    pain.onset = static_cast<Onset>(random.next(0, 5));
    pain.intensity = random.next(1, 7);
    journal.pains.push_back(pain);
}

Run syntheticRun(JournalSnapshot& journal, Sequence& random, QDate day, int hour) {
    Run run;
    run.id = RunId(static_cast<std::int64_t>(journal.runs.size()) + 1);
    run.start = Instant::fromLocal(day, QTime(hour, random.next(0, 59)));
    run.distance = Distance::fromMetres(random.next(3'000, 25'000));
    run.duration = Duration::fromSeconds(run.distance.metres() * 6 / 10);
    run.shoe = ShoeId(static_cast<std::int64_t>(journal.shoes.size()));
    run.surface = static_cast<Surface>(random.next(0, 6));
    run.hilly = random.next(0, 4) == 0;
    run.type = static_cast<RunType>(random.next(0, 5));
    run.cadence = random.next(150, 180);
    return run;
}

void addShoe(JournalSnapshot& journal) {
    Shoe shoe;
    shoe.id = ShoeId(static_cast<std::int64_t>(journal.shoes.size()) + 1);
    shoe.name = QStringLiteral("Pair %1").arg(shoe.id.value());
    journal.shoes.push_back(shoe);
}

JournalSnapshot syntheticJournal(int years) {
    JournalSnapshot journal;
    Sequence random(static_cast<std::uint32_t>(years));
    addShoe(journal);
    std::int64_t onPair = 0;
    for (QDate day = kEndDate.addYears(-years); day <= kEndDate; day = day.addDays(1)) {
        const int runsToday = random.next(0, 9) == 0 ? 0 : (random.next(0, 9) == 0 ? 2 : 1);
        for (int i = 0; i < runsToday; ++i) {
            if (onPair > 800'000) {
                addShoe(journal);
                onPair = 0;
            }
            journal.runs.push_back(syntheticRun(journal, random, day, 7 + 10 * i));
            onPair += journal.runs.back().distance.metres();
            if (random.next(0, 10) == 0) addPain(journal, random, journal.runs.back());
        }
    }
    return journal;
}

JournalSnapshot demoJournal(int years) {
    DemoOptions options;
    options.years = years;
    options.seed = 7;
    options.endDate = kEndDate;
    options.tracks = false;  // the rules never read tracks
    return generateDemoHistory(options);
}

const JournalSnapshot& cached(bool demo, int years) {
    static std::map<std::pair<bool, int>, JournalSnapshot> journals;
    auto it = journals.find({demo, years});
    if (it == journals.end()) {
        it = journals
                 .emplace(std::make_pair(demo, years),
                          demo ? demoJournal(years) : syntheticJournal(years))
                 .first;
    }
    return it->second;
}

void weeksAndWarnings(benchmark::State& state, bool demo) {
    const int years = static_cast<int>(state.range(0));
    const JournalSnapshot& journal = cached(demo, years);
    const Instant asOf = Instant::endOfLocalDay(kEndDate);
    for (auto _ : state) {
        auto weeks = computeWeeks(journal, asOf);
        auto warnings = computeWarnings(journal, asOf);
        benchmark::DoNotOptimize(weeks);
        benchmark::DoNotOptimize(warnings);
    }
    state.counters["runs"] = static_cast<double>(journal.runs.size());
    state.counters["pains"] = static_cast<double>(journal.pains.size());
    state.SetComplexityN(static_cast<std::int64_t>(journal.runs.size()));
}

void BM_DemoHistory(benchmark::State& state) {
    weeksAndWarnings(state, true);
}

void BM_SyntheticHistory(benchmark::State& state) {
    weeksAndWarnings(state, false);
}

BENCHMARK(BM_DemoHistory)->Arg(1)->Arg(30)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SyntheticHistory)
    ->Arg(1)
    ->Arg(3)
    ->Arg(10)
    ->Arg(30)
    ->Unit(benchmark::kMillisecond)
    ->Complexity(benchmark::oN);

}  // namespace
}  // namespace stridelog

BENCHMARK_MAIN();
