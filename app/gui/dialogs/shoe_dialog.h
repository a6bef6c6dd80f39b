// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Adding or editing a pair: its name, its own wear limit (RULES.md R3; new pairs start at the
// shoe_limit_km setting), the kilometres it had before it entered the journal, since when it
// is used, and when it was retired. Also the small "Retire on…" question of the shoes page.

#include "field_errors.h"

#include "app/gui/session/journal_session.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QDateEdit;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;

namespace stridelog::gui {

class ShoeDialog : public QDialog {
    Q_OBJECT

public:
    ShoeDialog(JournalSession& session, std::optional<Shoe> existing, QWidget* parent = nullptr);
    bool save();

private:
    Shoe readShoe() const;

    JournalSession& session_;
    std::optional<Shoe> existing_;
    FieldErrors errors_;
    QLineEdit* name_ = nullptr;
    QDoubleSpinBox* limit_ = nullptr;
    QDoubleSpinBox* startKm_ = nullptr;
    QCheckBox* hasSince_ = nullptr;
    QDateEdit* since_ = nullptr;
    QCheckBox* retired_ = nullptr;
    QDateEdit* retiredOn_ = nullptr;
    QPlainTextEdit* notes_ = nullptr;
};

// "Retire Pegasus 40 on…": the date, or empty when cancelled.
std::optional<QDate> askRetireDate(QWidget* parent, const Shoe& shoe, QDate today);

}  // namespace stridelog::gui
