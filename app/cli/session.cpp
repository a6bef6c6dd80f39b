// SPDX-License-Identifier: GPL-3.0-or-later
// The invocation's shared state: output mode, pinned "now", lazily opened journal.

#include "session.h"
#include "core/i18n/contexts.h"

#include "core/model/value_parsing.h"
#include "core/store/journal_files.h"
#include "core/store/journal_location.h"

namespace stridelog::cli {

Session::Session(QString explicitJournalPath, bool json, Instant now)
    : explicitJournalPath_(std::move(explicitJournalPath)), json_(json), clock_(now) {}

QString Session::journalPath() const {
    return resolveJournalPath(explicitJournalPath_);
}

std::optional<Failure> Session::refuseJournalFile(const QString& output) const {
    if (auto refused = refuseJournalFiles(journalPath(), output); !refused) {
        return Failure{ExitCode::InvalidInput, refused.error().message};
    }
    return std::nullopt;
}

CliResult<Journal*> Session::journal() {
    if (journal_) return journal_.get();
    OpenOptions options;
    options.clock = &clock_;
    auto opened = Journal::open(resolveJournalPath(explicitJournalPath_), options);
    if (!opened) return fromStoreError(opened.error());
    journal_ = std::move(opened.value());
    return journal_.get();
}

CliResult<JournalSnapshot> Session::snapshot() {
    auto opened = journal();
    if (!opened) return Unexpected{opened.error()};
    auto snapshot = (*opened)->snapshot();
    if (!snapshot) return fromStoreError(snapshot.error());
    return std::move(snapshot.value());
}

CliResult<Instant> currentInstant(const Clock& clock) {
    const QString pinned = qEnvironmentVariable("STRIDELOG_NOW");
    if (pinned.isEmpty()) return clock.now();
    const auto parsed = parseInstant(pinned);
    if (!parsed) return invalidInput(CliWords::tr("STRIDELOG_NOW: ") + parsed.error());
    return parsed->instant;
}

}  // namespace stridelog::cli
