// SPDX-License-Identifier: GPL-3.0-or-later
// Help ▸ Stridelog Help (F1) shows the guide from the resources; Help ▸ About says the
// version, the licence, the journal, Qt's and SQLite's versions and "not medical advice".

#include "welcome_fixture.h"

#include "app/gui/help/about_dialog.h"
#include "app/gui/help/help_window.h"

#include <QMenu>
#include <QMenuBar>
#include <QTextBrowser>

namespace stridelog::gui::testing {
namespace {

using HelpTest = WelcomeTest;

TEST_F(HelpTest, F1OpensTheGuideWithEveryPart) {
    QTest::keyClick(window_.get(), Qt::Key_F1);
    auto* help = window_->findChild<HelpWindow*>();
    ASSERT_NE(help, nullptr);
    EXPECT_TRUE(help->isVisible());
    const QString text = help->browser()->toPlainText();
    for (const char* part :
         {"Getting started", "Logging pain", "What each warning means", "Importing from your watch",
          "Backups", "Where your journal lives", "The command line"}) {
        EXPECT_TRUE(text.contains(QString::fromUtf8(part))) << part;
    }
    // Each warning with its source and evidence note.
    EXPECT_TRUE(text.contains(QStringLiteral("Buist 2008")));
    EXPECT_TRUE(text.contains(QStringLiteral("Frandsen et al., BJSM 2025")));
    EXPECT_TRUE(text.contains(QStringLiteral("Blazina and Nirschl")));
    // How to undo and how to redo, with both redo keys.
    EXPECT_TRUE(text.contains(QStringLiteral("Ctrl+Z")));
    EXPECT_TRUE(text.contains(QStringLiteral("Ctrl+Shift+Z")));
    EXPECT_TRUE(text.contains(QStringLiteral("Ctrl+Y")));
    // F1 again raises the same window rather than a second one.
    QApplication::setActiveWindow(window_.get());
    QTest::keyClick(window_.get(), Qt::Key_F1);
    EXPECT_EQ(window_->findChildren<HelpWindow*>().size(), 1);
}

TEST_F(HelpTest, TheHelpMenuHoldsHelpAndAbout) {
    QMenu* help = window_->menuBar()->findChild<QMenu*>(QStringLiteral("helpMenu"));
    ASSERT_NE(help, nullptr);
    QStringList texts;
    for (QAction* action : help->actions()) texts << action->text();
    EXPECT_TRUE(texts.contains(QStringLiteral("Stridelog &Help")));
    EXPECT_TRUE(texts.contains(QStringLiteral("&About Stridelog")));
}

TEST_F(HelpTest, AboutSaysVersionLicenceJournalQtSqliteAndNotMedicalAdvice) {
    QString shown;
    whenModal("stridelog::gui::AboutDialog", [&shown](QWidget* dialog) {
        shown = static_cast<AboutDialog*>(dialog)->text();
        dialog->close();
    });
    auto* about = window_->findChild<QAction*>(QStringLiteral("aboutAction"));
    ASSERT_NE(about, nullptr);
    about->trigger();
    EXPECT_TRUE(shown.contains(QStringLiteral("Stridelog " STRIDELOG_VERSION)))
        << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("version 3 or later")));
    EXPECT_TRUE(shown.contains(path_));
    EXPECT_TRUE(shown.contains(QStringLiteral("Qt ") + QString::fromLatin1(qVersion())));
    EXPECT_TRUE(shown.contains(QStringLiteral("SQLite 3.")));
    EXPECT_TRUE(shown.contains(QStringLiteral("not medical advice")));
}

}  // namespace
}  // namespace stridelog::gui::testing
