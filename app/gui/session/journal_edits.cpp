// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal_edits.h"

#include "journal_command.h"

#include <QCoreApplication>

#include <memory>

namespace stridelog::gui::edits {
namespace {

// The context is the namespace, as lupdate names it for a free function's tr().
QString tr(const char* text) {
    return QCoreApplication::translate("stridelog::gui::edits", text);
}

// Each edit: do it; if it worked, record how to redo and undo it.
template <class Result>
bool done(JournalSession& session, const QString& text, const Result& result,
          JournalCommand::Step redo, JournalCommand::Step undo) {
    if (!result) return session.reportFailure(text, result.error());
    session.recordDone(new JournalCommand(session, text, std::move(redo), std::move(undo)));
    return true;
}

}  // namespace

std::optional<RunId> logRun(JournalSession& session, const Run& run) {
    Journal& journal = session.journal();
    const QString text = tr("Log run");
    auto id = journal.addRun(run);
    if (!id) return session.reportFailure(text, id.error()), std::nullopt;
    Run added = run;
    added.id = *id;
    done(
        session, text, id, [&journal, added] { return journal.putBackRun(added); },
        [&journal, added] { return journal.deleteRun(added.id); });
    return *id;
}

bool changeRun(JournalSession& session, const Run& run) {
    Journal& journal = session.journal();
    const QString text = tr("Change run");
    auto before = journal.run(run.id);
    if (!before) return session.reportFailure(text, before.error());
    return done(
        session, text, journal.updateRun(run), [&journal, run] { return journal.updateRun(run); },
        [&journal, previous = *before] { return journal.updateRun(previous); });
}

bool assignShoe(JournalSession& session, const std::vector<RunId>& runs, ShoeId shoe) {
    Journal& journal = session.journal();
    const QString text = tr("Assign a pair to runs");
    std::vector<Run> before;
    std::vector<Run> after;
    for (RunId id : runs) {
        auto run = journal.run(id);
        if (!run) return session.reportFailure(text, run.error());
        before.push_back(*run);
        Run paired = *run;
        paired.shoe = shoe;
        after.push_back(std::move(paired));
    }
    return done(
        session, text, journal.updateRuns(after),
        [&journal, after] { return journal.updateRuns(after); },
        [&journal, before] { return journal.updateRuns(before); });
}

bool deleteRun(JournalSession& session, RunId id) {
    Journal& journal = session.journal();
    const QString text = tr("Delete run");
    auto before = journal.run(id);
    if (!before) return session.reportFailure(text, before.error());
    // The delete unlinks the pain entries that followed the run; undo links them again.
    std::vector<PainId> linked;
    for (const PainEntry& pain : session.evaluation().journal.pains) {
        if (pain.run == id) linked.push_back(pain.id);
    }
    return done(
        session, text, journal.deleteRun(id), [&journal, id] { return journal.deleteRun(id); },
        [&journal, previous = *before, linked] { return journal.putBackRun(previous, linked); });
}

std::optional<PainId> logPain(JournalSession& session, const PainEntry& pain) {
    Journal& journal = session.journal();
    const QString text = tr("Log knee pain");
    auto id = journal.addPain(pain);
    if (!id) return session.reportFailure(text, id.error()), std::nullopt;
    PainEntry added = pain;
    added.id = *id;
    done(
        session, text, id, [&journal, added] { return journal.putBackPain(added); },
        [&journal, added] { return journal.deletePain(added.id); });
    return *id;
}

bool changePain(JournalSession& session, const PainEntry& pain) {
    Journal& journal = session.journal();
    const QString text = tr("Change pain entry");
    auto before = journal.pain(pain.id);
    if (!before) return session.reportFailure(text, before.error());
    return done(
        session, text, journal.updatePain(pain),
        [&journal, pain] { return journal.updatePain(pain); },
        [&journal, previous = *before] { return journal.updatePain(previous); });
}

bool deletePain(JournalSession& session, PainId id) {
    Journal& journal = session.journal();
    const QString text = tr("Delete pain entry");
    auto before = journal.pain(id);
    if (!before) return session.reportFailure(text, before.error());
    return done(
        session, text, journal.deletePain(id), [&journal, id] { return journal.deletePain(id); },
        [&journal, previous = *before] { return journal.putBackPain(previous); });
}

bool resolvePain(JournalSession& session, PainId id, Instant end) {
    auto pain = session.journal().pain(id);
    if (!pain) return session.reportFailure(tr("Pain is gone"), pain.error());
    PainEntry resolved = *pain;
    resolved.end = end;
    return changePain(session, resolved);
}

std::optional<ShoeId> addShoe(JournalSession& session, const Shoe& shoe) {
    Journal& journal = session.journal();
    const QString text = tr("Add pair");
    auto id = journal.addShoe(shoe);
    if (!id) return session.reportFailure(text, id.error()), std::nullopt;
    Shoe added = shoe;
    added.id = *id;
    done(
        session, text, id, [&journal, added] { return journal.putBackShoe(added); },
        [&journal, added] { return journal.deleteShoe(added.id); });
    return *id;
}

bool changeShoe(JournalSession& session, const Shoe& shoe) {
    Journal& journal = session.journal();
    const QString text = tr("Change pair");
    auto before = journal.shoe(shoe.id);
    if (!before) return session.reportFailure(text, before.error());
    return done(
        session, text, journal.updateShoe(shoe),
        [&journal, shoe] { return journal.updateShoe(shoe); },
        [&journal, previous = *before] { return journal.updateShoe(previous); });
}

bool deleteShoe(JournalSession& session, ShoeId id) {
    Journal& journal = session.journal();
    const QString text = tr("Delete pair");
    auto before = journal.shoe(id);
    if (!before) return session.reportFailure(text, before.error());
    std::vector<RunId> runs;
    for (const Run& run : session.evaluation().journal.runs) {
        if (run.shoe == id) runs.push_back(run.id);
    }
    return done(
        session, text, journal.deleteShoe(id), [&journal, id] { return journal.deleteShoe(id); },
        [&journal, previous = *before, runs] { return journal.putBackShoe(previous, runs); });
}

bool saveSettings(JournalSession& session, const Settings& settings) {
    Journal& journal = session.journal();
    const QString text = tr("Change settings");
    auto before = journal.settings();
    if (!before) return session.reportFailure(text, before.error());
    return done(
        session, text, journal.saveSettings(settings),
        [&journal, settings] { return journal.saveSettings(settings); },
        [&journal, previous = *before] { return journal.saveSettings(previous); });
}

bool saveMorning(JournalSession& session, const MorningCheck& morning) {
    Journal& journal = session.journal();
    const QString text = tr("Morning check");
    RunFilter day;
    day.from = morning.date;
    day.to = morning.date;
    auto before = journal.mornings(day);
    if (!before) return session.reportFailure(text, before.error());
    std::optional<MorningCheck> previous;
    for (const MorningCheck& check : *before)
        if (check.date == morning.date) previous = check;
    return done(
        session, text, journal.putMorning(morning),
        [&journal, morning] { return journal.putMorning(morning); },
        [&journal, previous, date = morning.date] {
            return previous ? journal.putMorning(*previous) : journal.deleteMorning(date);
        });
}

void recordImport(JournalSession& session, const JournalChange& imported) {
    if (imported.runs.added.empty() && imported.shoes.added.empty()) return;
    Journal& journal = session.journal();
    // Filled by the undo, emptied by the redo: the entries live here only while taken out.
    auto taken = std::make_shared<TakenEntries>();
    JournalCommand::Step undo = [&journal, taken, runs = imported.runs.added,
                                 shoes = imported.shoes.added]() -> StoreResult<Done> {
        auto out = journal.takeOut(runs, shoes);
        if (!out) return Unexpected{out.error()};
        *taken = std::move(out).value();
        return Done{};
    };
    JournalCommand::Step redo = [&journal, taken]() -> StoreResult<Done> {
        auto back = journal.putBackTaken(*taken);
        if (back) *taken = {};
        return back;
    };
    session.recordDone(
        new JournalCommand(session, tr("Import activities"), std::move(redo), std::move(undo)));
}

}  // namespace stridelog::gui::edits
