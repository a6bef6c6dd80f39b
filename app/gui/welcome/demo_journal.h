// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// "Explore a made-up journal" on the welcome page: a demo history in a file of its own, next
// to the runner's journal, so their own journal stays empty. A demo file made earlier is
// opened again as it is.

#include "core/store/journal.h"

#include <QDate>
#include <QString>

#include <memory>

namespace stridelog::gui {

// demo-journal.sqlite in the folder of `ownJournalPath`.
QString demoJournalPath(const QString& ownJournalPath);
// Opens the demo file with the app's clock, filling it with a year of made-up history ending
// today when empty.
StoreResult<std::unique_ptr<Journal>> openDemoJournal(const QString& ownJournalPath,
                                                      const Clock& clock);

}  // namespace stridelog::gui
