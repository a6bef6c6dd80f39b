// SPDX-License-Identifier: GPL-3.0-or-later
#include "way_back_page.h"

#include "app/gui/charts/chart_accessibility.h"
#include "app/gui/charts/plot_theme.h"
#include "app/gui/charts/qcustomplot_include.h"
#include "app/gui/theme/chart_colours.h"

#include "app/gui/presenters/way_back_presenter.h"

#include "app/gui/widgets/scrolling_page.h"

#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace stridelog::gui {
namespace {

QLabel* wrapping(QWidget* parent, const QString& name) {
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QCPGraph* ratings(QCustomPlot* plot, const QString& name, const QColor& colour,
                  QCPScatterStyle::ScatterShape shape) {
    QCPGraph* graph = plot->addGraph();
    graph->setName(name);
    graph->setPen(QPen(colour, 1.5));
    graph->setScatterStyle(QCPScatterStyle(shape, colour, colour, 8));
    return graph;
}

}  // namespace

WayBackPage::WayBackPage(JournalSession& session, QWidget* parent) : JournalPage(session, parent) {
    setObjectName(QStringLiteral("wayBackPage"));
    auto* layout = new QVBoxLayout(scrollingContent(this));
    heading_ = wrapping(this, QStringLiteral("wayBackHeading"));
    QFont big = heading_->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    heading_->setFont(big);
    explanation_ = wrapping(this, QStringLiteral("wayBackExplanation"));
    decision_ = wrapping(this, QStringLiteral("wayBackDecision"));
    next_ = wrapping(this, QStringLiteral("wayBackNextSession"));
    levels_ = wrapping(this, QStringLiteral("wayBackLevels"));
    levels_->setTextFormat(Qt::RichText);
    chart_ = new QCustomPlot(this);
    chart_->setObjectName(QStringLiteral("wayBackSessions"));
    chart_->setAccessibleName(tr("The way back's sessions: ratings against the limits"));
    chart_->setMinimumHeight(260);

    auto* levelsBox = new QGroupBox(tr("The six levels"), this);
    (new QVBoxLayout(levelsBox))->addWidget(levels_);
    layout->addWidget(heading_);
    layout->addWidget(decision_);
    layout->addWidget(next_);
    layout->addWidget(chart_, 1);
    layout->addWidget(levelsBox);
    layout->addWidget(explanation_);
    connect(&session, &JournalSession::evaluated, this, &WayBackPage::redraw);
    redraw();
}

void WayBackPage::redraw() {
    const WayBackView view = presentWayBack(session().evaluation());
    heading_->setText(view.heading);
    QString decision = view.decision;
    if (!view.referral.isEmpty())
        decision += QLatin1Char(' ') + tr("Paused because: %1.").arg(view.referral);
    decision_->setVisible(!decision.isEmpty());
    if (!view.lastStepBack.isEmpty() && view.lastStepBack != decision)
        decision += QLatin1Char('\n') + tr("The latest step back: %1").arg(view.lastStepBack);
    decision_->setText(decision);
    next_->setText(view.nextSession);
    next_->setVisible(!view.nextSession.isEmpty());
    explanation_->setText(view.explanation);
    QStringList steps;
    for (int level = 1; level <= static_cast<int>(view.levels.size()); ++level) {
        const QString words = view.levels[static_cast<qsizetype>(level - 1)].toHtmlEscaped();
        steps << (level == view.currentLevel ? tr("<b>%1 ◀ you are here</b>").arg(words) : words);
    }
    levels_->setText(steps.join(QStringLiteral("<br>")));
    chart_->setVisible(view.started);
    drawSessions(view);
    setChartSummary(*chart_, view.summary);
}

void WayBackPage::drawSessions(const WayBackView& view) {
    const ChartColours colours = ChartColours::from(palette());
    chart_->clearPlottables();
    chart_->clearItems();
    QCPGraph* during = ratings(chart_, tr("During"), colours.acute, QCPScatterStyle::ssDisc);
    QCPGraph* after =
        ratings(chart_, tr("An hour after"), colours.chronic, QCPScatterStyle::ssSquare);
    QCPGraph* morning =
        ratings(chart_, tr("Next morning"), colours.caution, QCPScatterStyle::ssTriangle);
    QCPGraph* duringLimit = chart_->addGraph();
    duringLimit->setName(tr("Limit during (%1/10)").arg(view.ceilingDuring));
    duringLimit->setPen(QPen(colours.limit, 2, Qt::DashLine));
    QCPGraph* afterLimit = chart_->addGraph();
    afterLimit->setName(tr("Limit after and next morning"));
    afterLimit->setPen(QPen(colours.stop, 1.5, Qt::DotLine));
    afterLimit->setLineStyle(QCPGraph::lsStepCenter);
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (const WayBackSessionPoint& point : view.sessions) {
        const double x = point.number;
        const auto add = [x](QCPGraph* graph, std::optional<int> value) {
            graph->addData(x, value ? *value : qQNaN());
        };
        add(during, point.during);
        add(after, point.after);
        add(morning, point.morning);
        afterLimit->addData(x, point.afterCeiling);
        ticker->addTick(x, tr("%1\nlevel %2").arg(point.day).arg(point.level));
    }
    const double right = std::max<double>(1, static_cast<double>(view.sessions.size())) + 0.5;
    duringLimit->addData(0.5, view.ceilingDuring);
    duringLimit->addData(right, view.ceilingDuring);
    chart_->xAxis->setTicker(ticker);
    chart_->xAxis->setRange(0.5, right);
    chart_->xAxis->setLabel(tr("Session"));
    chart_->yAxis->setRange(0, 10.5);
    chart_->yAxis->setLabel(tr("Pain (0–10)"));
    chart_->legend->setVisible(true);
    chart_->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    applyPlotTheme(*chart_, colours);
    chart_->replot();
}

}  // namespace stridelog::gui
