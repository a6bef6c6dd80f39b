// SPDX-License-Identifier: GPL-3.0-or-later
#include "morning_check_strip.h"

#include "app/gui/presenters/morning_prompt.h"
#include "app/gui/session/journal_edits.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QToolButton>

namespace stridelog::gui {

MorningCheckStrip::MorningCheckStrip(JournalSession& session, QWidget* parent)
    : QFrame(parent), session_(session) {
    setObjectName(QStringLiteral("morningCheck"));
    setAccessibleName(tr("Morning check"));
    setAccessibleDescription(
        tr("Type a digit from 0 to 9 for your knee pain this morning, or Escape for not now."));
    setFrameShape(QFrame::StyledPanel);
    // The strip itself takes the keyboard, so a digit answers before any button has focus.
    setFocusPolicy(Qt::StrongFocus);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 2, 4, 2);
    auto* question = new QLabel(tr("How is your knee this morning?"), this);
    question->setObjectName(QStringLiteral("morningQuestion"));
    layout->addWidget(question);
    auto* scale = new QHBoxLayout;
    scale->setSpacing(2);
    for (int pain = 0; pain <= 10; ++pain) {
        auto* button = new QToolButton(this);
        button->setObjectName(QStringLiteral("morningPain%1").arg(pain));
        button->setText(QString::number(pain));
        button->setAccessibleName(tr("Knee pain this morning: %1 of 10").arg(pain));
        button->setToolTip(pain == 0    ? tr("0: no pain")
                           : pain == 10 ? tr("10: the worst pain imaginable")
                                        : QString());
        button->setFocusPolicy(Qt::TabFocus);
        connect(button, &QToolButton::clicked, this, [this, pain] { answer(pain); });
        scale->addWidget(button);
    }
    layout->addLayout(scale);
    swelling_ = new QCheckBox(tr("S&welling"), this);
    swelling_->setObjectName(QStringLiteral("morningSwelling"));
    swelling_->setAccessibleName(tr("The knee is swollen this morning"));
    limp_ = new QCheckBox(tr("&Limp"), this);
    limp_->setObjectName(QStringLiteral("morningLimp"));
    limp_->setAccessibleName(tr("I limp this morning"));
    layout->addWidget(swelling_);
    layout->addWidget(limp_);
    layout->addStretch(1);
    close_ = new QToolButton(this);
    close_->setObjectName(QStringLiteral("morningClose"));
    close_->setText(tr("Not now"));
    close_->setAccessibleName(tr("Not now: ask again tomorrow"));
    close_->setToolTip(tr("Ask again tomorrow (Escape)"));
    connect(close_, &QToolButton::clicked, this, &MorningCheckStrip::dismiss);
    layout->addWidget(close_);
    setVisible(false);
}

QDate MorningCheckStrip::today() const {
    return session_.now().localDate();
}

void MorningCheckStrip::ask() {
    asked_ = true;
    setVisible(true);
    setFocus(Qt::ShortcutFocusReason);
}

void MorningCheckStrip::refresh() {
    const bool offered =
        morningCheckDue(session_.evaluation(), session_.now()) && dismissedOn_ != today();
    const bool show = asked_ || offered;
    const bool appearing = show && isHidden();
    setVisible(show);
    // Offered anew: the keyboard goes to it, so one digit answers.
    if (appearing) setFocus(Qt::OtherFocusReason);
}

void MorningCheckStrip::keyPressEvent(QKeyEvent* event) {
    const QString text = event->text();
    if (text.size() == 1 && text.at(0).isDigit() && event->modifiers() == Qt::NoModifier) {
        answer(text.at(0).digitValue());
        return;
    }
    if (event->key() == Qt::Key_Escape) {
        dismiss();
        return;
    }
    QFrame::keyPressEvent(event);
}

void MorningCheckStrip::answer(int pain) {
    MorningCheck check;
    check.date = today();
    check.pain = pain;
    check.swelling = swelling_->isChecked();
    check.limp = limp_->isChecked();
    // A refused save keeps the question up; the reason has been said by the session.
    if (!edits::saveMorning(session_, check)) return;
    asked_ = false;
    swelling_->setChecked(false);
    limp_->setChecked(false);
    refresh();
}

void MorningCheckStrip::dismiss() {
    dismissedOn_ = today();
    asked_ = false;
    refresh();
}

}  // namespace stridelog::gui
