// SPDX-License-Identifier: GPL-3.0-or-later
#include "runs_page.h"

#include "app/gui/dialogs/dialog_launchers.h"
#include "app/gui/dialogs/log_run_dialog.h"
#include "app/gui/models/date_range_filter.h"
#include "app/gui/models/runs_table_model.h"
#include "app/gui/session/journal_edits.h"

#include "core/i18n/locale_text.h"
#include "core/model/unit_text.h"
#include "core/model/value_parsing.h"

#include <QBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QMetaMethod>
#include <QPushButton>
#include <QTableView>

namespace stridelog::gui {
namespace {

const Run* findRun(const Evaluation& evaluation, std::int64_t id) {
    for (const Run& run : evaluation.journal.runs) {
        if (run.id.value() == id) return &run;
    }
    return nullptr;
}

}  // namespace

RunsPage::RunsPage(JournalSession& session, QWidget* parent)
    : EntryTablePage(session, QStringLiteral("runs"), parent) {
    setObjectName(QStringLiteral("runsPage"));
    table()->setAccessibleName(tr("Runs"));
    setModel(new RunsTableModel(session, this), RunsTableModel::Date, Qt::DescendingOrder);
    // Search across the notes and the pairs' names (every column, in fact) as the user types.
    auto* search = new QLineEdit(this);
    search->setObjectName(QStringLiteral("searchRuns"));
    search->setPlaceholderText(tr("Search notes and pairs"));
    search->setAccessibleName(tr("Search runs"));
    search->setClearButtonEnabled(true);
    if (auto* box = qobject_cast<QBoxLayout*>(layout())) box->insertWidget(0, search);
    connect(search, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (auto* filter = qobject_cast<DateRangeFilter*>(table()->model()))
            filter->setSearch(text);
    });
    QPushButton* log = addButton(tr("&Log run…"), QStringLiteral("logRunButton"));
    edit_ = addButton(tr("Ed&it…"), QStringLiteral("editRunButton"));
    delete_ = addButton(tr("&Delete"), QStringLiteral("deleteRunButton"));
    connect(log, &QPushButton::clicked, this, [this] { showLogRunDialog(this->session(), this); });
    connect(edit_, &QPushButton::clicked, this, [this] {
        if (const auto id = selectedId()) editRun(id);
    });
    connect(delete_, &QPushButton::clicked, this, [this] {
        if (const auto id = selectedId()) deleteEntry(id);
    });
    selectionChanged();
}

void RunsPage::selectionChanged() {
    const bool any = selectedId() != 0;
    edit_->setEnabled(any);
    delete_->setEnabled(any);
}

void RunsPage::editEntry(std::int64_t id) {
    if (isSignalConnected(QMetaMethod::fromSignal(&RunsPage::runOpened))) {
        Q_EMIT runOpened(id);
        return;
    }
    editRun(id);
}

void RunsPage::editRun(std::int64_t id) {
    const Run* run = findRun(session().evaluation(), id);
    if (!run) return;
    LogRunDialog dialog(session(), *run, this);
    dialog.exec();
}

void RunsPage::deleteEntry(std::int64_t id) {
    const Run* run = findRun(session().evaluation(), id);
    if (!run) return;
    const UnitSystem units = session().evaluation().journal.settings.units;
    const QString description =
        tr("the run of %1 (%2)")
            .arg(i18n::day(run->start.localDate()) + QLatin1Char(' ') +
                     run->start.localDateTime().toString(QStringLiteral("HH:mm")),
                 UnitText::app(units).distance(run->distance, 2));
    if (confirmDelete(description)) edits::deleteRun(session(), RunId(id));
}

}  // namespace stridelog::gui
