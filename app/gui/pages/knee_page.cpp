// SPDX-License-Identifier: GPL-3.0-or-later
#include "knee_page.h"

#include "app/gui/charts/chart_accessibility.h"
#include "app/gui/charts/plot_theme.h"
#include "app/gui/charts/qcustomplot_include.h"
#include "app/gui/theme/chart_colours.h"
#include "app/gui/widgets/knee_site_counts.h"

#include "app/gui/presenters/knee_presenter.h"

#include "core/i18n/locale_text.h"

#include "app/gui/widgets/scrolling_page.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace stridelog::gui {
namespace {

QTableWidgetItem* cell(const QString& text, bool number = false) {
    auto* item = new QTableWidgetItem(text);
    if (number) item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
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
    const KneeView view = presentKnee(session().evaluation());
    drawTimeline(view);
    setChartSummary(*timeline_, view.summary);
    sites_->setCounts(view.siteCounts);
    fillRates(view);
}

void KneePage::drawTimeline(const KneeView& view) {
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
    volume->setWidth(view.weekBarWidth);
    for (const KneeWeekBar& week : view.weeks) volume->addData(week.key, week.value);
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
    // The morning checks as a line, so the trend R17 judges is visible beside the entries.
    if (!view.mornings.empty()) {
        QCPGraph* mornings = timeline_->addGraph(timeline_->xAxis, timeline_->yAxis);
        mornings->setName(tr("Knee in the morning"));
        mornings->setPen(QPen(colours.acute, 1.5, Qt::DashLine));
        mornings->setScatterStyle(
            QCPScatterStyle(QCPScatterStyle::ssSquare, colours.acute, colours.background, 6));
        // A line only between checks a few days apart: across weeks without one it would
        // draw a trend nobody measured (QCustomPlot breaks a line at a NaN).
        constexpr double kLongestGap = 3 * 86'400.0;
        double previous = view.mornings.front().key;
        for (const KneeMorningPoint& morning : view.mornings) {
            if (morning.key - previous > kLongestGap)
                mornings->addData((morning.key + previous) / 2, qQNaN());
            mornings->addData(morning.key, morning.pain);
            previous = morning.key;
        }
    }
    for (const KneePainMark& pain : view.pains) {
        stages[static_cast<std::size_t>(pain.stage - 1)]->addData(pain.key, pain.intensity);
        auto* lasted = new QCPItemLine(timeline_);
        lasted->start->setCoords(pain.key, pain.intensity);
        lasted->end->setCoords(pain.endKey, pain.intensity);
        lasted->setPen(QPen(colours.painStage(pain.stage), 3, Qt::SolidLine, Qt::FlatCap));
    }
    auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
    ticker->setDateTimeSpec(Qt::UTC);
    ticker->setDateTimeFormat(i18n::dateFormat(i18n::DateStyle::ShortDayMonth) +
                              QStringLiteral("\nyyyy"));
    ticker->setTickCount(8);
    timeline_->xAxis->setTicker(ticker);
    // The last 180 days by default (R13's window); drag or zoom for more.
    timeline_->xAxis->setRange(view.rangeLower, view.rangeUpper);
    timeline_->yAxis->setRange(0, 10.5);
    timeline_->yAxis->setLabel(tr("Pain (0–10)"));
    timeline_->yAxis2->setVisible(true);
    timeline_->yAxis2->setRange(0, view.weekTop * 1.1);
    timeline_->yAxis2->setLabel(tr("%1 a week").arg(view.unitSymbol));
    timeline_->legend->setVisible(true);
    timeline_->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    applyPlotTheme(*timeline_, colours);
    timeline_->replot();
}

void KneePage::fillRates(const KneeView& view) {
    rates_->setRowCount(static_cast<int>(view.rates.size()));
    for (int row = 0; row < static_cast<int>(view.rates.size()); ++row) {
        const KneeRateRow& rate = view.rates[static_cast<std::size_t>(row)];
        rates_->setItem(row, 0, cell(rate.label));
        rates_->setItem(row, 1, cell(rate.followed, true));
        rates_->setItem(row, 2, cell(rate.others, true));
        rates_->setItem(row, 3, cell(rate.pattern ? tr("Pattern") : QString()));
    }
}

}  // namespace stridelog::gui
