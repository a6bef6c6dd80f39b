// SPDX-License-Identifier: GPL-3.0-or-later
// The main() of the GUI test programs: Berlin time, Qt's offscreen platform and one
// QApplication for all tests, so widgets are real but need no display.

#include "app/gui/charts/chart_accessibility.h"
#include "tests/support/berlin_time.h"

#include <QApplication>
#include <QByteArray>

#include <gtest/gtest.h>

int main(int argc, char** argv) {
    if (!stridelog::test::useBerlinTime()) return 1;
    qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("stridelog-gui-tests"));
    stridelog::gui::installChartAccessibility();
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
