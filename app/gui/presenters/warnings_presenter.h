// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Warnings panel data: every warning of the evaluation, in the rules' order (most severe
// first, then newest), with the words the panel shows and what a click should bring into view.

#include "app/gui/session/journal_session.h"

#include <QString>

#include <vector>

namespace stridelog::gui {

struct WarningItem {
    Severity severity = Severity::Info;
    QString severityText;  // "Stop", "Caution", "Info"
    QString message;
    QString advice;
    QString source;
    WarningSubject subject;
    QString linkText;        // "Open the week", empty for journal-wide warnings
    QString accessibleText;  // the whole item in one sentence, for screen readers
};

struct WarningsData {
    std::vector<WarningItem> items;
    QString emptyText;  // "No warnings as of Sat 21 Nov 2026."
};

QString severityText(Severity severity);
WarningsData presentWarnings(const Evaluation& evaluation);

}  // namespace stridelog::gui
