// SPDX-License-Identifier: GPL-3.0-or-later
#include "run_preview.h"

#include "core/rules/rule_words.h"
#include "core/rules/rules_engine.h"

#include <QCoreApplication>

#include <algorithm>

namespace stridelog::gui {
namespace {

template <class Entry>
std::int64_t nextId(const std::vector<Entry>& entries) {
    std::int64_t highest = 0;
    for (const Entry& entry : entries) highest = std::max(highest, entry.id.value());
    return highest + 1;
}

// Keeps the snapshot's order (by start, oldest first) that the rules rely on.
template <class Entry>
void insertByStart(std::vector<Entry>& entries, Entry entry) {
    std::erase_if(entries, [&](const Entry& other) { return other.id == entry.id; });
    const auto at =
        std::upper_bound(entries.begin(), entries.end(), entry,
                         [](const Entry& a, const Entry& b) { return a.start < b.start; });
    entries.insert(at, std::move(entry));
}

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

std::vector<Warning> previewRunWarnings(const JournalSnapshot& journal, Run run,
                                        std::optional<PainEntry> pain, Instant now) {
    JournalSnapshot candidate = journal;
    if (!run.id.isValid()) run.id = RunId(nextId(candidate.runs));
    const RunId runId = run.id;
    const Instant asOf = std::max(now, run.start);
    insertByStart(candidate.runs, std::move(run));
    std::vector<Warning> warnings = warningsTriggeredByRun(candidate, runId, asOf);
    if (pain) {
        // An edited entry replaces itself; a new one gets the next id.
        if (!pain->id.isValid()) pain->id = PainId(nextId(candidate.pains));
        pain->run = runId;
        const PainId painId = pain->id;
        insertByStart(candidate.pains, *pain);
        const auto painWarnings =
            warningsTriggeredByPain(candidate, painId, std::max(asOf, pain->start));
        warnings.insert(warnings.end(), painWarnings.begin(), painWarnings.end());
    }
    return warnings;
}

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
