// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One warning in the dashboard's panel: a severity chip with its word, the message with its
// numbers, the advice, and the source in smaller, quieter text. The card takes keyboard focus;
// a click, Enter or Space activates it, and the panel then shows what it is about.

#include "app/gui/presenters/warnings_presenter.h"
#include "app/gui/theme/chart_colours.h"

#include <QFrame>

class QLabel;

namespace stridelog::gui {

class WarningCard : public QFrame {
    Q_OBJECT

public:
    WarningCard(const WarningItem& item, QWidget* parent = nullptr);

    const WarningItem& item() const { return item_; }
    void applyColours(const ChartColours& colours);

Q_SIGNALS:
    void activated(const WarningSubject& subject);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    WarningItem item_;
    QLabel* chip_ = nullptr;
    QLabel* source_ = nullptr;
    QColor stripe_;
};

}  // namespace stridelog::gui
