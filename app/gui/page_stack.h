// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The navigation and the pages beside it, the middle of the main window. Each navigation row
// is a page of the journal, built the first time it is shown (the app opens on the dashboard,
// and a long journal's tables would otherwise cost more than the whole dashboard at startup).
// A detail page (one run, one pair) is shown with the row it was opened from kept current, so
// a click on that row goes back. The main window keeps the menus, the session and undo; it
// asks this for pages and hears pageShown().
//
//   navigation row ──► PageStack::showPage ──► page(row), built on first use ──► pageShown
//   runs / shoes table, warning card ──► showRun / showShoe / showSubject ──► detail page

#include <QDate>
#include <QPointer>
#include <QWidget>

#include <cstdint>

class QListWidget;
class QStackedWidget;

namespace stridelog {

struct WarningSubject;

namespace gui {

class JournalPage;
class JournalSession;
class RunPage;
class ShoePage;

enum class Page { Dashboard = 0, Runs, Pain, Shoes, Knee, Calendar, WayBack };
inline constexpr int kPageCount = 7;

class PageStack : public QWidget {
    Q_OBJECT

public:
    PageStack(JournalSession& session, QWidget* parent = nullptr);

    void showPage(Page page);
    // The page, built on first use.
    JournalPage* page(Page page);
    // Goes to what a warning is about: its week, run, pair or pain entry.
    void showSubject(const WarningSubject& subject);
    RunPage* showRun(std::int64_t id);
    ShoePage* showShoe(std::int64_t id);
    // A day's runs (a double-click in the calendar): the run's own page when there is one, the
    // Runs page showing only that day when there are several, nothing on a day without runs.
    void showDay(QDate day);
    // The navigation's row, or kPageCount and up while a detail page is shown.
    int currentIndex() const;
    QListWidget* navigation() const { return navigation_; }

Q_SIGNALS:
    void pageShown(QWidget* page);

private:
    JournalPage* build(Page page);
    void showDetail(QWidget* page, Page from);

    JournalSession& session_;
    QListWidget* navigation_ = nullptr;
    QStackedWidget* pages_ = nullptr;
    QPointer<RunPage> runPage_;
    QPointer<ShoePage> shoePage_;
};

}  // namespace gui
}  // namespace stridelog
