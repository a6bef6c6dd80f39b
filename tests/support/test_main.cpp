// SPDX-License-Identifier: GPL-3.0-or-later
// The main() of every non-GUI test program. The tests name Europe/Berlin's daylight-saving
// dates (2026-03-29, 2026-10-25) and offsets, and never need a display, so the zone and Qt's
// offscreen platform are set here, before any test runs, whether ctest or a shell starts the
// program. Child processes (the CLI tests' stridelog-cli) inherit both.

#include "tests/support/berlin_time.h"

#include <QByteArray>
#include <QtGlobal>

#include <gtest/gtest.h>

int main(int argc, char** argv) {
    if (!stridelog::test::useBerlinTime()) return 1;
    qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
