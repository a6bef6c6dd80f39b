// SPDX-License-Identifier: GPL-3.0-or-later
// The startup floor: one 1280×800 window with one QCustomPlot bar chart, rendered offscreen to
// the PNG named on the command line. Whatever the app needs beyond this is its own cost.

#include "app/gui/charts/qcustomplot_include.h"

#include <QApplication>
#include <QPixmap>

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    }
    QApplication app(argc, argv);
    const QStringList arguments = QApplication::arguments();
    if (arguments.size() != 2) return 1;
    QCustomPlot plot;
    auto* bars = new QCPBars(plot.xAxis, plot.yAxis);
    QVector<double> keys, values;
    for (int week = 0; week < 16; ++week) {
        keys << week;
        values << 20.0 + week % 5;
    }
    bars->setData(keys, values, true);
    plot.rescaleAxes();
    plot.resize(1280, 800);
    plot.show();
    QApplication::processEvents();
    plot.replot(QCustomPlot::rpImmediateRefresh);
    return plot.grab().save(arguments.at(1), "PNG") ? 0 : 1;
}
