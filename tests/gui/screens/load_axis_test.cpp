// SPDX-License-Identifier: GPL-3.0-or-later
// The training-load axis after a long gap: the curves decay towards zero but never reach it,
// so weeks without runs hold values like 2e-11. The axis must read as "nothing", not as
// a scale of 10^-11.

#include "app/gui/charts/load_chart.h"

#include <QTest>

#include <gtest/gtest.h>

namespace stridelog::gui::testing {
namespace {

TEST(LoadAxis, DecayedLoadAfterALongGapShowsNoTinyTicks) {
    LoadChart chart;
    chart.resize(600, 240);
    LoadCurves curves;
    curves.unitSymbol = QStringLiteral("km");
    const double day = 86400;
    for (int i = 0; i < 20; ++i) {
        curves.keys.append(1'700'000'000 + i * day);
        curves.acute.append(2e-11 / (i + 1));
        curves.chronic.append(5e-12 / (i + 1));
    }
    chart.setCurves(curves, TimeBounds{curves.keys.first(), curves.keys.last()});
    chart.setTimeRange(QCPRange(curves.keys.first() - day, curves.keys.last() + day));
    chart.replot();
    EXPECT_GE(chart.yAxis->range().upper, 1.0);
    const auto ticks = chart.yAxis->tickVectorLabels();
    ASSERT_FALSE(ticks.isEmpty());
    for (const QString& label : ticks) {
        EXPECT_FALSE(label.contains(QLatin1Char('e')) || label.contains(QStringLiteral("10")))
            << label.toStdString();
    }
}

}  // namespace
}  // namespace stridelog::gui::testing
