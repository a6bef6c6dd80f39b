// SPDX-License-Identifier: GPL-3.0-or-later
#include "chart_accessibility.h"

#include "qcustomplot_include.h"

#include <QAccessible>
#include <QAccessibleWidget>

namespace stridelog::gui {
namespace {

// A plot as the Chart it is; name and description come from the widget's accessible ones.
class ChartAccessible : public QAccessibleWidget {
public:
    explicit ChartAccessible(QWidget* chart) : QAccessibleWidget(chart, QAccessible::Chart) {}
};

QAccessibleInterface* chartInterface(const QString& /*className*/, QObject* object) {
    if (auto* plot = qobject_cast<QCustomPlot*>(object)) return new ChartAccessible(plot);
    return nullptr;
}

}  // namespace

void installChartAccessibility() {
    static const bool installed = [] {
        QAccessible::installFactory(chartInterface);
        return true;
    }();
    (void)installed;
}

void setChartSummary(QWidget& chart, const QString& summary) {
    if (chart.accessibleDescription() == summary) return;
    chart.setAccessibleDescription(summary);
    QAccessibleEvent event(&chart, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&event);
}

}  // namespace stridelog::gui
