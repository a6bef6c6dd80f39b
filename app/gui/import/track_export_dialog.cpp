// SPDX-License-Identifier: GPL-3.0-or-later
#include "track_export_dialog.h"

#include "app/gui/session/journal_session.h"
#include "app/gui/widgets/file_dialogs.h"
#include "app/gui/widgets/status_message.h"

#include "core/store/journal_files.h"
#include "core/workflows/track_files.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace stridelog::gui {

TrackExportDialog::TrackExportDialog(JournalSession& session, std::vector<RunId> selected,
                                     QWidget* parent)
    : QDialog(parent), session_(session), selected_(std::move(selected)) {
    setWindowTitle(tr("Export runs as GPX or TCX"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    format_ = new QComboBox(this);
    format_->setObjectName(QStringLiteral("trackFormatBox"));
    format_->addItem(tr("GPX 1.1 (most programs)"));
    format_->addItem(tr("TCX (Garmin, with laps)"));
    form->addRow(tr("&Format:"), format_);

    selectedRuns_ = new QRadioButton(
        selected_.empty()
            ? tr("No run is selected in the runs table")
            : tr("The %n run(s) selected in the runs table", nullptr, int(selected_.size())),
        this);
    selectedRuns_->setObjectName(QStringLiteral("selectedRunsButton"));
    period_ = new QRadioButton(tr("The runs &between"), this);
    period_->setObjectName(QStringLiteral("periodButton"));
    const QDate today = session_.now().localDate();
    from_ = new QDateEdit(today.addMonths(-1), this);
    from_->setObjectName(QStringLiteral("fromDate"));
    to_ = new QDateEdit(today, this);
    to_->setObjectName(QStringLiteral("toDate"));
    for (QDateEdit* edit : {from_, to_}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    auto* periodRow = new QHBoxLayout;
    periodRow->addWidget(period_);
    periodRow->addWidget(from_);
    periodRow->addWidget(new QLabel(tr("and"), this));
    periodRow->addWidget(to_);
    periodRow->addStretch();
    selectedRuns_->setEnabled(!selected_.empty());
    (selected_.empty() ? period_ : selectedRuns_)->setChecked(true);
    form->addRow(tr("Runs:"), selectedRuns_);
    form->addRow(QString(), periodRow);

    folder_ =
        new QLineEdit(QDir(documentsFolder()).filePath(QStringLiteral("stridelog-runs")), this);
    folder_->setObjectName(QStringLiteral("folderEdit"));
    auto* choose = new QPushButton(tr("&Choose…"), this);
    connect(choose, &QPushButton::clicked, this, &TrackExportDialog::chooseFolder);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(folder_, 1);
    folderRow->addWidget(choose);
    // A row of a layout gets no buddy from addRow: the label is given its field by hand.
    auto* folderLabel = new QLabel(tr("F&older:"), this);
    folderLabel->setBuddy(folder_);
    form->addRow(folderLabel, folderRow);
    layout->addLayout(form);

    progress_ = new QProgressBar(this);
    progress_->setObjectName(QStringLiteral("trackExportProgress"));
    progress_->setVisible(false);
    layout->addWidget(progress_);
    result_ = new QLabel(this);
    result_->setObjectName(QStringLiteral("trackExportResult"));
    result_->setWordWrap(true);
    result_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(result_);

    auto* buttons = new QDialogButtonBox(this);
    export_ = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    export_->setObjectName(QStringLiteral("trackExportButton"));
    cancel_ = buttons->addButton(tr("Cancel the export"), QDialogButtonBox::ActionRole);
    cancel_->setObjectName(QStringLiteral("trackExportCancel"));
    cancel_->setEnabled(false);
    buttons->addButton(QDialogButtonBox::Close);
    // Accept would close the dialog; the result stays readable instead.
    disconnect(buttons, &QDialogButtonBox::accepted, nullptr, nullptr);
    connect(export_, &QPushButton::clicked, this, &TrackExportDialog::exportRuns);
    connect(cancel_, &QPushButton::clicked, this, [this] { cancelRequested_ = true; });
    connect(buttons, &QDialogButtonBox::rejected, this, [this] {
        // Closing while exporting cancels first; the files written so far stay complete.
        cancelRequested_ = true;
        reject();
    });
    layout->addWidget(buttons);
}

void TrackExportDialog::setFolder(const QString& folder) {
    folder_->setText(folder);
}

QString TrackExportDialog::resultText() const {
    return result_->text();
}

void TrackExportDialog::chooseFolder() {
    const QString folder = askFolder(this, tr("Export into a folder"), folder_->text());
    if (!folder.isEmpty()) folder_->setText(folder);
}

std::vector<RunId> TrackExportDialog::runsChosen() const {
    if (selectedRuns_->isChecked()) return selected_;
    std::vector<RunId> ids;
    const auto runs = session_.journal().runs({from_->date(), to_->date()});
    if (!runs) return ids;
    ids.reserve(runs->size());
    for (const Run& run : *runs) ids.push_back(run.id);
    return ids;
}

void TrackExportDialog::exportRuns() {
    const QString folder = folder_->text().trimmed();
    if (folder.isEmpty()) {
        result_->setText(tr("Choose a folder for the files."));
        return;
    }
    // The one guard of every output: never the journal, its side files or its folder's own.
    if (auto refused = refuseJournalFiles(session_.journalPath(), folder); !refused) {
        result_->setText(tr("Nothing was exported: %1").arg(refused.error().message));
        return;
    }
    TrackFolderOptions options;
    options.format = format_->currentIndex() == 1 ? TrackFormat::Tcx : TrackFormat::Gpx;
    options.runs = runsChosen();
    // An empty list would mean every run to the workflow; here it means none.
    if (options.runs.empty()) {
        result_->setText(tr("There are no runs to export: choose runs or a period with runs."));
        return;
    }
    cancelRequested_ = false;
    options.cancel = &cancelRequested_;
    options.progress = [this](std::size_t done, std::size_t total) {
        progress_->setMaximum(int(total));
        progress_->setValue(int(done));
        Q_EMIT progressed(done, total);
        // Lets a click on Cancel through between two files.
        QApplication::processEvents();
    };
    progress_->setValue(0);
    progress_->setVisible(true);
    export_->setEnabled(false);
    cancel_->setEnabled(true);
    result_->setText(tr("Exporting…"));
    const auto exported = exportRunsToFolder(session_.journal(), folder, options);
    export_->setEnabled(true);
    cancel_->setEnabled(false);
    progress_->setVisible(false);
    if (!exported) {
        result_->setText(tr("Nothing was exported: %1").arg(exported.error().message));
        return;
    }
    int withTrack = 0;
    int summaryOnly = 0;
    int taken = 0;
    int failed = 0;
    for (const TrackFileResult& file : exported->files) {
        switch (file.outcome) {
            case TrackFileResult::Outcome::Written:
                ++(file.exported.track ? withTrack : summaryOnly);
                break;
            case TrackFileResult::Outcome::AlreadyThere:
                ++taken;
                break;
            case TrackFileResult::Outcome::Failed:
                ++failed;
                break;
        }
    }
    QStringList lines;
    lines << tr("%n file(s) written with the run's track", nullptr, withTrack)
          << tr("%n run(s) without a track, written as the summary only", nullptr, summaryOnly);
    if (taken > 0)
        lines << tr("%n left out: a file of that name was already there", nullptr, taken);
    if (failed > 0) lines << tr("%n could not be written", nullptr, failed);
    QString text =
        lines.join(QStringLiteral("; ")) + tr(", in %1.").arg(QDir::toNativeSeparators(folder));
    if (exported->cancelled) {
        text = tr("Cancelled after %n run(s); every file written is complete.", nullptr,
                  int(exported->files.size())) +
               QLatin1Char(' ') + text;
    }
    result_->setText(text);
}

}  // namespace stridelog::gui
