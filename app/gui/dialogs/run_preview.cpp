// SPDX-License-Identifier: GPL-3.0-or-later
#include "run_preview.h"

#include "core/rules/rule_words.h"

#include <QCoreApplication>

namespace stridelog::gui {
namespace {

// Darker shades on a light background, lighter ones on a dark background, so each word
// stays readable.
QString severityColour(Severity severity, bool darkBackground) {
    switch (severity) {
        case Severity::Info:
            return darkBackground ? QStringLiteral("#64b5f6") : QStringLiteral("#1976d2");
        case Severity::Caution:
            return darkBackground ? QStringLiteral("#ffb74d") : QStringLiteral("#e65100");
        case Severity::Stop:
            return darkBackground ? QStringLiteral("#ef9a9a") : QStringLiteral("#c62828");
    }
    return {};
}

QString severityWord(Severity severity) {
    return words::label(severity);
}

}  // namespace

QString previewHtml(const std::vector<Warning>& warnings, bool darkBackground) {
    if (warnings.empty()) {
        return QCoreApplication::translate("RunPreview",
                                           "Nothing to watch: this run stays within your limits.");
    }
    QString html;
    for (const Warning& warning : warnings) {
        html += QStringLiteral("<p style=\"margin:0 0 4px 0\"><b style=\"color:%1\">%2:</b> %3</p>")
                    .arg(severityColour(warning.severity, darkBackground),
                         severityWord(warning.severity), warning.message.toHtmlEscaped());
    }
    return html;
}

}  // namespace stridelog::gui
