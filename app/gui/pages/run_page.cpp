// SPDX-License-Identifier: GPL-3.0-or-later
#include "run_page.h"

#include "app/gui/charts/route_view.h"
#include "app/gui/charts/track_chart.h"
#include "app/gui/dialogs/log_run_dialog.h"
#include "app/gui/import/run_file_export.h"
#include "app/gui/presenters/run_presenter.h"
#include "app/gui/widgets/scrolling_page.h"

#include "core/model/unit_text.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace stridelog::gui {
namespace {

QLabel* textLabel(QWidget* parent, const QString& name) {
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    return label;
}

QTableWidget* rowsTable(QWidget* parent, const QString& name, const QStringList& header) {
    auto* table = new QTableWidget(0, static_cast<int>(header.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(header);
    table->verticalHeader()->setVisible(false);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->setMinimumHeight(160);
    return table;
}

QGroupBox* box(const QString& title, QWidget* content, QWidget* parent) {
    auto* group = new QGroupBox(title, parent);
    auto* layout = new QVBoxLayout(group);
    layout->addWidget(content);
    return group;
}

QString bulleted(const QStringList& lines, const QString& none) {
    if (lines.isEmpty()) return none;
    return QStringLiteral("• ") + lines.join(QStringLiteral("\n• "));
}

}  // namespace

RunPage::RunPage(JournalSession& session, QWidget* parent) : JournalPage(session, parent) {
    setObjectName(QStringLiteral("runPage"));
    QWidget* content = scrollingContent(this);
    auto* grid = new QGridLayout(content);

    title_ = textLabel(content, QStringLiteral("runTitle"));
    QFont big = title_->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title_->setFont(big);
    facts_ = textLabel(content, QStringLiteral("runFacts"));
    rules_ = textLabel(content, QStringLiteral("runRules"));
    pain_ = textLabel(content, QStringLiteral("runPain"));
    route_ = new RouteView(content);
    chart_ = new TrackChart(content);
    const QStringList lapHeader{tr("Lap"),  tr("Distance"),   tr("Time"),
                                tr("Pace"), tr("Heart rate"), QString()};
    laps_ = rowsTable(content, QStringLiteral("lapsTable"), lapHeader);
    splits_ = rowsTable(
        content, QStringLiteral("splitsTable"),
        {tr("Split"), tr("Distance"), tr("Time"), tr("Pace"), tr("Heart rate"), tr("Climb")});
    laps_->setColumnHidden(5, true);

    auto* about = new QWidget(content);
    auto* aboutLayout = new QVBoxLayout(about);
    aboutLayout->setContentsMargins(0, 0, 0, 0);
    aboutLayout->addWidget(facts_);
    aboutLayout->addWidget(box(tr("What the rules say of it"), rules_, about));
    aboutLayout->addWidget(box(tr("Knee pain after it"), pain_, about));
    aboutLayout->addStretch(1);

    edit_ = new QPushButton(tr("Edit r&un and pain…"), content);
    edit_->setObjectName(QStringLiteral("editRunButton"));
    connect(edit_, &QPushButton::clicked, this, &RunPage::editRun);
    export_ = new QPushButton(tr("E&xport…"), content);
    export_->setObjectName(QStringLiteral("exportRunButton"));
    export_->setToolTip(tr("This run as a GPX or TCX file for another program"));
    connect(export_, &QPushButton::clicked, this,
            [this] { exportRunInteractively(this->session(), run_, this); });
    auto* header = new QHBoxLayout;
    header->addWidget(title_, 1);
    header->addWidget(export_, 0, Qt::AlignTop);
    header->addWidget(edit_, 0, Qt::AlignTop);
    grid->addLayout(header, 0, 0, 1, 2);
    grid->addWidget(about, 1, 0);
    grid->addWidget(box(tr("Route"), route_, content), 1, 1);
    grid->addWidget(chart_, 2, 0, 1, 2);
    grid->addWidget(box(tr("Laps"), laps_, content), 3, 0);
    grid->addWidget(box(tr("Splits"), splits_, content), 3, 1);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    grid->setRowStretch(2, 1);
    chart_->setMinimumHeight(300);

    connect(&session, &JournalSession::evaluated, this, &RunPage::redraw);
}

void RunPage::showRun(RunId id) {
    run_ = id;
    redraw();
}

void RunPage::editRun() {
    for (const Run& run : session().evaluation().journal.runs) {
        if (run.id != run_) continue;
        LogRunDialog dialog(session(), run, this);
        dialog.exec();
        return;
    }
}

void RunPage::redraw() {
    const Evaluation& evaluation = session().evaluation();
    const Run* run = nullptr;
    for (const Run& candidate : evaluation.journal.runs)
        if (candidate.id == run_) run = &candidate;
    if (!run) {
        title_->setText(tr("This run is not in the journal."));
        edit_->setEnabled(false);
        export_->setEnabled(false);
        for (QLabel* label : {facts_, rules_, pain_}) label->clear();
        route_->setRoute({});
        chart_->setSeries({}, QString(), QString());
        fillTable(laps_, {});
        fillTable(splits_, {});
        return;
    }
    // The track is read here, when the run is opened, and never kept with the evaluation.
    auto track = session().journal().track(run_);
    if (!track) session().reportFailure(tr("Reading the run's track"), track.error());
    const RunView view = presentRun(evaluation, *run, track ? *track : std::nullopt);
    const UnitSystem units = evaluation.journal.settings.units;
    title_->setText(view.title);
    edit_->setEnabled(true);
    export_->setEnabled(true);
    facts_->setText(view.facts.join(QLatin1Char('\n')));
    rules_->setText(bulleted(view.rules, QString()));
    pain_->setText(bulleted(view.pain, tr("No pain was logged in the 24 hours after it.")));
    route_->setRoute(view.route);
    chart_->setSeries(view.series, unitSymbol(units), paceSymbol(units));
    fillTable(laps_, view.laps);
    fillTable(splits_, view.splits);
}

void RunPage::fillTable(QTableWidget* table, const std::vector<RowText>& rows) {
    table->setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < static_cast<int>(rows.size()); ++r) {
        const RowText& row = rows[static_cast<std::size_t>(r)];
        const QStringList cells{row.number, row.distance,  row.time,
                                row.pace,   row.heartRate, row.ascent};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (c > 0) item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(r, c, item);
        }
    }
}

}  // namespace stridelog::gui
