// SPDX-License-Identifier: GPL-3.0-or-later
// The wording of the way back's warnings (see comeback_texts.h).

#include "comeback_texts.h"

#include "core/i18n/contexts.h"
#include "core/i18n/locale_text.h"
#include "core/model/unit_text.h"

namespace stridelog::texts {
namespace {

QString effortWord(int effort) {
    switch (effort) {
        case 3:
            return WarningWords::tr("easy");
        case 4:
            return WarningWords::tr("somewhat easy");
        default:
            return WarningWords::tr("somewhat hard");
    }
}

QString levelDistance(const ComebackLevel& level, UnitSystem units) {
    const Distance distance = Distance::fromMetres(level.distanceMetres);
    // The table's own numbers: 1.0, 1.5 and 2.0 mi, or their kilometres.
    return formatDistance(distance, units);
}

}  // namespace

QString comebackSource() {
    return WarningWords::tr(
        "Pain-monitoring model (Silbernagel et al. 2007, American Journal of Sports Medicine; "
        "Thomeé 1997, Physical Therapy, for kneecap pain); levels from the standard "
        "return-to-run programme of a randomised trial protocol for overuse knee injuries "
        "(Trials 2023); ceilings for kneecap pain from La Trobe University's patellofemoral "
        "pain education and Esculier et al. 2018, British Journal of Sports Medicine.");
}

QString sessionReason(const ComebackSession& session, SessionReason reason, int ceilingDuring,
                      std::optional<int> ceilingAfter) {
    switch (reason) {
        case SessionReason::DuringOver:
            return WarningWords::tr("%1/10 during, the limit is %2/10")
                .arg(session.during.value_or(0))
                .arg(ceilingDuring);
        case SessionReason::AfterOver:
            return WarningWords::tr("%1/10 an hour after, the limit is %2/10")
                .arg(session.after.value_or(0))
                .arg(ceilingAfter.value_or(session.baseline));
        case SessionReason::MorningWorse:
            return WarningWords::tr("%1/10 this morning, your usual is %2/10")
                .arg(session.nextMorning ? session.nextMorning->pain : 0)
                .arg(session.baseline);
        case SessionReason::Swelling:
            return WarningWords::tr("swelling the next morning");
        case SessionReason::Limp:
            return WarningWords::tr("a limp the next morning");
        case SessionReason::PainEntry:
            return WarningWords::tr("a pain entry of %1/10 after the run, the limit is %2/10")
                .arg(session.painEntryIntensity.value_or(0))
                .arg(ceilingDuring);
        case SessionReason::Short:
            return WarningWords::tr("less than 90% of the level's distance");
        case SessionReason::TooSoon:
            return WarningWords::tr("before its day (%1)").arg(i18n::date(session.dueOn));
        case SessionReason::Unrated:
            return WarningWords::tr(
                "not rated: the ratings during, after or the next morning are "
                "missing");
    }
    return {};
}

QString comebackSessionText(const ComebackLevel& level, UnitSystem units) {
    if (level.walkMinutes == 0) {
        return WarningWords::tr("Level %1 of 6: run all of it, for %2, %3, on flat ground")
            .arg(level.number)
            .arg(levelDistance(level, units), effortWord(level.effort));
    }
    return WarningWords::tr("Level %1 of 6: walk %2 min, run %3 min, for %4, %5, on flat ground")
        .arg(level.number)
        .arg(level.walkMinutes)
        .arg(level.runMinutes)
        .arg(levelDistance(level, units), effortWord(level.effort));
}

QString readinessBlock(ReadinessBlock block) {
    switch (block) {
        case ReadinessBlock::PainStageThree:
            return WarningWords::tr(
                "a pain of stage 3 or more is still there or ended less than 48 h "
                "ago: wait until the knee has been pain-free for 2 days");
        case ReadinessBlock::DoctorReason:
            return WarningWords::tr(
                "a reason to see a doctor holds: start once a clinician has "
                "cleared you to run (--cleared)");
        case ReadinessBlock::WalkNotConfirmed:
            return WarningWords::tr(
                "first walk briskly for 30 minutes; start once that was free of "
                "pain and limp (--walk-ok)");
        case ReadinessBlock::AlreadyActive:
            return WarningWords::tr("a way back is already under way: stop it first");
    }
    return {};
}

QString readyToStart() {
    return WarningWords::tr("The way back can start at level 1.");
}

WarningTexts comebackReady(const PainEntry& pain) {
    return {
        WarningWords::tr("The pain of %1 has been gone for at least 2 days: the way back can "
                         "start.")
            .arg(i18n::date(pain.start.localDate())),
        WarningWords::tr("Start the way back at level 1 once a brisk 30-minute walk is free of "
                         "pain and limp; warm up 10–15 minutes first and keep to flat ground."),
        comebackSource(),
    };
}

WarningTexts comebackStepBack(const ComebackSession& session, const QStringList& reasons,
                              int levelAfter) {
    return {
        WarningWords::tr("Back to level %1: the session of %2 went over the limits (%3).")
            .arg(levelAfter)
            .arg(i18n::date(session.day), reasons.join(QStringLiteral("; "))),
        WarningWords::tr("Rest two days before the next session; cool the knee and keep to flat "
                         "ground."),
        comebackSource(),
    };
}

WarningTexts comebackTooSoon(const ComebackSession& session) {
    return {
        WarningWords::tr("The session of %1 came before its day (%2).")
            .arg(i18n::date(session.day), i18n::date(session.dueOn)),
        WarningWords::tr("Keep a rest day between sessions (two after a step back): the knee "
                         "needs them to adapt. A session too soon never counts towards going up."),
        comebackSource(),
    };
}

WarningTexts comebackRate(QDate sessionDay) {
    return {
        WarningWords::tr("Rate this morning's knee: the session of %1 is decided by it.")
            .arg(i18n::date(sessionDay)),
        WarningWords::tr("Give the pain on getting up (0–10), and whether the knee is swollen or "
                         "you limp."),
        comebackSource(),
    };
}

WarningTexts comebackRefer(const QStringList& reasons) {
    return {
        WarningWords::tr("The way back is paused: %1.").arg(reasons.join(QStringLiteral("; "))),
        WarningWords::tr("Stop running and see a clinician; start again at level 1 once they "
                         "have cleared you."),
        comebackSource(),
    };
}

WarningTexts morningTrend(double lastWeek, double weekBefore) {
    return {
        WarningWords::tr("This week %1/10 in the mornings, the week before %2/10: the load is "
                         "more than the knee can take; hold or reduce it.")
            .arg(i18n::number(lastWeek, 1), i18n::number(weekBefore, 1)),
        WarningWords::tr("Hold or reduce the load until the morning pain is back where it was."),
        WarningWords::tr("Pain-monitoring model (Silbernagel et al. 2007, American Journal of "
                         "Sports Medicine): pain must not grow from week to week."),
    };
}

WarningTexts runPainHigh(const Run& run, int rating, bool during) {
    const QString when = during ? WarningWords::tr("during the run of %1")
                                : WarningWords::tr("an hour after the run of %1");
    return {
        WarningWords::tr("The knee hurt %1/10 %2, above 5/10.")
            .arg(rating)
            .arg(when.arg(i18n::date(run.start.localDate()))),
        WarningWords::tr("The load was too high: reduce it until pain stays at or below 5/10 and "
                         "settles by the next morning."),
        WarningWords::tr("Pain-monitoring model (Silbernagel 2007, American Journal of Sports "
                         "Medicine; Thomeé 1997 for patellofemoral pain): pain up to 5/10 that "
                         "settles by the next morning is acceptable."),
    };
}

}  // namespace stridelog::texts
