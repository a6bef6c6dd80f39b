// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// `report --out FILE.pdf`: the PDF is drawn by the desktop app, which draws without a display
// (`stridelog --report FILE --from D --to D`); the command-line program links no drawing code,
// so it starts the app on the same journal and at the same "now". The app is looked for beside
// stridelog-cli, then on PATH; without it nothing is written and the message says what the
// command-line program writes itself.

#include "command.h"

#include "core/rules/report_content.h"

namespace stridelog::cli {

CommandResult writeReportPdf(const Session& session, const ReportPeriod& period,
                             const QString& out);

}  // namespace stridelog::cli
