// SPDX-License-Identifier: GPL-3.0-or-later
#include "way_back_presenter.h"

#include "core/i18n/locale_text.h"
#include "core/rules/chart_summaries.h"
#include "core/rules/comeback_texts.h"

#include <QCoreApplication>

#include <algorithm>

namespace stridelog::gui {
namespace {

// The context is the namespace, as lupdate names it for a free function's tr().
QString tr(const char* text) {
    return QCoreApplication::translate("stridelog::gui", text);
}

QString stateWord(ComebackState state) {
    switch (state) {
        case ComebackState::Active:
            return tr("under way");
        case ComebackState::Paused:
            return tr("paused: see a clinician before running again");
        case ComebackState::Completed:
            return tr("completed");
        case ComebackState::Stopped:
            return tr("stopped");
    }
    return {};
}

QStringList reasonWords(const ComebackStatus& status, const ComebackSession& session) {
    QStringList words;
    for (SessionReason reason : session.reasons) {
        words << texts::sessionReason(session, reason, status.ceilingDuring, status.ceilingAfter);
    }
    return words;
}

// The latest session that was judged, in core's words: a step back with its reasons, or the
// level it met.
QString lastDecision(const ComebackStatus& status) {
    for (std::size_t i = status.sessions.size(); i-- > 0;) {
        const ComebackSession& session = status.sessions[i];
        if (session.outcome == SessionOutcome::Pending) continue;
        const int levelAfter =
            i + 1 < status.sessions.size() ? status.sessions[i + 1].level : status.level;
        if (session.outcome == SessionOutcome::Met) {
            if (status.state == ComebackState::Completed && i + 1 == status.sessions.size()) {
                return tr("The session of %1 kept within the limits: the way back is complete.")
                    .arg(i18n::date(session.day));
            }
            return tr("The session of %1 kept within the limits: level %2 is next.")
                .arg(i18n::date(session.day))
                .arg(levelAfter);
        }
        if (session.outcome == SessionOutcome::Broke) {
            return texts::comebackStepBack(session, reasonWords(status, session), levelAfter)
                .message;
        }
        return tr("The session of %1 does not count: %2.")
            .arg(i18n::date(session.day), reasonWords(status, session).join(QStringLiteral("; ")));
    }
    return tr("No session yet: the first one is at level 1.");
}

QString nextSession(const ComebackStatus& status, UnitSystem units) {
    if (status.state != ComebackState::Active || !status.nextOn) return {};
    return tr("Next session: %1. Not before %2; warm up 10–15 minutes with a brisk walk first.")
        .arg(texts::comebackSessionText(status.session, units), i18n::date(*status.nextOn));
}

// The latest step back, kept in view after later sessions met their levels.
QString lastStepBack(const ComebackStatus& status) {
    for (std::size_t i = status.sessions.size(); i-- > 0;) {
        const ComebackSession& session = status.sessions[i];
        if (session.outcome != SessionOutcome::Broke) continue;
        const int levelAfter =
            i + 1 < status.sessions.size() ? status.sessions[i + 1].level : status.level;
        return texts::comebackStepBack(session, reasonWords(status, session), levelAfter).message;
    }
    return {};
}

bool comebackReady(const Evaluation& evaluation) {
    return std::any_of(
        evaluation.warnings.begin(), evaluation.warnings.end(),
        [](const Warning& warning) { return warning.code == QLatin1String("comeback-ready"); });
}

}  // namespace

WayBackView presentWayBack(const Evaluation& evaluation) {
    WayBackView view;
    const UnitSystem units = evaluation.journal.settings.units;
    for (const ComebackLevel& level : comebackLevels())
        view.levels << texts::comebackSessionText(level, units);
    view.summary = comebackSummary(evaluation);
    view.explanation =
        tr("The way back is a walk–run return in six levels after a knee pain of stage 3. Each "
           "session is rated during the run, an hour after and the next morning; while the "
           "ratings stay within the limits the next session goes one level up, and when they go "
           "over, it goes one level back. It does not replace a clinician: if the knee keeps "
           "answering badly, the way back pauses and asks you to see one.");
    if (!evaluation.comeback) {
        view.mayOpen = comebackReady(evaluation);
        view.heading = view.mayOpen ? tr("The way back can start")
                                    : tr("The way back opens after a pain of stage 3");
        if (!view.mayOpen) {
            view.decision =
                tr("It opens once a pain of stage 3 or more has been gone for 2 days. Until "
                   "then there is nothing to start.");
        }
        return view;
    }
    const ComebackStatus& status = *evaluation.comeback;
    view.started = true;
    view.active = status.state == ComebackState::Active || status.state == ComebackState::Paused;
    view.currentLevel = status.level;
    view.ceilingDuring = status.ceilingDuring;
    view.heading = tr("Level %1 of 6, %2").arg(status.level).arg(stateWord(status.state));
    view.decision = lastDecision(status);
    view.nextSession = nextSession(status, units);
    if (status.state == ComebackState::Paused)
        view.referral = status.referralReasons.join(QStringLiteral("; "));
    view.lastStepBack = lastStepBack(status);
    int number = 1;
    for (const ComebackSession& session : status.sessions) {
        WayBackSessionPoint point;
        point.number = number++;
        point.day = i18n::longDate(session.day, i18n::DateStyle::ShortDayMonth);
        point.level = session.level;
        point.during = session.during;
        point.after = session.after;
        if (session.nextMorning) point.morning = session.nextMorning->pain;
        point.afterCeiling = status.ceilingAfter.value_or(session.baseline);
        point.broke = session.outcome == SessionOutcome::Broke;
        view.sessions.push_back(point);
    }
    return view;
}

}  // namespace stridelog::gui
