// SPDX-License-Identifier: GPL-3.0-or-later
// R3 and R12 (see shoe_wear.h). Status thresholds are exact on metres: `soon` iff
// 100 × km ≥ 80 × limit, `replace` iff km ≥ limit.
#include "shoe_wear.h"

#include "warning_texts.h"

#include <algorithm>
#include <unordered_map>

namespace stridelog {
namespace {

constexpr int kRotationWindowDays = 56;
constexpr int kRotationMinRuns = 8;

// A pair retired on a later day than T's was still in use as of T.
bool isRetiredAsOf(const Shoe& shoe, const AsOfInstant& asOf) {
    return shoe.retiredOn && *shoe.retiredOn <= asOf.day();
}

constexpr std::int64_t kSoonPercent = 80;

ShoeStatusKind wearStatus(Distance distance, Distance limit) {
    if (distance >= limit) return ShoeStatusKind::Replace;
    if (100 * distance.metres() >= kSoonPercent * limit.metres()) return ShoeStatusKind::Soon;
    return ShoeStatusKind::Ok;
}

ShoeWear wearOf(const AsOfJournal& journal, const Shoe& shoe, Distance runDistance, int runs) {
    ShoeWear wear;
    wear.shoe = shoe.id;
    wear.distance = shoe.startDistance + runDistance;
    wear.runs = runs;
    if (shoe.limit.metres() > 0) {
        wear.percent = 100.0 * wear.distance.km() / shoe.limit.km();
    }
    wear.status = isRetiredAsOf(shoe, journal.asOf()) ? ShoeStatusKind::Retired
                                                      : wearStatus(wear.distance, shoe.limit);
    return wear;
}

}  // namespace

QString toString(ShoeStatusKind status) {
    switch (status) {
        case ShoeStatusKind::Ok:
            return QStringLiteral("ok");
        case ShoeStatusKind::Soon:
            return QStringLiteral("soon");
        case ShoeStatusKind::Replace:
            return QStringLiteral("replace");
        case ShoeStatusKind::Retired:
            return QStringLiteral("retired");
    }
    return {};
}

// The least m with 100 × m ≥ 80 × limit: 80 × limit / 100, rounded up to a whole metre.
Distance shoeSoonMark(Distance limit) {
    const std::int64_t scaled = kSoonPercent * std::max<std::int64_t>(0, limit.metres());
    return Distance::fromMetres((scaled + 99) / 100);
}

ShoeWear assessShoeWear(const AsOfJournal& journal, const Shoe& shoe) {
    Distance distance;
    int runs = 0;
    for (const Run* run : journal.runs()) {
        if (run->shoe != shoe.id) continue;
        distance += run->distance;
        ++runs;
    }
    return wearOf(journal, shoe, distance, runs);
}

// One pass over the runs for every pair at once.
std::vector<ShoeWear> assessAllShoes(const AsOfJournal& journal) {
    struct Tally {
        Distance distance;
        int runs = 0;
    };
    std::unordered_map<std::int64_t, Tally> tallies;
    for (const Run* run : journal.runs()) {
        if (!run->shoe) continue;
        Tally& tally = tallies[run->shoe->value()];
        tally.distance += run->distance;
        ++tally.runs;
    }
    std::vector<ShoeWear> wears;
    wears.reserve(journal.journal().shoes.size());
    for (const Shoe& shoe : journal.journal().shoes) {
        const Tally tally = tallies.count(shoe.id.value()) ? tallies[shoe.id.value()] : Tally{};
        wears.push_back(wearOf(journal, shoe, tally.distance, tally.runs));
    }
    return wears;
}

std::optional<Warning> shoeWearWarning(const AsOfJournal& journal, const Shoe& shoe,
                                       const ShoeWear& wear) {
    const std::int64_t sortKey = journal.asOf().instant().utcSeconds();
    const WarningSubject subject = WarningSubject::forShoe(shoe.id);
    switch (wear.status) {
        case ShoeStatusKind::Soon:
            return makeWarning(QStringLiteral("shoe-soon"), Severity::Info, subject, sortKey,
                               texts::shoeSoon(shoe, wear, journal.settings().units));
        case ShoeStatusKind::Replace:
            return makeWarning(QStringLiteral("shoe-replace"), Severity::Caution, subject, sortKey,
                               texts::shoeReplace(shoe, wear, journal.settings().units));
        case ShoeStatusKind::Ok:
        case ShoeStatusKind::Retired:
            break;
    }
    return std::nullopt;
}

std::vector<Warning> shoeWearWarnings(const AsOfJournal& journal,
                                      const std::vector<ShoeWear>& wears) {
    std::vector<Warning> warnings;
    for (std::size_t i = 0; i < wears.size() && i < journal.journal().shoes.size(); ++i) {
        if (auto warning = shoeWearWarning(journal, journal.journal().shoes[i], wears[i])) {
            warnings.push_back(std::move(*warning));
        }
    }
    return warnings;
}

// R12: at least 8 runs in the 8 weeks up to T, all in the same pair.
std::optional<Warning> shoeRotationWarning(const AsOfJournal& journal) {
    const auto recent = journal.runsSince(journal.asOf().daysBefore(kRotationWindowDays));
    if (static_cast<int>(recent.size()) < kRotationMinRuns) return std::nullopt;
    const std::optional<ShoeId> pair = recent.front()->shoe;
    if (!pair) return std::nullopt;
    for (const Run* run : recent) {
        if (run->shoe != pair) return std::nullopt;
    }
    const Shoe* shoe = journal.shoe(*pair);
    if (!shoe) return std::nullopt;
    return makeWarning(QStringLiteral("shoe-rotation"), Severity::Info,
                       WarningSubject::forShoe(*pair), journal.asOf().instant().utcSeconds(),
                       texts::shoeRotation(*shoe, static_cast<int>(recent.size())));
}

}  // namespace stridelog
