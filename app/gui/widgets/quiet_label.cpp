// SPDX-License-Identifier: GPL-3.0-or-later
#include "quiet_label.h"

#include "app/gui/theme/chart_colours.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QTimer>

namespace stridelog::gui {
namespace {

// Recolours its label whenever the application's palette changes.
class QuietColour : public QObject {
public:
    explicit QuietColour(QLabel* label) : QObject(label), label_(label) {
        apply();
        label->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        // Once every widget has its new palette (the parent's may come after this label's).
        const bool changed = event->type() == QEvent::ApplicationPaletteChange ||
                             (event->type() == QEvent::PaletteChange && !applying_);
        if (watched == label_ && changed) {
            QTimer::singleShot(0, this, [this] { apply(); });
        }
        return false;
    }

private:
    void apply() {
        const QPalette around =
            label_->parentWidget() ? label_->parentWidget()->palette() : QApplication::palette();
        QPalette palette;  // only the text role set: the rest stays inherited
        palette.setColor(QPalette::WindowText, ChartColours::quietText(around));
        applying_ = true;
        label_->setPalette(palette);
        applying_ = false;
    }

    QLabel* label_;
    bool applying_ = false;
};

}  // namespace

void quieten(QLabel* label) {
    new QuietColour(label);
}

}  // namespace stridelog::gui
