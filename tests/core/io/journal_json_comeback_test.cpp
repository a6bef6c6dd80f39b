// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON export carries rules 1.2's values (a run's ratings, morning checks, the ways back)
// and restore reads them back exactly; a bad one is refused naming the entry.

#include "core/io/journal_json.h"

#include "sample_journal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

#include <gtest/gtest.h>

namespace stridelog {
namespace {

using testing::sampleExportTime;
using testing::sampleJournal;

JournalSnapshot withWayBack() {
    JournalSnapshot journal = sampleJournal();
    journal.runs[0].painDuring = 0;
    journal.runs[0].painAfter = 7;
    journal.mornings = {{QDate(2026, 3, 11), 2, true, false}, {QDate(2026, 3, 12), 0, false, true}};
    ComebackProgramme stopped;
    stopped.id = ProgrammeId(4);
    stopped.start = Instant(1'773'100'000, 3600);
    stopped.profile = ComebackProfile::Tendon;
    stopped.cleared = true;
    stopped.walkOk = true;
    stopped.stoppedAt = Instant(1'773'300'000, 7200);
    ComebackProgramme open;
    open.id = ProgrammeId(9);
    open.start = Instant(1'773'400'000, 3600);
    journal.programmes = {stopped, open};
    return journal;
}

TEST(JournalJsonComeback, RatingsMorningsAndProgrammesComeBackExactly) {
    const JournalSnapshot original = withWayBack();
    const QByteArray document = writeJournalJson(original, sampleExportTime());
    const auto back = readJournalJson(document);
    ASSERT_TRUE(back) << back.error().toStdString();
    EXPECT_EQ(back->runs[0].painDuring, 0);
    EXPECT_EQ(back->runs[0].painAfter, 7);
    EXPECT_FALSE(back->runs[1].painDuring);
    EXPECT_EQ(back->mornings, original.mornings);
    EXPECT_EQ(back->programmes, original.programmes);
    EXPECT_EQ(writeJournalJson(*back, sampleExportTime()), document);
}

TEST(JournalJsonComeback, AJournalWithoutThemHasNoSuchKeysAndRunsHaveNullRatings) {
    const QJsonObject root =
        QJsonDocument::fromJson(writeJournalJson(sampleJournal(), sampleExportTime())).object();
    EXPECT_FALSE(root.contains(QLatin1String("mornings")));
    EXPECT_FALSE(root.contains(QLatin1String("programmes")));
    const QJsonObject run = root.value(QLatin1String("runs")).toArray().at(0).toObject();
    EXPECT_TRUE(run.value(QLatin1String("pain_during")).isNull());
    EXPECT_TRUE(run.value(QLatin1String("pain_after")).isNull());
}

QString problemWith(const std::function<void(QJsonObject&)>& change) {
    QJsonObject root =
        QJsonDocument::fromJson(writeJournalJson(withWayBack(), sampleExportTime())).object();
    change(root);
    const auto read = readJournalJson(QJsonDocument(root).toJson());
    return read ? QString() : read.error();
}

TEST(JournalJsonComeback, BadValuesAreRefusedNamingTheEntry) {
    EXPECT_TRUE(problemWith([](QJsonObject& root) {
                    QJsonArray mornings = root.value(QLatin1String("mornings")).toArray();
                    QJsonObject first = mornings.at(0).toObject();
                    first.insert(QLatin1String("pain"), 11);
                    mornings.replace(0, first);
                    root.insert(QLatin1String("mornings"), mornings);
                }).contains(QLatin1String("mornings[0]")));
    EXPECT_TRUE(problemWith([](QJsonObject& root) {
                    QJsonArray mornings = root.value(QLatin1String("mornings")).toArray();
                    mornings.append(mornings.at(0));
                    root.insert(QLatin1String("mornings"), mornings);
                }).contains(QLatin1String("earlier entry")));
    EXPECT_TRUE(problemWith([](QJsonObject& root) {
                    QJsonArray programmes = root.value(QLatin1String("programmes")).toArray();
                    QJsonObject first = programmes.at(0).toObject();
                    first.insert(QLatin1String("profile"), QLatin1String("relaxed"));
                    programmes.replace(0, first);
                    root.insert(QLatin1String("programmes"), programmes);
                }).contains(QLatin1String("programmes[0].profile")));
    EXPECT_TRUE(problemWith([](QJsonObject& root) {
                    QJsonArray runs = root.value(QLatin1String("runs")).toArray();
                    QJsonObject first = runs.at(0).toObject();
                    first.insert(QLatin1String("pain_after"), 12);
                    runs.replace(0, first);
                    root.insert(QLatin1String("runs"), runs);
                }).contains(QLatin1String("pain_after")));
}

}  // namespace
}  // namespace stridelog
