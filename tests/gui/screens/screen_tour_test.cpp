// SPDX-License-Identifier: GPL-3.0-or-later
// Every page of a demo journal (3 and 10 years) at 1024×640, 1600×1000, the room a 1920×1080
// screen leaves at scale 2 (960×510), and in a dark palette: the window takes that size (no
// minimum forces it larger), and every visible control of the page lies inside the window.
// With STRIDELOG_SCREENSHOTS=DIR set, each view is also saved there as a PNG to look at.

#include "app/gui/charts/week_ticker.h"
#include "app/gui/charts/weekly_volume_chart.h"
#include "app/gui/dialogs/settings_dialog.h"
#include "app/gui/import/import_results_dialog.h"
#include "app/gui/main_window.h"
#include "app/gui/pages/dashboard_page.h"
#include "app/gui/pages/journal_page.h"

#include "core/demo/demo_history.h"
#include "core/model/clock.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QRegularExpression>
#include <QScrollArea>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <iterator>

#include <gtest/gtest.h>

#include <cmath>

namespace stridelog::gui::testing {
namespace {

struct View {
    const char* name;
    QSize size;
    bool dark;
    int years;
};

void PrintTo(const View& view, std::ostream* out) {
    *out << view.name;
}

QPalette darkPalette() {
    QPalette dark(QColor(0x35, 0x35, 0x35), QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2a, 0x2a));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::ToolTipBase, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::ToolTipText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x99, 0x99, 0x99));
    dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x99, 0x99, 0x99));
    return dark;
}

// WCAG's contrast ratio of two colours (1 to 21).
double contrast(const QColor& a, const QColor& b) {
    const auto luminance = [](const QColor& c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
               0.0722 * channel(c.blueF());
    };
    const double x = luminance(a);
    const double y = luminance(b);
    return (std::max(x, y) + 0.05) / (std::min(x, y) + 0.05);
}

// The colour behind a widget: its own filled background, or the nearest filled ancestor's.
QColor backgroundOf(const QWidget* widget) {
    for (const QWidget* w = widget; w; w = w->parentWidget()) {
        if (w->autoFillBackground() || w->isWindow())
            return w->palette().color(w->backgroundRole());
    }
    return widget->palette().color(QPalette::Window);
}

class ScreenTour : public ::testing::TestWithParam<View> {
protected:
    void SetUp() override {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        ASSERT_TRUE(folder_.isValid());
        OpenOptions options;
        options.clock = &clock_;
        auto journal = Journal::open(folder_.filePath(QStringLiteral("journal.sqlite")), options);
        ASSERT_TRUE(journal);
        DemoOptions demo;
        demo.years = GetParam().years;
        demo.endDate = clock_.now().localDate();
        ASSERT_TRUE(journal.value()->insertAll(generateDemoHistory(demo)));
        window_ = std::make_unique<MainWindow>(
            std::make_unique<JournalSession>(std::move(journal).value(), clock_), clock_);
        window_->setCheckInEnabled(false);
        if (GetParam().dark) {
            QApplication::setStyle(QStringLiteral("Fusion"));
            QApplication::setPalette(darkPalette());
        }
    }
    void TearDown() override {
        window_.reset();
        if (GetParam().dark) QApplication::setPalette(QApplication::style()->standardPalette());
        QLocale::setDefault(QLocale::c());
    }

    void save(QWidget& widget, const QString& what) {
        const QString folder = qEnvironmentVariable("STRIDELOG_SCREENSHOTS");
        if (folder.isEmpty()) return;
        QDir().mkpath(folder);
        widget.grab().save(QDir(folder).filePath(
            QStringLiteral("%1-%2.png").arg(QString::fromLatin1(GetParam().name), what)));
    }

    FixedClock clock_{Instant::fromLocal(QDate(2026, 11, 21), QTime(12, 0))};
    QTemporaryDir folder_;
    std::unique_ptr<MainWindow> window_;
};

TEST_P(ScreenTour, EveryPageFitsItsWindowAndShowsEveryControl) {
    const View view = GetParam();
    window_->resize(view.size);
    window_->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window_.get()));
    QApplication::processEvents();
    const char* names[] = {"dashboard", "runs", "pain", "shoes", "knee", "calendar", "way-back"};
    static_assert(std::size(names) == kPageCount, "a name for every page");
    for (int index = 0; index < kPageCount; ++index) {
        window_->showPage(static_cast<Page>(index));
        QApplication::processEvents();
        if (auto* dashboard = window_->findChild<DashboardPage*>()) dashboard->redrawIfStale();
        QApplication::processEvents();
        EXPECT_EQ(window_->size(), view.size) << names[index];
        const QRect inside = window_->rect();
        QWidget* page = window_->centralWidget();
        for (QWidget* control : page->findChildren<QWidget*>()) {
            if (!control->isVisible() || control->window() != window_.get()) continue;
            if (!qobject_cast<QAbstractButton*>(control) && !qobject_cast<QTableView*>(control))
                continue;
            // Inside a scroll area a control is reached by scrolling: the area itself must fit.
            QWidget* shown = control;
            for (QWidget* up = control->parentWidget(); up && up != window_.get();
                 up = up->parentWidget()) {
                if (qobject_cast<QScrollArea*>(up)) shown = up;
            }
            const QRect where(shown->mapTo(window_.get(), QPoint(0, 0)), shown->size());
            EXPECT_TRUE(inside.contains(where))
                << names[index] << ": " << control->metaObject()->className() << " "
                << control->objectName().toStdString() << " at " << where.x() << "," << where.y()
                << " " << where.width() << "x" << where.height();
        }
        // Every text readable on what is behind it, in light and dark.
        for (QLabel* label : page->findChildren<QLabel*>()) {
            if (!label->isVisible() || label->text().isEmpty()) continue;
            const QPalette::ColorGroup group =
                label->isEnabled() ? QPalette::Active : QPalette::Disabled;
            const QColor text = label->palette().color(group, label->foregroundRole());
            EXPECT_GE(contrast(text, backgroundOf(label)), 3.0)
                << names[index] << ": " << label->text().left(40).toStdString();
        }
        save(*window_, QString::fromLatin1(names[index]));
    }
}

TEST_P(ScreenTour, ZoomedOutTheWeeklyChartShowsMonthsAndOneLimitLine) {
    window_->resize(GetParam().size);
    window_->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window_.get()));
    auto* dashboard = window_->findChild<DashboardPage*>();
    dashboard->redrawIfStale();
    WeeklyVolumeChart* chart = dashboard->weeklyChart();
    chart->setFocus();
    for (int i = 0; i < 40; ++i) QTest::keyClick(chart, Qt::Key_Minus);  // all the way out
    chart->replot();
    ASSERT_GT(chart->xAxis->range().size(), 60 * kSecondsPerWeek);
    EXPECT_TRUE(chart->limitsAsLine());
    const QVector<double> ticks = chart->xAxis->tickVector();
    ASSERT_FALSE(ticks.isEmpty());
    for (double tick : ticks) EXPECT_EQ(WeekTicker::dateOf(tick + 1).day(), 1);
    for (const QString& label : chart->xAxis->tickVectorLabels()) {
        EXPECT_TRUE(label.contains(QRegularExpression(QStringLiteral("\\d{4}$"))))
            << label.toStdString();
    }
    save(*window_, QStringLiteral("dashboard-zoomed-out"));
}

TEST_P(ScreenTour, TheSettingsDialogFits) {
    window_->resize(GetParam().size);
    window_->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window_.get()));
    SettingsDialog dialog(window_->session(), window_.get());
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    EXPECT_LE(dialog.minimumSizeHint().width(), GetParam().size.width());
    EXPECT_LE(dialog.minimumSizeHint().height(), GetParam().size.height());
    save(dialog, QStringLiteral("settings"));
}

TEST_P(ScreenTour, ImportResultsFitAndNameFiles) {
    ImportReport report;
    const QString folder = folder_.path() + QStringLiteral("/Downloads/export_12345/activities");
    const char* files[] = {"Morning_Run.fit", "Evening_Run.gpx", "broken.tcx"};
    for (const char* file : files) {
        ImportResult result;
        result.file = folder + QLatin1Char('/') + QString::fromLatin1(file);
        result.status = file[0] == 'b' ? ImportStatus::Error : ImportStatus::Imported;
        result.message =
            result.file + (file[0] == 'b'
                               ? QStringLiteral(": the file is damaged: its text breaks off or "
                                                "is garbled at line 12 (Premature end of document)")
                               : QStringLiteral(": 8.012 km in 44:10 on 2026-11-20 07:00"));
        report.results.push_back(result);
    }
    ImportResultsDialog dialog(report, nullptr);
    dialog.resize(std::min(760, GetParam().size.width()), std::min(420, GetParam().size.height()));
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    for (QLabel* label : dialog.findChildren<QLabel*>()) {
        EXPECT_FALSE(label->text().contains(folder));
    }
    EXPECT_LE(dialog.minimumSizeHint().width(), GetParam().size.width());
    save(dialog, QStringLiteral("import-results"));
}

INSTANTIATE_TEST_SUITE_P(Views, ScreenTour,
                         ::testing::Values(View{"small-1024x640", {1024, 640}, false, 3},
                                           View{"large-1600x1000", {1600, 1000}, false, 10},
                                           View{"scale2-960x510", {960, 510}, false, 3},
                                           View{"dark-1024x640", {1024, 640}, true, 10}),
                         [](const ::testing::TestParamInfo<View>& param) {
                             std::string name = param.param.name;
                             std::replace(name.begin(), name.end(), '-', '_');
                             return name;
                         });

}  // namespace
}  // namespace stridelog::gui::testing
