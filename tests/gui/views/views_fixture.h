// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The main window on a real journal in a temporary folder, "now" pinned to Saturday
// 2026-11-21 12:00, shown offscreen and active so its keys work; activity files imported
// through the real importer.

#include "app/gui/main_window.h"

#include "core/model/clock.h"
#include "core/workflows/importer.h"

#include <QApplication>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

namespace stridelog::gui::testing {

inline const QString kImportData = QStringLiteral(STRIDELOG_TEST_DATA_DIR "/import/");

// The real watch files of ../shared/samples, or empty when the folder is absent.
inline QString samplesDir() {
    const QDir dir(QStringLiteral(STRIDELOG_SOURCE_DIR "/../shared/samples"));
    return dir.exists() ? dir.absolutePath() + QLatin1Char('/') : QString();
}

class ViewsTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(folder_.isValid());
        OpenOptions open;
        open.clock = &clock_;
        auto journal = Journal::open(folder_.filePath(QStringLiteral("journal.sqlite")), open);
        ASSERT_TRUE(journal) << journal.error().message.toStdString();
        auto session = std::make_unique<JournalSession>(std::move(journal).value(), clock_);
        window_ = std::make_unique<MainWindow>(std::move(session), clock_);
        window_->setCheckInEnabled(false);
    }

    void show() {
        window_->resize(1200, 760);
        window_->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window_.get()));
        QApplication::setActiveWindow(window_.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(window_.get()));
    }

    // Imports `files` and returns the new runs' ids, in the order given.
    std::vector<RunId> import(const QStringList& files) {
        ImportOptions options;
        const ImportReport report = importFiles(journal(), files, options);
        std::vector<RunId> ids;
        for (const ImportResult& result : report.results) {
            EXPECT_TRUE(result.runId) << result.message.toStdString();
            if (result.runId) ids.push_back(*result.runId);
        }
        session().refresh();
        return ids;
    }

    JournalSession& session() { return window_->session(); }
    Journal& journal() { return session().journal(); }

    QTemporaryDir folder_;
    FixedClock clock_{Instant::fromLocal(QDate(2026, 11, 21), QTime(12, 0))};
    std::unique_ptr<MainWindow> window_;
};

}  // namespace stridelog::gui::testing
