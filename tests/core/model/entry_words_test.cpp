// SPDX-License-Identifier: GPL-3.0-or-later
// Every value of every enumeration has its words in every form (core/model/entry_words.h),
// and no two values of one enumeration read the same in a form.

#include "core/model/entry_words.h"

#include <QSet>

#include <gtest/gtest.h>

namespace stridelog {
namespace {

template <class E, class Form>
void expectDistinctWords(Form form) {
    QSet<QString> seen;
    for (const auto& [value, name] : EnumNames<E>::table) {
        const QString text = form(value);
        EXPECT_FALSE(text.isEmpty()) << name;
        EXPECT_FALSE(seen.contains(text)) << name << ": " << text.toStdString();
        seen.insert(text);
    }
}

TEST(EntryWords, EverySurfaceHasALabelAndARunsLabel) {
    expectDistinctWords<Surface>([](Surface v) { return words::label(v); });
    expectDistinctWords<Surface>([](Surface v) { return words::runs(v); });
    EXPECT_EQ(words::label(Surface::Treadmill), QStringLiteral("Treadmill"));
    EXPECT_EQ(words::runs(Surface::Grass), QStringLiteral("runs on grass"));
}

TEST(EntryWords, EveryRunTypeHasALabelAndARunsLabel) {
    expectDistinctWords<RunType>([](RunType v) { return words::label(v); });
    expectDistinctWords<RunType>([](RunType v) { return words::runs(v); });
    EXPECT_EQ(words::label(RunType::Interval), QStringLiteral("Interval"));
    EXPECT_EQ(words::runs(RunType::Race), QStringLiteral("races"));
}

TEST(EntryWords, EveryKneeHasEveryForm) {
    expectDistinctWords<Knee>([](Knee v) { return words::label(v); });
    expectDistinctWords<Knee>([](Knee v) { return words::inSentence(v); });
    expectDistinctWords<Knee>([](Knee v) { return words::warning(v); });
    expectDistinctWords<Knee>([](Knee v) { return words::clinical(v); });
    EXPECT_EQ(words::warning(Knee::Both), QStringLiteral("both knees"));
}

TEST(EntryWords, EverySiteHasEveryForm) {
    expectDistinctWords<Site>([](Site v) { return words::label(v); });
    expectDistinctWords<Site>([](Site v) { return words::inSentence(v); });
    expectDistinctWords<Site>([](Site v) { return words::warning(v); });
    expectDistinctWords<Site>([](Site v) { return words::clinical(v); });
    expectDistinctWords<Site>([](Site v) { return words::picker(v); });
    EXPECT_EQ(words::label(Site::Front), QStringLiteral("Front (kneecap)"));
    EXPECT_EQ(words::inSentence(Site::Front), QStringLiteral("front (kneecap)"));
    EXPECT_EQ(words::warning(Site::Outside), QStringLiteral("on the outside"));
    EXPECT_EQ(words::clinical(Site::Whole), QStringLiteral("whole knee, diffuse"));
}

TEST(EntryWords, EveryOnsetHasALabelAndAClinicalForm) {
    expectDistinctWords<Onset>([](Onset v) { return words::label(v); });
    expectDistinctWords<Onset>([](Onset v) { return words::clinical(v); });
    EXPECT_EQ(words::label(Onset::Late), QStringLiteral("towards the end / on long runs"));
    EXPECT_EQ(words::clinical(Onset::Late), QStringLiteral("late in long or fast runs"));
}

TEST(EntryWords, EveryProfileHasALabelAndItsCeilings) {
    expectDistinctWords<ComebackProfile>([](ComebackProfile v) { return words::label(v); });
    expectDistinctWords<ComebackProfile>([](ComebackProfile v) { return words::ceilings(v); });
    EXPECT_EQ(toString(ComebackProfile::Tendon), QStringLiteral("tendon"));
    EXPECT_EQ(fromString<ComebackProfile>(u"strict"), ComebackProfile::Strict);
}

}  // namespace
}  // namespace stridelog
