// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo_way_back.h"

#include <algorithm>
#include <map>

namespace stridelog::demo {
namespace {

constexpr int kPainDaysBeforeEnd = 80;
constexpr int kPainHours = 96;          // 3–5 days: stage 3 (RULES.md R5)
constexpr int kStartDaysAfterPain = 7;  // 00:00, 54 h after the pain's end
constexpr int kEpisodeDays = 31;

// Days after S and the level each session is at: level 1 twice, a step back at level 2 on
// day 4 (3/10 during, above the kneecap ceiling of 2/10), then two met sessions per level up to
// level 6, which completes it on day 29.
struct Session {
    int day;
    std::int64_t metres;
    bool breaks;
};
constexpr Session kSessions[] = {
    {0, 1650, false},  {2, 1650, false},  {4, 2450, true},   {7, 1650, false},  {9, 1650, false},
    {11, 2450, false}, {13, 2450, false}, {15, 2450, false}, {17, 2450, false}, {19, 3250, false},
    {21, 3250, false}, {23, 3250, false}, {25, 3250, false}, {27, 3250, false}, {29, 3250, false},
};

Instant localAt(QDate day, int hour, int minute = 0) {
    return Instant::fromLocal(day, QTime(hour, minute));
}

}  // namespace

void addWayBack(JournalSnapshot& journal, QDate endDate) {
    const QDate painDay = endDate.addDays(-kPainDaysBeforeEnd);
    const Instant painStart = localAt(painDay, 18);
    const QDate startDay = painDay.addDays(kStartDaysAfterPain);
    const Instant episodeEnd = Instant::endOfLocalDay(startDay.addDays(kEpisodeDays));
    if (journal.runs.empty() || journal.runs.front().start > painStart) return;  // too short

    // No running from the pain to the end of the programme but its sessions.
    // The sessions go in the pair of the last run they replace. Each pair keeps the distance of
    // its replaced runs in its start distance, so its wear stays what the history made it.
    std::optional<ShoeId> shoe;
    std::map<std::int64_t, std::int64_t> replacedMetres;
    std::erase_if(journal.runs, [&](const Run& run) {
        const bool inside = run.start >= painStart && run.start < episodeEnd;
        if (inside && run.shoe) {
            shoe = run.shoe;
            replacedMetres[run.shoe->value()] += run.distance.metres();
        }
        return inside;
    });
    std::erase_if(journal.pains, [&](const PainEntry& pain) {
        return pain.start >= painStart.plusSeconds(-86'400) && pain.start < episodeEnd;
    });

    PainEntry pain;
    pain.start = painStart;
    pain.end = painStart.plusSeconds(kPainHours * 3600);
    pain.knee = Knee::Right;
    pain.site = Site::Front;
    pain.intensity = 6;
    pain.onset = Onset::During;
    pain.notes = QStringLiteral("Stairs down hurt for days");
    journal.pains.push_back(pain);

    ComebackProgramme programme;
    programme.id = ProgrammeId(1);
    programme.start = localAt(startDay, 0);
    programme.profile = ComebackProfile::Strict;
    programme.walkOk = true;
    journal.programmes = {programme};

    for (const Session& session : kSessions) {
        Run run;
        run.start = localAt(startDay.addDays(session.day), 7, 30);
        run.distance = Distance::fromMetres(session.metres);
        run.duration = Duration::fromSeconds(session.metres * 11 / 20);  // about 9:10 per km
        run.shoe = shoe;
        run.surface = Surface::Road;
        run.type = RunType::Recovery;
        run.rpe = 3;
        run.cadence = 164;
        run.heartRate = 128;
        run.painDuring = session.breaks ? 3 : 1;
        run.painAfter = session.breaks ? 2 : 1;
        run.notes = QStringLiteral("Way back: walk–run, flat loop");
        journal.runs.push_back(run);
    }

    for (Shoe& pair : journal.shoes) {
        std::int64_t metres = replacedMetres[pair.id.value()];
        if (shoe && pair.id == *shoe) {
            for (const Session& session : kSessions) metres -= session.metres;
        }
        pair.startDistance =
            Distance::fromMetres(std::max<std::int64_t>(0, pair.startDistance.metres() + metres));
    }

    // Morning checks: the usual 1/10 from a week before S to the episode's end, worse the
    // morning after the broken session; and the last three weeks.
    std::map<QDate, MorningCheck> mornings;
    for (QDate day = startDay.addDays(-7); day <= startDay.addDays(kEpisodeDays);
         day = day.addDays(1))
        mornings[day] = {day, 1, false, false};
    mornings[startDay.addDays(5)] = {startDay.addDays(5), 2, false, false};
    for (QDate day = endDate.addDays(-20); day <= endDate; day = day.addDays(1))
        mornings[day] = {day, day.day() % 3 == 0 ? 1 : 0, false, false};
    journal.mornings.clear();
    for (const auto& entry : mornings) journal.mornings.push_back(entry.second);

    // Ratings of the last three weeks' runs, from their distance: longer runs hurt a little.
    for (Run& run : journal.runs) {
        if (run.start.localDate() < endDate.addDays(-20) || run.painDuring) continue;
        run.painDuring = run.distance.metres() > 15'000 ? 2 : run.distance.metres() > 8'000 ? 1 : 0;
        run.painAfter = run.distance.metres() > 15'000 ? 1 : 0;
    }

    // Runs by start, numbered again; pain entries follow their runs' new numbers.
    std::stable_sort(journal.runs.begin(), journal.runs.end(),
                     [](const Run& a, const Run& b) { return a.start < b.start; });
    std::map<std::int64_t, RunId> renumbered;
    for (std::size_t i = 0; i < journal.runs.size(); ++i) {
        const RunId id(static_cast<std::int64_t>(i + 1));
        if (journal.runs[i].id.isValid()) renumbered[journal.runs[i].id.value()] = id;
        journal.runs[i].id = id;
    }
    for (PainEntry& entry : journal.pains) {
        if (!entry.run) continue;
        const auto found = renumbered.find(entry.run->value());
        if (found == renumbered.end()) {
            entry.run.reset();
        } else {
            entry.run = found->second;
        }
    }
    std::stable_sort(journal.pains.begin(), journal.pains.end(),
                     [](const PainEntry& a, const PainEntry& b) { return a.start < b.start; });
    for (std::size_t i = 0; i < journal.pains.size(); ++i)
        journal.pains[i].id = PainId(static_cast<std::int64_t>(i + 1));
}

}  // namespace stridelog::demo
