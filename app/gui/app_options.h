// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The desktop app's command line:
//   stridelog [--db FILE] [--as-of INSTANT]
//             [--screenshot OUT.png [--page dashboard|runs|pain|shoes|log-run]]
// --screenshot renders the window at 1280×800 without a display and exits.

#include "core/model/expected.h"
#include "core/model/instant.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace stridelog::gui {

struct AppOptions {
    QString databasePath;         // empty: STRIDELOG_DB, then the default journal
    std::optional<Instant> asOf;  // pins "now" for the rules
    QString screenshotPath;       // non-empty: screenshot mode
    QString page = QStringLiteral("dashboard");
};

QStringList screenshotPages();
// `arguments` includes the program name, as QCoreApplication::arguments() gives it.
Expected<AppOptions> parseAppOptions(const QStringList& arguments);
// True when the arguments ask for a mode that needs no display (checked before QApplication
// exists, to choose the offscreen platform).
bool wantsNoDisplay(int argc, char** argv);

}  // namespace stridelog::gui
