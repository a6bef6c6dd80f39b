// SPDX-License-Identifier: GPL-3.0-or-later
#include "report_words.h"

#include "core/model/duration_text.h"

#include <QStringList>

namespace stridelog::gui::report_words {

QString knee(Knee knee) {
    switch (knee) {
        case Knee::Left:
            return QStringLiteral("left");
        case Knee::Right:
            return QStringLiteral("right");
        case Knee::Both:
            return QStringLiteral("both");
    }
    return {};
}

QString site(Site site) {
    switch (site) {
        case Site::Front:
            return QStringLiteral("front, at the kneecap");
        case Site::Below:
            return QStringLiteral("just below the kneecap");
        case Site::Outside:
            return QStringLiteral("outer side");
        case Site::Inside:
            return QStringLiteral("inner side");
        case Site::Behind:
            return QStringLiteral("behind the knee");
        case Site::Whole:
            return QStringLiteral("whole knee, diffuse");
    }
    return {};
}

QString onset(Onset onset) {
    switch (onset) {
        case Onset::Start:
            return QStringLiteral("from the start of the run");
        case Onset::During:
            return QStringLiteral("during the run");
        case Onset::Late:
            return QStringLiteral("late in long or fast runs");
        case Onset::After:
            return QStringLiteral("after the run");
        case Onset::NextDay:
            return QStringLiteral("the next day");
        case Onset::Rest:
            return QStringLiteral("also at rest");
    }
    return {};
}

QString duration(Duration duration, bool ongoing) {
    const QString text = formatPainDuration(duration);
    return ongoing ? QStringLiteral("ongoing, %1 so far").arg(text) : text;
}

QString signs(const PainEntry& pain) {
    QStringList found;
    if (pain.swelling) found << QStringLiteral("swelling");
    if (pain.locking) found << QStringLiteral("locking");
    if (pain.sharp) found << QStringLiteral("sharp");
    return found.join(QStringLiteral(", "));
}

QString hint(const LocationHint& hint) {
    if (hint.condition.isEmpty()) return {};
    return QStringLiteral("commonly associated with %1 — discuss with a clinician")
        .arg(hint.condition);
}

QString severity(Severity severity) {
    switch (severity) {
        case Severity::Info:
            return QStringLiteral("Info");
        case Severity::Caution:
            return QStringLiteral("Caution");
        case Severity::Stop:
            return QStringLiteral("Stop");
    }
    return {};
}

QString shoeStatus(ShoeStatusKind status) {
    switch (status) {
        case ShoeStatusKind::Ok:
            return QStringLiteral("ok");
        case ShoeStatusKind::Soon:
            return QStringLiteral("replace soon");
        case ShoeStatusKind::Replace:
            return QStringLiteral("due for replacement");
        case ShoeStatusKind::Retired:
            return QStringLiteral("retired");
    }
    return {};
}

QString km(Distance distance) {
    return QStringLiteral("%1 km").arg(QString::number(distance.km(), 'f', 1));
}

}  // namespace stridelog::gui::report_words
