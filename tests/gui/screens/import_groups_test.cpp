// SPDX-License-Identifier: GPL-3.0-or-later
// A big import reads at a glance: its lines grouped by outcome, errors first, each group with
// its count; runs named by their date and distance in the runner's unit, never by an id; and
// the pair offer counts every run the import added, not only those named one by one.

#include "tests/gui/editing/editing_fixture.h"

#include "app/gui/import/import_results_dialog.h"
#include "app/gui/session/journal_edits.h"

#include <QLabel>
#include <QTreeWidget>

namespace stridelog::gui::testing {
namespace {

class ImportGroups : public EditingTest {
protected:
    ImportResult line(const QString& name, ImportStatus status, const QString& said,
                      std::optional<RunId> run = std::nullopt, std::int64_t activities = 1) {
        ImportResult result;
        result.file = folder_.filePath(name);
        result.status = status;
        result.runId = run;
        result.message = result.file + QStringLiteral(": ") + said;
        result.activities = activities;
        return result;
    }

    // A Strava export as the issue met it: skipped rides, a few unreadable files, runs
    // imported without a pair (named and counted), and one run already in the journal.
    ImportReport stravaExport(std::vector<RunId>& added) {
        stridelog::Run bare;
        bare.distance = Distance::fromMetres(5599);
        bare.duration = Duration::fromSeconds(1553);
        for (int day = 1; day <= 6; ++day) {
            bare.start = at(2025, 8, day, 7);
            added.push_back(journal().addRun(bare).value());
        }
        session().refresh();
        ImportReport report;
        for (int i = 0; i < 40; ++i)
            report.results.push_back(line(QStringLiteral("activities.csv"), ImportStatus::Skipped,
                                          QStringLiteral("a ride, not a run")));
        report.results.push_back(line(QStringLiteral("activities.csv"), ImportStatus::Skipped,
                                      QStringLiteral("1177 more activities skipped"), {}, 1177));
        report.results.push_back(line(QStringLiteral("activities.csv"), ImportStatus::Imported,
                                      QStringLiteral("imported"), added[0]));
        report.results.push_back(line(QStringLiteral("activities.csv"), ImportStatus::Imported,
                                      QStringLiteral("4 more runs imported"), {}, 4));
        report.results.push_back(line(QStringLiteral("activities.csv"), ImportStatus::Duplicate,
                                      QStringLiteral("already in the journal as run 3"), RunId(3)));
        for (const char* name : {"a.fit", "b.fit", "c.gpx"})
            report.results.push_back(line(QString::fromLatin1(name), ImportStatus::Error,
                                          QStringLiteral("the file is damaged")));
        return report;
    }
};

TEST_F(ImportGroups, TheLinesAreGroupedByOutcomeErrorsFirstWithTheirCounts) {
    std::vector<RunId> added;
    const ImportReport report = stravaExport(added);
    ImportResultsDialog dialog(report, window_.get(), &session(), added);
    auto* tree = child<QTreeWidget>(&dialog, "importResults");
    ASSERT_EQ(tree->topLevelItemCount(), 4);
    EXPECT_EQ(tree->topLevelItem(0)->text(0), QStringLiteral("Could not be read: 3"));
    EXPECT_EQ(tree->topLevelItem(0)->childCount(), 3);
    EXPECT_TRUE(tree->topLevelItem(0)->isExpanded());
    EXPECT_EQ(tree->topLevelItem(1)->text(0), QStringLiteral("Already in the journal: 1 run"));
    EXPECT_EQ(tree->topLevelItem(2)->text(0), QStringLiteral("Skipped: 1217 activities"));
    EXPECT_FALSE(tree->topLevelItem(2)->isExpanded());  // 41 lines: folded
    EXPECT_EQ(tree->topLevelItem(3)->text(0), QStringLiteral("Imported: 5 runs"));
}

TEST_F(ImportGroups, RunsAreNamedByDateAndDistanceNotById) {
    std::vector<RunId> added;
    const ImportReport report = stravaExport(added);
    ImportResultsDialog dialog(report, window_.get(), &session(), added);
    auto* tree = child<QTreeWidget>(&dialog, "importResults");
    const QTreeWidgetItem* duplicate = tree->topLevelItem(1)->child(0);
    // Run 3 of the fixture: 14 November 2026, 08:00, 10 km.
    EXPECT_EQ(duplicate->text(1), QStringLiteral("2026-11-14 08:00, 10.00 km"));
    EXPECT_EQ(duplicate->text(2), QStringLiteral("already in the journal"));
    const QTreeWidgetItem* imported = tree->topLevelItem(3)->child(0);
    EXPECT_EQ(imported->text(1), QStringLiteral("2025-08-01 07:00, 5.60 km"));
    for (int row = 0; row < tree->topLevelItemCount(); ++row) {
        for (int i = 0; i < tree->topLevelItem(row)->childCount(); ++i)
            EXPECT_FALSE(
                tree->topLevelItem(row)->child(i)->text(2).contains(QStringLiteral("run 3")));
    }
}

TEST_F(ImportGroups, InAMilesJournalRunsAreNamedInMiles) {
    Settings settings = session().evaluation().journal.settings;
    settings.units = UnitSystem::Miles;
    ASSERT_TRUE(edits::saveSettings(session(), settings));
    std::vector<RunId> added;
    const ImportReport report = stravaExport(added);
    ImportResultsDialog dialog(report, window_.get(), &session(), added);
    auto* tree = child<QTreeWidget>(&dialog, "importResults");
    EXPECT_EQ(tree->topLevelItem(3)->child(0)->text(1),
              QStringLiteral("2025-08-01 07:00, 3.48 mi"));
}

TEST_F(ImportGroups, ThePairOfferCountsEveryRunTheImportAdded) {
    std::vector<RunId> added;
    const ImportReport report = stravaExport(added);
    ImportResultsDialog dialog(report, window_.get(), &session(), added);
    // Six runs without a pair were added; the report names only one of them.
    EXPECT_TRUE(child<QLabel>(&dialog, "pairOfferNote")
                    ->text()
                    .startsWith(QStringLiteral("6 imported runs have no pair.")))
        << child<QLabel>(&dialog, "pairOfferNote")->text().toStdString();
}

}  // namespace
}  // namespace stridelog::gui::testing
