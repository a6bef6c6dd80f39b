// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The dashboard, the app's first page: the weekly distance chart (largest), the training load
// chart under it on the same dates, and on the right the shoes in use and the warnings panel;
// a banner on top while a pair is worn. It redraws from JournalSession::evaluated() only, and
// only while visible (a change made on another page is drawn when the dashboard is shown).
// It also owns the shoe reminder of this journal and its tray notifications.

#include "journal_page.h"

#include "core/rules/warning.h"

class QLabel;
class QSplitter;

namespace stridelog::gui {

class LoadChart;
class ShoeBanner;
class ShoeReminder;
class ShoeWearChart;
class TrayNotifier;
class WarningsPanel;
class WeeklyVolumeChart;

class DashboardPage : public JournalPage {
    Q_OBJECT

public:
    DashboardPage(JournalSession& session, QWidget* parent = nullptr);

    WeeklyVolumeChart* weeklyChart() const { return weekly_; }
    LoadChart* loadChart() const { return load_; }
    ShoeWearChart* shoeChart() const { return shoes_; }
    WarningsPanel* warningsPanel() const { return warnings_; }
    ShoeBanner* shoeBanner() const { return banner_; }
    ShoeReminder* shoeReminder() const { return reminder_; }
    // Draws now if anything changed since the last drawing (screenshot mode, tests).
    void redrawIfStale();

Q_SIGNALS:
    // A warning or the banner asks to show what it is about.
    void subjectActivated(const WarningSubject& subject);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* createChartsColumn();
    QWidget* createSideColumn();
    void onEvaluated();
    void redraw();
    void onSubjectActivated(const WarningSubject& subject);

    QSplitter* columns_ = nullptr;
    ShoeBanner* banner_ = nullptr;
    WeeklyVolumeChart* weekly_ = nullptr;
    LoadChart* load_ = nullptr;
    ShoeWearChart* shoes_ = nullptr;
    QLabel* noShoes_ = nullptr;
    WarningsPanel* warnings_ = nullptr;
    ShoeReminder* reminder_ = nullptr;
    TrayNotifier* tray_ = nullptr;
    bool stale_ = true;
};

}  // namespace stridelog::gui
