// SPDX-License-Identifier: GPL-3.0-or-later
// Rules 1.1 end to end through the binary: R2's fresh start in `weeks` and `warnings` (JSON and
// text) at 26 and 27 empty weeks, pain durations as people say them, sources named by title,
// and watch files without usable times refused saying why. "Now" is Saturday 2026-11-21 12:00.

#include "cli_runner.h"

#include <QDate>
#include <QFile>

#include <gtest/gtest.h>

namespace stridelog::cli::test {
namespace {

void run(const CliSandbox& sandbox, const QDate& day, const QString& km) {
    addRun(sandbox,
           {QStringLiteral("--date"), day.toString(Qt::ISODate), QStringLiteral("--distance"), km,
            QStringLiteral("--duration"), QStringLiteral("1h")});
}

// Four weeks of 10 km, `empty` empty weeks, then 5 km in this week (of 2026-11-16): after up to
// 26 empty weeks a comeback week with a limit of 30% of 10 km, 3 km; after more, a fresh start.
void afterAGapOf(const CliSandbox& sandbox, int empty) {
    const QDate thisWeek(2026, 11, 16);
    const QDate lastRunWeek = thisWeek.addDays(-7 * (empty + 1));
    for (int week = 3; week >= 0; --week)
        run(sandbox, lastRunWeek.addDays(-7 * week), QStringLiteral("10"));
    run(sandbox, thisWeek.addDays(1), QStringLiteral("5"));
}

QJsonObject lastWeek(const CliSandbox& sandbox) {
    const Outcome outcome = sandbox.json({QStringLiteral("weeks")});
    EXPECT_EQ(outcome.exitCode, 0) << outcome.errorText().toStdString();
    const QJsonArray weeks = outcome.array();
    return weeks.isEmpty() ? QJsonObject() : weeks.last().toObject();
}

QStringList warningCodes(const CliSandbox& sandbox) {
    QStringList codes;
    for (const QJsonValue& warning : sandbox.json({QStringLiteral("warnings")}).array())
        codes << warning.toObject().value(QStringLiteral("code")).toString();
    return codes;
}

TEST(FreshStart, TwentySixEmptyWeeksAreStillAComebackWeek) {
    CliSandbox sandbox;
    afterAGapOf(sandbox, 26);
    const QJsonObject week = lastWeek(sandbox);
    EXPECT_EQ(week.value(QStringLiteral("week_start")).toString(), QStringLiteral("2026-11-16"));
    EXPECT_DOUBLE_EQ(week.value(QStringLiteral("limit_km")).toDouble(), 3.0);
    EXPECT_EQ(week.value(QStringLiteral("limit_rule")).toString(),
              QStringLiteral("comeback-volume"));
    EXPECT_TRUE(week.value(QStringLiteral("over_limit")).toBool());
    EXPECT_TRUE(warningCodes(sandbox).contains(QStringLiteral("comeback-volume")));

    const QString weeks = QString::fromUtf8(sandbox.text({QStringLiteral("weeks")}).out);
    EXPECT_TRUE(weeks.contains(QStringLiteral("3.00 km OVER (0.00 km left)")));
    const QString warnings = QString::fromUtf8(sandbox.text({QStringLiteral("warnings")}).out);
    EXPECT_TRUE(warnings.contains(QStringLiteral(
        "[caution] comeback-volume (week of 2026-11-16): This week: 5.0 km after 26 empty "
        "weeks")));
}

TEST(FreshStart, TwentySevenEmptyWeeksMakeAFreshStartWithoutLimitOrWarning) {
    CliSandbox sandbox;
    afterAGapOf(sandbox, 27);
    const QJsonObject week = lastWeek(sandbox);
    EXPECT_EQ(week.value(QStringLiteral("week_start")).toString(), QStringLiteral("2026-11-16"));
    EXPECT_TRUE(week.value(QStringLiteral("limit_km")).isNull());
    EXPECT_TRUE(week.value(QStringLiteral("limit_rule")).isNull());
    EXPECT_FALSE(week.value(QStringLiteral("over_limit")).toBool());
    EXPECT_TRUE(week.value(QStringLiteral("remaining_km")).isNull());
    const QStringList codes = warningCodes(sandbox);
    EXPECT_FALSE(codes.contains(QStringLiteral("comeback-volume")));
    EXPECT_FALSE(codes.contains(QStringLiteral("weekly-increase")));

    const QString weeks = QString::fromUtf8(sandbox.text({QStringLiteral("weeks")}).out);
    const QString last = weeks.trimmed().split(QLatin1Char('\n')).last();
    EXPECT_TRUE(last.startsWith(QStringLiteral("2026-11-16  5.00 km"))) << last.toStdString();
    EXPECT_FALSE(last.contains(QStringLiteral("OVER")));
    const QString warnings = QString::fromUtf8(sandbox.text({QStringLiteral("warnings")}).out);
    EXPECT_FALSE(warnings.contains(QStringLiteral("comeback-volume")));
    const QJsonObject allowance = sandbox.json({QStringLiteral("allowance")}).object();
    EXPECT_TRUE(allowance.value(QStringLiteral("week_left_km")).isNull());
}

TEST(FreshStart, TheWeekAfterFollowsTheTenPercentRule) {
    CliSandbox sandbox;
    const QDate fresh(2026, 11, 9);
    for (int week = 3; week >= 0; --week)
        run(sandbox, QDate(2026, 4, 6).addDays(-7 * week), QStringLiteral("10"));
    run(sandbox, fresh, QStringLiteral("10"));                 // 30 empty weeks before it
    run(sandbox, fresh.addDays(8), QStringLiteral("11.001"));  // 10.01% more
    const QJsonObject week = lastWeek(sandbox);
    EXPECT_DOUBLE_EQ(week.value(QStringLiteral("limit_km")).toDouble(), 11.0);
    EXPECT_EQ(week.value(QStringLiteral("limit_rule")).toString(),
              QStringLiteral("weekly-increase"));
    EXPECT_TRUE(week.value(QStringLiteral("over_limit")).toBool());
    EXPECT_TRUE(warningCodes(sandbox).contains(QStringLiteral("weekly-increase")));
}

void painLasting(const CliSandbox& sandbox, const QString& lasted) {
    addPain(sandbox, {QStringLiteral("--date"), QStringLiteral("2026-11-17"),
                      QStringLiteral("--time"), QStringLiteral("08:00"), QStringLiteral("--knee"),
                      QStringLiteral("right"), QStringLiteral("--site"), QStringLiteral("outside"),
                      QStringLiteral("--intensity"), QStringLiteral("3"), QStringLiteral("--onset"),
                      QStringLiteral("after"), QStringLiteral("--lasted"), lasted});
}

TEST(Durations, UnderSeventyTwoHoursInHoursFromThenOnInDaysAndHours) {
    CliSandbox sandbox;
    painLasting(sandbox, QStringLiteral("71h"));
    painLasting(sandbox, QStringLiteral("72h"));
    painLasting(sandbox, QStringLiteral("76h"));
    const QString list =
        QString::fromUtf8(sandbox.text({QStringLiteral("pain"), QStringLiteral("list")}).out);
    EXPECT_TRUE(list.contains(QStringLiteral(" 71 h ")));
    EXPECT_TRUE(list.contains(QStringLiteral(" 3 d ")));
    EXPECT_TRUE(list.contains(QStringLiteral(" 3 d 4 h ")));
    EXPECT_FALSE(list.contains(QStringLiteral("76")));

    const QString warnings = QString::fromUtf8(sandbox.text({QStringLiteral("warnings")}).out);
    EXPECT_TRUE(warnings.contains(QStringLiteral("has lasted 71 h: stage 2 of 4.")));
    EXPECT_TRUE(warnings.contains(QStringLiteral("has lasted 3 d: stage 3 of 4.")));
    EXPECT_TRUE(warnings.contains(QStringLiteral("has lasted 3 d 4 h: stage 3 of 4.")));

    // JSON keeps the number.
    const QJsonArray pains = sandbox.json({QStringLiteral("pain"), QStringLiteral("list")}).array();
    ASSERT_EQ(pains.size(), 3);
    EXPECT_DOUBLE_EQ(pains.at(2).toObject().value(QStringLiteral("duration_h")).toDouble(), 76.0);
}

TEST(Sources, NoWarningSaysSeedAndTheArticleIsNamedByItsTitle) {
    CliSandbox sandbox;
    painLasting(sandbox, QStringLiteral("76h"));
    run(sandbox, QDate(2026, 11, 10), QStringLiteral("10"));
    run(sandbox, QDate(2026, 11, 17), QStringLiteral("12"));
    const QByteArray text = sandbox.text({QStringLiteral("warnings")}).out;
    const QByteArray json = sandbox.json({QStringLiteral("warnings")}).out;
    EXPECT_FALSE(text.toLower().contains("seed"));
    EXPECT_FALSE(json.toLower().contains("seed"));
    EXPECT_TRUE(
        text.contains("source: The runners' article \"My knees hurt after running. What "
                      "is the reason and what to do?\""));
}

QString fixture(const QString& name) {
    return QStringLiteral(STRIDELOG_TEST_DATA_DIR "/import/") + name;
}

TEST(Import, AFitCountingFromPowerOnIsRefusedAsHavingNoCalendarDate) {
    CliSandbox sandbox;
    const Outcome outcome =
        sandbox.json({QStringLiteral("import"), fixture(QStringLiteral("power_on_no_date.fit"))});
    const QJsonObject result = outcome.array().at(0).toObject();
    EXPECT_EQ(result.value(QStringLiteral("status")).toString(), QStringLiteral("error"));
    EXPECT_TRUE(result.value(QStringLiteral("message"))
                    .toString()
                    .endsWith(QStringLiteral("the file has no calendar date: its times count "
                                             "from when the watch was switched on")));
    EXPECT_TRUE(sandbox.json({QStringLiteral("run"), QStringLiteral("list")}).array().isEmpty());
}

TEST(Import, AFitCountingFromPowerOnWithACorrelationLandsOnItsRealDay) {
    CliSandbox sandbox;
    const Outcome outcome = sandbox.json(
        {QStringLiteral("import"), fixture(QStringLiteral("power_on_correlation.fit"))});
    EXPECT_EQ(outcome.array().at(0).toObject().value(QStringLiteral("status")).toString(),
              QStringLiteral("imported"));
    const QJsonArray runs = sandbox.json({QStringLiteral("run"), QStringLiteral("list")}).array();
    ASSERT_EQ(runs.size(), 1);
    EXPECT_EQ(runs.at(0).toObject().value(QStringLiteral("start")).toString(),
              QStringLiteral("2024-06-01T07:00:00"));
}

TEST(Import, AGpxAtOneInstantIsNoUsableTimes) {
    CliSandbox sandbox;
    const QString path = sandbox.path(QStringLiteral("one_instant.gpx"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(
        "<gpx version=\"1.1\" xmlns=\"http://www.topografix.com/GPX/1/1\"><trk><trkseg>"
        "<trkpt lat=\"50.0\" lon=\"8.0\"><time>2024-06-01T05:00:00Z</time></trkpt>"
        "<trkpt lat=\"50.01\" lon=\"8.0\"><time>2024-06-01T05:00:00Z</time></trkpt>"
        "</trkseg></trk></gpx>");
    file.close();
    const QString message = sandbox.json({QStringLiteral("import"), path})
                                .array()
                                .at(0)
                                .toObject()
                                .value(QStringLiteral("message"))
                                .toString();
    EXPECT_TRUE(message.contains(QStringLiteral("no usable times"))) << message.toStdString();
    EXPECT_FALSE(message.contains(QStringLiteral("duration must be")));
}

}  // namespace
}  // namespace stridelog::cli::test
