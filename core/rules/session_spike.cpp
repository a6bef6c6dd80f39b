// SPDX-License-Identifier: GPL-3.0-or-later
// R4 (see session_spike.h). The 30 days and the 7 days are elapsed time between start
// instants (30 × 86,400 s), as RULES.md writes the window: [start − 30 d, start).
#include "session_spike.h"

#include "warning_texts.h"

#include <deque>

namespace stridelog {
namespace {

constexpr int kLookbackDays = 30;
constexpr int kWarnDays = 7;
constexpr std::int64_t kLookbackSeconds = kLookbackDays * kSecondsPerDay;

}  // namespace

std::optional<QString> spikeBand(Distance distance, Distance longest) {
    const std::int64_t d = distance.metres();
    const std::int64_t l = longest.metres();
    if (l <= 0 || 100 * d <= 110 * l) return std::nullopt;
    if (d > 2 * l) return QStringLiteral("large");
    if (100 * d > 130 * l) return QStringLiteral("moderate");
    return QStringLiteral("small");
}

double spikePercent(Distance distance, Distance longest) {
    return (distance.km() / longest.km() - 1.0) * 100.0;
}

std::vector<std::optional<Distance>> longestOfPrevious30Days(std::span<const Run* const> runs) {
    std::vector<std::optional<Distance>> longest(runs.size());
    std::deque<std::size_t> window;  // indices, distances strictly decreasing front to back
    std::size_t next = 0;            // the next run to enter the window
    for (std::size_t i = 0; i < runs.size(); ++i) {
        const Instant start = runs[i]->start;
        for (; next < runs.size() && runs[next]->start < start; ++next) {
            while (!window.empty() && runs[window.back()]->distance <= runs[next]->distance) {
                window.pop_back();
            }
            window.push_back(next);
        }
        const Instant from = start.plusSeconds(-kLookbackSeconds);
        while (!window.empty() && runs[window.front()]->start < from) window.pop_front();
        if (!window.empty()) longest[i] = runs[window.front()]->distance;
    }
    return longest;
}

std::optional<Distance> longestBefore(const JournalSnapshot& journal, const Run& run) {
    const Instant from = run.start.plusSeconds(-kLookbackSeconds);
    std::optional<Distance> longest;
    for (const Run& other : journal.runs) {
        if (other.start < from || other.start >= run.start) continue;
        if (run.id.isValid() && other.id == run.id) continue;
        if (!longest || other.distance > *longest) longest = other.distance;
    }
    return longest;
}

std::optional<Warning> runSpikeWarning(const Run& run, Distance longest, UnitSystem units) {
    const std::optional<QString> band = spikeBand(run.distance, longest);
    if (!band) return std::nullopt;
    const SpikeFacts facts{run.distance, longest, spikePercent(run.distance, longest),
                           run.start.localDate(), units};
    Warning warning =
        makeWarning(QStringLiteral("run-spike"), Severity::Caution, WarningSubject::forRun(run.id),
                    run.start.utcSeconds(), texts::runSpike(facts, *band));
    warning.band = band;
    return warning;
}

// Only the last 7 days are warned, so only the runs from 37 days back need a window.
std::vector<Warning> runSpikeWarnings(const AsOfJournal& journal) {
    const Instant warnFrom = journal.asOf().daysBefore(kWarnDays);
    const auto runs = journal.runsSince(journal.asOf().daysBefore(kWarnDays + kLookbackDays));
    const std::vector<std::optional<Distance>> longest = longestOfPrevious30Days(runs);
    std::vector<Warning> warnings;
    for (std::size_t i = 0; i < runs.size(); ++i) {
        if (runs[i]->start < warnFrom || !longest[i]) continue;
        if (auto warning = runSpikeWarning(*runs[i], *longest[i], journal.settings().units)) {
            warnings.push_back(std::move(*warning));
        }
    }
    return warnings;
}

}  // namespace stridelog
