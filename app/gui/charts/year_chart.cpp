// SPDX-License-Identifier: GPL-3.0-or-later
#include "year_chart.h"

#include "app/gui/charts/chart_accessibility.h"
#include "app/gui/charts/plot_theme.h"
#include "app/gui/theme/chart_colours.h"

#include "core/model/unit_text.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace stridelog::gui {

YearChart::YearChart(QWidget* parent) : QCustomPlot(parent) {
    setObjectName(QStringLiteral("yearChart"));
    setAccessibleName(tr("Distance by month"));
    setMinimumHeight(220);
    title_ = new QCPTextElement(this, QString(),
                                QFont(font().family(), font().pointSize(), QFont::Bold));
    plotLayout()->insertRow(0);
    plotLayout()->addElement(0, 0, title_);
    months_ = new QCPBars(xAxis, yAxis);
    shown_ = new QCPBars(xAxis, yAxis);
    for (QCPBars* bars : {months_, shown_}) bars->setWidth(0.7);
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    const QLocale locale;
    for (int month = 1; month <= 12; ++month)
        ticker->addTick(month, locale.monthName(month, QLocale::ShortFormat));
    xAxis->setTicker(ticker);
    xAxis->setRange(0.4, 12.6);
    xAxis->grid()->setVisible(false);
    xAxis->setSubTicks(false);
    yAxis->setSubTicks(false);
    applyColours();
}

QString YearChart::title() const {
    return title_->text();
}

void YearChart::setYear(int year, const std::array<std::int64_t, 12>& monthMetres, int shownMonth,
                        UnitSystem units) {
    shownMonth_ = shownMonth;
    const QLocale locale;
    QVector<double> keys, values, shownKeys, shownValues;
    QStringList totals;
    std::int64_t yearMetres = 0;
    for (int month = 1; month <= 12; ++month) {
        const std::int64_t metres = monthMetres[static_cast<std::size_t>(month - 1)];
        const Distance distance = Distance::fromMetres(metres);
        yearMetres += metres;
        const double value = distanceIn(distance, units);
        values_[static_cast<std::size_t>(month - 1)] = value;
        (month == shownMonth ? shownKeys : keys) << month;
        (month == shownMonth ? shownValues : values) << value;
        totals << QStringLiteral("%1 %2").arg(locale.monthName(month, QLocale::ShortFormat),
                                              UnitText::app(units).distance(distance, 0));
    }
    months_->setData(keys, values, true);
    shown_->setData(shownKeys, shownValues, true);
    title_->setText(tr("%1 by month: %2 in all")
                        .arg(year)
                        .arg(UnitText::app(units).distance(Distance::fromMetres(yearMetres), 0)));
    setChartSummary(*this, tr("%1 by month: %2").arg(year).arg(totals.join(QStringLiteral(" · "))));
    yAxis->setLabel(tr("Distance (%1)").arg(unitSymbol(units)));
    const double highest = *std::max_element(values_.begin(), values_.end());
    // Room above the tallest bar for its label.
    yAxis->setRange(0, std::max(highest * 1.18, 10.0));

    for (QCPItemText* label : labels_) removeItem(label);
    labels_.clear();
    for (int month = 1; month <= 12; ++month) {
        const double value = values_[static_cast<std::size_t>(month - 1)];
        if (value <= 0) continue;
        auto* label = new QCPItemText(this);
        label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        label->position->setType(QCPItemPosition::ptPlotCoords);
        label->position->setCoords(month, value);
        label->setPadding(QMargins(0, 0, 0, 2));
        label->setText(QString::number(std::llround(value)));
        labels_ << label;
    }
    applyColours();
    replot();
}

void YearChart::applyColours() {
    const ChartColours colours = ChartColours::from(palette());
    applyPlotTheme(*this, colours);
    title_->setTextColor(colours.text);
    months_->setBrush(colours.ok);
    months_->setPen(Qt::NoPen);
    shown_->setBrush(colours.current);
    shown_->setPen(Qt::NoPen);
    for (QCPItemText* label : labels_) label->setColor(colours.text);
}

void YearChart::changeEvent(QEvent* event) {
    QCustomPlot::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyColours();
        replot(rpQueuedReplot);
    }
}

}  // namespace stridelog::gui
