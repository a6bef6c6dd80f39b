// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Backups taken without being asked, in a folder beside the journal (`<journal>.backups/`,
// mode 0700, files 0600):
//   - daily: when the app first opens the journal on a day;
//   - before-migration: before an older journal is brought up to this program's schema;
//   - before-restore: of the journal a restore is about to replace.
// Each is written under a temporary name, verified with SQLite's integrity check, then given
// its final name without ever replacing a file (two taken in the same second get `-2`, `-3`).
// Of the daily backups, the newest of each of the last 7 days with one and the newest of each
// of the last 4 ISO weeks with one are kept; the others are removed. Backups taken before a
// migration or a restore are never removed automatically: they hold what was replaced.
//
//   RollingBackups backups(journalPath, clock);
//   backups.takeDailyIfDue();                 // the app's open path
//   for (const RollingBackup& b : backups.list()) ...   // newest first, `stridelog-cli backups`

#include "store_error.h"

#include "core/model/clock.h"
#include "core/model/enum_names.h"

#include <QString>

#include <optional>
#include <vector>

namespace stridelog {

enum class BackupKind { Daily, BeforeMigration, BeforeRestore };

template <>
struct EnumNames<BackupKind> {
    static constexpr std::array<std::pair<BackupKind, const char*>, 3> table{{
        {BackupKind::Daily, "daily"},
        {BackupKind::BeforeMigration, "before-migration"},
        {BackupKind::BeforeRestore, "before-restore"},
    }};
};

struct RollingBackup {
    QString file;  // absolute path
    Instant taken;
    qint64 size = 0;
    bool ok = false;  // SQLite's integrity check passes and it is a Stridelog journal
    BackupKind kind = BackupKind::Daily;
};

inline constexpr int kDailyBackupsKept = 7;
inline constexpr int kWeeklyBackupsKept = 4;

class RollingBackups {
public:
    RollingBackups(const QString& journalPath, const Clock& clock);

    QString folder() const { return folder_; }
    // Takes a backup of the journal as it is now (read through its own read-only connection,
    // consistent even while others write); returns its path. Prunes old daily backups.
    StoreResult<QString> take(BackupKind kind);
    // A daily backup unless one was taken on today's local date; the path when one was taken.
    StoreResult<std::optional<QString>> takeDailyIfDue();
    // The backups in the folder, newest first; `verify` runs the integrity check on each.
    std::vector<RollingBackup> list(bool verify = true) const;
    // The newest backup that passes the integrity check.
    std::optional<RollingBackup> newestGood() const;
    // Removes the daily backups the policy no longer keeps, and temporary files left by a
    // backup that was interrupted.
    void prune() const;

private:
    QString journalPath_;
    QString folder_;
    const Clock& clock_;
};

// SQLite's integrity check on a file, through a read-only connection.
bool passesIntegrityCheck(const QString& path);

}  // namespace stridelog
