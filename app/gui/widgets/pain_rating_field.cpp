// SPDX-License-Identifier: GPL-3.0-or-later
#include "pain_rating_field.h"

#include "quiet_label.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace stridelog::gui {

namespace {

// Below 0: the spin box's blank position, shown as "not rated".
constexpr int kNotRated = -1;

// A spin box whose blank text goes away when a digit is typed, so "3" is 3, not a refusal;
// Backspace on the last digit goes back to blank rather than to an unreadable empty text.
class RatingSpinBox : public QSpinBox {
public:
    using QSpinBox::QSpinBox;

protected:
    void keyPressEvent(QKeyEvent* event) override {
        if (value() == minimum() && !event->text().isEmpty() && event->text().at(0).isDigit())
            lineEdit()->clear();
        if (event->key() == Qt::Key_Backspace && value() != minimum() && cleanText().size() <= 1) {
            setValue(minimum());
            selectAll();
            return;
        }
        QSpinBox::keyPressEvent(event);
    }
};

}  // namespace

PainRatingField::PainRatingField(const QString& objectName, const QString& accessibleName,
                                 QWidget* parent)
    : QWidget(parent) {
    box_ = new RatingSpinBox(this);
    box_->setObjectName(objectName);
    box_->setAccessibleName(accessibleName);
    box_->setRange(kNotRated, 10);
    box_->setSpecialValueText(tr("not rated"));
    box_->setSuffix(tr("/10"));
    box_->setValue(kNotRated);
    words_ = new QLabel(this);
    words_->setObjectName(objectName + QStringLiteral("Words"));
    quieten(words_);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(box_);
    layout->addWidget(words_, 1);
    setFocusProxy(box_);
    connect(box_, &QSpinBox::valueChanged, this, [this] {
        showWords();
        Q_EMIT changed();
    });
    showWords();
}

std::optional<int> PainRatingField::value() const {
    if (box_->value() == kNotRated) return std::nullopt;
    return box_->value();
}

void PainRatingField::setValue(std::optional<int> rating) {
    box_->setValue(rating.value_or(kNotRated));
}

QString PainRatingField::words(int rating) {
    if (rating <= 0) return tr("none");
    if (rating <= 3) return tr("mild");
    if (rating <= 6) return tr("moderate");
    if (rating <= 9) return tr("severe");
    return tr("worst imaginable");
}

void PainRatingField::showWords() {
    const auto rating = value();
    words_->setText(rating ? words(*rating) : QString());
    box_->setAccessibleDescription(rating ? words(*rating) : tr("not rated"));
}

}  // namespace stridelog::gui
