// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Edit ▸ Settings: every setting of CLI.md (SettingsKeys::all()), with the ranges the CLI
// accepts built into the controls; saved as one undoable edit.

#include "edit_dialog.h"

#include "app/gui/session/journal_session.h"

class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace stridelog::gui {

class SettingsDialog : public EditDialog {
    Q_OBJECT

public:
    SettingsDialog(JournalSession& session, QWidget* parent = nullptr);

    Settings settings() const;
    bool save();

private:
    void setSettings(const Settings& settings);

    JournalSession& session_;
    QComboBox* weekStart_ = nullptr;
    QSpinBox* weeklyIncrease_ = nullptr;
    QSpinBox* comeback_ = nullptr;
    QSpinBox* shoeLimit_ = nullptr;
    QSpinBox* cadenceMin_ = nullptr;
    QDoubleSpinBox* bodyWeight_ = nullptr;
    QComboBox* units_ = nullptr;
};

}  // namespace stridelog::gui
