// SPDX-License-Identifier: GPL-3.0-or-later
// Two small things a runner meets: the "Report saved" box takes the keyboard (Escape closes
// it), and in a dark palette the search field's placeholder can be read.

#include "tests/gui/editing/editing_fixture.h"

#include "app/gui/pages/journal_page.h"
#include "app/gui/report/report_dialog.h"
#include "app/gui/widgets/readable_placeholder.h"

#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QStyle>
#include <QTest>

namespace stridelog::gui::testing {
namespace {

using ReportBoxAndPalette = EditingTest;

TEST_F(ReportBoxAndPalette, TheReportSavedBoxTakesTheKeyboard) {
    showWindow();
    offerToOpenReport(window_.get(), folder_.filePath(QStringLiteral("report.pdf")), 2);
    QPointer<QMessageBox> box = window_->findChild<QMessageBox*>(QStringLiteral("reportSavedBox"));
    ASSERT_NE(box, nullptr);
    ASSERT_TRUE(waitFor([&box] { return QApplication::activeWindow() == box; }));
    EXPECT_EQ(QApplication::focusWidget(),
              box->findChild<QPushButton*>(QStringLiteral("openReportButton")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    EXPECT_TRUE(waitFor([&box] { return !box || !box->isVisible(); }));
}

QPalette darkWithoutPlaceholder() {
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    return dark;
}

TEST_F(ReportBoxAndPalette, TheSearchPlaceholderReadsInADarkPalette) {
    showWindow();
    QApplication::setPalette(darkWithoutPlaceholder());
    window_->showPage(Page::Runs);
    auto* search = child<QLineEdit>(window_->page(Page::Runs), "searchRuns");
    const QPalette shown = search->palette();
    const double contrast =
        contrastRatio(shown.color(QPalette::PlaceholderText), shown.color(QPalette::Base));
    EXPECT_GE(contrast, kPlaceholderContrast);
    // Still a placeholder: dimmer than typed text.
    EXPECT_LT(contrast, contrastRatio(shown.color(QPalette::Text), shown.color(QPalette::Base)));
    QApplication::setPalette(QApplication::style()->standardPalette());
}

TEST(ReadablePlaceholder, ALightPaletteKeepsItsOwnPlaceholder) {
    const QPalette light = QApplication::style()->standardPalette();
    EXPECT_EQ(withReadablePlaceholder(light), light);
}

}  // namespace
}  // namespace stridelog::gui::testing
