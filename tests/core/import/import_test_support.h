// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the import tests: reading fixtures, running a reader over bytes, a temporary
// journal, and gzip of bytes.

#include "core/io/import/activity_file.h"
#include "core/store/journal.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace stridelog::test {

// tests/data/import/<name>
QString fixturePath(const QString& name);
QByteArray fixtureBytes(const QString& name);

// The real watch files of ../shared/samples, or an empty string when the folder is absent.
QString samplesDir();

// Runs the reader for `format` over `bytes`.
Expected<ParsedActivities> readBytes(const QByteArray& bytes, ActivityFormat format);
// Reads one fixture through readActivityFile() and expects exactly one activity.
ParsedActivity readOne(const QString& path);

QByteArray gzip(const QByteArray& bytes);

// A fresh journal in a temporary folder, "today" pinned to 2030-01-01 so every fixture date is
// in the past.
class TempJournal {
public:
    TempJournal();
    Journal& operator*() { return *journal_; }
    Journal* operator->() { return journal_.get(); }
    QString dir() const { return dir_.path(); }
    // Writes `bytes` to <dir>/<name> and returns the path.
    QString write(const QString& name, const QByteArray& bytes) const;

private:
    QTemporaryDir dir_;
    std::unique_ptr<Journal> journal_;
};

inline const QDate kToday(2030, 1, 1);
// Noon of kToday: the clock the test journals are opened with.
inline const Clock& todayClock() {
    static const FixedClock clock(Instant::fromLocal(kToday, QTime(12, 0)));
    return clock;
}

}  // namespace stridelog::test
