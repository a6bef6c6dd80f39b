// SPDX-License-Identifier: GPL-3.0-or-later
#include "rule_passes.h"

#include "cadence.h"
#include "comeback.h"
#include "morning_trend.h"
#include "pain_stage.h"
#include "risk_profile.h"
#include "see_doctor.h"
#include "session_spike.h"
#include "shoe_wear.h"
#include "training_load.h"

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

WeeklyVolumes weeksWithLoad(const AsOfJournal& journal, const std::vector<DailyLoad>& load) {
    WeeklyVolumes volumes = computeWeeklyVolumes(journal);
    addLoadToWeeks(load, volumes.weeks);
    return volumes;
}

}  // namespace

RulePasses::RulePasses(const AsOfJournal& journal)
    : view(journal),
      load(dailyLoad(journal)),
      volumes(weeksWithLoad(journal, load)),
      wears(assessAllShoes(journal)),
      follows(journal),
      comeback(assessComeback(journal)) {}

void sortWarnings(std::vector<Warning>& warnings) {
    std::stable_sort(warnings.begin(), warnings.end(), [](const Warning& a, const Warning& b) {
        if (a.severity != b.severity) return a.severity > b.severity;
        return a.sortUtcSeconds > b.sortUtcSeconds;
    });
}

std::vector<Warning> warningsOf(const RulePasses& passes) {
    const AsOfJournal& view = passes.view;
    std::vector<Warning> warnings;
    append(warnings, weeklyVolumeWarnings(view, passes.volumes));
    append(warnings, shoeWearWarnings(view, passes.wears));
    append(warnings, runSpikeWarnings(view));
    append(warnings, painStageWarnings(view));
    append(warnings, seeDoctorWarnings(view));
    append(warnings, painWorseningWarning(view, passes.follows));
    append(warnings, painHighWarnings(view));
    append(warnings, cadenceWarning(view));
    append(warnings, acwrWarning(view, passes.load));
    append(warnings, shoeRotationWarning(view));
    append(warnings, painPatternWarnings(view, passes.follows));
    append(warnings, riskProfileWarning(view));
    // Rules 1.2: the way back, the morning trend (R17) and R9's rated runs.
    append(warnings, comebackWarnings(view, passes.comeback));
    append(warnings, morningTrendWarning(view));
    append(warnings, runPainHighWarnings(view));
    sortWarnings(warnings);
    return warnings;
}

}  // namespace stridelog
