// SPDX-License-Identifier: GPL-3.0-or-later
#include "entry_labels.h"

#include <QCoreApplication>

namespace stridelog::gui {
namespace {

// The context is the namespace, as lupdate names it for a free function's tr().
QString tr(const char* text) {
    return QCoreApplication::translate("stridelog::gui", text);
}

QString capitalised(const QString& word) {
    return word.isEmpty() ? word : word.at(0).toUpper() + word.mid(1);
}

}  // namespace

QString surfaceLabel(Surface surface) {
    return capitalised(toString(surface));
}

QString runTypeLabel(RunType type) {
    return capitalised(toString(type));
}

QString kneeLabel(Knee knee) {
    switch (knee) {
        case Knee::Left:
            return tr("Left");
        case Knee::Right:
            return tr("Right");
        case Knee::Both:
            return tr("Both");
    }
    return {};
}

QString siteLabel(Site site) {
    switch (site) {
        case Site::Front:
            return tr("Front (kneecap)");
        case Site::Below:
            return tr("Below the kneecap");
        case Site::Outside:
            return tr("Outside");
        case Site::Inside:
            return tr("Inside");
        case Site::Behind:
            return tr("Behind");
        case Site::Whole:
            return tr("Whole knee");
    }
    return {};
}

QString onsetLabel(Onset onset) {
    switch (onset) {
        case Onset::Start:
            return tr("from the very start");
        case Onset::During:
            return tr("earlier in the run");
        case Onset::Late:
            return tr("towards the end / on long runs");
        case Onset::After:
            return tr("only after the run");
        case Onset::NextDay:
            return tr("the next day");
        case Onset::Rest:
            return tr("also at rest");
    }
    return {};
}

QString noneLabel() {
    return QStringLiteral("—");
}

}  // namespace stridelog::gui
