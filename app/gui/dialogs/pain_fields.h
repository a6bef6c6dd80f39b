// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The questions about one bout of knee pain, shared by the log-run dialog ("Knee pain after
// this run?") and the pain dialog: which knee, where (the knee drawing), how strong (0–10),
// when it came on (the onset words of RULES.md R5 in plain language), how long it lasted or
// that it is still there, and swelling, locking or sharp pain (R7).
//
// Nothing is assumed that the runner has not said: until a site is chosen, and until it is
// said how long the pain lasted (or that it is still there), isComplete() is false and the
// dialogs assess nothing. "Still there" is ticked by default only for pain that started in
// the last 24 hours (setStart()); for older pain the runner is asked how long it lasted.

#include "field_errors.h"

#include "core/model/pain_entry.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QSlider;
class QSpinBox;

namespace stridelog::gui {

class KneeSitePicker;

class PainFields : public QWidget {
    Q_OBJECT

public:
    explicit PainFields(QWidget* parent = nullptr);

    // The entry as entered, starting at `start`; its id and run are left to the caller.
    // Only meaningful when isComplete().
    PainEntry pain(Instant start) const;
    void setPain(const PainEntry& pain);
    // When the pain started, and now: "Still there" is the default only within 24 hours
    // (until the runner ticks or unticks it).
    void setStart(Instant start, Instant now);
    // A site is chosen, and either "Still there" or how long it lasted.
    bool isComplete() const;
    // Registers the fields under validation.h's names ("intensity", "end", "site").
    void addErrorFields(FieldErrors& errors);
    // Marks what is still missing (site, how long) and returns false if anything is; `focus`
    // gives the first of them the focus (on Save).
    bool checkComplete(FieldErrors& errors, bool focus = true) const;
    // Whether the runner has answered the site or how long (live marks show only then).
    bool touched() const { return siteTouched_ || lastedTouched_; }

    KneeSitePicker* sitePicker() const { return site_; }
    Onset onset() const;
    // The form the questions sit in, for a dialog that asks one more (when it started).
    QFormLayout* form() const;

Q_SIGNALS:
    void changed();

private:
    void createWidgets();
    void layOut();
    QLabel* buddyLabel(const QString& text, QWidget* buddy);

    QComboBox* knee_ = nullptr;
    KneeSitePicker* site_ = nullptr;
    QLabel* siteName_ = nullptr;
    QLabel* siteError_ = nullptr;
    QSlider* intensity_ = nullptr;
    QLabel* intensityValue_ = nullptr;
    QLabel* intensityError_ = nullptr;
    QComboBox* onset_ = nullptr;
    QCheckBox* stillThere_ = nullptr;
    QSpinBox* lasted_ = nullptr;
    QComboBox* lastedUnit_ = nullptr;
    QLabel* lastedError_ = nullptr;
    QCheckBox* swelling_ = nullptr;
    QCheckBox* locking_ = nullptr;
    QCheckBox* sharp_ = nullptr;
    // An edited entry keeps its exact end unless "how long" is changed.
    std::optional<Instant> originalEnd_;
    bool lastedTouched_ = false;
    bool stillThereTouched_ = false;
    bool siteTouched_ = false;
};

}  // namespace stridelog::gui
