// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The dashboard's warnings panel: every warning as of now, most severe first, as a scrolling
// column of cards; a calm line when there are none. Activating a card emits subjectActivated,
// which the main window turns into showSubject (the week, run, pair or pain entry).

#include "app/gui/presenters/warnings_presenter.h"

#include <QWidget>

class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace stridelog::gui {

class WarningCard;

class WarningsPanel : public QWidget {
    Q_OBJECT

public:
    explicit WarningsPanel(QWidget* parent = nullptr);

    void setWarnings(const WarningsData& warnings);
    QList<WarningCard*> cards() const;

Q_SIGNALS:
    void subjectActivated(const WarningSubject& subject);

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyColours();

    QLabel* heading_ = nullptr;
    QLabel* empty_ = nullptr;
    QScrollArea* scroll_ = nullptr;
    QWidget* list_ = nullptr;
    QVBoxLayout* listLayout_ = nullptr;
};

}  // namespace stridelog::gui
