// SPDX-License-Identifier: GPL-3.0-or-later
#include "import_results_dialog.h"

#include "app/gui/session/journal_edits.h"
#include "app/gui/session/journal_session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace stridelog::gui {
namespace {

QString statusWord(ImportStatus status) {
    switch (status) {
        case ImportStatus::Imported:
            return ImportResultsDialog::tr("imported");
        case ImportStatus::Duplicate:
            return ImportResultsDialog::tr("already in the journal");
        case ImportStatus::Skipped:
            return ImportResultsDialog::tr("skipped");
        case ImportStatus::Error:
            return ImportResultsDialog::tr("could not be read");
    }
    return {};
}

QTableWidget* resultsTable(const ImportReport& report, QWidget* parent) {
    auto* table = new QTableWidget(static_cast<int>(report.results.size()), 3, parent);
    table->setObjectName(QStringLiteral("importResults"));
    table->setHorizontalHeaderLabels({ImportResultsDialog::tr("File"),
                                      ImportResultsDialog::tr("Status"),
                                      ImportResultsDialog::tr("Message")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    int row = 0;
    for (const ImportResult& result : report.results) {
        auto* file = new QTableWidgetItem(QFileInfo(result.file).fileName());
        file->setToolTip(result.file);
        table->setItem(row, 0, file);
        table->setItem(row, 1, new QTableWidgetItem(statusWord(result.status)));
        // The File column names the file: the message says only what happened to it.
        QString said = ImportResultsDialog::plainMessage(result);
        const QString prefix = QFileInfo(result.file).fileName() + QStringLiteral(": ");
        if (said.startsWith(prefix)) said = said.mid(prefix.size());
        auto* message = new QTableWidgetItem(said);
        message->setToolTip(result.message);
        table->setItem(row, 2, message);
        ++row;
    }
    table->resizeColumnsToContents();
    return table;
}

}  // namespace

ImportResultsDialog::ImportResultsDialog(const ImportReport& report, QWidget* parent,
                                         JournalSession* session)
    : QDialog(parent), session_(session) {
    setWindowTitle(report.cancelled ? tr("Import cancelled") : tr("Import finished"));
    auto* layout = new QVBoxLayout(this);
    auto* label = new QLabel(summary(report), this);
    label->setObjectName(QStringLiteral("importSummary"));
    label->setWordWrap(true);
    layout->addWidget(label);
    if (!report.results.empty()) layout->addWidget(resultsTable(report, this));
    if (session_) addPairOffer(layout, report);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 420);
}

QString ImportResultsDialog::plainMessage(const ImportResult& result) {
    QString message = result.message;
    if (!result.file.isEmpty()) message.replace(result.file, QFileInfo(result.file).fileName());
    return message;
}

void ImportResultsDialog::addPairOffer(QLayout* layout, const ImportReport& report) {
    const JournalSnapshot& journal = session_->evaluation().journal;
    for (const ImportResult& result : report.results) {
        if (result.status != ImportStatus::Imported || !result.runId) continue;
        for (const Run& run : journal.runs) {
            if (run.id == *result.runId && !run.shoe) unpaired_.push_back(run.id);
        }
    }
    if (unpaired_.empty()) return;
    auto* row = new QHBoxLayout;
    pairNote_ = new QLabel(this);
    pairNote_->setObjectName(QStringLiteral("pairOfferNote"));
    pairNote_->setWordWrap(true);
    row->addWidget(pairNote_, 1);
    pairs_ = new QComboBox(this);
    pairs_->setObjectName(QStringLiteral("pairOfferCombo"));
    for (const Shoe& shoe : journal.shoes) {
        if (!shoe.isRetired()) pairs_->addItem(shoe.name, QVariant::fromValue(shoe.id.value()));
    }
    const int count = static_cast<int>(unpaired_.size());
    if (pairs_->count() == 0) {
        pairNote_->setText((count == 1 ? tr("1 imported run has no pair.")
                                       : tr("%1 imported runs have no pair.").arg(count)) +
                           QLatin1Char(' ') +
                           tr("Add your pair on the Shoes page to count their distance on it."));
        pairs_->hide();
    } else {
        pairNote_->setText((count == 1 ? tr("1 imported run has no pair.")
                                       : tr("%1 imported runs have no pair.").arg(count)) +
                           QLatin1Char(' ') + tr("Were they run in:"));
        pairNote_->setBuddy(pairs_);
        assign_ = new QPushButton(tr("Assign the pair"), this);
        assign_->setObjectName(QStringLiteral("assignPairButton"));
        connect(assign_, &QPushButton::clicked, this, &ImportResultsDialog::assignPair);
        row->addWidget(pairs_);
        row->addWidget(assign_);
    }
    static_cast<QVBoxLayout*>(layout)->addLayout(row);
}

void ImportResultsDialog::assignPair() {
    const ShoeId shoe(pairs_->currentData().toLongLong());
    if (!edits::assignShoe(*session_, unpaired_, shoe)) return;
    pairNote_->setText(
        tr("They now count on %1. Edit ▸ Undo takes it back.").arg(pairs_->currentText()));
    pairs_->setEnabled(false);
    assign_->setEnabled(false);
}

QString ImportResultsDialog::summary(const ImportReport& report) {
    QString text = tr("%1 imported, %2 already in the journal, %3 skipped, %4 could not be read.")
                       .arg(report.count(ImportStatus::Imported))
                       .arg(report.count(ImportStatus::Duplicate))
                       .arg(report.count(ImportStatus::Skipped))
                       .arg(report.count(ImportStatus::Error));
    if (report.cancelled)
        text += QLatin1Char(' ') + tr("The import was cancelled; files not "
                                      "finished left nothing behind.");
    if (report.failure)
        text = tr("The import stopped: %1").arg(report.failure->message) + QLatin1Char(' ') + text;
    return text;
}

void showImportResults(const ImportReport& report, QWidget* parent, JournalSession* session) {
    auto* dialog = new ImportResultsDialog(report, parent, session);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

}  // namespace stridelog::gui
