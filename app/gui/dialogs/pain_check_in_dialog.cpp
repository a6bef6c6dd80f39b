// SPDX-License-Identifier: GPL-3.0-or-later
#include "pain_check_in_dialog.h"

#include "app/gui/models/entry_labels.h"
#include "app/gui/models/pain_table_model.h"
#include "app/gui/session/journal_edits.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace stridelog::gui {

QString PainCheckInDialog::question(const JournalSnapshot& journal, const PainEntry& pain) {
    const QLocale locale;
    if (pain.run) {
        for (const Run& run : journal.runs) {
            if (run.id != *pain.run) continue;
            const QString day = locale.dayName(run.start.localDate().dayOfWeek());
            return tr("Is the pain from %1's run still there?").arg(day);
        }
    }
    const QString day = locale.dayName(pain.start.localDate().dayOfWeek());
    return tr("Is the knee pain from %1 still there?").arg(day);
}

PainCheckInDialog::PainCheckInDialog(JournalSession& session, const PainEntry& pain,
                                     QWidget* parent)
    : QDialog(parent), session_(session), pain_(pain) {
    setObjectName(QStringLiteral("painCheckInDialog"));
    setWindowTitle(tr("Knee pain check-in"));
    const Instant now = session_.now();
    auto* title = new QLabel(question(session_.evaluation().journal, pain), this);
    title->setObjectName(QStringLiteral("checkInQuestion"));
    QFont bigger = title->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.2);
    bigger.setBold(true);
    title->setFont(bigger);
    auto* details = new QLabel(
        tr("%1 knee, %2, %3/10, since %4 (%5 so far).")
            .arg(kneeLabel(pain.knee), siteLabel(pain.site).toLower())
            .arg(pain.intensity)
            .arg(QLocale().toString(pain.start.localDateTime(), QStringLiteral("ddd d MMM HH:mm")),
                 formatPainDuration(Duration::fromSeconds(pain.start.secondsUntil(now)))),
        this);
    details->setWordWrap(true);
    gone_ = new QRadioButton(tr("It's &gone, since:"), this);
    gone_->setObjectName(QStringLiteral("goneChoice"));
    goneSince_ = new QDateTimeEdit(now.localDateTime(), this);
    goneSince_->setObjectName(QStringLiteral("goneSince"));
    goneSince_->setAccessibleName(tr("When the pain went away"));
    goneSince_->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    goneSince_->setCalendarPopup(true);
    goneSince_->setMinimumDateTime(pain.start.localDateTime());
    goneSince_->setMaximumDateTime(now.localDateTime());
    stillThere_ = new QRadioButton(tr("&Still there, this strong now:"), this);
    stillThere_->setObjectName(QStringLiteral("stillThereChoice"));
    stillThere_->setChecked(true);
    intensity_ = new QSpinBox(this);
    intensity_->setObjectName(QStringLiteral("stillThereIntensity"));
    intensity_->setAccessibleName(tr("How strong the pain is now, 0 to 10"));
    intensity_->setRange(0, 10);
    intensity_->setValue(pain.intensity);
    intensity_->setSuffix(tr(" / 10"));
    goneSince_->setEnabled(false);
    connect(gone_, &QRadioButton::toggled, goneSince_, &QWidget::setEnabled);
    connect(stillThere_, &QRadioButton::toggled, intensity_, &QWidget::setEnabled);

    auto* grid = new QGridLayout;
    grid->addWidget(gone_, 0, 0);
    grid->addWidget(goneSince_, 0, 1);
    grid->addWidget(stillThere_, 1, 0);
    grid->addWidget(intensity_, 1, 1);
    auto* buttons = new QDialogButtonBox(this);
    QPushButton* save = buttons->addButton(tr("Save answer"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveButton"));
    save->setDefault(true);
    QPushButton* later = buttons->addButton(tr("Ask me &later"), QDialogButtonBox::RejectRole);
    later->setObjectName(QStringLiteral("laterButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (apply()) accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(details);
    layout->addLayout(grid);
    layout->addWidget(buttons);
}

bool PainCheckInDialog::apply() {
    if (gone_->isChecked()) {
        return edits::resolvePain(session_, pain_.id, Instant::fromLocal(goneSince_->dateTime()));
    }
    if (intensity_->value() == pain_.intensity) return true;
    PainEntry changed = pain_;
    changed.intensity = intensity_->value();
    return edits::changePain(session_, changed);
}

}  // namespace stridelog::gui
