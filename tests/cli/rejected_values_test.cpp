// SPDX-License-Identifier: GPL-3.0-or-later
// Every limit and enumeration of CLI.md: a value beyond it is exit 2, one error line naming
// what is accepted, and the journal's bytes stay as they were.

#include "cli_runner.h"

#include <QFile>

#include <gtest/gtest.h>

namespace stridelog::cli::test {
namespace {

struct Rejection {
    const char* name;
    QStringList arguments;
    QString mention;  // part of what the error line must name
};

QStringList runAdd(const QString& option, const QString& value) {
    QStringList arguments{QStringLiteral("run"),        QStringLiteral("add"),
                          QStringLiteral("--date"),     QStringLiteral("2026-11-20"),
                          QStringLiteral("--distance"), QStringLiteral("10"),
                          QStringLiteral("--duration"), QStringLiteral("1h")};
    const auto at = arguments.indexOf(option);
    if (at >= 0) {
        arguments[at + 1] = value;
    } else {
        arguments << option << value;
    }
    return arguments;
}

QStringList painAdd(const QString& option, const QString& value) {
    QStringList arguments{
        QStringLiteral("pain"),       QStringLiteral("add"),     QStringLiteral("--date"),
        QStringLiteral("2026-11-20"), QStringLiteral("--knee"),  QStringLiteral("left"),
        QStringLiteral("--site"),     QStringLiteral("front"),   QStringLiteral("--intensity"),
        QStringLiteral("3"),          QStringLiteral("--onset"), QStringLiteral("after")};
    const auto at = arguments.indexOf(option);
    if (at >= 0) {
        arguments[at + 1] = value;
    } else {
        arguments << option << value;
    }
    return arguments;
}

QStringList shoeAdd(const QString& name, const QStringList& extra = {}) {
    return QStringList{QStringLiteral("shoe"), QStringLiteral("add"), name} + extra;
}

const QString kLongNotes(10'001, QLatin1Char('n'));

std::vector<Rejection> rejections() {
    const auto s = [](const char* text) { return QString::fromUtf8(text); };
    return {
        {"DistanceZero", runAdd(s("--distance"), s("0")), s("more than 0")},
        {"DistanceOver400Km", runAdd(s("--distance"), s("400.001")), s("at most 400 km")},
        {"DistanceNotANumber", runAdd(s("--distance"), s("ten")), s("10.2km, 6.3mi or 800m")},
        {"DurationZero", runAdd(s("--duration"), s("0s")), s("more than 0")},
        {"DurationOver72Hours", runAdd(s("--duration"), s("72h1s")), s("at most 72 hours")},
        {"DurationNotADuration", runAdd(s("--duration"), s("fast")), s("55:10, 1:02:03, 45m")},
        {"PaceFasterThanTwoMinutesPerKm", runAdd(s("--duration"), s("19:59")), s("2:00 min/km")},
        {"RunDateAfterTomorrow", runAdd(s("--date"), s("2026-11-23")), s("tomorrow")},
        {"RunDateNotADate", runAdd(s("--date"), s("21.11.2026")), s("YYYY-MM-DD")},
        {"RunTimeNotATime", runAdd(s("--time"), s("7:5")), s("HH:MM")},
        {"RpeZero", runAdd(s("--rpe"), s("0")), s("from 1 to 10")},
        {"RpeEleven", runAdd(s("--rpe"), s("11")), s("from 1 to 10")},
        {"CadenceBelow60", runAdd(s("--cadence"), s("59")), s("from 60 to 260")},
        {"CadenceAbove260", runAdd(s("--cadence"), s("261")), s("from 60 to 260")},
        {"HeartRateBelow30", runAdd(s("--hr"), s("29")), s("from 30 to 250")},
        {"HeartRateAbove250", runAdd(s("--hr"), s("251")), s("from 30 to 250")},
        {"RunNotesOver10000Characters", runAdd(s("--notes"), kLongNotes), s("10000")},
        {"SurfaceUnknown", runAdd(s("--surface"), s("asphalt")),
         s("road, trail, track, treadmill, grass, sand, mixed")},
        {"RunTypeUnknown", runAdd(s("--type"), s("jog")),
         s("easy, long, tempo, interval, race, recovery")},
        {"RunShoeNotAnId", runAdd(s("--shoe"), s("blue")), s("whole number")},
        {"IntensityEleven", painAdd(s("--intensity"), s("11")), s("from 0 to 10")},
        {"IntensityNegative", painAdd(s("--intensity"), s("-1")), s("from 0 to 10")},
        {"KneeUnknown", painAdd(s("--knee"), s("middle")), s("left, right, both")},
        {"SiteUnknown", painAdd(s("--site"), s("top")),
         s("front, below, outside, inside, behind, whole")},
        {"OnsetUnknown", painAdd(s("--onset"), s("sometimes")),
         s("start, during, late, after, next-day, rest")},
        {"LastedNotADuration", painAdd(s("--lasted"), s("forever")), s("ongoing")},
        {"PainDateAfterTomorrow", painAdd(s("--date"), s("2026-11-23")), s("tomorrow")},
        {"PainNotesOver10000Characters", painAdd(s("--notes"), kLongNotes), s("10000")},
        {"ShoeNameEmpty", shoeAdd(s("")), s("1 to 200 characters")},
        {"ShoeNameBlank", shoeAdd(s("   ")), s("1 to 200 characters")},
        {"ShoeName201Characters", shoeAdd(QString(201, QLatin1Char('x'))),
         s("1 to 200 characters")},
        {"ShoeLimitZero", shoeAdd(s("Pair"), {s("--limit-km"), s("0")}), s("more than 0")},
        {"ShoeLimitNotANumber", shoeAdd(s("Pair"), {s("--limit-km"), s("lots")}),
         s("1000 or 250.5")},
        {"ShoeSinceNotADate", shoeAdd(s("Pair"), {s("--since"), s("May")}), s("YYYY-MM-DD")},
        {"ShoeNotesOver10000Characters", shoeAdd(s("Pair"), {s("--notes"), kLongNotes}),
         s("10000")},
        {"WeeksAsOfNotAnInstant",
         {s("weeks"), s("--as-of"), s("yesterday")},
         s("2026-03-14T07:30")},
        {"WarningsAsOfNotADate", {s("warnings"), s("--as-of"), s("2026-13-01")}, s("2026-03-14")},
        {"PainListAsOfNotAnInstant",
         {s("pain"), s("list"), s("--as-of"), s("now")},
         s("2026-03-14")},
        {"RunListFromNotADate",
         {s("run"), s("list"), s("--from"), s("last week")},
         s("YYYY-MM-DD")},
        {"ExportFormatUnknown", {s("export"), s("--format"), s("xml")}, s("csv, json")},
        {"WeekStartFriday", {s("settings"), s("week_start"), s("friday")}, s("monday or sunday")},
        {"UnitsFurlongs", {s("settings"), s("units"), s("furlongs")}, s("km or mi")},
        {"WeeklyIncreaseAbove50", {s("settings"), s("weekly_increase_pct"), s("51")}, s("5 to 50")},
        {"DemoYearsAbove30", {s("demo"), s("--years"), s("31")}, s("from 1 to 30")},
        {"ShoeRetireIdNotANumber", {s("shoe"), s("retire"), s("x")}, s("whole number")},
    };
}

// Named by its case in GoogleTest's listings.
void PrintTo(const Rejection& rejection, std::ostream* stream) {
    *stream << rejection.name;
}

class RejectedValue : public testing::TestWithParam<Rejection> {};

TEST_P(RejectedValue, IsExitTwoNamingWhatIsAcceptedAndNothingWritten) {
    CliSandbox sandbox;
    addShoe(sandbox, {QStringLiteral("Pegasus")});
    addRun(sandbox,
           {QStringLiteral("--date"), QStringLiteral("2026-11-19"), QStringLiteral("--distance"),
            QStringLiteral("8"), QStringLiteral("--duration"), QStringLiteral("48m")});
    expectRejected(sandbox, GetParam().arguments, 2, GetParam().mention);
}

INSTANTIATE_TEST_SUITE_P(CliLimits, RejectedValue, testing::ValuesIn(rejections()),
                         [](const testing::TestParamInfo<Rejection>& caseInfo) {
                             return std::string(caseInfo.param.name);
                         });

TEST(RejectedValue, ABadValueNeverCreatesAMissingJournal) {
    CliSandbox sandbox;
    const Outcome outcome = sandbox.json(runAdd(QStringLiteral("--distance"), QStringLiteral("0")));
    EXPECT_EQ(outcome.exitCode, 2);
    EXPECT_FALSE(QFile::exists(sandbox.journalPath()));
}

}  // namespace
}  // namespace stridelog::cli::test
