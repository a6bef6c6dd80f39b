// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The edits a user can make in the app, each one undoable (Edit ▸ Undo). Dialogs and tables
// call these and nothing else to change the journal. Each returns the new id, or false/empty
// when the store refused; the reason has then been sent through JournalSession::failed().

#include "journal_session.h"

#include <optional>

namespace stridelog::gui::edits {

std::optional<RunId> logRun(JournalSession& session, const Run& run);
bool changeRun(JournalSession& session, const Run& run);
bool deleteRun(JournalSession& session, RunId id);
// Gives these runs the pair `shoe`, as one undoable step (after an import of runs without one).
bool assignShoe(JournalSession& session, const std::vector<RunId>& runs, ShoeId shoe);

std::optional<PainId> logPain(JournalSession& session, const PainEntry& pain);
bool changePain(JournalSession& session, const PainEntry& pain);
bool deletePain(JournalSession& session, PainId id);
// The pain check-in: the entry ended at `end`.
bool resolvePain(JournalSession& session, PainId id, Instant end);

std::optional<ShoeId> addShoe(JournalSession& session, const Shoe& shoe);
bool changeShoe(JournalSession& session, const Shoe& shoe);
bool deleteShoe(JournalSession& session, ShoeId id);

bool saveSettings(JournalSession& session, const Settings& settings);

// The morning check of its day (a second one that day replaces the first): undo puts back the
// one it replaced, or takes the day's check out again.
bool saveMorning(JournalSession& session, const MorningCheck& morning);

// An import that already added these runs and pairs (`imported`, from the importing Journal's
// changed() signals), recorded as one undoable step: undo takes exactly those runs, their
// tracks and those pairs out again in one transaction; redo puts them back under their ids.
// Nothing is recorded when the import added nothing.
void recordImport(JournalSession& session, const JournalChange& imported);

}  // namespace stridelog::gui::edits
