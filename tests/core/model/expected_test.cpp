// SPDX-License-Identifier: GPL-3.0-or-later
// Expected's andThen and transform: a value goes on to the next step; a failure skips every
// later step and arrives unchanged, whichever type the steps produce.

#include "core/model/expected.h"

#include <gtest/gtest.h>

#include <memory>

namespace stridelog {
namespace {

Expected<int> parsed(int value) {
    return value;
}
Expected<int> failed(const char* why) {
    return fail(QString::fromLatin1(why));
}
Expected<int> halved(int value) {
    if (value % 2 != 0) return fail(QStringLiteral("%1 is odd").arg(value));
    return value / 2;
}

TEST(Expected, AndThenRunsTheNextStepOnAValue) {
    const Expected<int> result = parsed(10).andThen(halved);
    ASSERT_TRUE(result);
    EXPECT_EQ(*result, 5);
}

TEST(Expected, AndThenReturnsTheNextStepsFailure) {
    const Expected<int> result = parsed(10).andThen(halved).andThen(halved);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error(), QStringLiteral("5 is odd"));
}

TEST(Expected, AndThenCarriesAFailureWithoutRunningTheStep) {
    int calls = 0;
    const Expected<int> first = failed("not a number");
    const Expected<int> result = first.andThen([&](int value) {
        ++calls;
        return halved(value);
    });
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error(), QStringLiteral("not a number"));
    EXPECT_EQ(calls, 0);
}

TEST(Expected, TransformMapsAValueToAnotherType) {
    const Expected<QString> result =
        parsed(42).transform([](int value) { return QString::number(value); });
    ASSERT_TRUE(result);
    EXPECT_EQ(*result, QStringLiteral("42"));
}

TEST(Expected, TransformCarriesAFailureWithoutRunningTheStep) {
    int calls = 0;
    const Expected<QString> result = failed("empty").transform([&](int value) {
        ++calls;
        return QString::number(value);
    });
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error(), QStringLiteral("empty"));
    EXPECT_EQ(calls, 0);
}

TEST(Expected, AFailureCrossesStepsOfOtherTypes) {
    const Expected<double> result =
        parsed(7)
            .andThen(halved)  // fails here: the two later steps never run
            .transform([](int value) { return QString::number(value); })
            .andThen([](const QString& text) -> Expected<double> { return text.toDouble(); });
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error(), QStringLiteral("7 is odd"));
}

// A move-only value is handed on, not copied, from a temporary.
TEST(Expected, StepsOnATemporaryTakeTheValue) {
    Expected<std::unique_ptr<int>> owned(std::make_unique<int>(3));
    const Expected<int> result =
        std::move(owned).transform([](std::unique_ptr<int> value) { return *value * 2; });
    ASSERT_TRUE(result);
    EXPECT_EQ(*result, 6);
}

// Other error types keep everything they carry (the store's kinds, for example).
struct Refusal {
    int code = 0;
    QString message;
};

TEST(Expected, AnErrorOfAnyTypeArrivesWhole) {
    const Expected<int, Refusal> refused = Unexpected<Refusal>{{3, QStringLiteral("locked")}};
    const Expected<QString, Refusal> result =
        refused.transform([](int value) { return QString::number(value); });
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, 3);
    EXPECT_EQ(result.error().message, QStringLiteral("locked"));
}

}  // namespace
}  // namespace stridelog
