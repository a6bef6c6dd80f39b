// SPDX-License-Identifier: GPL-3.0-or-later
// evaluate() (see evaluation.h): one as-of view, the shared passes over it once, and every
// result read from those, so no rule runs twice for one screen.
#include "evaluation.h"

#include "as_of_journal.h"
#include "pain_follows.h"
#include "pain_stage.h"
#include "rule_passes.h"
#include "rules_engine.h"
#include "shoe_forecast.h"

#include <algorithm>

namespace stridelog {
namespace {

template <class Entry, class Result, class Id>
const Result* resultOf(const std::vector<Entry>& entries, const std::vector<Result>& results,
                       Id id) {
    const auto it = std::find_if(entries.begin(), entries.end(),
                                 [id](const Entry& entry) { return entry.id == id; });
    const auto index = static_cast<std::size_t>(it - entries.begin());
    return it != entries.end() && index < results.size() ? &results[index] : nullptr;
}

std::vector<ShoeForecast> forecasts(const AsOfJournal& view, const std::vector<ShoeWear>& wears) {
    std::vector<ShoeForecast> result;
    const std::vector<Shoe>& shoes = view.journal().shoes;
    result.reserve(shoes.size());
    for (std::size_t i = 0; i < shoes.size() && i < wears.size(); ++i)
        result.push_back(forecastShoe(view, shoes[i], wears[i]));
    return result;
}

std::vector<PainAssessment> assessments(const JournalSnapshot& journal, AsOf asOf) {
    std::vector<PainAssessment> result;
    result.reserve(journal.pains.size());
    for (const PainEntry& pain : journal.pains)
        result.push_back(assessPainEntry(pain, asOf.instant()));
    return result;
}

}  // namespace

Evaluation evaluate(JournalSnapshot journal, AsOf asOf) {
    Evaluation result;
    result.asOf = asOf;
    result.journal = std::move(journal);
    const AsOfJournal view(result.journal, asOf);
    RulePasses passes(view);
    result.warnings = warningsOf(passes);
    result.load = passes.load;
    result.shoeForecasts = forecasts(view, passes.wears);
    result.pain = assessments(result.journal, asOf);
    result.runSpikes = runSpikePercents(result.journal);
    result.followRates = painFollowRates(view, passes.follows);
    result.allowance = allowanceOf(view, passes.volumes, passes.wears, passes.comeback);
    result.comeback = passes.comeback;
    result.weeks = std::move(passes.volumes.weeks);
    result.shoeWear = std::move(passes.wears);
    return result;
}

const Shoe* Evaluation::shoe(ShoeId id) const {
    const auto it = std::find_if(journal.shoes.begin(), journal.shoes.end(),
                                 [id](const Shoe& shoe) { return shoe.id == id; });
    return it != journal.shoes.end() ? &*it : nullptr;
}

const ShoeWear* Evaluation::wearOf(ShoeId id) const {
    return resultOf(journal.shoes, shoeWear, id);
}

const ShoeForecast* Evaluation::forecastOf(ShoeId id) const {
    return resultOf(journal.shoes, shoeForecasts, id);
}

const PainAssessment* Evaluation::assessmentOf(PainId id) const {
    return resultOf(journal.pains, pain, id);
}

}  // namespace stridelog
