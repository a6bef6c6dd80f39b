// SPDX-License-Identifier: GPL-3.0-or-later
#include "sample_journal.h"

#include <QDateTime>

namespace stridelog::testing {

QString trickyText() {
    return QStringLiteral("Ünïcødé 🏃 'x'; DROP TABLE run; -- \"quoted\", comma\nnew line \\ end");
}

namespace {

std::vector<Shoe> sampleShoes() {
    Shoe retired;
    retired.id = ShoeId(1);
    retired.name = QStringLiteral("Old trainer, \"blue\"");
    retired.limit = Distance::fromMetres(800'000);
    retired.startDistance = Distance::fromMetres(123'456);
    retired.since = QDate(2025, 1, 5);
    retired.retiredOn = QDate(2026, 1, 31);
    retired.notes = QStringLiteral("Retired: flat");
    Shoe current;
    current.id = ShoeId(7);
    current.name = trickyText();
    current.since = QDate(2026, 1, 20);
    return {retired, current};
}

std::vector<Run> sampleRuns() {
    Run full;
    full.id = RunId(3);
    full.start = Instant::fromLocal(QDate(2026, 1, 25), QTime(7, 30));
    full.distance = Distance::fromMetres(10'139);
    full.duration = Duration::fromSeconds(3310);
    full.shoe = ShoeId(1);
    full.surface = Surface::Trail;
    full.hilly = true;
    full.type = RunType::Long;
    full.rpe = 6;
    full.cadence = 166;
    full.heartRate = 148;
    full.notes = trickyText();
    Run bare;
    bare.id = RunId(4);
    bare.start = Instant::fromLocal(QDate(2026, 3, 29), QTime(18, 5));  // first day of CEST
    bare.distance = Distance::fromMetres(5'000);
    bare.duration = Duration::fromSeconds(1800);
    Run abroad;
    abroad.id = RunId(9);
    const QDateTime tokyo(QDate(2026, 4, 2), QTime(6, 15, 42), Qt::OffsetFromUTC, 9 * 3600);
    abroad.start = Instant::fromDateTime(tokyo);
    abroad.distance = Distance::fromMetres(8'001);
    abroad.duration = Duration::fromSeconds(2901);
    abroad.shoe = ShoeId(7);
    abroad.surface = Surface::Road;
    abroad.type = RunType::Easy;
    abroad.source = RunSource::Fit;
    abroad.sourceKey = QStringLiteral("fit:3f2a9c");
    return {full, bare, abroad};
}

std::vector<PainEntry> samplePains() {
    PainEntry ended;
    ended.id = PainId(2);
    ended.start = Instant::fromLocal(QDate(2026, 1, 25), QTime(9, 0));
    ended.end = Instant::fromLocal(QDate(2026, 1, 26), QTime(21, 0));
    ended.run = RunId(3);
    ended.knee = Knee::Right;
    ended.site = Site::Outside;
    ended.intensity = 6;
    ended.onset = Onset::Late;
    ended.swelling = true;
    ended.sharp = true;
    ended.notes = trickyText();
    PainEntry ongoing;
    ongoing.id = PainId(5);
    ongoing.start = Instant::fromLocal(QDate(2026, 4, 3), QTime(20, 0));
    ongoing.knee = Knee::Both;
    ongoing.site = Site::Whole;
    ongoing.intensity = 0;
    ongoing.onset = Onset::NextDay;
    ongoing.locking = true;
    return {ended, ongoing};
}

}  // namespace

JournalSnapshot sampleJournal() {
    JournalSnapshot journal;
    journal.settings.weekStart = Qt::Sunday;
    journal.settings.weeklyIncreasePct = 15;
    journal.settings.bodyWeightKg = 72.5;
    journal.settings.units = UnitSystem::Miles;
    journal.shoes = sampleShoes();
    journal.runs = sampleRuns();
    journal.pains = samplePains();
    return journal;
}

Instant sampleExportTime() {
    return Instant::fromLocal(QDate(2026, 4, 5), QTime(12, 0));
}

}  // namespace stridelog::testing
