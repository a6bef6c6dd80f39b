// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What each colour on the dashboard means, in one place, derived from the widget's palette so
// the charts follow the system's light or dark theme. Text, axes and grid come from the
// palette; the meaning colours (calm blue for "within", amber for "caution", red for "stop")
// have a light-theme and a brighter dark-theme shade that both keep their contrast.

#include "core/model/enums.h"
#include "core/rules/assessments.h"
#include "core/rules/warning.h"

#include <QColor>
#include <QPalette>

namespace stridelog::gui {

struct ChartColours {
    bool dark = false;
    QColor background;
    QColor text;
    QColor subtleText;
    QColor grid;
    QColor ok;       // within the limit, a pair that is fine
    QColor current;  // this week
    QColor caution;  // over the limit, plan a replacement
    QColor stop;     // replace the pair
    QColor limit;    // the limit marker
    QColor acute;    // R11 curves
    QColor chronic;
    QColor painOutline;  // around a pain marker, so it shows on every bar colour

    QColor painStage(int stage) const;  // R5 stage 1–4
    QColor severity(Severity severity) const;
    QColor shoeStatus(ShoeStatusKind status) const;
    // `meaning` (caution, stop, …) as a text colour: darkened on a light background, lightened
    // on a dark one, until it reads on `background` (WCAG contrast of at least 4.5).
    QColor asText(const QColor& meaning) const;

    static ChartColours from(const QPalette& palette);
    // Black or white, whichever reads better on `fill` (WCAG contrast).
    static QColor textOn(const QColor& fill);
    // A quieter text colour that still reads on `palette`'s window (unlike the greyed text of
    // a disabled widget, which many palettes make nearly invisible).
    static QColor quietText(const QPalette& palette);
};

}  // namespace stridelog::gui
