// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small builder for the rules tests, so each test reads as the rule it checks:
//
//     JournalBuilder journal;
//     journal.run(at(2026, 3, 2), 22_km);
//     journal.run(at(2026, 3, 9), 24'210_m);
//     journal.pain(at(2026, 3, 10)).knee(Knee::Right).site(Site::Below).lasted(30_h);
//
// Times are local wall-clock times in the test's time zone (Europe/Berlin), so a test can
// put a run on either side of a daylight-saving change.

#include "core/model/as_of.h"
#include "core/model/journal_snapshot.h"
#include "core/model/units.h"

#include <QDate>
#include <QTime>

#include <algorithm>
#include <initializer_list>
#include <optional>

namespace stridelog::test {

using namespace stridelog::literals;

inline Instant at(int year, int month, int day, int hour = 8, int minute = 0) {
    return Instant::fromLocal(QDate(year, month, day), QTime(hour, minute));
}

// A bare as-of date: the end of that local day.
inline AsOf endOfDay(int year, int month, int day) {
    return AsOf::endOfLocalDay(QDate(year, month, day));
}

class JournalBuilder {
public:
    class RunRef {
    public:
        RunRef(JournalSnapshot& journal, std::size_t index) : journal_(journal), index_(index) {}
        RunRef& shoe(ShoeId id) {
            return set([&](Run& run) { run.shoe = id; });
        }
        RunRef& surface(Surface value) {
            return set([&](Run& run) { run.surface = value; });
        }
        RunRef& hilly() {
            return set([](Run& run) { run.hilly = true; });
        }
        RunRef& type(RunType value) {
            return set([&](Run& run) { run.type = value; });
        }
        RunRef& cadence(int spm) {
            return set([&](Run& run) { run.cadence = spm; });
        }
        RunRef& rated(std::optional<int> during, std::optional<int> after) {
            return set([&](Run& run) {
                run.painDuring = during;
                run.painAfter = after;
            });
        }
        RunId id() const { return journal_.runs[index_].id; }
        operator RunId() const { return id(); }  // NOLINT: reads naturally in tests

    private:
        template <class F>
        RunRef& set(F change) {
            change(journal_.runs[index_]);
            return *this;
        }
        JournalSnapshot& journal_;
        std::size_t index_;
    };

    class PainRef {
    public:
        PainRef(JournalSnapshot& journal, std::size_t index) : journal_(journal), index_(index) {}
        PainRef& knee(Knee value) {
            return set([&](PainEntry& p) { p.knee = value; });
        }
        PainRef& site(Site value) {
            return set([&](PainEntry& p) { p.site = value; });
        }
        PainRef& intensity(int value) {
            return set([&](PainEntry& p) { p.intensity = value; });
        }
        PainRef& onset(Onset value) {
            return set([&](PainEntry& p) { p.onset = value; });
        }
        PainRef& lasted(Duration duration) {
            return set([&](PainEntry& p) { p.end = p.start.plusSeconds(duration.seconds()); });
        }
        PainRef& ongoing() {
            return set([](PainEntry& p) { p.end.reset(); });
        }
        PainRef& swelling() {
            return set([](PainEntry& p) { p.swelling = true; });
        }
        PainRef& locking() {
            return set([](PainEntry& p) { p.locking = true; });
        }
        PainRef& sharp() {
            return set([](PainEntry& p) { p.sharp = true; });
        }
        PainRef& after(RunId run) {
            return set([&](PainEntry& p) { p.run = run; });
        }
        PainId id() const { return journal_.pains[index_].id; }
        operator PainId() const { return id(); }  // NOLINT: reads naturally in tests

    private:
        template <class F>
        PainRef& set(F change) {
            change(journal_.pains[index_]);
            return *this;
        }
        JournalSnapshot& journal_;
        std::size_t index_;
    };

    // Runs are kept in start order, as the store hands them over.
    RunRef run(Instant start, Distance distance) {
        Run run;
        run.id = RunId(++lastRunId_);
        run.start = start;
        run.distance = distance;
        run.duration = Duration::fromSeconds(distance.metres() * 6 / 10);  // 6:00 per km
        journal_.runs.push_back(run);
        return RunRef(journal_, journal_.runs.size() - 1);
    }

    // A pain entry of 2/10 in the left knee at the front, after the run, lasting 3 h.
    PainRef pain(Instant start) {
        PainEntry pain;
        pain.id = PainId(++lastPainId_);
        pain.start = start;
        pain.end = start.plusSeconds(3 * 3600);
        pain.intensity = 2;
        journal_.pains.push_back(pain);
        return PainRef(journal_, journal_.pains.size() - 1);
    }

    ShoeId shoe(const QString& name, Distance limit = 1000_km, Distance startDistance = {}) {
        Shoe shoe;
        shoe.id = ShoeId(++lastShoeId_);
        shoe.name = name;
        shoe.limit = limit;
        shoe.startDistance = startDistance;
        journal_.shoes.push_back(shoe);
        return shoe.id;
    }

    // The morning check of `day` (a second one of a day replaces the first).
    void morning(QDate day, int pain, bool swelling = false, bool limp = false) {
        std::erase_if(journal_.mornings, [&](const MorningCheck& m) { return m.date == day; });
        journal_.mornings.push_back({day, pain, swelling, limp});
        std::sort(journal_.mornings.begin(), journal_.mornings.end(),
                  [](const MorningCheck& a, const MorningCheck& b) { return a.date < b.date; });
    }

    ComebackProgramme& programme(Instant start, ComebackProfile profile = ComebackProfile::Strict) {
        ComebackProgramme programme;
        programme.id = ProgrammeId(static_cast<std::int64_t>(journal_.programmes.size()) + 1);
        programme.start = start;
        programme.profile = profile;
        programme.walkOk = true;
        journal_.programmes.push_back(programme);
        return journal_.programmes.back();
    }

    void retire(ShoeId id, QDate on) {
        for (Shoe& shoe : journal_.shoes) {
            if (shoe.id == id) shoe.retiredOn = on;
        }
    }

    Settings& settings() { return journal_.settings; }
    const JournalSnapshot& snapshot() const { return journal_; }
    operator const JournalSnapshot&() const { return journal_; }  // NOLINT: as above

private:
    JournalSnapshot journal_;
    std::int64_t lastRunId_ = 0;
    std::int64_t lastPainId_ = 0;
    std::int64_t lastShoeId_ = 0;
};

// The weekly-volume tests' calendar: week 0 starts on Monday 2026-03-02.
inline const QDate kWeek1(2026, 3, 2);

// One run on the Monday of each week from 2026-03-02 on; 0 leaves the week empty.
inline JournalBuilder weeklyRuns(std::initializer_list<std::int64_t> metres) {
    JournalBuilder journal;
    int week = 0;
    for (const std::int64_t m : metres) {
        const QDate day = kWeek1.addDays(7 * week++);
        if (m > 0) journal.run(at(day.year(), day.month(), day.day()), Distance::fromMetres(m));
    }
    return journal;
}

// Wednesday of the given week (0 = the week of 2026-03-02), at noon.
inline Instant midweek(int week) {
    const QDate day = kWeek1.addDays(7 * week + 2);
    return at(day.year(), day.month(), day.day(), 12);
}

}  // namespace stridelog::test
