// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared pieces of the store tests: a temporary folder per test, sample entries, file hashing
// and raw SQL on a file, so each test reads as the behaviour it checks.

#include "core/model/pain_entry.h"
#include "core/model/run.h"
#include "core/model/shoe.h"
#include "core/store/journal.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>

#include <gtest/gtest.h>

namespace stridelog::test {

class StoreTest : public ::testing::Test {
protected:
    QString pathFor(const QString& name) const { return folder_.filePath(name); }
    QString journalPath() const { return pathFor(QStringLiteral("journal.sqlite")); }
    // The journal at journalPath(), on `clock`; null (and the test failed) when it cannot open.
    std::unique_ptr<Journal> openOnClock(const Clock& clock) const {
        OpenOptions options;
        options.clock = &clock;
        auto opened = Journal::open(journalPath(), options);
        if (!opened) {
            ADD_FAILURE() << opened.error().message.toStdString();
            return nullptr;
        }
        return std::move(opened).value();
    }

private:
    QTemporaryDir folder_;
};

Run sampleRun(QDate day = QDate(2026, 3, 10), std::int64_t metres = 10'000);
Shoe sampleShoe(const QString& name = QStringLiteral("Trail pair"));
PainEntry samplePain(QDate day = QDate(2026, 3, 10));

// SHA-256 of a file's bytes, or empty when it does not exist.
QByteArray fileHash(const QString& path);
// Runs SQL statements separated by ";\n" on `path` through a separate connection.
void runSql(const QString& path, const QString& script);
// A single integer from a query on `path`.
qint64 queryInt(const QString& path, const QString& sql);
QByteArray readFixture(const QString& name);

}  // namespace stridelog::test
