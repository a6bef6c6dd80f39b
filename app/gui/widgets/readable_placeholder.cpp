// SPDX-License-Identifier: GPL-3.0-or-later
#include "readable_placeholder.h"

#include <QApplication>
#include <QEvent>

#include <algorithm>
#include <cmath>

namespace stridelog::gui {
namespace {

double channel(double value) {
    return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

double luminance(const QColor& colour) {
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) +
           0.0722 * channel(colour.blueF());
}

QColor blend(const QColor& top, const QColor& under, double share) {
    const auto mix = [share](double a, double b) { return a * share + b * (1 - share); };
    return QColor::fromRgbF(static_cast<float>(mix(top.redF(), under.redF())),
                            static_cast<float>(mix(top.greenF(), under.greenF())),
                            static_cast<float>(mix(top.blueF(), under.blueF())));
}

// Watches the application for a new palette; its own change comes back here once and
// needs nothing then.
class PaletteWatch : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange) {
            const QPalette current = QApplication::palette();
            const QPalette readable = withReadablePlaceholder(current);
            if (readable != current) QApplication::setPalette(readable);
        }
        return QObject::eventFilter(watched, event);
    }
};

}  // namespace

double contrastRatio(const QColor& colour, const QColor& under) {
    const QColor seen = blend(colour, under, colour.alphaF());
    const double a = luminance(seen);
    const double b = luminance(under);
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

QPalette withReadablePlaceholder(QPalette palette) {
    for (const auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        const QColor base = palette.color(group, QPalette::Base);
        const QColor text = palette.color(group, QPalette::Text);
        if (contrastRatio(palette.color(group, QPalette::PlaceholderText), base) >=
            kPlaceholderContrast)
            continue;
        // The dimmest mix of the text colour over the base that still reads.
        QColor placeholder = text;
        for (double share = 0.5; share <= 1.0; share += 0.05) {
            placeholder = blend(text, base, share);
            if (contrastRatio(placeholder, base) >= kPlaceholderContrast) break;
        }
        palette.setColor(group, QPalette::PlaceholderText, placeholder);
    }
    return palette;
}

void keepPlaceholdersReadable() {
    static PaletteWatch* watch = nullptr;
    if (watch) return;
    watch = new PaletteWatch(qApp);
    qApp->installEventFilter(watch);
    const QPalette current = QApplication::palette();
    const QPalette readable = withReadablePlaceholder(current);
    if (readable != current) QApplication::setPalette(readable);
}

}  // namespace stridelog::gui
