// SPDX-License-Identifier: GPL-3.0-or-later
// RULES.md, "Naming a source": every warning names an article by its title and kind, never by
// a seed number, and a study by its author, year and journal.

#include "journal_builder.h"
#include "warning_lookup.h"

#include "core/rules/source_names.h"
#include "core/rules/warning_texts.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

namespace stridelog::test {
namespace {

// The texts of every warning there is, with made-up numbers.
std::vector<WarningTexts> everyWarningsTexts() {
    PainEntry pain;
    pain.start = at(2026, 3, 10);
    pain.intensity = 6;
    PainAssessment assessment;
    assessment.duration = 80_h;
    assessment.stage = 3;
    Shoe shoe;
    shoe.name = text("Pegasus");
    ShoeWear wear;
    wear.distance = 900_km;
    wear.percent = 90;
    const LocationHint hint{text("iliotibial band syndrome"), text("towards the end")};
    return {
        texts::weeklyIncrease({QDate(2026, 3, 9), true, 25_km, 20_km, 22_km, 10, false}),
        texts::comebackVolume({QDate(2026, 3, 9), true, 13_km, 3, 160_km, 12_km, 30}),
        texts::shoeSoon(shoe, wear, UnitSystem::Kilometres),
        texts::shoeReplace(shoe, wear, UnitSystem::Kilometres),
        texts::shoeRotation(shoe, 9),
        texts::runSpike({12_km, 10_km, 20.0, QDate(2026, 3, 10)}, text("small")),
        texts::painStage(pain, assessment),
        texts::painAdaptation(pain, assessment),
        texts::painPoint(pain, hint),
        texts::seeDoctor(pain, {text("pain behind the knee")}, Severity::Caution),
        texts::painWorsening(3, 4, 2, 5),
        texts::painHigh(pain),
        texts::painPattern({text("hilly runs"), 4, 6, 2, 20}),
        texts::cadenceLow(150, 5, 160, 158, 165),
        texts::acwrHigh(3, 2, 1.5, UnitSystem::Kilometres),
        texts::riskProfile(95),
    };
}

TEST(SourceNames, NoWarningSaysSeed) {
    const QRegularExpression seed(text("\\bseeds?\\b"), QRegularExpression::CaseInsensitiveOption);
    for (const WarningTexts& texts : everyWarningsTexts()) {
        EXPECT_FALSE(texts.message.contains(seed)) << texts.message.toStdString();
        EXPECT_FALSE(texts.advice.contains(seed)) << texts.advice.toStdString();
        EXPECT_FALSE(texts.source.contains(seed)) << texts.source.toStdString();
        EXPECT_FALSE(texts.source.isEmpty());
    }
}

TEST(SourceNames, ArticlesByTitleAndKindAsRulesMdTablesThem) {
    using sources::Case;
    EXPECT_EQ(sources::seedArticle(0, Case::Inline),
              text("the running-injury article \"Knee pain after running: causes, prevention\""));
    EXPECT_EQ(sources::seedArticle(1, Case::Sentence),
              text("The runners' article \"My knees hurt after running. What is the reason and "
                   "what to do?\""));
    EXPECT_EQ(sources::seedArticle(2, Case::Inline),
              text("the article \"Why does the knee hurt after running\""));
    EXPECT_EQ(sources::seedArticle(3, Case::Inline),
              text("the orthopaedic clinic article \"Knee Pain After Running\" (an orthopaedic "
                   "surgeon's advice, 2021)"));
    EXPECT_EQ(sources::seedArticle(4, Case::Inline),
              text("the article \"Knees Hurt After Running\""));
}

TEST(SourceNames, TheTenPercentRuleNamesItsArticleAndItsStudiesWithTheirJournals) {
    const WarningTexts texts =
        texts::weeklyIncrease({QDate(2026, 3, 9), true, 25_km, 20_km, 22_km, 10, false});
    EXPECT_TRUE(
        texts.source.startsWith(text("The runners' article \"My knees hurt after "
                                     "running. What is the reason and what to do?\": "
                                     "\"Increase your running volume gradually")));
    EXPECT_TRUE(texts.source.contains(text("Buist 2008, American Journal of Sports Medicine")));
    EXPECT_TRUE(
        texts.source.contains(text("Nielsen 2014, Journal of Orthopaedic & Sports Physical")));
}

TEST(SourceNames, PainPatternNamesAllFiveArticles) {
    const WarningTexts texts = texts::painPattern({text("hilly runs"), 4, 6, 2, 20});
    for (int seed = 0; seed < 5; ++seed) {
        EXPECT_TRUE(texts.source.contains(sources::seedArticle(seed, sources::Case::Inline)))
            << seed;
    }
}

}  // namespace
}  // namespace stridelog::test
