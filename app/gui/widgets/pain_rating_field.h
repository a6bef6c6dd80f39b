// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One of a run's two knee ratings (RULES.md "Ratings after a run"): 0–10, or not rated. It
// opens blank ("not rated", stored as NULL) and only a number the runner typed or stepped to is
// kept; beside it the number in words ("3 – mild"), so the scale reads without a legend.
// Keyboard: a digit types the rating, Up and Down step, Backspace back to blank.

#include <QWidget>

#include <optional>

class QLabel;
class QSpinBox;

namespace stridelog::gui {

class PainRatingField : public QWidget {
    Q_OBJECT

public:
    PainRatingField(const QString& objectName, const QString& accessibleName, QWidget* parent);

    std::optional<int> value() const;
    void setValue(std::optional<int> rating);
    // The control that takes focus (for a label's buddy and the tab chain).
    QSpinBox* spinBox() const { return box_; }

    // "none", "mild", "moderate", "severe", "worst" for a rating of 0–10.
    static QString words(int rating);

Q_SIGNALS:
    void changed();

private:
    void showWords();

    QSpinBox* box_ = nullptr;
    QLabel* words_ = nullptr;
};

}  // namespace stridelog::gui
