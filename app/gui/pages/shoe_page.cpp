// SPDX-License-Identifier: GPL-3.0-or-later
#include "shoe_page.h"

#include "app/gui/charts/chart_accessibility.h"
#include "app/gui/charts/plot_theme.h"
#include "app/gui/charts/qcustomplot_include.h"
#include "app/gui/theme/chart_colours.h"

#include "app/gui/presenters/shoe_page_presenter.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace stridelog::gui {
namespace {

QCustomPlot* makePlot(QWidget* parent, const QString& name, const QString& accessible) {
    auto* plot = new QCustomPlot(parent);
    plot->setObjectName(name);
    plot->setAccessibleName(accessible);
    plot->setMinimumHeight(220);
    applyPlotTheme(*plot, ChartColours::from(plot->palette()));
    return plot;
}

void dateAxis(QCPAxis* axis) {
    auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
    ticker->setDateTimeSpec(Qt::UTC);
    ticker->setDateTimeFormat(QStringLiteral("MMM\nyyyy"));
    ticker->setTickCount(6);
    axis->setTicker(ticker);
}

QCPItemStraightLine* level(QCustomPlot* plot, double y, const QPen& pen, const QString& text) {
    auto* line = new QCPItemStraightLine(plot);
    line->point1->setCoords(0, y);
    line->point2->setCoords(1, y);
    line->setPen(pen);
    auto* label = new QCPItemText(plot);
    label->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
    label->position->setTypeY(QCPItemPosition::ptPlotCoords);
    label->position->setCoords(0.01, y);
    label->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
    label->setColor(pen.color());
    label->setText(text);
    return line;
}

}  // namespace

ShoePage::ShoePage(JournalSession& session, QWidget* parent) : JournalPage(session, parent) {
    setObjectName(QStringLiteral("shoePage"));
    auto* grid = new QGridLayout(this);
    title_ = new QLabel(this);
    QFont big = title_->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title_->setFont(big);
    facts_ = new QLabel(this);
    facts_->setWordWrap(true);
    forecast_ = new QLabel(this);
    forecast_->setObjectName(QStringLiteral("shoeForecast"));
    forecast_->setWordWrap(true);
    wear_ =
        makePlot(this, QStringLiteral("shoeWearOverTime"), tr("Distance of the pair over time"));
    weeks_ = makePlot(this, QStringLiteral("shoeWeeks"), tr("Distance a week, last 8 weeks"));
    runs_ = new QTableWidget(0, 4, this);
    runs_->setObjectName(QStringLiteral("shoeRuns"));
    runs_->setHorizontalHeaderLabels({tr("Date"), tr("Distance"), tr("Pace"), tr("Surface")});
    runs_->verticalHeader()->setVisible(false);
    runs_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    runs_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    auto* runsBox = new QGroupBox(tr("Runs in this pair, newest first"), this);
    (new QVBoxLayout(runsBox))->addWidget(runs_);

    grid->addWidget(title_, 0, 0, 1, 2);
    grid->addWidget(facts_, 1, 0, 1, 2);
    grid->addWidget(forecast_, 2, 0, 1, 2);
    grid->addWidget(wear_, 3, 0);
    grid->addWidget(weeks_, 3, 1);
    grid->addWidget(runsBox, 4, 0, 1, 2);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    grid->setRowStretch(3, 3);
    grid->setRowStretch(4, 2);
    connect(&session, &JournalSession::evaluated, this, &ShoePage::redraw);
}

void ShoePage::showShoe(ShoeId id) {
    shoe_ = id;
    redraw();
}

void ShoePage::redraw() {
    const ShoePageView view = presentShoePage(session().evaluation(), shoe_);
    if (!view.found) {
        title_->setText(tr("This pair is not in the journal."));
        facts_->clear();
        forecast_->clear();
        runs_->setRowCount(0);
        return;
    }
    title_->setText(view.title);
    facts_->setText(view.facts);
    forecast_->setText(view.forecast);
    drawWear(view);
    drawWeeks(view);
    fillRuns(view);
}

void ShoePage::drawWear(const ShoePageView& view) {
    const ChartColours colours = ChartColours::from(palette());
    wear_->clearPlottables();
    wear_->clearItems();
    QCPGraph* graph = wear_->addGraph();
    graph->setName(tr("Distance"));
    graph->setLineStyle(QCPGraph::lsStepLeft);
    graph->setPen(QPen(colours.ok, 2));
    graph->setData(view.wearKeys, view.wearValues, true);
    level(wear_, view.limit, QPen(colours.stop, 1.5), view.limitLabel);
    level(wear_, view.soonMark, QPen(colours.caution, 1.2, Qt::DashLine),
          tr("80%: plan a replacement"));
    dateAxis(wear_->xAxis);
    wear_->xAxis->setRange(view.wearKeys.front(), view.asOfKey + 86'400 * 3);
    wear_->yAxis->setRange(0, std::max(view.limit, view.wearValues.back()) * 1.08);
    wear_->yAxis->setLabel(view.unitSymbol);
    applyPlotTheme(*wear_, colours);
    wear_->replot();
    // The sentence above the charts is the wear they draw, from the same view.
    setChartSummary(*wear_, view.facts);
}

void ShoePage::drawWeeks(const ShoePageView& view) {
    const ChartColours colours = ChartColours::from(palette());
    weeks_->clearPlottables();
    // The 7-day windows the forecast counted, oldest first, each named by its first day.
    QVector<double> keys, values;
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    double top = 1;
    for (const ShoeWeekBar& week : view.weeks) {
        keys << week.key;
        values << week.value;
        ticker->addTick(week.key, week.label);
        top = std::max(top, week.value);
    }
    auto* bars = new QCPBars(weeks_->xAxis, weeks_->yAxis);
    bars->setData(keys, values, true);
    bars->setWidth(0.7);
    bars->setPen(Qt::NoPen);
    bars->setBrush(colours.ok);
    weeks_->xAxis->setTicker(ticker);
    weeks_->xAxis->setTickLabelRotation(45);
    weeks_->xAxis->setRange(0.4, static_cast<double>(view.weeks.size()) + 0.6);
    weeks_->yAxis->setRange(0, top * 1.15);
    weeks_->yAxis->setLabel(tr("%1 a week").arg(view.unitSymbol));
    applyPlotTheme(*weeks_, colours);
    weeks_->replot();
    QStringList read;
    for (const ShoeWeekBar& week : view.weeks)
        read << tr("from %1: %2 %3")
                    .arg(week.label, QLocale().toString(week.value, 'f', 1), view.unitSymbol);
    setChartSummary(*weeks_, read.isEmpty() ? tr("No runs on this pair in the last 8 weeks.")
                                            : read.join(QStringLiteral("; ")) + QLatin1Char('.'));
}

void ShoePage::fillRuns(const ShoePageView& view) {
    runs_->setRowCount(static_cast<int>(view.runs.size()));
    for (int row = 0; row < static_cast<int>(view.runs.size()); ++row) {
        const QStringList& cells = view.runs[static_cast<std::size_t>(row)];
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            // Distances and paces right-aligned, so their digits line up down the column.
            if (c == 1 || c == 2) item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            runs_->setItem(row, c, item);
        }
    }
}

}  // namespace stridelog::gui
