// SPDX-License-Identifier: GPL-3.0-or-later
// R10 (see cadence.h). The median is kept doubled so "below 160" is exact for the
// half-step median of an even number of runs.
#include "cadence.h"

#include "warning_texts.h"

#include <algorithm>
#include <vector>

namespace stridelog {
namespace {

constexpr int kCadenceWindowDays = 28;
constexpr std::size_t kCadenceMinRuns = 3;

std::int64_t twiceMedianOf(std::vector<int> values) {
    std::sort(values.begin(), values.end());
    const std::size_t mid = values.size() / 2;
    if (values.size() % 2 == 1) return 2 * static_cast<std::int64_t>(values[mid]);
    return static_cast<std::int64_t>(values[mid - 1]) + values[mid];
}

// round(twiceMedian × percent / 200), halves up, in whole numbers.
int roundedShare(std::int64_t twiceMedian, std::int64_t percent) {
    return static_cast<int>((twiceMedian * percent + 100) / 200);
}

}  // namespace

CadenceTarget cadenceTarget(std::int64_t twiceMedian) {
    return {roundedShare(twiceMedian, 105), roundedShare(twiceMedian, 110)};
}

std::optional<Warning> cadenceWarning(const AsOfJournal& journal) {
    std::vector<int> cadences;
    for (const Run* run : journal.runsSince(journal.asOf().daysBefore(kCadenceWindowDays))) {
        if (run->cadence) cadences.push_back(*run->cadence);
    }
    if (cadences.size() < kCadenceMinRuns) return std::nullopt;
    const std::int64_t twiceMedian = twiceMedianOf(cadences);
    const int minimum = journal.settings().cadenceMinSpm;
    if (twiceMedian >= 2 * static_cast<std::int64_t>(minimum)) return std::nullopt;
    const CadenceTarget target = cadenceTarget(twiceMedian);
    return makeWarning(
        QStringLiteral("cadence-low"), Severity::Info, WarningSubject::forJournal(),
        journal.asOf().instant().utcSeconds(),
        texts::cadenceLow(static_cast<double>(twiceMedian) / 2.0, static_cast<int>(cadences.size()),
                          minimum, target.low, target.high));
}

}  // namespace stridelog
