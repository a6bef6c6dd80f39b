// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The desktop app's command line:
//   stridelog [--db FILE] [--as-of INSTANT]
//             [--screenshot OUT.png [--page dashboard|runs|pain|shoes|knee|calendar|log-run
//                                     |run --run ID|shoe --shoe ID|welcome|help|about]]
//             [--report OUT.pdf --from DATE --to DATE]
// --screenshot renders the window at 1280×800 without a display and exits; --report writes
// the report for a clinician of that period, also without a display, and exits.

#include "core/model/as_of.h"
#include "core/model/expected.h"
#include "core/model/instant.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace stridelog::gui {

struct AppOptions {
    QString databasePath;      // empty: STRIDELOG_DB, then the default journal
    std::optional<AsOf> asOf;  // pins "now" for the rules; a bare date is the end of that day
    QString screenshotPath;    // non-empty: screenshot mode
    QString page = QStringLiteral("dashboard");
    std::int64_t runId = 0;   // the run of page "run"
    std::int64_t shoeId = 0;  // the pair of page "shoe"
    QString reportPath;       // non-empty: report mode, for reportFrom..reportTo
    QDate reportFrom;
    QDate reportTo;
};

QStringList screenshotPages();
// `arguments` includes the program name, as QCoreApplication::arguments() gives it.
Expected<AppOptions> parseAppOptions(const QStringList& arguments);
// True when the arguments ask for a mode that needs no display (checked before QApplication
// exists, to choose the offscreen platform).
bool wantsNoDisplay(int argc, char** argv);

}  // namespace stridelog::gui
