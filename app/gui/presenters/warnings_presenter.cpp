// SPDX-License-Identifier: GPL-3.0-or-later
#include "warnings_presenter.h"

#include "core/i18n/locale_text.h"
#include "core/rules/rule_words.h"

#include <QCoreApplication>

namespace stridelog::gui {

namespace {

// The context is the namespace, as lupdate names it for a free function's tr().
QString tr(const char* text, int n = -1) {
    return QCoreApplication::translate("stridelog::gui", text, nullptr, n);
}

QString linkText(const WarningSubject& subject) {
    switch (subject.kind) {
        case WarningSubject::Kind::Week:
            return tr("Show the week of %1").arg(i18n::day(subject.week));
        case WarningSubject::Kind::Run:
            return tr("Show the run");
        case WarningSubject::Kind::Shoe:
            return tr("Show the pair");
        case WarningSubject::Kind::Pain:
            return tr("Show the pain entry");
        case WarningSubject::Kind::Journal:
            break;
    }
    return {};
}

WarningItem makeItem(const Warning& warning) {
    WarningItem item;
    item.severity = warning.severity;
    item.severityText = severityText(warning.severity);
    item.message = warning.message;  // see-doctor's message already lists its reasons
    item.advice = warning.advice;
    item.source = warning.source;
    item.subject = warning.subject;
    item.linkText = linkText(warning.subject);
    item.accessibleText =
        tr("%1: %2 %3 Source: %4").arg(item.severityText, item.message, item.advice, item.source);
    return item;
}

}  // namespace

QString severityText(Severity severity) {
    return words::label(severity);
}

WarningsData presentWarnings(const Evaluation& evaluation) {
    WarningsData data;
    data.items.reserve(evaluation.warnings.size());
    for (const Warning& warning : evaluation.warnings) data.items.push_back(makeItem(warning));
    data.emptyText = tr("No warnings as of %1.").arg(i18n::day(evaluation.asOf.day()));
    return data;
}

}  // namespace stridelog::gui
