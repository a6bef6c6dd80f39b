// SPDX-License-Identifier: GPL-3.0-or-later
// A journal that cannot be used is refused with the problem dialog and left byte for byte.

#include "editing_fixture.h"

#include "app/gui/dialogs/journal_problem_dialog.h"

#include "core/store/rolling_backups.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QRandomGenerator>
#include <QTest>

namespace stridelog::gui::testing {
namespace {

QByteArray readAll(const QString& path) {
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

TEST(JournalProblem, ACorruptJournalIsRefusedAndLeftUntouched) {
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("journal.sqlite"));
    QByteArray noise(8192, '\0');
    QRandomGenerator generator(42);
    for (char& byte : noise) byte = static_cast<char>(generator.bounded(256));
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(noise);
    }
    const QStringList filesBefore = QDir(folder.path()).entryList(QDir::Files);

    QString explanation;
    whenModal("stridelog::gui::JournalProblemDialog", [&explanation](QWidget* dialog) {
        explanation = child<QLabel>(dialog, "problemExplanation")->text();
        EXPECT_TRUE(child<QLabel>(dialog, "problemDetails")
                        ->text()
                        .contains(QStringLiteral("The file was not changed")));
        EXPECT_NE(child<QPushButton>(dialog, "restoreButton"), nullptr);
        QTest::mouseClick(child<QPushButton>(dialog, "quitButton"), Qt::LeftButton);
    });
    auto journal = openJournalOrRecover(path, nullptr, QStringLiteral("Quit"), systemClock());

    EXPECT_EQ(journal, nullptr);
    EXPECT_TRUE(explanation.contains(QStringLiteral("not a Stridelog journal")) ||
                explanation.contains(QStringLiteral("damaged")))
        << explanation.toStdString();
    EXPECT_EQ(readAll(path), noise);
    EXPECT_EQ(QDir(folder.path()).entryList(QDir::Files), filesBefore);
}

TEST(JournalProblem, TheNewestGoodBackupIsOffered) {
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("journal.sqlite"));
    {
        auto journal = Journal::open(path);
        ASSERT_TRUE(journal);
        Shoe shoe;
        shoe.name = QStringLiteral("Kept pair");
        ASSERT_TRUE((*journal)->addShoe(shoe));
        const FixedClock clock(Instant::fromLocal(QDate(2026, 5, 4), QTime(8, 0)));
        ASSERT_TRUE(RollingBackups(path, clock).take(BackupKind::Daily));
    }
    // Then the journal is damaged beyond use.
    QByteArray noise(8192, '\x5a');
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(noise);
    }
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));

    QString offered;
    whenModal("stridelog::gui::JournalProblemDialog", [&offered](QWidget* dialog) {
        if (auto* newest = dialog->findChild<QPushButton*>(QStringLiteral("restoreNewestButton"))) {
            offered = newest->text();
        }
        QTest::mouseClick(child<QPushButton>(dialog, "quitButton"), Qt::LeftButton);
    });
    auto journal = openJournalOrRecover(path, nullptr, QStringLiteral("Quit"), systemClock());

    EXPECT_EQ(journal, nullptr);
    EXPECT_TRUE(offered.contains(QStringLiteral("newest backup"))) << offered.toStdString();
    EXPECT_EQ(readAll(path), noise);
}

TEST(JournalProblem, NoBackupNoNewestBackupButton) {
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("journal.sqlite"));
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, '\x5a'));
    }
    bool hasButton = true;
    whenModal("stridelog::gui::JournalProblemDialog", [&hasButton](QWidget* dialog) {
        hasButton = dialog->findChild<QPushButton*>(QStringLiteral("restoreNewestButton"));
        QTest::mouseClick(child<QPushButton>(dialog, "quitButton"), Qt::LeftButton);
    });
    EXPECT_EQ(openJournalOrRecover(path, nullptr, QStringLiteral("Quit"), systemClock()), nullptr);
    EXPECT_FALSE(hasButton);
}

TEST(JournalProblem, EachKindIsExplainedInPlainWords) {
    EXPECT_TRUE(JournalProblemDialog::explanation({StoreErrorKind::NewerSchema, {}})
                    .contains(QStringLiteral("newer Stridelog")));
    EXPECT_TRUE(JournalProblemDialog::explanation({StoreErrorKind::Corrupt, {}})
                    .contains(QStringLiteral("damaged")));
    EXPECT_TRUE(JournalProblemDialog::explanation({StoreErrorKind::Locked, {}})
                    .contains(QStringLiteral("in use by another program")));
}

}  // namespace
}  // namespace stridelog::gui::testing
