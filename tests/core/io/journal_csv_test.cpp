// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV export: one table, a `record` column, RFC 4180 quoting, UTF-8.

#include "core/io/journal_csv.h"

#include "sample_journal.h"

#include <QStringList>

#include <gtest/gtest.h>

namespace stridelog {
namespace {

// A small RFC 4180 reader, so the tests check what a spreadsheet would see.
std::vector<QStringList> parseCsv(const QByteArray& bytes) {
    const QString text = QString::fromUtf8(bytes);
    std::vector<QStringList> rows;
    QStringList row;
    QString field;
    bool inQuotes = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (inQuotes) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                inQuotes = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            inQuotes = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() &&
                   text[i + 1] == QLatin1Char('\n')) {
            row << field;
            field.clear();
            rows.push_back(row);
            row.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

// The cell of `column` in `row`, by the header's names.
QString cell(const std::vector<QStringList>& table, std::size_t row, const char* column) {
    const qsizetype index = table.front().indexOf(QLatin1String(column));
    EXPECT_GE(index, 0) << column;
    return index < 0 ? QString() : table.at(row).at(index);
}

std::vector<QStringList> sampleTable() {
    return parseCsv(writeJournalCsv(testing::sampleJournal()));
}

TEST(JournalCsv, HeaderStartsWithRecordAndHoldsEveryKindsColumns) {
    const QStringList header = sampleTable().front();
    EXPECT_EQ(header.front(), QStringLiteral("record"));
    for (const char* column :
         {"id",        "name",        "limit_km",   "start_km", "since",   "retired_on", "start",
          "end",       "distance_km", "duration_s", "shoe_id",  "surface", "hilly",      "type",
          "rpe",       "cadence",     "hr",         "source",   "run_id",  "knee",       "site",
          "intensity", "onset",       "swelling",   "locking",  "sharp",   "notes"}) {
        EXPECT_TRUE(header.contains(QLatin1String(column))) << column;
    }
}

TEST(JournalCsv, OneRowPerShoeRunAndPainEntryEachWithEveryColumn) {
    const auto table = sampleTable();
    ASSERT_EQ(table.size(), 1u + 2u + 3u + 2u);
    for (const QStringList& row : table) EXPECT_EQ(row.size(), table.front().size());
    EXPECT_EQ(table[1].front(), QStringLiteral("shoe"));
    EXPECT_EQ(table[3].front(), QStringLiteral("run"));
    EXPECT_EQ(table[6].front(), QStringLiteral("pain"));
}

TEST(JournalCsv, QuotesCommasQuotesAndLineBreaksInText) {
    const QByteArray csv = writeJournalCsv(testing::sampleJournal());
    EXPECT_TRUE(csv.contains("\"Old trainer, \"\"blue\"\"\""));
    const auto table = parseCsv(csv);
    EXPECT_EQ(cell(table, 1, "name"), QStringLiteral("Old trainer, \"blue\""));
    EXPECT_EQ(cell(table, 2, "name"), testing::trickyText());
    EXPECT_EQ(cell(table, 3, "notes"), testing::trickyText());
    EXPECT_EQ(cell(table, 6, "notes"), testing::trickyText());
}

TEST(JournalCsv, IsUtf8WithCrLfLineEnds) {
    const QByteArray csv = writeJournalCsv(testing::sampleJournal());
    EXPECT_TRUE(csv.contains(QStringLiteral("Ünïcødé 🏃").toUtf8()));
    EXPECT_TRUE(csv.endsWith("\r\n"));
    EXPECT_FALSE(csv.startsWith("\xEF\xBB\xBF"));
}

TEST(JournalCsv, DistancesAreKilometresWithThreeDecimals) {
    const auto table = sampleTable();
    EXPECT_EQ(cell(table, 3, "distance_km"), QStringLiteral("10.139"));
    EXPECT_EQ(cell(table, 4, "distance_km"), QStringLiteral("5.000"));
    EXPECT_EQ(cell(table, 1, "limit_km"), QStringLiteral("800.000"));
    EXPECT_EQ(cell(table, 1, "start_km"), QStringLiteral("123.456"));
}

TEST(JournalCsv, InstantsAreLocalTimeWhereTheyHappened) {
    const auto table = sampleTable();
    EXPECT_EQ(cell(table, 3, "start"), QStringLiteral("2026-01-25T07:30:00"));
    EXPECT_EQ(cell(table, 5, "start"), QStringLiteral("2026-04-02T06:15:42"));  // at +09:00
    EXPECT_EQ(cell(table, 6, "end"), QStringLiteral("2026-01-26T21:00:00"));
    EXPECT_EQ(cell(table, 7, "end"), QString());  // ongoing
}

TEST(JournalCsv, AbsentValuesAreEmptyCells) {
    const auto table = sampleTable();
    for (const char* column : {"shoe_id", "surface", "type", "rpe", "cadence", "hr", "notes"}) {
        EXPECT_EQ(cell(table, 4, column), QString()) << column;
    }
    EXPECT_EQ(cell(table, 1, "distance_km"), QString());  // not a shoe's column
}

TEST(JournalCsv, EnumerationsAndFlagsUseTheirCliWords) {
    const auto table = sampleTable();
    EXPECT_EQ(cell(table, 3, "surface"), QStringLiteral("trail"));
    EXPECT_EQ(cell(table, 3, "hilly"), QStringLiteral("true"));
    EXPECT_EQ(cell(table, 5, "source"), QStringLiteral("fit"));
    EXPECT_EQ(cell(table, 7, "onset"), QStringLiteral("next-day"));
    EXPECT_EQ(cell(table, 6, "swelling"), QStringLiteral("true"));
    EXPECT_EQ(cell(table, 6, "locking"), QStringLiteral("false"));
}

TEST(JournalCsv, TextThatLooksLikeAFormulaIsShownAsText) {
    JournalSnapshot journal;
    Shoe shoe;
    shoe.id = ShoeId(1);
    shoe.name = QStringLiteral("=HYPERLINK(\"http://example.com\")");
    journal.shoes.push_back(shoe);
    const auto table = parseCsv(writeJournalCsv(journal));
    EXPECT_EQ(cell(table, 1, "name"), QStringLiteral("'=HYPERLINK(\"http://example.com\")"));
}

TEST(JournalCsv, AnEmptyJournalIsJustTheHeader) {
    const auto table = parseCsv(writeJournalCsv(JournalSnapshot()));
    EXPECT_EQ(table.size(), 1u);
}

}  // namespace
}  // namespace stridelog
