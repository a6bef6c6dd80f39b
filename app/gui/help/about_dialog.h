// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Help ▸ About: the version, the licence, the journal file open now, the Qt and SQLite
// versions, and that Stridelog is a journal, not medical advice.

#include <QDialog>

namespace stridelog::gui {

class AboutDialog : public QDialog {
    Q_OBJECT

public:
    AboutDialog(const QString& journalPath, QWidget* parent = nullptr);
    // Everything the dialog says, as plain text (for tests and for copying).
    QString text() const { return text_; }

private:
    QString text_;
};

// The SQLite library's version as Qt's driver sees it, or "unknown".
QString sqliteVersion();

}  // namespace stridelog::gui
