// SPDX-License-Identifier: GPL-3.0-or-later
// R15 (see allowance.h). Every number is exact on metres: a run of run_max metres is not a
// spike (100 × d ≤ 110 × L30), one metre more is.
#include "allowance.h"
#include "core/i18n/contexts.h"
#include "core/i18n/locale_text.h"

#include "as_of_journal.h"
#include "comeback.h"
#include "comeback_texts.h"
#include "pain_stage.h"
#include "rules_engine.h"
#include "shoe_wear.h"
#include "stage_severity.h"
#include "warning_texts.h"
#include "weekly_volume.h"

#include <QStringList>

#include <algorithm>

namespace stridelog {
namespace {

constexpr int kLookbackDays = 30;

std::optional<Distance> longestRunMax(const AsOfJournal& journal) {
    std::optional<Distance> longest;
    for (const Run* run : journal.runsSince(journal.asOf().daysBefore(kLookbackDays))) {
        if (!longest || run->distance > *longest) longest = run->distance;
    }
    if (!longest || longest->metres() <= 0) return std::nullopt;
    return Distance::fromMetres(longest->metres() * 110 / 100);
}

std::optional<int> openPainStage(const AsOfJournal& journal) {
    const Instant asOf = journal.asOf().instant();
    std::optional<int> highest;
    for (const PainEntry* pain : journal.pains()) {
        if (!inPainWindow(*pain, journal.asOf()) || isAdaptationPain(*pain, asOf)) continue;
        highest = std::max(highest.value_or(0), painStage(*pain, asOf));
    }
    return highest;
}

bool inUseAsOf(const Shoe& shoe, const ShoeWear& wear, const AsOfInstant& asOf) {
    return wear.status != ShoeStatusKind::Retired && (!shoe.since || *shoe.since <= asOf.day());
}

// a / limit(a) < b / limit(b), exactly: cross-multiplied on metres. A pair without a limit
// cannot be compared by its share and comes last.
bool lowerShare(const ShoeWear& a, const Shoe& shoeA, const ShoeWear& b, const Shoe& shoeB) {
    if (shoeA.limit.metres() <= 0) return false;
    if (shoeB.limit.metres() <= 0) return true;
    return a.distance.metres() * shoeB.limit.metres() < b.distance.metres() * shoeA.limit.metres();
}

// `wears` is in the order of the journal's shoes.
const Shoe* pairToWear(const AsOfJournal& journal, const std::vector<ShoeWear>& wears) {
    const Shoe* best = nullptr;
    ShoeWear bestWear;
    const std::vector<Shoe>& shoes = journal.journal().shoes;
    for (std::size_t i = 0; i < shoes.size() && i < wears.size(); ++i) {
        const Shoe& shoe = shoes[i];
        const ShoeWear& wear = wears[i];
        if (!inUseAsOf(shoe, wear, journal.asOf())) continue;
        if (!best || lowerShare(wear, shoe, bestWear, *best)) {
            best = &shoe;
            bestWear = wear;
        }
    }
    return best;
}

// What an open pain changes, by its stage; empty without one.
QString painAdviceText(int stage) {
    switch (stage) {
        case 1:
            return WarningWords::tr(
                "After a stage 1 knee pain, drop accelerations and your longest "
                "runs until it stays away.");
        case 2:
            return WarningWords::tr(
                "After a stage 2 knee pain, cut your volume and intensity and "
                "leave out hills.");
        case 3:
            return WarningWords::tr(
                "No running today after a stage 3 knee pain: stop running until "
                "you have been pain-free for 1–2 days; swim, cycle or use the "
                "elliptical instead.");
        case 4:
            return WarningWords::tr(
                "No running today after a stage 4 knee pain: stop running and "
                "see a doctor.");
        default:
            return {};
    }
}

QString adviceText(const Allowance& allowance, const Shoe* shoe, UnitSystem units) {
    // At stage 3 and 4 the pain decides, whatever the numbers say.
    if (!allowance.runToday) return allowance.painAdvice;
    QStringList parts;
    if (!allowance.weekLeft) {
        parts << WarningWords::tr("This week has no limit yet: build up gradually.");
    } else if (allowance.weekLeft->metres() == 0) {
        parts << WarningWords::tr(
            "This week's limit is reached: rest or cross-train until the "
            "week is over.");
    } else {
        parts << WarningWords::tr("Up to %1 left this week.")
                     .arg(texts::formatDistance(*allowance.weekLeft, units));
    }
    if (allowance.runMax) {
        parts << WarningWords::tr("A run of up to %1 is not a spike.")
                     .arg(texts::formatDistance(*allowance.runMax, units));
    }
    if (!allowance.painAdvice.isEmpty()) parts << allowance.painAdvice;
    if (shoe)
        parts << WarningWords::tr("Wear %1, the pair with the most of its limit left.")
                     .arg(shoe->name);
    return parts.join(QLatin1Char(' '));
}

// R15 during a programme: the way back decides. Our reading: "active" includes a paused
// programme (the runner must see "see a clinician"), but not a completed or stopped one, after
// which R1 and R2 apply again.
void applyComeback(const AsOfJournal& journal, const std::optional<ComebackStatus>& status,
                   Allowance& allowance) {
    if (!status ||
        (status->state != ComebackState::Active && status->state != ComebackState::Paused)) {
        return;
    }
    allowance.runToday = status->today == ComebackToday::Run;
    allowance.runMax = Distance::fromMetres(status->session.distanceMetres);
    allowance.weekLeft.reset();
    const QString session = texts::comebackSessionText(status->session, journal.settings().units);
    switch (status->today) {
        case ComebackToday::Run:
            allowance.advice = WarningWords::tr("%1; warm up 10–15 minutes first.").arg(session);
            break;
        case ComebackToday::Rest:
            allowance.advice =
                WarningWords::tr("Rest today; next, on %1: %2.")
                    .arg(i18n::date(status->nextOn.value_or(journal.asOf().day())), session);
            break;
        case ComebackToday::RateMorning:
            allowance.advice =
                WarningWords::tr("Rate this morning's knee first; then: %1.").arg(session);
            break;
        case ComebackToday::SeeClinician:
        case ComebackToday::Done:
            allowance.advice =
                WarningWords::tr("See a clinician before running again: the way back is paused.");
            break;
    }
    allowance.comeback = status;
}

}  // namespace

Allowance allowanceOf(const AsOfJournal& journal, const WeeklyVolumes& volumes,
                      const std::vector<ShoeWear>& wears,
                      const std::optional<ComebackStatus>& comeback) {
    const Settings& settings = journal.settings();
    Allowance allowance;
    allowance.weekStart = weekStartOf(journal.asOf().day(), settings.weekStart);
    allowance.weekLeft = volumes.asOfWeekLeft;
    allowance.runMax = longestRunMax(journal);
    allowance.painStage = openPainStage(journal);
    allowance.runToday = allowance.painStage.value_or(0) < kStopRunningStage;
    allowance.painAdvice = painAdviceText(allowance.painStage.value_or(0));
    const Shoe* shoe = pairToWear(journal, wears);
    if (shoe) allowance.shoe = shoe->id;
    allowance.advice = adviceText(allowance, shoe, settings.units);
    applyComeback(journal, comeback, allowance);
    return allowance;
}

Allowance computeAllowance(const JournalSnapshot& journal, AsOf asOf) {
    const AsOfJournal view(journal, asOf);
    return allowanceOf(view, computeWeeklyVolumes(view), assessAllShoes(view),
                       assessComeback(view));
}

}  // namespace stridelog
