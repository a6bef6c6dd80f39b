// SPDX-License-Identifier: GPL-3.0-or-later
// One table per enumeration (see rule_words.h).

#include "rule_words.h"

#include "core/i18n/contexts.h"
#include "core/i18n/word_table.h"

namespace stridelog::words {
namespace {

using i18n::rowOf;
using i18n::Word;

QString translated(const Word& word) {
    return i18n::translated<WarningWords>(word);
}

struct SeverityRow {
    Severity value;
    Word label;
};
constexpr SeverityRow kSeverities[] = {
    {Severity::Info, QT_TRANSLATE_NOOP3("WarningWords", "Info", "severity label")},
    {Severity::Caution, QT_TRANSLATE_NOOP3("WarningWords", "Caution", "severity label")},
    {Severity::Stop, QT_TRANSLATE_NOOP3("WarningWords", "Stop", "severity label")},
};

struct ShoeStatusRow {
    ShoeStatusKind value;
    Word label;
    Word advice;
    Word clinical;
};
constexpr ShoeStatusRow kShoeStatuses[] = {
    {ShoeStatusKind::Ok, QT_TRANSLATE_NOOP3("WarningWords", "OK", "shoe status label"),
     QT_TRANSLATE_NOOP3("WarningWords", "fine", "shoe status advice"),
     QT_TRANSLATE_NOOP3("WarningWords", "ok", "shoe status in the clinician report")},
    {ShoeStatusKind::Soon, QT_TRANSLATE_NOOP3("WarningWords", "Replace soon", "shoe status label"),
     QT_TRANSLATE_NOOP3("WarningWords", "plan a replacement", "shoe status advice"),
     QT_TRANSLATE_NOOP3("WarningWords", "replace soon", "shoe status in the clinician report")},
    {ShoeStatusKind::Replace, QT_TRANSLATE_NOOP3("WarningWords", "Replace", "shoe status label"),
     QT_TRANSLATE_NOOP3("WarningWords", "past its limit: replace the pair", "shoe status advice"),
     QT_TRANSLATE_NOOP3("WarningWords", "due for replacement",
                        "shoe status in the clinician report")},
    {ShoeStatusKind::Retired, QT_TRANSLATE_NOOP3("WarningWords", "Retired", "shoe status label"),
     QT_TRANSLATE_NOOP3("WarningWords", "fine", "shoe status advice"),
     QT_TRANSLATE_NOOP3("WarningWords", "retired", "shoe status in the clinician report")},
};

}  // namespace

QString label(Severity severity) {
    return translated(rowOf(kSeverities, severity).label);
}

QString label(ShoeStatusKind status) {
    return translated(rowOf(kShoeStatuses, status).label);
}

QString advice(ShoeStatusKind status) {
    return translated(rowOf(kShoeStatuses, status).advice);
}

QString clinical(ShoeStatusKind status) {
    return translated(rowOf(kShoeStatuses, status).clinical);
}

}  // namespace stridelog::words
