// SPDX-License-Identifier: GPL-3.0-or-later
// The tests name Europe/Berlin's daylight-saving dates (2026-03-29, 2026-10-25) and offsets,
// so they set that zone themselves before any test runs, whatever the shell or test runner
// passes in.

#include <QByteArray>
#include <QtGlobal>

#include <gtest/gtest.h>

#include <ctime>

namespace {

class BerlinTimeZone : public ::testing::Environment {
public:
    void SetUp() override {
        qputenv("TZ", QByteArrayLiteral("Europe/Berlin"));
        tzset();
    }
};

[[maybe_unused]] const auto* const kBerlinTimeZone =
    ::testing::AddGlobalTestEnvironment(new BerlinTimeZone);

}  // namespace
