// SPDX-License-Identifier: GPL-3.0-or-later
// Every severity and shoe status has its words in every form (core/rules/rule_words.h), and
// no two values read the same in a form, except a pair that is fine, retired or not.

#include "core/rules/rule_words.h"

#include <gtest/gtest.h>

namespace stridelog {
namespace {

TEST(RuleWords, EverySeverityHasItsOwnLabel) {
    EXPECT_EQ(words::label(Severity::Info), QStringLiteral("Info"));
    EXPECT_EQ(words::label(Severity::Caution), QStringLiteral("Caution"));
    EXPECT_EQ(words::label(Severity::Stop), QStringLiteral("Stop"));
}

TEST(RuleWords, EveryShoeStatusHasALabelAnAdviceAndAClinicalWord) {
    const ShoeStatusKind all[] = {ShoeStatusKind::Ok, ShoeStatusKind::Soon, ShoeStatusKind::Replace,
                                  ShoeStatusKind::Retired};
    QStringList labels, clinical;
    for (const ShoeStatusKind status : all) {
        EXPECT_FALSE(words::label(status).isEmpty());
        EXPECT_FALSE(words::advice(status).isEmpty());
        EXPECT_FALSE(words::clinical(status).isEmpty());
        labels << words::label(status);
        clinical << words::clinical(status);
    }
    labels.removeDuplicates();
    clinical.removeDuplicates();
    EXPECT_EQ(labels.size(), 4);
    EXPECT_EQ(clinical.size(), 4);
    EXPECT_EQ(words::advice(ShoeStatusKind::Soon), QStringLiteral("plan a replacement"));
    EXPECT_EQ(words::clinical(ShoeStatusKind::Replace), QStringLiteral("due for replacement"));
}

}  // namespace
}  // namespace stridelog
