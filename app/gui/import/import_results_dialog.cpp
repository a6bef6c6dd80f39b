// SPDX-License-Identifier: GPL-3.0-or-later
#include "import_results_dialog.h"

#include "app/gui/session/journal_edits.h"
#include "app/gui/session/journal_session.h"

#include "core/model/unit_text.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace stridelog::gui {
namespace {

// The groups, in the order a runner needs them: what went wrong first.
constexpr ImportStatus kGroupOrder[] = {ImportStatus::Error, ImportStatus::Duplicate,
                                        ImportStatus::Skipped, ImportStatus::Imported};
// A group this long starts folded; errors are always open.
constexpr int kOpenGroupLines = 30;

QString groupTitle(ImportStatus status, std::int64_t count) {
    const bool one = count == 1;
    switch (status) {
        case ImportStatus::Imported:
            return one ? ImportResultsDialog::tr("Imported: 1 run")
                       : ImportResultsDialog::tr("Imported: %1 runs").arg(count);
        case ImportStatus::Duplicate:
            return one ? ImportResultsDialog::tr("Already in the journal: 1 run")
                       : ImportResultsDialog::tr("Already in the journal: %1 runs").arg(count);
        case ImportStatus::Skipped:
            return one ? ImportResultsDialog::tr("Skipped: 1 activity")
                       : ImportResultsDialog::tr("Skipped: %1 activities").arg(count);
        case ImportStatus::Error:
            return ImportResultsDialog::tr("Could not be read: %1").arg(count);
    }
    return {};
}

}  // namespace

ImportResultsDialog::ImportResultsDialog(const ImportReport& report, QWidget* parent,
                                         JournalSession* session, std::vector<RunId> addedRuns)
    : QDialog(parent), session_(session) {
    setWindowTitle(report.cancelled ? tr("Import cancelled") : tr("Import finished"));
    auto* layout = new QVBoxLayout(this);
    auto* label = new QLabel(summary(report), this);
    label->setObjectName(QStringLiteral("importSummary"));
    label->setWordWrap(true);
    layout->addWidget(label);
    if (!report.results.empty()) layout->addWidget(createResults(report));
    if (session_) addPairOffer(layout, report, std::move(addedRuns));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 420);
}

QTreeWidget* ImportResultsDialog::createResults(const ImportReport& report) {
    auto* tree = new QTreeWidget(this);
    tree->setObjectName(QStringLiteral("importResults"));
    tree->setHeaderLabels({tr("File"), tr("Run"), tr("What happened")});
    tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    tree->setUniformRowHeights(true);
    tree->header()->setStretchLastSection(true);
    for (const ImportStatus status : kGroupOrder) {
        QList<QTreeWidgetItem*> lines;
        for (const ImportResult& result : report.results) {
            if (result.status != status) continue;
            auto* line = new QTreeWidgetItem;
            line->setText(0, QFileInfo(result.file).fileName());
            line->setToolTip(0, result.file);
            line->setText(1, runName(result.runId));
            line->setText(2, whatHappened(result));
            line->setToolTip(2, plainMessage(result));
            lines << line;
        }
        if (lines.isEmpty()) continue;
        auto* group = new QTreeWidgetItem(tree);
        group->setText(0, groupTitle(status, report.count(status)));
        group->setData(0, Qt::UserRole, static_cast<int>(status));
        group->setFirstColumnSpanned(true);
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->addChildren(lines);
        group->setExpanded(status == ImportStatus::Error || lines.size() <= kOpenGroupLines);
    }
    tree->resizeColumnToContents(0);
    tree->resizeColumnToContents(1);
    return tree;
}

QString ImportResultsDialog::runName(std::optional<RunId> id) const {
    if (!session_ || !id) return {};
    const JournalSnapshot& journal = session_->evaluation().journal;
    for (const Run& run : journal.runs) {
        if (run.id != *id) continue;
        return tr("%1, %2", "a run: its date and time, its distance")
            .arg(run.start.localDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                 UnitText::app(journal.settings.units).distance(run.distance));
    }
    return {};
}

QString ImportResultsDialog::whatHappened(const ImportResult& result) const {
    // The File column names the file: the message says only what happened to it.
    QString said = plainMessage(result);
    const QString prefix = QFileInfo(result.file).fileName() + QStringLiteral(": ");
    if (said.startsWith(prefix)) said = said.mid(prefix.size());
    // The importer names the run it repeats by its id, which nobody sees; the Run column names
    // it by its date and distance instead.
    if (result.status == ImportStatus::Duplicate && !runName(result.runId).isEmpty()) {
        return said.contains(QStringLiteral("earlier in the file"))
                   ? tr("the same run appears earlier in the file")
                   : tr("already in the journal");
    }
    return said;
}

QString ImportResultsDialog::plainMessage(const ImportResult& result) {
    QString message = result.message;
    if (!result.file.isEmpty()) message.replace(result.file, QFileInfo(result.file).fileName());
    return message;
}

void ImportResultsDialog::addPairOffer(QLayout* layout, const ImportReport& report,
                                       std::vector<RunId> addedRuns) {
    const JournalSnapshot& journal = session_->evaluation().journal;
    // Every run the import added: those the report names and those it only counts.
    for (const ImportResult& result : report.results) {
        if (result.status == ImportStatus::Imported && result.runId)
            addedRuns.push_back(*result.runId);
    }
    std::sort(addedRuns.begin(), addedRuns.end());
    addedRuns.erase(std::unique(addedRuns.begin(), addedRuns.end()), addedRuns.end());
    for (const Run& run : journal.runs) {
        if (!run.shoe && std::binary_search(addedRuns.begin(), addedRuns.end(), run.id))
            unpaired_.push_back(run.id);
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

void showImportResults(const ImportReport& report, QWidget* parent, JournalSession* session,
                       std::vector<RunId> addedRuns) {
    auto* dialog = new ImportResultsDialog(report, parent, session, std::move(addedRuns));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

}  // namespace stridelog::gui
