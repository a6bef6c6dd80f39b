// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Marks a field whose value was refused: a red frame (the dynamic property `invalid`, which
// the dialog's style sheet draws) and a line under the field saying what is accepted. The
// dialogs keep one FieldErrors, register each field with its error label under the name
// validation.h uses ("distance", "rpe", ...), check again on every change (a mark shows as
// soon as a value is refused and goes as soon as it is fixed), and on Save focus the first.

#include <QHash>
#include <QString>

class QLabel;
class QPalette;
class QWidget;

namespace stridelog::gui {

class FieldErrors {
public:
    // Style sheet the dialog applies once, so marked fields get their frame.
    static QString styleSheet(const QPalette& palette);
    // An error label for `field`, hidden until a refusal; the caller places it under it.
    QLabel* createLabel(QWidget* parent, const QString& objectName);
    void add(const QString& name, QWidget* field, QLabel* label);
    // Marks the field named `name` (or, when unknown, `fallback`) with `message`, and gives it
    // the focus unless `focus` is false (a live check while the user types elsewhere).
    void mark(const QString& name, const QString& message, const QString& fallback = {},
              bool focus = true);
    void clear();
    // The message shown under the field named `name`, or empty.
    QString messageOf(const QString& name) const;
    bool hasField(const QString& name) const { return fields_.contains(name); }

private:
    struct Entry {
        QWidget* field = nullptr;
        QLabel* label = nullptr;
    };
    QHash<QString, Entry> fields_;
};

// "distance must be …" → "Distance must be …".
QString sentence(const QString& message);

}  // namespace stridelog::gui
