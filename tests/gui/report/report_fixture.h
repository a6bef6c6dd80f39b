// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The journal the report tests share, built by hand so every number below can be checked on
// paper. Period: Monday 2 March to Sunday 29 March 2026; the report is made on 5 April.
//
//   week of   km  limit   note
//   23 Feb    20   –      before the period, in the "Old pair" (95 km on it, limit 100)
//    2 Mar    22   22.0   exactly +10%: allowed
//    9 Mar    26   24.2   over the limit
//   16 Mar    20   28.6
//   23 Mar    20   22.0
//   30 Mar    30          after the period, in the "New pair"
//
// Pain: 20 Feb (before, left out); 10 Mar right outside 4/10 late, 30 h (stage 2);
// 25 Mar left below 6/10 during, 80 h (stage 3); 28 Mar both knees whole 3/10 after,
// still ongoing (adaptation at the period's end, stage 4 by 5 April); 2 Apr (after, left out).

#include "tests/core/rules/journal_builder.h"

#include "app/gui/report/clinician_report.h"

namespace stridelog::test {

struct ReportJournal {
    JournalBuilder journal;
    ShoeId oldPair;
    ShoeId daily;
    ShoeId newPair;
    PainId outside;
    PainId below;
    PainId whole;

    static gui::ReportPeriod period() { return {QDate(2026, 3, 2), QDate(2026, 3, 29)}; }
    static Instant now() { return at(2026, 4, 5, 12); }

    ReportJournal() {
        oldPair = journal.shoe(QStringLiteral("Old pair"), 100_km, 95_km);
        daily = journal.shoe(QStringLiteral("Daily trainer"));
        newPair = journal.shoe(QStringLiteral("New pair"));
        week(QDate(2026, 2, 23), 10_km, 10_km, oldPair);
        week(QDate(2026, 3, 2), 11_km, 11_km, daily);
        week(QDate(2026, 3, 9), 13_km, 13_km, daily);
        week(QDate(2026, 3, 16), 10_km, 10_km, daily);
        week(QDate(2026, 3, 23), 10_km, 10_km, daily);
        week(QDate(2026, 3, 30), 15_km, 15_km, newPair);

        journal.pain(at(2026, 2, 20, 18)).lasted(20_h);
        outside = journal.pain(at(2026, 3, 10, 18))
                      .knee(Knee::Right)
                      .site(Site::Outside)
                      .intensity(4)
                      .onset(Onset::Late)
                      .lasted(30_h);
        below = journal.pain(at(2026, 3, 25, 8))
                    .knee(Knee::Left)
                    .site(Site::Below)
                    .intensity(6)
                    .onset(Onset::During)
                    .lasted(80_h)
                    .swelling();
        whole = journal.pain(at(2026, 3, 28, 10))
                    .knee(Knee::Both)
                    .site(Site::Whole)
                    .intensity(3)
                    .onset(Onset::After)
                    .ongoing();
        journal.pain(at(2026, 4, 2, 18)).lasted(5_h);
    }

    // Two runs, Tuesday and Thursday at 07:00.
    void week(QDate monday, Distance tuesday, Distance thursday, ShoeId shoe) {
        journal.run(Instant::fromLocal(monday.addDays(1), QTime(7, 0)), tuesday).shoe(shoe);
        journal.run(Instant::fromLocal(monday.addDays(3), QTime(7, 0)), thursday).shoe(shoe);
    }
};

}  // namespace stridelog::test
