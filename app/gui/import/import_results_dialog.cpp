// SPDX-License-Identifier: GPL-3.0-or-later
#include "import_results_dialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
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
        auto* message = new QTableWidgetItem(result.message);
        message->setToolTip(result.message);
        table->setItem(row, 2, message);
        ++row;
    }
    table->resizeColumnsToContents();
    return table;
}

}  // namespace

ImportResultsDialog::ImportResultsDialog(const ImportReport& report, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(report.cancelled ? tr("Import cancelled") : tr("Import finished"));
    auto* layout = new QVBoxLayout(this);
    auto* label = new QLabel(summary(report), this);
    label->setObjectName(QStringLiteral("importSummary"));
    label->setWordWrap(true);
    layout->addWidget(label);
    if (!report.results.empty()) layout->addWidget(resultsTable(report, this));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 420);
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

void showImportResults(const ImportReport& report, QWidget* parent) {
    auto* dialog = new ImportResultsDialog(report, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

}  // namespace stridelog::gui
