// SPDX-License-Identifier: GPL-3.0-or-later
#include "report_dialog.h"

#include "clinician_report_pdf.h"

#include "app/gui/session/journal_session.h"

#include "core/rules/rules_engine.h"
#include "core/store/journal_files.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QThread>

#include <memory>

namespace stridelog::gui {

ReportPeriod lastWeeks(QDate today, int weeks, Qt::DayOfWeek weekStart) {
    return {weekStartOf(today, weekStart).addDays(-7 * (weeks - 1)), today};
}

ReportPeriodDialog::ReportPeriodDialog(QDate today, Qt::DayOfWeek weekStart, QWidget* parent)
    : QDialog(parent), today_(today), weekStart_(weekStart) {
    setWindowTitle(tr("Report for a clinician"));
    auto* form = new QFormLayout(this);
    preset_ = new QComboBox(this);
    preset_->addItems(
        {tr("Last 8 weeks"), tr("Last 3 months"), tr("Last 12 months"), tr("Chosen dates")});
    from_ = new QDateEdit(this);
    to_ = new QDateEdit(this);
    for (QDateEdit* edit : {from_, to_}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        connect(edit, &QDateEdit::userDateChanged, this, [this] { preset_->setCurrentIndex(3); });
    }
    form->addRow(tr("Period"), preset_);
    form->addRow(tr("From"), from_);
    form->addRow(tr("To"), to_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save PDF…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    connect(preset_, &QComboBox::activated, this, &ReportPeriodDialog::applyPreset);
    applyPreset(0);
}

void ReportPeriodDialog::applyPreset(int index) {
    ReportPeriod period = lastWeeks(today_, 8, weekStart_);
    if (index == 1) period.from = today_.addMonths(-3).addDays(1);
    if (index == 2) period.from = today_.addMonths(-12).addDays(1);
    if (index == 3) return;
    const QSignalBlocker blockFrom(from_);
    const QSignalBlocker blockTo(to_);
    from_->setDate(period.from);
    to_->setDate(period.to);
}

ReportPeriod ReportPeriodDialog::period() const {
    return {from_->date(), to_->date()};
}

void writeReportInteractively(JournalSession& session, QWidget* parent) {
    ReportPeriodDialog ask(session.now().localDate(),
                           session.evaluation().journal.settings.weekStart, parent);
    if (ask.exec() != QDialog::Accepted) return;
    const ReportPeriod period = ask.period();
    if (const auto problem = checkReportPeriod(period)) {
        QMessageBox::warning(parent, QObject::tr("Report"), *problem);
        return;
    }
    const QString name =
        QStringLiteral("stridelog-report-%1-to-%2.pdf")
            .arg(period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        QFileDialog::getSaveFileName(parent, QObject::tr("Save the report"),
                                     QDir(folder).filePath(name), QObject::tr("PDF (*.pdf)"));
    if (path.isEmpty()) return;
    if (auto refused = refuseJournalFiles(session.journalPath(), path); !refused) {
        QMessageBox::warning(
            parent, QObject::tr("Report"),
            QObject::tr("The report was not saved: %1").arg(refused.error().message));
        return;
    }
    // The worker paints from its own copy, so later edits cannot change it halfway.
    const JournalSnapshot journal = session.evaluation().journal;
    const Instant now = session.now();
    auto outcome = std::make_shared<Expected<int>>(fail(QString()));
    QThread* thread = QThread::create([journal, period, now, path, outcome] {
        *outcome = writeClinicianReportPdf(journal, period, now, path);
    });
    QPointer<QWidget> window(parent);
    QObject::connect(thread, &QThread::finished, thread, [thread, outcome, window, path] {
        thread->deleteLater();
        if (*outcome) return;
        QMessageBox::warning(window, QObject::tr("Report"),
                             QObject::tr("The report was not saved: %1").arg(outcome->error()));
    });
    thread->start();
}

}  // namespace stridelog::gui
