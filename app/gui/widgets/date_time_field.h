// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one date (and time) field of the app: every "when", "since", "from" and "to".
//
// A date is a line edit showing 2026-11-24 with a calendar button beside it; a time, when the
// field has one, is a second line edit showing 08:00. Each part is typed whole, the way it is
// shown ("2026-11-24", "08:00"; "0800" and "8:00" are read too), or changed with the arrow
// keys (Up/Down change the year, month or day under the cursor; the hour or the minute).
// What was typed is never rewritten: text that is not a date or a time stays as typed, the
// field says what it expects (problem()), and date()/dateTime() are invalid until it is fixed.
// Tab leaves each part like any line edit; Space or "T" after a whole date moves on to the
// time, so "2026-11-24 08:00" can be typed in one go; Alt+Down or F4 opens the calendar.
//
// Qt's QDateTimeEdit was used before and did none of this: it opened with the year selected,
// walked its sections on Tab and turned "2026-11-24 08:00" into 2026-11-11 20:08.

#include <QDateTime>
#include <QWidget>

class QLineEdit;
class QToolButton;

namespace stridelog::gui {

class DateTimeField : public QWidget {
    Q_OBJECT

public:
    enum class Parts { Date, DateAndTime };

    explicit DateTimeField(Parts parts, QWidget* parent = nullptr);

    // Invalid while the typed text is not a date (or not a time).
    QDate date() const;
    QTime time() const;
    QDateTime dateTime() const;
    void setDate(QDate date);
    void setDateTime(const QDateTime& dateTime);
    // What the field expects, in a sentence, or empty when it reads as a date (and time).
    QString problem() const;
    bool hasTime() const { return time_ != nullptr; }

    // Sets the accessible names of the parts ("<name>" and "<name>, time").
    void setAccessibleName(const QString& name);

    QLineEdit* dateEdit() const { return date_; }
    QLineEdit* timeEdit() const { return time_; }
    QToolButton* calendarButton() const { return calendar_; }
    // The part that comes last in the tab order (for QWidget::setTabOrder).
    QWidget* lastPart() const;
    void showCalendar();

Q_SIGNALS:
    // Any change of the text, typed or set; the value may be invalid.
    void changed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void stepDate(int steps);
    void stepTime(int steps);

    QLineEdit* date_ = nullptr;
    QToolButton* calendar_ = nullptr;
    QLineEdit* time_ = nullptr;
};

// "2026-11-24", "2026-1-5"; invalid otherwise.
QDate readDate(const QString& text);
// "08:00", "8:00", "0800", "8"; invalid otherwise.
QTime readTime(const QString& text);

}  // namespace stridelog::gui
