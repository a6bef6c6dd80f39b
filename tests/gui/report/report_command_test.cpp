// SPDX-License-Identifier: GPL-3.0-or-later
// `stridelog --report OUT.pdf --from D --to D`: the real binary writes the report without a
// display; a missing or reversed period is a usage error and writes nothing.

#include "app/gui/app_options.h"

#include "core/store/journal.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace stridelog::gui {
namespace {

struct Outcome {
    int exitCode = -1;
    QString err;
};

Outcome runApp(const QStringList& arguments) {
    QProcess process;
    process.start(QStringLiteral(STRIDELOG_APP_PATH), arguments);
    if (!process.waitForFinished(60000)) return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardError())};
}

class ReportCommand : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir.isValid());
        auto journal = Journal::open(journalPath());
        ASSERT_TRUE(journal);
        stridelog::Run run;
        run.start = Instant::fromLocal(QDate(2026, 11, 3), QTime(7, 0));
        run.distance = Distance::fromMetres(8000);
        run.duration = Duration::fromSeconds(2880);
        ASSERT_TRUE((*journal)->addRun(run));
    }
    QString journalPath() const { return dir.filePath(QStringLiteral("journal.sqlite")); }
    QString pdfPath() const { return dir.filePath(QStringLiteral("report.pdf")); }

    QTemporaryDir dir;
};

TEST_F(ReportCommand, WritesAPdfOfThePeriodWithoutADisplay) {
    const Outcome outcome = runApp(
        {QStringLiteral("--db"), journalPath(), QStringLiteral("--report"), pdfPath(),
         QStringLiteral("--from"), QStringLiteral("2026-10-01"), QStringLiteral("--to"),
         QStringLiteral("2026-11-21"), QStringLiteral("--as-of"), QStringLiteral("2026-11-21")});
    ASSERT_EQ(outcome.exitCode, 0) << outcome.err.toStdString();
    QFile pdf(pdfPath());
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdf.read(5).startsWith("%PDF"));
}

TEST_F(ReportCommand, WithoutAPeriodIsAUsageErrorAndWritesNothing) {
    const Outcome outcome =
        runApp({QStringLiteral("--db"), journalPath(), QStringLiteral("--report"), pdfPath(),
                QStringLiteral("--from"), QStringLiteral("2026-10-01")});
    EXPECT_EQ(outcome.exitCode, 1);
    EXPECT_TRUE(outcome.err.contains(QStringLiteral("--to DATE"))) << outcome.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(pdfPath()));
}

TEST(AppOptions, AReversedPeriodIsRefused) {
    const auto options = parseAppOptions({QStringLiteral("stridelog"), QStringLiteral("--report"),
                                          QStringLiteral("r.pdf"), QStringLiteral("--from"),
                                          QStringLiteral("2026-11-21"), QStringLiteral("--to"),
                                          QStringLiteral("2026-10-01")});
    ASSERT_FALSE(options);
    EXPECT_TRUE(options.error().contains(QStringLiteral("before")));
}

TEST(AppOptions, ABareAsOfDateIsTheEndOfThatDay) {
    const auto options = parseAppOptions(
        {QStringLiteral("stridelog"), QStringLiteral("--as-of"), QStringLiteral("2026-11-15")});
    ASSERT_TRUE(options);
    ASSERT_TRUE(options->asOf.has_value());
    EXPECT_TRUE(options->asOf->isEndOfDay());
    EXPECT_EQ(options->asOf->day(), QDate(2026, 11, 15));
}

}  // namespace
}  // namespace stridelog::gui
