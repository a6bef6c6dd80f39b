// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Help ▸ Stridelog Help (F1): the guide shipped in the program's resources, in the language
// of the user interface when it has been translated, in a window of its own that stays open
// beside the main window.

#include <QDialog>

class QTextBrowser;

namespace stridelog::gui {

class HelpWindow : public QDialog {
    Q_OBJECT

public:
    explicit HelpWindow(QWidget* parent = nullptr);
    QTextBrowser* browser() const { return browser_; }

private:
    QTextBrowser* browser_ = nullptr;
};

// The guide's resource for the current translation ("qrc:/help/guide.html" or a language's).
QString helpGuideUrl();

}  // namespace stridelog::gui
