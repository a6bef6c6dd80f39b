// SPDX-License-Identifier: GPL-3.0-or-later
// `run show ID` and `shoe show ID [--as-of T]` (CLI.md, added in 1.1), and an imported track's
// way through export and restore.

#include "cli_runner.h"

#include <gtest/gtest.h>

#include <QFile>

namespace stridelog::cli::test {
namespace {

const QString kRun = QStringLiteral("run");
const QString kShoe = QStringLiteral("shoe");
const QString kShow = QStringLiteral("show");

// 2.5 km due north in 100 m steps, 30 s apart (5:00 min/km), climbing 2 m a step, HR rising.
QString writeStraightRun(const CliSandbox& sandbox) {
    QString points;
    for (int i = 0; i <= 25; ++i) {
        points += QStringLiteral(
                      "<trkpt lat=\"%1\" lon=\"8.0\"><ele>%2</ele>"
                      "<time>2026-11-10T07:%3:%4Z</time><extensions>"
                      "<gpxtpx:TrackPointExtension><gpxtpx:hr>%5</gpxtpx:hr>"
                      "</gpxtpx:TrackPointExtension></extensions></trkpt>\n")
                      .arg(50.0 + i * 100.0 / 111'195.08, 0, 'f', 9)
                      .arg(100 + 2 * i)
                      .arg(i * 30 / 60, 2, 10, QLatin1Char('0'))
                      .arg(i * 30 % 60, 2, 10, QLatin1Char('0'))
                      .arg(140 + i);
    }
    const QString gpx =
        QStringLiteral(
            "<gpx version=\"1.1\" xmlns=\"http://www.topografix.com/GPX/1/1\" "
            "xmlns:gpxtpx=\"http://www.garmin.com/xmlschemas/TrackPointExtension/v2\">"
            "<trk><type>running</type><trkseg>\n%1</trkseg></trk></gpx>\n")
            .arg(points);
    const QString path = sandbox.path(QStringLiteral("straight.gpx"));
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(gpx.toUtf8());
    return path;
}

qint64 importOne(const CliSandbox& sandbox, const QString& path) {
    const Outcome imported = sandbox.json({QStringLiteral("import"), path});
    EXPECT_EQ(imported.exitCode, 0) << imported.errorText().toStdString();
    return imported.array().at(0).toObject().value(QStringLiteral("run_id")).toInteger();
}

TEST(RunShow, AnImportedRunHasItsTrackSplitsAndThePainThatFollowedIt) {
    CliSandbox sandbox;
    const qint64 id = importOne(sandbox, writeStraightRun(sandbox));
    const qint64 linked = addPain(
        sandbox, {QStringLiteral("--date"), QStringLiteral("2026-11-12"), QStringLiteral("--run"),
                  QString::number(id), QStringLiteral("--knee"), QStringLiteral("left"),
                  QStringLiteral("--site"), QStringLiteral("front"), QStringLiteral("--intensity"),
                  QStringLiteral("3"), QStringLiteral("--onset"), QStringLiteral("after")});
    const qint64 soonAfter = addPain(
        sandbox, {QStringLiteral("--date"), QStringLiteral("2026-11-10"), QStringLiteral("--time"),
                  QStringLiteral("20:00"), QStringLiteral("--knee"), QStringLiteral("left"),
                  QStringLiteral("--site"), QStringLiteral("front"), QStringLiteral("--intensity"),
                  QStringLiteral("2"), QStringLiteral("--onset"), QStringLiteral("after")});
    addPain(sandbox, {QStringLiteral("--date"), QStringLiteral("2026-11-14"),
                      QStringLiteral("--knee"), QStringLiteral("left"), QStringLiteral("--site"),
                      QStringLiteral("front"), QStringLiteral("--intensity"), QStringLiteral("2"),
                      QStringLiteral("--onset"), QStringLiteral("after")});

    const Outcome shown = sandbox.json({kRun, kShow, QString::number(id)});
    ASSERT_EQ(shown.exitCode, 0) << shown.errorText().toStdString();
    const QJsonObject run = shown.object();
    for (const char* key : {"id", "start", "distance_km", "duration_s", "pace_s_per_km", "shoe_id",
                            "surface", "hilly", "type", "rpe", "cadence", "hr", "notes", "source",
                            "spike_pct", "track", "laps", "splits", "pain"})
        EXPECT_TRUE(run.contains(QLatin1String(key))) << key;
    const QJsonObject track = run.value(QStringLiteral("track")).toObject();
    EXPECT_EQ(track.value(QStringLiteral("points")).toInt(), 26);
    EXPECT_TRUE(track.value(QStringLiteral("has_position")).toBool());
    EXPECT_TRUE(track.value(QStringLiteral("has_hr")).toBool());
    EXPECT_TRUE(track.value(QStringLiteral("has_altitude")).toBool());
    EXPECT_FALSE(track.value(QStringLiteral("has_cadence")).toBool());
    EXPECT_TRUE(run.value(QStringLiteral("laps")).toArray().isEmpty());

    const QJsonArray splits = run.value(QStringLiteral("splits")).toArray();
    ASSERT_EQ(splits.size(), 2);  // 2.5 km: the half is not a split
    const QJsonObject second = splits.at(1).toObject();
    EXPECT_DOUBLE_EQ(second.value(QStringLiteral("distance_km")).toDouble(), 1.0);
    EXPECT_NEAR(second.value(QStringLiteral("duration_s")).toDouble(), 300, 1);
    EXPECT_NEAR(second.value(QStringLiteral("pace_s_per_km")).toDouble(), 300, 1);
    EXPECT_NEAR(second.value(QStringLiteral("ascent_m")).toDouble(), 20, 0.5);
    EXPECT_NEAR(second.value(QStringLiteral("hr")).toDouble(), 155.5, 1);

    const QJsonArray pain = run.value(QStringLiteral("pain")).toArray();
    ASSERT_EQ(pain.size(), 2);  // linked, and unlinked within 24 h; not the one days later
    EXPECT_EQ(pain.at(0).toInteger(), soonAfter);
    EXPECT_EQ(pain.at(1).toInteger(), linked);

    const Outcome text = sandbox.text({kRun, kShow, QString::number(id)});
    ASSERT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.contains("Splits")) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains("26 points"));
}

TEST(RunShow, SplitsFollowTheRunnersMiles) {
    CliSandbox sandbox;
    const qint64 id = importOne(sandbox, writeStraightRun(sandbox));
    ASSERT_EQ(
        sandbox.json({QStringLiteral("settings"), QStringLiteral("units"), QStringLiteral("mi")})
            .exitCode,
        0);
    const QJsonArray splits = sandbox.json({kRun, kShow, QString::number(id)})
                                  .object()
                                  .value(QStringLiteral("splits"))
                                  .toArray();
    ASSERT_EQ(splits.size(), 1);
    EXPECT_DOUBLE_EQ(splits.at(0).toObject().value(QStringLiteral("distance_km")).toDouble(),
                     1.609);
    EXPECT_NEAR(splits.at(0).toObject().value(QStringLiteral("duration_s")).toDouble(), 482.8, 1);
}

TEST(RunShow, ALoggedRunHasNoTrackAndAMissingRunIsRefused) {
    CliSandbox sandbox;
    const qint64 id = addRun(sandbox, {QStringLiteral("--date"), QStringLiteral("2026-11-20"),
                                       QStringLiteral("--distance"), QStringLiteral("5"),
                                       QStringLiteral("--duration"), QStringLiteral("30:00")});
    const QJsonObject run = sandbox.json({kRun, kShow, QString::number(id)}).object();
    EXPECT_TRUE(run.value(QStringLiteral("track")).isNull());
    EXPECT_TRUE(run.value(QStringLiteral("splits")).toArray().isEmpty());
    EXPECT_TRUE(run.value(QStringLiteral("pain")).toArray().isEmpty());
    const Outcome missing = sandbox.json({kRun, kShow, QStringLiteral("99")});
    EXPECT_NE(missing.exitCode, 0);
    EXPECT_TRUE(missing.errorText().contains(QStringLiteral("99")));
    EXPECT_EQ(sandbox.json({kRun, kShow}).exitCode, 1);
}

TEST(ShoeShow, KmPerWeekOverEightWeeksAndTheDayTheLimitIsReached) {
    CliSandbox sandbox;
    const qint64 shoe = addShoe(
        sandbox, {QStringLiteral("Pegasus"), QStringLiteral("--limit-km"), QStringLiteral("100")});
    // 4 × 10 km in the 8 weeks before 2026-11-21, one older run that does not count for the rate.
    for (const char* day : {"2026-09-01", "2026-10-01", "2026-10-15", "2026-11-01", "2026-11-20"}) {
        addRun(sandbox,
               {QStringLiteral("--date"), QLatin1String(day), QStringLiteral("--distance"),
                QStringLiteral("10"), QStringLiteral("--duration"), QStringLiteral("1:00:00"),
                QStringLiteral("--shoe"), QString::number(shoe)});
    }
    const Outcome shown = sandbox.json({kShoe, kShow, QString::number(shoe)});
    ASSERT_EQ(shown.exitCode, 0) << shown.errorText().toStdString();
    const QJsonObject object = shown.object();
    EXPECT_DOUBLE_EQ(object.value(QStringLiteral("km")).toDouble(), 50);
    EXPECT_DOUBLE_EQ(object.value(QStringLiteral("km_per_week")).toDouble(), 5);
    // 50 km left at 40 km / 56 days: 70 days after 2026-11-21.
    EXPECT_EQ(object.value(QStringLiteral("limit_on")).toString(), QStringLiteral("2027-01-30"));
    EXPECT_EQ(object.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));

    const QJsonObject before = sandbox
                                   .json({kShoe, kShow, QString::number(shoe),
                                          QStringLiteral("--as-of"), QStringLiteral("2026-08-01")})
                                   .object();
    EXPECT_DOUBLE_EQ(before.value(QStringLiteral("km_per_week")).toDouble(), 0);
    EXPECT_TRUE(before.value(QStringLiteral("limit_on")).isNull());

    const Outcome text = sandbox.text({kShoe, kShow, QString::number(shoe)});
    EXPECT_TRUE(text.out.contains("around 30 January 2027")) << text.out.toStdString();
}

TEST(ShoeShow, APairAtItsLimitHasNoDateAndAMissingPairIsRefused) {
    CliSandbox sandbox;
    const qint64 shoe = addShoe(
        sandbox, {QStringLiteral("Old"), QStringLiteral("--limit-km"), QStringLiteral("10")});
    addRun(sandbox,
           {QStringLiteral("--date"), QStringLiteral("2026-11-20"), QStringLiteral("--distance"),
            QStringLiteral("10"), QStringLiteral("--duration"), QStringLiteral("1:00:00"),
            QStringLiteral("--shoe"), QString::number(shoe)});
    const QJsonObject object = sandbox.json({kShoe, kShow, QString::number(shoe)}).object();
    EXPECT_EQ(object.value(QStringLiteral("status")).toString(), QStringLiteral("replace"));
    EXPECT_TRUE(object.value(QStringLiteral("limit_on")).isNull());
    EXPECT_NE(sandbox.json({kShoe, kShow, QStringLiteral("7")}).exitCode, 0);
}

TEST(TrackRoundTrip, ExportThenRestoreKeepsTheTrack) {
    CliSandbox source;
    const qint64 id = importOne(source, writeStraightRun(source));
    const QString exported = source.path(QStringLiteral("journal.json"));
    ASSERT_EQ(source
                  .json({QStringLiteral("export"), QStringLiteral("--format"),
                         QStringLiteral("json"), QStringLiteral("--out"), exported})
                  .exitCode,
              0);
    const QJsonObject before = source.json({kRun, kShow, QString::number(id)}).object();

    CliSandbox target;
    const Outcome restored = target.json({QStringLiteral("restore"), exported});
    ASSERT_EQ(restored.exitCode, 0) << restored.errorText().toStdString();
    const QJsonObject after = target.json({kRun, kShow, QString::number(id)}).object();
    EXPECT_EQ(
        after.value(QStringLiteral("track")).toObject().value(QStringLiteral("points")).toInt(),
        26);
    EXPECT_EQ(after, before);

    // And a second export of the restored journal is the same document, tracks included.
    const QString again = target.path(QStringLiteral("again.json"));
    ASSERT_EQ(target
                  .json({QStringLiteral("export"), QStringLiteral("--format"),
                         QStringLiteral("json"), QStringLiteral("--out"), again})
                  .exitCode,
              0);
    QFile first(exported);
    QFile second(again);
    ASSERT_TRUE(first.open(QIODevice::ReadOnly) && second.open(QIODevice::ReadOnly));
    const QByteArray a = first.readAll();
    const QByteArray b = second.readAll();
    EXPECT_TRUE(a.contains("\"tracks\""));
    // exported_at differs; everything from the settings on is the same.
    EXPECT_EQ(a.mid(a.indexOf("\"format\"")), b.mid(b.indexOf("\"format\"")));
}

}  // namespace
}  // namespace stridelog::cli::test
