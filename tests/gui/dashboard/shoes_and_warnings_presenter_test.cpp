// SPDX-License-Identifier: GPL-3.0-or-later
// Shoe bars and reminders (R3) and the warnings panel's items, without widgets.

#include "evaluation_builder.h"

#include "app/gui/presenters/shoe_presenter.h"
#include "app/gui/presenters/warnings_presenter.h"

namespace stridelog::gui::testing {
namespace {

class ShoePresenter : public EnglishLocale {};
class WarningsPresenter : public EnglishLocale {};

TEST_F(ShoePresenter, APairAt81PercentIsABarPastItsEightyPercentMark) {
    EvaluationBuilder journal;
    const ShoeId pegasus = journal.shoe(QStringLiteral("Pegasus 40"), 1000, 800);
    journal.run(at(2026, 11, 17), 12'000, pegasus);
    const std::vector<ShoeBar> bars = presentShoes(journal.evaluate(at(2026, 11, 21, 12)));
    ASSERT_EQ(bars.size(), 1u);
    EXPECT_EQ(bars[0].name, QStringLiteral("Pegasus 40"));
    EXPECT_DOUBLE_EQ(bars[0].value, 812.0);
    EXPECT_DOUBLE_EQ(bars[0].soonMark, 800.0);
    EXPECT_DOUBLE_EQ(bars[0].limit, 1000.0);
    EXPECT_EQ(bars[0].status, ShoeStatusKind::Soon);
    EXPECT_EQ(bars[0].label, QStringLiteral("812 km (81%)"));
}

TEST_F(ShoePresenter, RetiredPairsAreNotShown) {
    EvaluationBuilder journal;
    journal.shoe(QStringLiteral("Old pair"), 1000, 1200);
    journal.journal.shoes.back().retiredOn = QDate(2026, 1, 1);
    journal.shoe(QStringLiteral("New pair"), 1000, 0);
    const std::vector<ShoeBar> bars = presentShoes(journal.evaluate(at(2026, 11, 21, 12)));
    ASSERT_EQ(bars.size(), 1u);
    EXPECT_EQ(bars[0].name, QStringLiteral("New pair"));
}

TEST_F(ShoePresenter, RemindersNameWornPairsThoseToReplaceFirst) {
    EvaluationBuilder journal;
    journal.shoe(QStringLiteral("Fine pair"), 1000, 100);
    journal.shoe(QStringLiteral("Pegasus 40"), 1000, 812);
    journal.shoe(QStringLiteral("Trail 3"), 800, 805);
    const auto lines = presentShoeReminders(journal.evaluate(at(2026, 11, 21, 12)));
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_EQ(lines[0].status, ShoeStatusKind::Replace);
    EXPECT_EQ(
        lines[0].text,
        QStringLiteral("Trail 3 has 805 km of its 800 km, past its limit: replace the pair."));
    EXPECT_EQ(lines[1].text,
              QStringLiteral("Pegasus 40 has 812 km of its 1,000 km: plan a replacement."));
}

TEST_F(WarningsPresenter, ItemsKeepTheRulesOrderMostSevereFirstWithTheirWords) {
    EvaluationBuilder journal;
    const ShoeId worn = journal.shoe(QStringLiteral("Pegasus 40"), 1000, 1010);
    journal.run(at(2026, 11, 17), 10'000, worn);
    PainEntry& pain = journal.pain(at(2026, 11, 18, 10), 4, Onset::Rest, Duration::fromHours(2));
    pain.site = Site::Below;
    const Evaluation evaluation = journal.evaluate(at(2026, 11, 21, 12));
    const WarningsData data = presentWarnings(evaluation);
    ASSERT_EQ(data.items.size(), evaluation.warnings.size());
    ASSERT_GE(data.items.size(), 2u);
    for (std::size_t i = 0; i < data.items.size(); ++i) {
        EXPECT_EQ(data.items[i].message.toStdString(),
                  evaluation.warnings[i].message.toStdString());
        EXPECT_EQ(data.items[i].source, evaluation.warnings[i].source);
        EXPECT_EQ(data.items[i].subject, evaluation.warnings[i].subject);
        if (i > 0) {
            EXPECT_GE(data.items[i - 1].severity, data.items[i].severity);
        }
    }
    EXPECT_EQ(data.items.front().severity, Severity::Stop);  // stage 4: pain at rest
    EXPECT_EQ(data.items.front().severityText, QStringLiteral("Stop"));
    const auto shoe = std::find_if(data.items.begin(), data.items.end(), [](const auto& item) {
        return item.subject.kind == WarningSubject::Kind::Shoe;
    });
    ASSERT_NE(shoe, data.items.end());
    EXPECT_EQ(shoe->severityText, QStringLiteral("Caution"));
    EXPECT_EQ(shoe->linkText, QStringLiteral("Show the pair"));
}

TEST_F(WarningsPresenter, NoWarningsIsACalmLineWithTheDate) {
    EvaluationBuilder journal;
    journal.run(at(2026, 11, 17), 5'000);
    const WarningsData data = presentWarnings(journal.evaluate(at(2026, 11, 21, 12)));
    EXPECT_TRUE(data.items.empty());
    EXPECT_EQ(data.emptyText, QStringLiteral("No warnings as of Sat 21 Nov 2026."));
}

}  // namespace
}  // namespace stridelog::gui::testing
