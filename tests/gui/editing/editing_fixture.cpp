// SPDX-License-Identifier: GPL-3.0-or-later
#include "editing_fixture.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QList>
#include <QPointer>
#include <QTest>
#include <QTimer>

#include <utility>

namespace stridelog::gui::testing {
namespace {

// The whenModal() timers still waiting. One left when its test ends (its dialog never came, or
// the test stopped early) would later run `act` on that test's locals, long gone: it is stopped
// and freed as the test ends.
QList<QPointer<QTimer>>& waitingTimers() {
    static QList<QPointer<QTimer>> timers;
    return timers;
}

class StopWaitingAtTestEnd final : public ::testing::EmptyTestEventListener {
    void OnTestEnd(const ::testing::TestInfo&) override {
        for (const QPointer<QTimer>& timer : std::exchange(waitingTimers(), {}))
            delete timer.data();
    }
};

[[maybe_unused]] const bool kStopsWaitingAtTestEnd = [] {
    ::testing::UnitTest::GetInstance()->listeners().Append(new StopWaitingAtTestEnd);
    return true;
}();

}  // namespace

Instant EditingTest::at(int year, int month, int day, int hour, int minute) {
    return Instant::fromLocal(QDate(year, month, day), QTime(hour, minute));
}

void EditingTest::SetUp() {
    ASSERT_TRUE(folder_.isValid());
    path_ = folder_.filePath(QStringLiteral("journal.sqlite"));
    OpenOptions options;
    options.clock = &clock_;
    auto journal = Journal::open(path_, options);
    ASSERT_TRUE(journal) << journal.error().message.toStdString();
    Shoe shoe;
    shoe.name = QStringLiteral("Pegasus 40");
    shoe.since = QDate(2026, 1, 1);
    shoe_ = journal.value()->addShoe(shoe).value();
    auto session = std::make_unique<JournalSession>(std::move(journal).value(), clock_);
    window_ = std::make_unique<MainWindow>(std::move(session), clock_);
    window_->setCheckInEnabled(false);
    // Week of 9 November: 26 km; week of 16 November so far: 16 km.
    addRun(at(2026, 11, 10, 7), 8000, 2880);
    addRun(at(2026, 11, 12, 7), 8000, 2880);
    addRun(at(2026, 11, 14, 8), 10000, 3600);
    addRun(at(2026, 11, 17, 18), 8000, 2880);
    addRun(at(2026, 11, 19, 18), 8000, 2880);
}

void EditingTest::TearDown() {
    window_.reset();
}

void EditingTest::showWindow() {
    window_->resize(1200, 760);
    window_->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window_.get()));
    activateWindow();
}

void EditingTest::activateWindow() {
    QApplication::setActiveWindow(window_.get());
    EXPECT_TRUE(QTest::qWaitForWindowActive(window_.get()));
}

RunId EditingTest::addRun(Instant start, int metres, int seconds) {
    stridelog::Run run;
    run.start = start;
    run.distance = Distance::fromMetres(metres);
    run.duration = Duration::fromSeconds(seconds);
    run.shoe = shoe_;
    auto id = journal().addRun(run);
    EXPECT_TRUE(id);
    return id ? *id : RunId();
}

void whenModal(const char* className, std::function<void(QWidget*)> act, int timeoutMs) {
    // The application owns the timer, so one still waiting when a test ends (its dialog never
    // came, or the test stopped early) is freed with the application, not leaked; the clock is
    // held by value in the handler for the same reason.
    auto* timer = new QTimer(qApp);
    waitingTimers().append(timer);
    QElapsedTimer clock;
    clock.start();
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, clock, className, act, timeoutMs] {
        QWidget* modal = QApplication::activeModalWidget();
        const bool found = modal && modal->inherits(className) && modal->isVisible();
        if (!found && clock.elapsed() < timeoutMs) return;
        timer->stop();
        timer->deleteLater();
        if (!found) {
            ADD_FAILURE() << "no " << className << " came up";
            if (modal) modal->close();
            return;
        }
        act(modal);
    });
    timer->start();
}

bool waitFor(const std::function<bool()>& condition, int timeoutMs) {
    QElapsedTimer clock;
    clock.start();
    while (!condition() && clock.elapsed() < timeoutMs) QTest::qWait(10);
    return condition();
}

}  // namespace stridelog::gui::testing
