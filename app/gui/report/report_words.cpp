// SPDX-License-Identifier: GPL-3.0-or-later
#include "report_words.h"
#include "report_text.h"

#include "core/model/duration_text.h"

#include <QStringList>

namespace stridelog::gui::report_words {

QString knee(Knee knee) {
    switch (knee) {
        case Knee::Left:
            return ReportWords::tr("left");
        case Knee::Right:
            return ReportWords::tr("right");
        case Knee::Both:
            return ReportWords::tr("both");
    }
    return {};
}

QString site(Site site) {
    switch (site) {
        case Site::Front:
            return ReportWords::tr("front, at the kneecap");
        case Site::Below:
            return ReportWords::tr("just below the kneecap");
        case Site::Outside:
            return ReportWords::tr("outer side");
        case Site::Inside:
            return ReportWords::tr("inner side");
        case Site::Behind:
            return ReportWords::tr("behind the knee");
        case Site::Whole:
            return ReportWords::tr("whole knee, diffuse");
    }
    return {};
}

QString onset(Onset onset) {
    switch (onset) {
        case Onset::Start:
            return ReportWords::tr("from the start of the run");
        case Onset::During:
            return ReportWords::tr("during the run");
        case Onset::Late:
            return ReportWords::tr("late in long or fast runs");
        case Onset::After:
            return ReportWords::tr("after the run");
        case Onset::NextDay:
            return ReportWords::tr("the next day");
        case Onset::Rest:
            return ReportWords::tr("also at rest");
    }
    return {};
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
    switch (severity) {
        case Severity::Info:
            return ReportWords::tr("Info");
        case Severity::Caution:
            return ReportWords::tr("Caution");
        case Severity::Stop:
            return ReportWords::tr("Stop");
    }
    return {};
}

QString shoeStatus(ShoeStatusKind status) {
    switch (status) {
        case ShoeStatusKind::Ok:
            return ReportWords::tr("ok");
        case ShoeStatusKind::Soon:
            return ReportWords::tr("replace soon");
        case ShoeStatusKind::Replace:
            return ReportWords::tr("due for replacement");
        case ShoeStatusKind::Retired:
            return ReportWords::tr("retired");
    }
    return {};
}

QString km(Distance distance) {
    return ReportWords::tr("%1 km").arg(QString::number(distance.km(), 'f', 1));
}

}  // namespace stridelog::gui::report_words
