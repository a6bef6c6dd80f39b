// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/theme/chart_colours.h"

#include <algorithm>
#include <cmath>

namespace stridelog::gui {

namespace {

QColor mix(const QColor& a, const QColor& b, double share) {
    const auto blend = [share](int x, int y) {
        return static_cast<int>(x * (1.0 - share) + y * share);
    };
    return QColor(blend(a.red(), b.red()), blend(a.green(), b.green()), blend(a.blue(), b.blue()));
}

double luminance(const QColor& colour) {
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) +
           0.0722 * channel(colour.blueF());
}

}  // namespace

ChartColours ChartColours::from(const QPalette& palette) {
    ChartColours c;
    c.background = palette.color(QPalette::Base);
    c.text = palette.color(QPalette::Text);
    c.dark = c.background.lightness() < 128;
    c.subtleText = mix(c.text, c.background, 0.35);
    c.grid = mix(c.text, c.background, 0.82);
    c.ok = c.dark ? QColor(0x6f, 0xa8, 0xdc) : QColor(0x4a, 0x7f, 0xb5);
    c.current = c.dark ? QColor(0x4d, 0xc0, 0xb0) : QColor(0x1f, 0x8a, 0x7c);
    c.caution = c.dark ? QColor(0xff, 0xb3, 0x40) : QColor(0xe0, 0x8a, 0x00);
    c.stop = c.dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28);
    c.limit = c.text;
    c.acute = c.dark ? QColor(0x6f, 0xa8, 0xdc) : QColor(0x2f, 0x6d, 0xb0);
    c.chronic = c.dark ? QColor(0xc3, 0x9b, 0xe8) : QColor(0x7b, 0x52, 0xab);
    // Dark in both themes: every bar colour is light or mid-toned, and so is a marker's fill.
    c.painOutline = QColor(0x1a, 0x1a, 0x1a);
    return c;
}

QColor ChartColours::asText(const QColor& meaning) const {
    const auto contrast = [](const QColor& a, const QColor& b) {
        const double la = luminance(a);
        const double lb = luminance(b);
        return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
    };
    QColor colour = meaning;
    for (int step = 0; step < 12 && contrast(colour, background) < 4.5; ++step)
        colour = dark ? colour.lighter(115) : colour.darker(115);
    return colour;
}

QColor ChartColours::textOn(const QColor& fill) {
    // Contrast with black is (L + 0.05) / 0.05, with white 1.05 / (L + 0.05): equal at L≈0.179.
    return luminance(fill) > 0.179 ? QColor(Qt::black) : QColor(Qt::white);
}

QColor ChartColours::quietText(const QPalette& palette) {
    return mix(palette.color(QPalette::WindowText), palette.color(QPalette::Window), 0.3);
}

QColor ChartColours::painStage(int stage) const {
    // Stage 1 is "watch it" (info), 2 "cut back" (caution), 3 and 4 "stop" (RULES.md R5).
    switch (stage) {
        case 1:
            return dark ? QColor(0x9c, 0xcc, 0x65) : QColor(0x55, 0x8b, 0x2f);
        case 2:
            return caution;
        case 3:
            return dark ? QColor(0xff, 0x8a, 0x50) : QColor(0xe6, 0x4a, 0x19);
        default:
            return stop;
    }
}

QColor ChartColours::severity(Severity level) const {
    switch (level) {
        case Severity::Stop:
            return stop;
        case Severity::Caution:
            return caution;
        case Severity::Info:
            break;
    }
    return ok;
}

QColor ChartColours::shoeStatus(ShoeStatusKind status) const {
    switch (status) {
        case ShoeStatusKind::Soon:
            return caution;
        case ShoeStatusKind::Replace:
            return stop;
        case ShoeStatusKind::Ok:
        case ShoeStatusKind::Retired:
            break;
    }
    return ok;
}

}  // namespace stridelog::gui
