// SPDX-License-Identifier: GPL-3.0-or-later
// The CLI and the app write the same runs the same way: the real stridelog-cli's `run list`
// and the app's runs table, over one journal, agree on every distance, time and pace, in km
// and in miles. 5 km in 25:06 is 8:05/mi in both (the CLI once printed 8:04/mi, converting
// a pace already rounded to the second per km).

#include "tests/cli/cli_runner.h"

#include "app/gui/models/runs_table_model.h"
#include "app/gui/session/journal_session.h"

#include "core/model/clock.h"
#include "core/store/journal.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

#include <memory>

namespace stridelog::gui::testing {
namespace {

using cli::test::addRun;
using cli::test::CliSandbox;
using cli::test::Outcome;

struct RunCase {
    const char* date;
    const char* distance;
    const char* duration;
};

// Paces on and around the seconds where per-km rounding and per-mile rounding part ways.
constexpr RunCase kRuns[] = {
    {"2026-11-02", "5", "25:06"},          // 301.2 s/km, 484.73 s/mi: 5:01/km, 8:05/mi
    {"2026-11-03", "10", "55:00"},         // 5:30/km, 8:51/mi
    {"2026-11-04", "3", "16:40"},          // 333.3 s/km
    {"2026-11-05", "2", "9:57"},           // exactly 298.5 s/km: the half goes up, 4:59
    {"2026-11-06", "8.047", "40:13"},      // 5 mi in 2413 s: 482.58 s/mi, 8:03
    {"2026-11-07", "8.047", "40:12"},      // 2412 s: 482.38 s/mi, 8:02
    {"2026-11-09", "6.3mi", "52:00"},      // miles typed on the command line
    {"2026-11-10", "21.0975", "1:45:30"},  // hours in the time
    {"2026-11-12", "7.3", "41:17"},
};

// The cells of a row of the CLI's table: columns are two or more spaces apart.
QStringList cellsOf(const QString& line) {
    static const QRegularExpression gap(QStringLiteral("\\s{2,}"));
    return line.split(gap);
}

class CliAgreement : public ::testing::Test {
protected:
    void SetUp() override {
        for (const RunCase& run : kRuns) {
            ids_.push_back(addRun(
                sandbox_, {QStringLiteral("--date"), QString::fromLatin1(run.date),
                           QStringLiteral("--time"), QStringLiteral("07:00"),
                           QStringLiteral("--distance"), QString::fromLatin1(run.distance),
                           QStringLiteral("--duration"), QString::fromLatin1(run.duration)}));
        }
    }

    void setUnits(const QString& units) {
        ASSERT_EQ(
            sandbox_.json({QStringLiteral("settings"), QStringLiteral("units"), units}).exitCode,
            0);
    }

    // The CLI's row of each run id: DISTANCE, TIME and PACE cells.
    std::map<qint64, QStringList> cliRows() {
        const Outcome outcome = sandbox_.text({QStringLiteral("run"), QStringLiteral("list")});
        EXPECT_EQ(outcome.exitCode, 0) << outcome.errorText().toStdString();
        std::map<qint64, QStringList> rows;
        const QStringList lines = QString::fromUtf8(outcome.out).split(QLatin1Char('\n'));
        for (const QString& line : lines.mid(1)) {
            const QStringList cells = cellsOf(line);
            if (cells.size() < 5) continue;
            rows[cells.at(0).toLongLong()] = {cells.at(2), cells.at(3), cells.at(4)};
        }
        return rows;
    }

    // The app's row of each run id, written as the CLI writes a cell: the table gives the
    // unit in its heading, the CLI after each number.
    std::map<qint64, QStringList> appRows(const QString& unit) {
        auto journal = Journal::open(sandbox_.journalPath());
        EXPECT_TRUE(journal) << journal.error().message.toStdString();
        if (!journal) return {};
        FixedClock clock(Instant::fromLocal(QDate(2026, 11, 21), QTime(12, 0)));
        JournalSession session(std::move(journal).value(), clock);
        RunsTableModel model(session);
        std::map<qint64, QStringList> rows;
        for (int row = 0; row < model.rowCount(); ++row) {
            const auto text = [&](int column) {
                return model.index(row, column).data().toString();
            };
            rows[model.idAt(row)] = {text(RunsTableModel::Distance) + QLatin1Char(' ') + unit,
                                     text(RunsTableModel::Duration),
                                     text(RunsTableModel::Pace) + QLatin1Char('/') + unit};
        }
        return rows;
    }

    void expectAgreement(const QString& unit) {
        setUnits(unit);
        const auto cli = cliRows();
        const auto app = appRows(unit);
        ASSERT_EQ(cli.size(), std::size(kRuns));
        ASSERT_EQ(app.size(), std::size(kRuns));
        for (const qint64 id : ids_) {
            ASSERT_TRUE(cli.count(id) == 1 && app.count(id) == 1) << id;
            EXPECT_EQ(cli.at(id), app.at(id)) << "run " << id << " in " << unit.toStdString();
        }
        firstRun_ = {cli.at(ids_.front()).at(2), app.at(ids_.front()).at(2)};
    }

    CliSandbox sandbox_;
    std::vector<qint64> ids_;
    std::pair<QString, QString> firstRun_;  // the 5 km in 25:06: CLI pace, app pace
};

TEST_F(CliAgreement, InKilometresTheCliAndTheRunsTableWriteEveryRunAlike) {
    expectAgreement(QStringLiteral("km"));
    EXPECT_EQ(firstRun_.first, QStringLiteral("5:01/km"));
    EXPECT_EQ(firstRun_.second, QStringLiteral("5:01/km"));
}

TEST_F(CliAgreement, InMilesTheCliAndTheRunsTableWriteEveryRunAlike) {
    expectAgreement(QStringLiteral("mi"));
    EXPECT_EQ(firstRun_.first, QStringLiteral("8:05/mi"));
    EXPECT_EQ(firstRun_.second, QStringLiteral("8:05/mi"));
}

}  // namespace
}  // namespace stridelog::gui::testing
