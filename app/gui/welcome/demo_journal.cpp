// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo_journal.h"

#include "core/demo/demo_history.h"

#include <QFileInfo>

namespace stridelog::gui {

QString demoJournalPath(const QString& ownJournalPath) {
    return QFileInfo(ownJournalPath).absolutePath() + QStringLiteral("/demo-journal.sqlite");
}

StoreResult<std::unique_ptr<Journal>> openDemoJournal(const QString& ownJournalPath,
                                                      const Clock& clock) {
    OpenOptions open;
    open.clock = &clock;
    auto journal = Journal::open(demoJournalPath(ownJournalPath), open);
    if (!journal) return journal;
    auto empty = (*journal)->isEmpty();
    if (!empty) return Unexpected{empty.error()};
    if (*empty) {
        DemoOptions options;
        options.years = 1;
        options.endDate = clock.now().localDate();
        if (auto inserted = (*journal)->insertAll(generateDemoHistory(options)); !inserted) {
            return Unexpected{inserted.error()};
        }
    }
    return journal;
}

}  // namespace stridelog::gui
