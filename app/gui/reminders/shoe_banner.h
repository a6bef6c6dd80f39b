// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The banner at the top of the dashboard while a pair in use is worn (R3: `soon` at 80% of
// its limit, `replace` at 100%): one line per pair, the ones to replace first, and a button
// that opens the Shoes page. Hidden while every pair is fine.

#include "app/gui/presenters/shoe_presenter.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace stridelog::gui {

class ShoeBanner : public QFrame {
    Q_OBJECT

public:
    explicit ShoeBanner(QWidget* parent = nullptr);

    void setReminders(const std::vector<ShoeReminderLine>& lines);
    QString text() const;

Q_SIGNALS:
    void subjectActivated(const WarningSubject& subject);

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyColours();

    QLabel* icon_ = nullptr;
    QLabel* text_ = nullptr;
    QPushButton* open_ = nullptr;
    std::vector<ShoeReminderLine> lines_;
    bool applying_ = false;  // our own setPalette() in progress
};

}  // namespace stridelog::gui
