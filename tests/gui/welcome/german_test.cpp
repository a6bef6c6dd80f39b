// SPDX-License-Identifier: GPL-3.0-or-later
// With the German translation installed the app speaks German: menus, the welcome, the
// dashboard's warnings from the core, and Help shows the German guide.

#include "welcome_fixture.h"

#include "app/gui/help/help_window.h"
#include "app/gui/session/journal_edits.h"

#include <QMenuBar>
#include <QPushButton>
#include <QTextBrowser>
#include <QTranslator>

namespace stridelog::gui::testing {
namespace {

class GermanTest : public WelcomeTest {
protected:
    void SetUp() override {
        ASSERT_TRUE(translator_.load(QStringLiteral(":/i18n/stridelog_de.qm")));
        QCoreApplication::installTranslator(&translator_);
        WelcomeTest::SetUp();
    }
    void TearDown() override {
        WelcomeTest::TearDown();
        QCoreApplication::removeTranslator(&translator_);
    }

    QTranslator translator_;
};

QStringList menuTitles(QMainWindow& window) {
    QStringList titles;
    for (QAction* action : window.menuBar()->actions()) titles << action->text();
    return titles;
}

TEST_F(GermanTest, TheMenusAreGerman) {
    EXPECT_EQ(menuTitles(*window_),
              (QStringList{QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"),
                           QStringLiteral("&Tagebuch"), QStringLiteral("&Hilfe")}));
}

TEST_F(GermanTest, TheWelcomeIsGerman) {
    EXPECT_EQ(child<QPushButton>(window_.get(), "welcomeLogRun")->text(),
              QStringLiteral("Ersten Lauf eintragen …"));
}

TEST_F(GermanTest, WarningsFromTheCoreAreGerman) {
    PainEntry pain;
    pain.start = Instant::fromLocal(QDate(2026, 11, 20), QTime(18, 0));
    pain.knee = Knee::Right;
    pain.site = Site::Outside;
    pain.intensity = 4;
    pain.onset = Onset::Late;
    ASSERT_TRUE(edits::logPain(session(), pain));
    QStringList messages;
    for (const Warning& warning : session().evaluation().warnings) messages << warning.message;
    EXPECT_TRUE(messages.join(QLatin1Char('\n'))
                    .contains(QStringLiteral("häufig verbunden mit Iliotibialband-Syndrom")))
        << messages.join(QLatin1Char('\n')).toStdString();
}

TEST_F(GermanTest, HelpShowsTheGermanGuide) {
    QTest::keyClick(window_.get(), Qt::Key_F1);
    auto* help = window_->findChild<HelpWindow*>();
    ASSERT_NE(help, nullptr);
    EXPECT_TRUE(
        help->browser()->toPlainText().contains(QStringLiteral("Was jede Warnung bedeutet")));
}

}  // namespace
}  // namespace stridelog::gui::testing
