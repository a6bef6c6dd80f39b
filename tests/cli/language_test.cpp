// SPDX-License-Identifier: GPL-3.0-or-later
// stridelog-cli speaks the system's language (LANGUAGE, LANG): German warnings, advice,
// sources and tables, with German dates in sentences, while codes, JSON keys and the
// tables' values stay as they are.

#include "cli_runner.h"

#include <gtest/gtest.h>

namespace stridelog::cli::test {
namespace {

const QList<std::pair<QString, QString>> kGerman = {
    {QStringLiteral("LANGUAGE"), QStringLiteral("de")}};

class Language : public ::testing::Test {
protected:
    void SetUp() override {
        addShoe(sandbox, {QStringLiteral("Pegasus 40")});
        addRun(sandbox, {QStringLiteral("--date"), QStringLiteral("2026-11-19"),
                         QStringLiteral("--distance"), QStringLiteral("10.5"),
                         QStringLiteral("--duration"), QStringLiteral("1:01:30")});
        addPain(sandbox,
                {QStringLiteral("--date"), QStringLiteral("2026-11-19"), QStringLiteral("--time"),
                 QStringLiteral("20:00"), QStringLiteral("--knee"), QStringLiteral("right"),
                 QStringLiteral("--site"), QStringLiteral("outside"), QStringLiteral("--intensity"),
                 QStringLiteral("4"), QStringLiteral("--onset"), QStringLiteral("late")});
    }

    Outcome run(const QStringList& arguments, bool german) const {
        QStringList all{QStringLiteral("--db"), sandbox.journalPath()};
        return sandbox.raw(all + arguments, german ? kGerman : decltype(kGerman){});
    }

    CliSandbox sandbox;
};

TEST_F(Language, WarningsSpeakGermanWithGermanDatesAndKeepTheirCodes) {
    const Outcome outcome = run({QStringLiteral("warnings")}, true);
    ASSERT_EQ(outcome.exitCode, 0) << outcome.err.toStdString();
    const QString text = QString::fromUtf8(outcome.out);
    EXPECT_TRUE(
        text.contains(QStringLiteral("[caution] pain-stage (Schmerz 1): Schmerz (rechtes "
                                     "Knie, außen, 4/10) vom 19.11.2026")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("häufig verbunden mit Iliotibialband-Syndrom")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("    Quelle: "))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Blazina und Nirschl"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("source: "))) << text.toStdString();
}

TEST_F(Language, WithoutATranslationTheWarningsStayEnglish) {
    const Outcome outcome = run({QStringLiteral("warnings")}, false);
    ASSERT_EQ(outcome.exitCode, 0) << outcome.err.toStdString();
    const QString text = QString::fromUtf8(outcome.out);
    EXPECT_TRUE(
        text.contains(QStringLiteral("Pain in the right knee, on the outside (4/10) from "
                                     "2026-11-19")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("    source: "))) << text.toStdString();
}

TEST_F(Language, JsonKeysAndCodesNeverChange) {
    const Outcome outcome = run({QStringLiteral("--json"), QStringLiteral("warnings")}, true);
    ASSERT_EQ(outcome.exitCode, 0) << outcome.err.toStdString();
    const QJsonArray warnings = outcome.array();
    ASSERT_FALSE(warnings.isEmpty());
    QStringList codes;
    for (const QJsonValue& warning : warnings) {
        EXPECT_TRUE(warning.toObject().contains(QStringLiteral("code")));
        EXPECT_TRUE(warning.toObject().contains(QStringLiteral("severity")));
        codes << warning.toObject().value(QStringLiteral("code")).toString();
    }
    EXPECT_TRUE(codes.contains(QStringLiteral("pain-stage")))
        << codes.join(QLatin1Char(',')).toStdString();
}

TEST_F(Language, TablesHaveGermanHeadingsAndUnchangedValues) {
    const Outcome outcome = run({QStringLiteral("weeks")}, true);
    ASSERT_EQ(outcome.exitCode, 0) << outcome.err.toStdString();
    const QString text = QString::fromUtf8(outcome.out);
    EXPECT_TRUE(text.startsWith(QStringLiteral("WOCHE"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("2026-11-16  10.50 km"))) << text.toStdString();
}

TEST_F(Language, RunShowAndShoeShowSpeakGerman) {
    const Outcome run =
        this->run({QStringLiteral("run"), QStringLiteral("show"), QStringLiteral("1")}, true);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QString runText = QString::fromUtf8(run.out);
    EXPECT_TRUE(runText.contains(QStringLiteral("Aufzeichnung: keine gespeichert")))
        << runText.toStdString();
    EXPECT_TRUE(runText.contains(QStringLiteral("Schmerz danach: 1"))) << runText.toStdString();
    addRun(sandbox,
           {QStringLiteral("--date"), QStringLiteral("2026-11-20"), QStringLiteral("--distance"),
            QStringLiteral("5.5"), QStringLiteral("--duration"), QStringLiteral("30:00"),
            QStringLiteral("--shoe"), QStringLiteral("1")});
    const Outcome shoe =
        this->run({QStringLiteral("shoe"), QStringLiteral("show"), QStringLiteral("1")}, true);
    ASSERT_EQ(shoe.exitCode, 0) << shoe.err.toStdString();
    const QString shoeText = QString::fromUtf8(shoe.out);
    // 5.5 km over 8 weeks, in a sentence: with the German decimal comma.
    EXPECT_TRUE(shoeText.contains(QStringLiteral("In den letzten 8 Wochen: 0,69 km pro Woche.")))
        << shoeText.toStdString();
    EXPECT_FALSE(shoeText.contains(QStringLiteral("Over the last"))) << shoeText.toStdString();
}

TEST_F(Language, ErrorsSpeakGermanToo) {
    const Outcome outcome = run({QStringLiteral("frobnicate")}, true);
    EXPECT_EQ(outcome.exitCode, 1);
    EXPECT_TRUE(
        outcome.errorText().startsWith(QStringLiteral("stridelog-cli: Fehler: "
                                                      "unbekannter Befehl")))
        << outcome.errorText().toStdString();
}

}  // namespace
}  // namespace stridelog::cli::test
