// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The main window on a real journal in a temporary folder, "now" pinned to Saturday
// 2026-11-21 12:00, shown offscreen and active so its keys work; activity files imported
// through the real importer.

#include "tests/gui/support/gui_journal_fixture.h"

#include "core/workflows/importer.h"

#include <QDir>

namespace stridelog::gui::testing {

inline const QString kImportData = QStringLiteral(STRIDELOG_TEST_DATA_DIR "/import/");

// The real watch files of ../shared/samples, or empty when the folder is absent.
inline QString samplesDir() {
    const QDir dir(QStringLiteral(STRIDELOG_SOURCE_DIR "/../shared/samples"));
    return dir.exists() ? dir.absolutePath() + QLatin1Char('/') : QString();
}

// The shared journal fixture with its window open; `show()` is kept for the suites' tests.
class ViewsTest : public GuiJournalTest {
protected:
    void SetUp() override { openWindow(); }

    void show() { showWindow(); }

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
};

}  // namespace stridelog::gui::testing
