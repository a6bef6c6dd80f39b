// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What one invocation shares across its command: the output mode, "now" (read once, from
// STRIDELOG_NOW when set so tests can pin it, else the system clock), and the journal, opened
// only when a command needs it so usage errors and bad values never touch the file.

#include "exit_codes.h"

#include "core/model/clock.h"
#include "core/model/instant.h"
#include "core/store/journal.h"

#include <QDate>
#include <QString>

#include <memory>
#include <optional>

namespace stridelog::cli {

class Session {
public:
    Session(QString explicitJournalPath, bool json, Instant now);

    bool json() const { return json_; }
    Instant now() const { return clock_.now(); }
    // The invocation's one clock, fixed at "now": the journal, its backups and the value
    // checks all read it, so they agree on "tomorrow".
    const Clock& clock() const { return clock_; }
    // The runner's local date, for "not after tomorrow" and default dates.
    QDate today() const { return now().localDate(); }

    // The journal's path (--db, STRIDELOG_DB or the default), without opening it.
    QString journalPath() const;
    // Exit 2 when `output` is the journal or one of its side files (CLI.md 1.1): nothing is
    // written there.
    std::optional<Failure> refuseJournalFile(const QString& output) const;
    // Opens (creating when missing) the journal on first use.
    CliResult<Journal*> journal();
    // The journal's snapshot, or the failure to open or read it.
    CliResult<JournalSnapshot> snapshot();

private:
    QString explicitJournalPath_;
    bool json_ = false;
    FixedClock clock_;
    std::unique_ptr<Journal> journal_;
};

// "Now" for this run: STRIDELOG_NOW (an instant as parseInstant reads it) or `clock`.
CliResult<Instant> currentInstant(const Clock& clock);

}  // namespace stridelog::cli
