// SPDX-License-Identifier: GPL-3.0-or-later
#include "shoe_page.h"

#include "app/gui/charts/chart_palette.h"
#include "app/gui/charts/qcustomplot_include.h"

#include "core/i18n/locale_text.h"
#include "core/model/entry_words.h"
#include "core/model/unit_text.h"
#include "core/rules/as_of_journal.h"
#include "core/rules/rules_engine.h"
#include "core/rules/shoe_forecast.h"
#include "core/rules/shoe_wear.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace stridelog::gui {
namespace {

double dayKey(QDate day) {
    return static_cast<double>(QDateTime(day, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch());
}

const Shoe* findShoe(const Evaluation& evaluation, ShoeId id) {
    for (const Shoe& shoe : evaluation.journal.shoes)
        if (shoe.id == id) return &shoe;
    return nullptr;
}

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
    const Evaluation& evaluation = session().evaluation();
    const Shoe* shoe = findShoe(evaluation, shoe_);
    if (!shoe) {
        title_->setText(tr("This pair is not in the journal."));
        facts_->clear();
        forecast_->clear();
        runs_->setRowCount(0);
        return;
    }
    const UnitText units = UnitText::app(evaluation.journal.settings.units);
    const ShoeWear wear = assessShoe(evaluation.journal, *shoe, evaluation.asOf);
    const ShoeForecast forecast =
        forecastShoe(AsOfJournal(evaluation.journal, evaluation.asOf), *shoe, wear);
    title_->setText(shoe->name);
    QString facts = tr("%1 of its %2 limit (%3%), %4 runs.")
                        .arg(units.distance(wear.distance, 1), units.distance(shoe->limit, 0))
                        .arg(wear.percent, 0, 'f', 0)
                        .arg(wear.runs);
    if (wear.status == ShoeStatusKind::Retired)
        facts += QLatin1Char(' ') + tr("Retired on %1.").arg(i18n::day(*shoe->retiredOn));
    else if (wear.status == ShoeStatusKind::Replace)
        facts += QLatin1Char(' ') + tr("It has reached its limit: time to replace it.");
    else if (wear.status == ShoeStatusKind::Soon)
        facts += QLatin1Char(' ') + tr("Past 80% of its limit: plan a replacement.");
    facts_->setText(facts);
    const QString rate = tr("Over the last %1 weeks: %2 a week.")
                             .arg(kForecastWeeks)
                             .arg(units.amount(units.fromKm(forecast.kmPerWeek)));
    forecast_->setText(
        forecast.limitOn
            ? rate + QLatin1Char(' ') +
                  tr("At that rate it reaches its limit around %1.")
                      .arg(i18n::longDate(*forecast.limitOn, i18n::DateStyle::DayMonthYear))
            : rate);
    drawWear(*shoe);
    drawWeeks(*shoe);
    fillRuns(*shoe);
}

void ShoePage::drawWear(const Shoe& shoe) {
    const Evaluation& evaluation = session().evaluation();
    const UnitText units = UnitText::app(evaluation.journal.settings.units);
    const ChartColours colours = ChartColours::from(palette());
    wear_->clearPlottables();
    wear_->clearItems();
    QVector<double> keys, values;
    Distance total = shoe.startDistance;
    QDate first = shoe.since.value_or(QDate());
    for (const Run& run : evaluation.journal.runs) {
        if (run.shoe != shoe.id || !evaluation.asOf.counts(run.start)) continue;
        const QDate day = run.start.localDate();
        if (!first.isValid()) first = day;
        if (keys.isEmpty()) {
            keys << dayKey(std::min(first, day));
            values << units.value(total);
        }
        total += run.distance;
        keys << dayKey(day);
        values << units.value(total);
    }
    const double end = dayKey(evaluation.asOf.day());
    if (keys.isEmpty()) {
        keys << end - 86'400 * 28;
        values << units.value(total);
    }
    keys << end;
    values << units.value(total);
    QCPGraph* graph = wear_->addGraph();
    graph->setName(tr("Distance"));
    graph->setLineStyle(QCPGraph::lsStepLeft);
    graph->setPen(QPen(colours.ok, 2));
    graph->setData(keys, values, true);
    const double limit = units.value(shoe.limit);
    level(wear_, limit, QPen(colours.stop, 1.5), tr("limit %1").arg(units.distance(shoe.limit, 0)));
    level(wear_, units.value(shoeSoonMark(shoe.limit)), QPen(colours.caution, 1.2, Qt::DashLine),
          tr("80%: plan a replacement"));
    dateAxis(wear_->xAxis);
    wear_->xAxis->setRange(keys.front(), end + 86'400 * 3);
    wear_->yAxis->setRange(0, std::max(limit, values.back()) * 1.08);
    wear_->yAxis->setLabel(units.symbol());
    applyPlotTheme(*wear_, colours);
    wear_->replot();
}

void ShoePage::drawWeeks(const Shoe& shoe) {
    const Evaluation& evaluation = session().evaluation();
    const UnitText units = UnitText::app(evaluation.journal.settings.units);
    const ChartColours colours = ChartColours::from(palette());
    weeks_->clearPlottables();
    // The 8 runs of 7 days that end with the as-of day, oldest first, as forecastShoe counts.
    const Instant asOf = evaluation.asOf.instant();
    QVector<double> keys, values;
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (int week = kForecastWeeks - 1; week >= 0; --week) {
        const Instant from = asOf.plusSeconds(-static_cast<std::int64_t>(week + 1) * 7 * 86'400);
        const Instant to = asOf.plusSeconds(-static_cast<std::int64_t>(week) * 7 * 86'400);
        Distance sum;
        for (const Run& run : evaluation.journal.runs)
            if (run.shoe == shoe.id && from < run.start && run.start <= to) sum += run.distance;
        const double key = kForecastWeeks - week;
        keys << key;
        values << units.value(sum);
        ticker->addTick(key,
                        i18n::longDate(to.localDate().addDays(-6), i18n::DateStyle::ShortDayMonth));
    }
    auto* bars = new QCPBars(weeks_->xAxis, weeks_->yAxis);
    bars->setData(keys, values, true);
    bars->setWidth(0.7);
    bars->setPen(Qt::NoPen);
    bars->setBrush(colours.ok);
    weeks_->xAxis->setTicker(ticker);
    weeks_->xAxis->setTickLabelRotation(45);
    weeks_->xAxis->setRange(0.4, kForecastWeeks + 0.6);
    double top = 1;
    for (double v : values) top = std::max(top, v);
    weeks_->yAxis->setRange(0, top * 1.15);
    weeks_->yAxis->setLabel(tr("%1 a week").arg(units.symbol()));
    applyPlotTheme(*weeks_, colours);
    weeks_->replot();
}

void ShoePage::fillRuns(const Shoe& shoe) {
    const Evaluation& evaluation = session().evaluation();
    const UnitText units = UnitText::app(evaluation.journal.settings.units);
    std::vector<const Run*> runs;
    for (const Run& run : evaluation.journal.runs)
        if (run.shoe == shoe.id) runs.push_back(&run);
    runs_->setRowCount(static_cast<int>(runs.size()));
    for (int row = 0; row < static_cast<int>(runs.size()); ++row) {
        const Run& run = *runs[runs.size() - 1 - static_cast<std::size_t>(row)];
        const QStringList cells{
            i18n::day(run.start.localDate()), units.distance(run.distance, 2),
            units.pace(run.distance, run.duration) + QLatin1Char(' ') + units.paceSymbol(),
            run.surface ? words::label(*run.surface) : QString()};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            // Distances and paces right-aligned, so their digits line up down the column.
            if (c == 1 || c == 2) item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            runs_->setItem(row, c, item);
        }
    }
}

}  // namespace stridelog::gui
