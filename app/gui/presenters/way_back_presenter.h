// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The way-back page's data (pages/way_back_page.h), read from the evaluation's R16 status and
// nothing decided here: the six levels as steps and where the runner stands, each session's
// three ratings against the ceilings, the last decision in core's words with its reasons, and
// the next session. Without a programme: what the way back is, and whether it may open.

#include "app/gui/session/journal_session.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace stridelog::gui {

struct WayBackSessionPoint {
    int number = 1;  // the session's place on the chart's x axis, 1 first
    QString day;     // its date, short, the axis's tick label
    int level = 1;
    std::optional<int> during;
    std::optional<int> after;
    std::optional<int> morning;  // the next morning's check
    int afterCeiling = 0;        // tendon: 5; strict: the session's own baseline
    bool broke = false;
};

struct WayBackView {
    bool started = false;  // a programme exists (active, paused, completed or stopped)
    bool active = false;   // it may be stopped
    bool mayOpen = false;  // comeback-ready holds and nothing is under way
    QString heading;       // "Level 3 of 6, active"
    QStringList levels;    // the six levels' sessions in words, level 1 first
    int currentLevel = 0;  // 1–6; 0 before a programme
    QString decision;      // the last decision with its reasons
    QString lastStepBack;  // the latest step back with its reasons; empty without one
    QString nextSession;   // the level's session in words, with the earliest day
    QString explanation;   // what the way back is (always shown, short once started)
    QString referral;      // why it paused, in words; empty otherwise
    int ceilingDuring = 2;
    std::vector<WayBackSessionPoint> sessions;
    QString summary;  // the chart's description, from core
};

WayBackView presentWayBack(const Evaluation& evaluation);

}  // namespace stridelog::gui
