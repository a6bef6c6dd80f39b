// SPDX-License-Identifier: GPL-3.0-or-later
#include "report_words.h"
#include "report_text.h"

#include "core/model/duration_text.h"
#include "core/model/entry_words.h"
#include "core/model/unit_text.h"
#include "core/rules/rule_words.h"

#include <QStringList>

namespace stridelog::gui::report_words {

QString knee(Knee knee) {
    return words::clinical(knee);
}

QString site(Site site) {
    return words::clinical(site);
}

QString onset(Onset onset) {
    return words::clinical(onset);
}

QString duration(Duration duration, bool ongoing) {
    const QString text = formatPainDuration(duration);
    return ongoing ? ReportWords::tr("ongoing, %1 so far").arg(text) : text;
}

QString signs(const PainEntry& pain) {
    QStringList found;
    if (pain.swelling) found << ReportWords::tr("swelling");
    if (pain.locking) found << ReportWords::tr("locking");
    if (pain.sharp) found << ReportWords::tr("sharp");
    return found.join(QStringLiteral(", "));
}

QString hint(const LocationHint& hint) {
    if (hint.condition.isEmpty()) return {};
    return ReportWords::tr("commonly associated with %1 — discuss with a clinician")
        .arg(hint.condition);
}

QString severity(Severity severity) {
    return words::label(severity);
}

QString shoeStatus(ShoeStatusKind status) {
    return words::clinical(status);
}

QString km(Distance distance) {
    return UnitText::reading(UnitSystem::Kilometres).distance(distance, 1);
}

}  // namespace stridelog::gui::report_words
