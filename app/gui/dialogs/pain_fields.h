// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The questions about one bout of knee pain, shared by the log-run dialog ("Knee pain after
// this run?") and the pain dialog: which knee, where (the knee drawing), how strong (0–10),
// when it came on (the onset words of RULES.md R5 in plain language), how long it lasted or
// that it is still there, and swelling, locking or sharp pain (R7).

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
    PainEntry pain(Instant start) const;
    void setPain(const PainEntry& pain);
    // Registers the fields under validation.h's names ("intensity", "end", "site").
    void addErrorFields(FieldErrors& errors);
    // False (and the site marked) when no site is chosen yet.
    bool checkSite(FieldErrors& errors) const;

    KneeSitePicker* sitePicker() const { return site_; }

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
};

}  // namespace stridelog::gui
