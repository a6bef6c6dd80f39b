// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a new journal opens on, instead of empty charts: the two settings that change how
// everything reads (km or miles, the first day of the week), optionally the first pair of
// shoes (its name and how far it has already run, in the chosen unit), and three ways on: log a
// run, import from the watch, or explore a made-up journal. The main window shows it while the
// journal has no run.

#include "app/gui/session/journal_session.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace stridelog::gui {

class WelcomePage : public QWidget {
    Q_OBJECT

public:
    explicit WelcomePage(JournalSession& session, QWidget* parent = nullptr);

Q_SIGNALS:
    void logRunRequested();
    void importFilesRequested();
    void importFolderRequested();
    void demoRequested();
    // "Go to the dashboard": the runner wants the empty pages.
    void dismissed();

private:
    QWidget* createSettingsRow();
    QWidget* createShoeRow();
    QWidget* createWaysOn();
    void saveSettings();
    void addShoe();
    // The "already run" box speaks the unit chosen above.
    void showUnitOnShoe();

    JournalSession& session_;
    QComboBox* units_ = nullptr;
    QComboBox* weekStart_ = nullptr;
    QLineEdit* shoeName_ = nullptr;
    QDoubleSpinBox* shoeAlreadyRun_ = nullptr;
    QPushButton* addShoe_ = nullptr;
    QLabel* shoeStatus_ = nullptr;
};

}  // namespace stridelog::gui
