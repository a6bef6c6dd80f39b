// SPDX-License-Identifier: GPL-3.0-or-later
// RULES.md, "Showing a duration": under 72 h in hours, from 72 h on in days and hours.

#include "core/model/duration_text.h"

#include <gtest/gtest.h>

namespace stridelog {
namespace {

using namespace literals;

std::string spoken(Duration duration) {
    return formatPainDuration(duration).toStdString();
}

TEST(DurationText, UnderSeventyTwoHoursIsInHours) {
    EXPECT_EQ(spoken(46_h), "46 h");
    EXPECT_EQ(spoken(48_h), "48 h");
    EXPECT_EQ(spoken(1_h), "1 h");
}

TEST(DurationText, SeventyTwoHoursIsTheFirstInDays) {
    EXPECT_EQ(spoken(72_h - 1_min), "71 h");
    EXPECT_EQ(spoken(72_h), "3 d");
    EXPECT_EQ(spoken(72_h + 59_min), "3 d");
    EXPECT_EQ(spoken(73_h), "3 d 1 h");
}

TEST(DurationText, DaysAndHoursAsPeopleSayThem) {
    EXPECT_EQ(spoken(76_h), "3 d 4 h");
    EXPECT_EQ(spoken(Duration::fromHours(21 * 24)), "21 d");
    EXPECT_EQ(spoken(Duration::fromHours(302 * 24 + 23)), "302 d 23 h");
}

TEST(DurationText, UnderAnHourIsInMinutes) {
    EXPECT_EQ(spoken(40_min), "40 min");
    EXPECT_EQ(spoken(Duration::fromSeconds(0)), "0 min");
    EXPECT_EQ(spoken(Duration::fromSeconds(-5)), "0 min");
}

}  // namespace
}  // namespace stridelog
