// SPDX-License-Identifier: GPL-3.0-or-later
// R8 and R13 (see pain_trends.h). Rates are compared by cross-multiplying whole counts:
// rate(v) ≥ 2 × rate(¬v) iff f(v) × n(¬v) ≥ 2 × f(¬v) × n(v).
#include "pain_trends.h"

#include "warning_texts.h"

#include "core/model/entry_words.h"

#include <algorithm>
#include <map>

namespace stridelog {
namespace {

constexpr std::int64_t kFollowSeconds = 24 * 3600;
constexpr int kWorseningWindowDays = 28;
constexpr std::size_t kWorseningRuns = 4;
constexpr int kWorseningMinFollowed = 3;
constexpr int kPatternWindowDays = 180;
constexpr int kPatternMinRuns = 5;
constexpr int kPatternMinFollowed = 3;

const PainEntry* worse(const PainEntry* a, const PainEntry* b) {
    if (!a) return b;
    if (!b) return a;
    return b->intensity > a->intensity ? b : a;
}

bool nonDecreasingAndRising(const std::vector<const PainEntry*>& sequence) {
    for (std::size_t i = 1; i < sequence.size(); ++i) {
        if (sequence[i]->intensity < sequence[i - 1]->intensity) return false;
    }
    return sequence.back()->intensity > sequence.front()->intensity;
}

struct Tally {
    int runs = 0;
    int followed = 0;
};

// One attribute value of R13 ("hilly", "trail", a pair, "long") and how its runs fared.
struct PatternKey {
    int attribute = 0;  // 0 surface, 1 hilly, 2 shoe, 3 run type: also the output order
    std::int64_t value = 0;
    auto operator<=>(const PatternKey&) const = default;
};

std::vector<PatternKey> keysOf(const Run& run) {
    std::vector<PatternKey> keys;
    if (run.surface) keys.push_back({0, static_cast<std::int64_t>(*run.surface)});
    keys.push_back({1, run.hilly ? 1 : 0});
    if (run.shoe) keys.push_back({2, run.shoe->value()});
    if (run.type) keys.push_back({3, static_cast<std::int64_t>(*run.type)});
    return keys;
}

QString labelOf(const AsOfJournal& journal, const PatternKey& key) {
    switch (key.attribute) {
        case 0:
            return words::runs(static_cast<Surface>(key.value));
        case 1:
            return texts::hillyRunsLabel(key.value == 1);
        case 2: {
            const Shoe* shoe = journal.shoe(ShoeId(key.value));
            return texts::shoeRunsLabel(shoe ? shoe->name : QString());
        }
        default:
            return words::runs(static_cast<RunType>(key.value));
    }
}

bool isPattern(const Tally& value, const Tally& all) {
    const std::int64_t otherRuns = all.runs - value.runs;
    const std::int64_t otherFollowed = all.followed - value.followed;
    return value.runs >= kPatternMinRuns && value.followed >= kPatternMinFollowed &&
           otherRuns > 0 && value.followed * otherRuns >= 2 * otherFollowed * value.runs;
}

}  // namespace

PainFollowIndex::PainFollowIndex(const AsOfJournal& journal) {
    for (const PainEntry* pain : journal.pains()) {
        if (pain->run) {
            const PainEntry*& worst = worstLinked_[pain->run->value()];
            worst = worse(worst, pain);
        } else {
            unlinked_.push_back(pain);
        }
    }
}

const PainEntry* PainFollowIndex::worstFollowing(const Run& run) const {
    const auto linked = worstLinked_.find(run.id.value());
    const PainEntry* worst = linked == worstLinked_.end() ? nullptr : linked->second;
    const Instant until = run.start.plusSeconds(kFollowSeconds);
    auto it = std::lower_bound(unlinked_.begin(), unlinked_.end(), run.start,
                               [](const PainEntry* pain, Instant t) { return pain->start < t; });
    for (; it != unlinked_.end() && (*it)->start <= until; ++it) worst = worse(worst, *it);
    return worst;
}

// R8: of the last 4 runs in the 28 days up to T, at least 3 followed by pain whose worst
// intensities, in run order, never go down and end higher than they began.
std::optional<Warning> painWorseningWarning(const AsOfJournal& journal,
                                            const PainFollowIndex& follows) {
    auto runs = journal.runsSince(journal.asOf().daysBefore(kWorseningWindowDays));
    if (runs.size() > kWorseningRuns) runs = runs.last(kWorseningRuns);
    std::vector<const PainEntry*> sequence;
    for (const Run* run : runs) {
        if (const PainEntry* pain = follows.worstFollowing(*run)) sequence.push_back(pain);
    }
    if (static_cast<int>(sequence.size()) < kWorseningMinFollowed) return std::nullopt;
    if (!nonDecreasingAndRising(sequence)) return std::nullopt;
    const PainEntry& latest = *sequence.back();
    return makeWarning(
        QStringLiteral("pain-worsening"), Severity::Caution, WarningSubject::forPain(latest.id),
        latest.start.utcSeconds(),
        texts::painWorsening(static_cast<int>(sequence.size()), static_cast<int>(runs.size()),
                             sequence.front()->intensity, latest.intensity));
}

// R13: over the 180 days up to T, each value with ≥ 5 runs, ≥ 3 followed by pain, and a
// pain rate at least twice that of all other runs.
std::vector<Warning> painPatternWarnings(const AsOfJournal& journal,
                                         const PainFollowIndex& follows) {
    Tally all;
    std::map<PatternKey, Tally> tallies;
    for (const Run* run : journal.runsSince(journal.asOf().daysBefore(kPatternWindowDays))) {
        const bool followed = follows.worstFollowing(*run) != nullptr;
        ++all.runs;
        all.followed += followed ? 1 : 0;
        for (const PatternKey& key : keysOf(*run)) {
            Tally& tally = tallies[key];
            ++tally.runs;
            tally.followed += followed ? 1 : 0;
        }
    }
    std::vector<Warning> warnings;
    for (const auto& [key, tally] : tallies) {
        if (!isPattern(tally, all)) continue;
        const PainPatternFacts facts{labelOf(journal, key), tally.followed, tally.runs,
                                     all.followed - tally.followed, all.runs - tally.runs};
        warnings.push_back(makeWarning(
            QStringLiteral("pain-pattern"), Severity::Info, WarningSubject::forJournal(),
            journal.asOf().instant().utcSeconds(), texts::painPattern(facts)));
    }
    return warnings;
}

}  // namespace stridelog
