// SPDX-License-Identifier: GPL-3.0-or-later
#include "report_dialog.h"

#include "clinician_report_pdf.h"

#include "app/gui/dialogs/field_errors.h"

#include "app/gui/session/journal_session.h"
#include "app/gui/widgets/date_time_field.h"
#include "app/gui/widgets/file_dialogs.h"
#include "app/gui/widgets/status_message.h"

#include "core/rules/rules_engine.h"
#include "core/store/journal_files.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QThread>
#include <QTimer>
#include <QUrl>

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
    preset_->setObjectName(QStringLiteral("reportPreset"));
    from_ = new DateTimeField(DateTimeField::Parts::Date, this);
    from_->setObjectName(QStringLiteral("reportFrom"));
    from_->setAccessibleName(tr("First day of the report"));
    to_ = new DateTimeField(DateTimeField::Parts::Date, this);
    to_->setObjectName(QStringLiteral("reportTo"));
    to_->setAccessibleName(tr("Last day of the report"));
    error_ = new QLabel(this);
    error_->setObjectName(QStringLiteral("reportDateError"));
    error_->setWordWrap(true);
    error_->setProperty("fieldError", true);
    setStyleSheet(FieldErrors::styleSheet(palette()));
    error_->setVisible(false);
    for (DateTimeField* edit : {from_, to_}) {
        connect(edit, &DateTimeField::changed, this, [this] {
            preset_->setCurrentIndex(3);
            checkDates();
        });
    }
    const auto row = [&](const QString& text, QWidget* field) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    row(tr("&Period"), preset_);
    row(tr("&From"), from_);
    row(tr("&To"), to_);
    form->addRow(QString(), error_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    save_ = buttons->button(QDialogButtonBox::Ok);
    save_->setText(tr("&Save PDF…"));
    save_->setObjectName(QStringLiteral("saveButton"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (checkDates()) accept();
    });
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
    checkDates();
}

bool ReportPeriodDialog::checkDates() {
    QString problem = from_->problem();
    if (problem.isEmpty()) problem = to_->problem();
    if (problem.isEmpty() && to_->date() < from_->date())
        problem = tr("The last day must not be before the first");
    error_->setText(sentence(problem));
    error_->setVisible(!problem.isEmpty());
    save_->setEnabled(problem.isEmpty());
    return problem.isEmpty();
}

ReportPeriod ReportPeriodDialog::period() const {
    return {from_->date(), to_->date()};
}

void offerToOpenReport(QWidget* parent, const QString& path, int pages) {
    const QString name = QFileInfo(path).fileName();
    announce(parent, QObject::tr("Saved the report %1 (%n page(s)).", nullptr, pages).arg(name));
    auto* box = new QMessageBox(QMessageBox::Information, QObject::tr("Report saved"),
                                QObject::tr("The report was saved as %1.").arg(name),
                                QMessageBox::Close, parent);
    box->setObjectName(QStringLiteral("reportSavedBox"));
    box->setInformativeText(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
    QPushButton* open = box->addButton(QObject::tr("Open the PDF"), QMessageBox::AcceptRole);
    open->setObjectName(QStringLiteral("openReportButton"));
    box->setDefaultButton(open);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(open, &QPushButton::clicked, box,
                     [path] { QDesktopServices::openUrl(QUrl::fromLocalFile(path)); });
    box->open();
    // It comes up while the window is busy with the closing period dialog and the file
    // dialog, and was left without the keyboard: Escape and Enter did nothing. Once it is up,
    // it takes the focus, on "Open the PDF".
    QTimer::singleShot(0, box, [box, open] {
        box->raise();
        box->activateWindow();
        open->setFocus(Qt::ActiveWindowFocusReason);
    });
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
    const QString folder = documentsFolder();
    const QString path = askSaveFile(parent, QObject::tr("Save the report"),
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
        if (*outcome) {
            offerToOpenReport(window, path, **outcome);
            return;
        }
        QMessageBox::warning(window, QObject::tr("Report"),
                             QObject::tr("The report was not saved: %1").arg(outcome->error()));
    });
    thread->start();
}

}  // namespace stridelog::gui
