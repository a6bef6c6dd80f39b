// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Adding or editing a pair: its name, its own wear limit (RULES.md R3; new pairs start at the
// shoe_limit_km setting), the distance it had run before it entered the journal, both in the
// runner's unit, since when it is used, and when it was retired. Refused values are marked as they
// are typed. Also the small "Retire on…" question of the shoes page.

#include "edit_dialog.h"
#include "field_errors.h"

#include "app/gui/session/journal_session.h"

#include <QDate>

#include <optional>

class QCheckBox;
class QLineEdit;
class QPlainTextEdit;

namespace stridelog::gui {

class DateTimeField;
class DistanceBox;

class ShoeDialog : public EditDialog {
    Q_OBJECT

public:
    ShoeDialog(JournalSession& session, std::optional<Shoe> existing, QWidget* parent = nullptr);
    bool save();

private:
    // The pair as entered, or empty while a date is not a date.
    std::optional<Shoe> readShoe() const;
    // Marks refused values as they are typed; `focus` on Save. False when any is refused.
    bool check(bool focus);

    JournalSession& session_;
    std::optional<Shoe> existing_;
    FieldErrors errors_;
    QLineEdit* name_ = nullptr;
    DistanceBox* limit_ = nullptr;
    DistanceBox* startKm_ = nullptr;
    QCheckBox* hasSince_ = nullptr;
    DateTimeField* since_ = nullptr;
    QCheckBox* retired_ = nullptr;
    DateTimeField* retiredOn_ = nullptr;
    QPlainTextEdit* notes_ = nullptr;
};

// "Retire Pegasus 40 on…": the date, or empty when cancelled.
std::optional<QDate> askRetireDate(QWidget* parent, const Shoe& shoe, QDate today);

}  // namespace stridelog::gui
