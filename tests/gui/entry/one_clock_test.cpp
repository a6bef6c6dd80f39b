// SPDX-License-Identifier: GPL-3.0-or-later
// One clock: the journal the app opens reads the app's clock, so the log-run dialog and the
// store agree on "tomorrow" — checked a few seconds either side of midnight, with a clock
// years away from the real date so the system date could never agree by chance.

#include "editing_fixture.h"

#include "app/gui/dialogs/journal_problem_dialog.h"
#include "app/gui/dialogs/log_run_dialog.h"
#include "app/gui/session/journal_session.h"
#include "app/gui/widgets/date_time_field.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

namespace stridelog::gui::testing {
namespace {

class OneClockTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(folder_.isValid());
        // The way the app opens a journal (at start and from File ▸ New and Open).
        auto journal = openJournalOrRecover(folder_.filePath(QStringLiteral("journal.sqlite")),
                                            nullptr, QStringLiteral("Quit"), clock_);
        ASSERT_NE(journal, nullptr);
        session_ = std::make_unique<JournalSession>(std::move(journal), clock_);
        QObject::connect(session_.get(), &JournalSession::failed,
                         [this](const QString& message) { failures_ << message; });
    }

    // Types a 5 km run on `date` into the log-run dialog and presses Save; whether the dialog
    // marked the date.
    bool logRunOn(const QString& date) {
        LogRunDialog dialog(*session_, std::nullopt);
        dialog.show();
        QTest::keyClicks(child<QLineEdit>(&dialog, "runDistance"), QStringLiteral("5"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "runDuration"), QStringLiteral("30:00"));
        auto* when = child<DateTimeField>(&dialog, "runStart");
        when->dateEdit()->setFocus();
        when->dateEdit()->selectAll();
        QTest::keyClicks(when->dateEdit(), date);
        const bool marked = child<QLabel>(&dialog, "dateError")->isVisible();
        QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
        return marked;
    }

    std::size_t runCount() { return session_->journal().runs().value().size(); }

    QTemporaryDir folder_;
    FixedClock clock_{Instant::fromLocal(QDate(2031, 6, 30), QTime(23, 59, 30))};
    std::unique_ptr<JournalSession> session_;
    QStringList failures_;
};

TEST_F(OneClockTest, TheAppOpensTheJournalWithItsClock) {
    EXPECT_EQ(&session_->journal().clock(), &clock_);
}

TEST_F(OneClockTest, BeforeMidnightTomorrowIsTheNextDayForTheDialogAndTheStore) {
    EXPECT_FALSE(logRunOn(QStringLiteral("2031-07-01")));
    EXPECT_EQ(runCount(), 1u);  // the store took what the dialog accepted
    EXPECT_TRUE(failures_.isEmpty()) << failures_.join(QLatin1Char('\n')).toStdString();

    EXPECT_TRUE(logRunOn(QStringLiteral("2031-07-02")));
    EXPECT_EQ(runCount(), 1u);
    // And the store, asked directly, refuses the same day.
    stridelog::Run run = session_->journal().runs().value().front();
    run.id = RunId();
    run.start = Instant::fromLocal(QDate(2031, 7, 2), QTime(7, 0));
    const auto refused = session_->journal().addRun(run);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().kind, StoreErrorKind::InvalidInput);
}

TEST_F(OneClockTest, PastMidnightBothMoveOnTogether) {
    clock_.set(Instant::fromLocal(QDate(2031, 7, 1), QTime(0, 0, 30)));
    EXPECT_FALSE(logRunOn(QStringLiteral("2031-07-02")));
    EXPECT_EQ(runCount(), 1u);
    EXPECT_TRUE(failures_.isEmpty()) << failures_.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(logRunOn(QStringLiteral("2031-07-03")));
    EXPECT_EQ(runCount(), 1u);
}

}  // namespace
}  // namespace stridelog::gui::testing
