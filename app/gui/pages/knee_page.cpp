// SPDX-License-Identifier: GPL-3.0-or-later
#include "knee_page.h"

#include "app/gui/charts/chart_palette.h"
#include "app/gui/charts/knee_site_counts.h"
#include "app/gui/charts/qcustomplot_include.h"

#include "core/i18n/locale_text.h"
#include "core/model/unit_text.h"
#include "core/rules/as_of_journal.h"
#include "core/rules/pain_follows.h"
#include "core/rules/rules_engine.h"

#include "app/gui/widgets/scrolling_page.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>

namespace stridelog::gui {
namespace {

// Local wall-clock time as seconds on a UTC axis, so the axis shows the runner's dates.
double timeKey(const Instant& instant) {
    const QDateTime local = instant.localDateTime();
    return static_cast<double>(
        QDateTime(local.date(), local.time(), QTimeZone::utc()).toSecsSinceEpoch());
}

double dayKey(QDate day) {
    return static_cast<double>(QDateTime(day, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch());
}

QTableWidgetItem* cell(const QString& text, bool number = false) {
    auto* item = new QTableWidgetItem(text);
    if (number) item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString percent(int part, int whole) {
    return whole > 0 ? QStringLiteral("%1%").arg(100.0 * part / whole, 0, 'f', 0)
                     : QStringLiteral("–");
}

}  // namespace

KneePage::KneePage(JournalSession& session, QWidget* parent) : JournalPage(session, parent) {
    setObjectName(QStringLiteral("kneePage"));
    auto* grid = new QGridLayout(scrollingContent(this));
    timeline_ = new QCustomPlot(this);
    timeline_->setObjectName(QStringLiteral("painTimeline"));
    timeline_->setAccessibleName(
        tr("Knee pain over time, by intensity and stage, over the weekly distance"));
    timeline_->setMinimumHeight(240);
    timeline_->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    timeline_->axisRect()->setRangeDrag(Qt::Horizontal);
    timeline_->axisRect()->setRangeZoom(Qt::Horizontal);
    sites_ = new KneeSiteCounts(this);
    rates_ = new QTableWidget(0, 4, this);
    rates_->setObjectName(QStringLiteral("painFollowRates"));
    rates_->setHorizontalHeaderLabels(
        {tr("Runs"), tr("Followed by pain"), tr("Other runs"), tr("")});
    rates_->verticalHeader()->setVisible(false);
    rates_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    rates_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    rates_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);

    auto* sitesBox = new QGroupBox(tr("Where it hurt, and how often"), this);
    (new QVBoxLayout(sitesBox))->addWidget(sites_);
    auto* ratesBox = new QGroupBox(tr("What the pain follows (last 180 days)"), this);
    auto* ratesLayout = new QVBoxLayout(ratesBox);
    auto* note = new QLabel(
        tr("Share of runs followed by pain within 24 hours, for each kind of run, against all "
           "other runs. \"Pattern\" marks where the journal warns (at least 5 runs, 3 followed, "
           "and twice the rate of the others)."),
        ratesBox);
    note->setWordWrap(true);
    ratesLayout->addWidget(note);
    ratesLayout->addWidget(rates_);

    grid->addWidget(timeline_, 0, 0, 1, 2);
    grid->addWidget(sitesBox, 1, 0);
    grid->addWidget(ratesBox, 1, 1);
    grid->setRowStretch(0, 3);
    grid->setRowStretch(1, 2);
    grid->setColumnStretch(1, 2);
    connect(&session, &JournalSession::evaluated, this, &KneePage::redraw);
    redraw();
}

void KneePage::redraw() {
    drawTimeline();
    std::map<Site, int> counts;
    for (const PainEntry& pain : session().evaluation().journal.pains)
        if (session().evaluation().asOf.counts(pain.start)) ++counts[pain.site];
    sites_->setCounts(std::move(counts));
    fillRates();
}

void KneePage::drawTimeline() {
    const Evaluation& evaluation = session().evaluation();
    const UnitText units = UnitText::app(evaluation.journal.settings.units);
    const ChartColours colours = ChartColours::from(palette());
    timeline_->clearPlottables();
    timeline_->clearItems();
    // The weekly distance, shaded behind on the right-hand axis.
    auto* volume = new QCPBars(timeline_->xAxis, timeline_->yAxis2);
    volume->setName(tr("Weekly distance"));
    QColor shade = colours.subtleText;
    shade.setAlpha(60);
    volume->setBrush(shade);
    volume->setPen(Qt::NoPen);
    volume->setWidth(7 * 86'400 * 0.9);
    double top = 1;
    for (const WeekSummary& week : evaluation.weeks) {
        const double value = units.value(week.volume);
        volume->addData(dayKey(week.weekStart) + 3.5 * 86'400, value);
        top = std::max(top, value);
    }
    // Each entry at its intensity, coloured by stage, with a line as long as it lasted.
    std::array<QCPGraph*, 4> stages{};
    for (int stage = 1; stage <= 4; ++stage) {
        QCPGraph* graph = timeline_->addGraph(timeline_->xAxis, timeline_->yAxis);
        graph->setName(tr("Stage %1").arg(stage));
        graph->setLineStyle(QCPGraph::lsNone);
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, colours.painStage(stage),
                                               colours.painStage(stage), 8));
        stages[static_cast<std::size_t>(stage - 1)] = graph;
    }
    const Instant asOf = evaluation.asOf.instant();
    double first = dayKey(evaluation.asOf.day()) - 180 * 86'400.0;
    for (const PainEntry& pain : evaluation.journal.pains) {
        if (!evaluation.asOf.counts(pain.start)) continue;
        const PainAssessment assessment = assessPain(pain, evaluation.asOf);
        const int stage = std::clamp(assessment.stage, 1, 4);
        const double start = timeKey(pain.start);
        first = std::min(first, start);
        stages[static_cast<std::size_t>(stage - 1)]->addData(start, pain.intensity);
        const Instant end = pain.end && *pain.end < asOf ? *pain.end : asOf;
        auto* lasted = new QCPItemLine(timeline_);
        lasted->start->setCoords(start, pain.intensity);
        lasted->end->setCoords(std::max(start, timeKey(end)), pain.intensity);
        lasted->setPen(QPen(colours.painStage(stage), 3, Qt::SolidLine, Qt::FlatCap));
    }
    auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
    ticker->setDateTimeSpec(Qt::UTC);
    ticker->setDateTimeFormat(i18n::dateFormat(i18n::DateStyle::ShortDayMonth) +
                              QStringLiteral("\nyyyy"));
    ticker->setTickCount(8);
    timeline_->xAxis->setTicker(ticker);
    // The last 180 days by default (R13's window); drag or zoom for more.
    const double end = dayKey(evaluation.asOf.day()) + 86'400 * 2;
    timeline_->xAxis->setRange(std::max(first, end - 182 * 86'400.0), end);
    timeline_->yAxis->setRange(0, 10.5);
    timeline_->yAxis->setLabel(tr("Pain (0–10)"));
    timeline_->yAxis2->setVisible(true);
    timeline_->yAxis2->setRange(0, top * 1.1);
    timeline_->yAxis2->setLabel(tr("%1 a week").arg(units.symbol()));
    timeline_->legend->setVisible(true);
    timeline_->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    applyPlotTheme(*timeline_, colours);
    timeline_->replot();
}

void KneePage::fillRates() {
    const Evaluation& evaluation = session().evaluation();
    const std::vector<FollowRate> rates =
        painFollowRates(AsOfJournal(evaluation.journal, evaluation.asOf));
    rates_->setRowCount(static_cast<int>(rates.size()));
    for (int row = 0; row < static_cast<int>(rates.size()); ++row) {
        const FollowRate& rate = rates[static_cast<std::size_t>(row)];
        rates_->setItem(row, 0, cell(rate.label));
        rates_->setItem(row, 1,
                        cell(tr("%1 of %2 (%3)")
                                 .arg(rate.followed)
                                 .arg(rate.runs)
                                 .arg(percent(rate.followed, rate.runs)),
                             true));
        rates_->setItem(row, 2,
                        cell(tr("%1 of %2 (%3)")
                                 .arg(rate.otherFollowed)
                                 .arg(rate.otherRuns)
                                 .arg(percent(rate.otherFollowed, rate.otherRuns)),
                             true));
        rates_->setItem(row, 3, cell(rate.pattern ? tr("Pattern") : QString()));
    }
}

}  // namespace stridelog::gui
