// SPDX-License-Identifier: GPL-3.0-or-later
#include "date_time_field.h"

#include <QCalendarWidget>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QRegularExpression>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace stridelog::gui {
namespace {

const QString kDateFormat = QStringLiteral("yyyy-MM-dd");
const QString kTimeFormat = QStringLiteral("HH:mm");

// Wide enough for the text shown and a little room to type.
int widthFor(const QLineEdit* edit, const QString& sample) {
    return edit->fontMetrics().horizontalAdvance(sample) + 18;
}

}  // namespace

QDate readDate(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch()) return {};
    return QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
}

QTime readTime(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,2})(?:[:.h]?(\\d{2}))?$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch()) return {};
    const int hour = match.captured(1).toInt();
    const int minute = match.captured(2).isEmpty() ? 0 : match.captured(2).toInt();
    return QTime(hour, minute);  // invalid when out of range, e.g. 24:00 or 08:60
}

DateTimeField::DateTimeField(Parts parts, QWidget* parent) : QWidget(parent) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    date_ = new QLineEdit(this);
    date_->setObjectName(QStringLiteral("datePart"));
    date_->setPlaceholderText(QStringLiteral("YYYY-MM-DD"));
    date_->setMinimumWidth(widthFor(date_, QStringLiteral("8888-88-88")));
    date_->setMaximumWidth(widthFor(date_, QStringLiteral("8888-88-888")));
    date_->installEventFilter(this);
    layout->addWidget(date_);
    calendar_ = new QToolButton(this);
    calendar_->setObjectName(QStringLiteral("calendarButton"));
    calendar_->setArrowType(Qt::DownArrow);
    calendar_->setToolTip(tr("Choose on a calendar (Alt+Down)"));
    calendar_->setAccessibleName(tr("Calendar"));
    // Reached with Alt+Down from the date, so Tab goes straight on to the next field.
    calendar_->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(calendar_);
    connect(calendar_, &QToolButton::clicked, this, &DateTimeField::showCalendar);
    connect(date_, &QLineEdit::textChanged, this, &DateTimeField::changed);
    if (parts == Parts::DateAndTime) {
        time_ = new QLineEdit(this);
        time_->setObjectName(QStringLiteral("timePart"));
        time_->setPlaceholderText(QStringLiteral("HH:MM"));
        time_->setMinimumWidth(widthFor(time_, QStringLiteral("88:88")));
        time_->setMaximumWidth(widthFor(time_, QStringLiteral("88:888")));
        time_->installEventFilter(this);
        layout->addSpacing(4);
        layout->addWidget(time_);
        connect(time_, &QLineEdit::textChanged, this, &DateTimeField::changed);
        // "2026-11-24 08:00" pasted into the date: each half goes where it belongs.
        connect(date_, &QLineEdit::textEdited, this, [this](const QString& text) {
            static const QRegularExpression both(QStringLiteral("^\\s*(\\S+)[ T]+(\\S+)\\s*$"));
            const auto match = both.match(text);
            if (!match.hasMatch() || !readDate(match.captured(1)).isValid()) return;
            date_->setText(match.captured(1));
            time_->setText(match.captured(2));
            time_->setFocus(Qt::TabFocusReason);
            time_->setCursorPosition(static_cast<int>(time_->text().size()));
        });
    }
    layout->addStretch(1);
    // Laid out as a line edit: a form or a bar keeps the usual gap between it and its label.
    setSizePolicy(QSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed, QSizePolicy::LineEdit));
    setFocusProxy(date_);
    setFocusPolicy(Qt::StrongFocus);
}

QDate DateTimeField::date() const {
    return readDate(date_->text());
}

QTime DateTimeField::time() const {
    return time_ ? readTime(time_->text()) : QTime(0, 0);
}

QDateTime DateTimeField::dateTime() const {
    const QDate day = date();
    const QTime clock = time();
    if (!day.isValid() || !clock.isValid()) return {};
    return QDateTime(day, clock);
}

void DateTimeField::setDate(QDate date) {
    date_->setText(date.toString(kDateFormat));
}

void DateTimeField::setDateTime(const QDateTime& dateTime) {
    setDate(dateTime.date());
    if (time_) time_->setText(dateTime.time().toString(kTimeFormat));
}

QString DateTimeField::problem() const {
    if (!date().isValid()) {
        return tr("Type the date as year-month-day, like %1, or choose it on the calendar")
            .arg(QDate(2026, 11, 24).toString(kDateFormat));
    }
    if (!time().isValid()) return tr("Type the time as hours:minutes, like 08:00 or 18:45");
    return {};
}

void DateTimeField::setAccessibleName(const QString& name) {
    QWidget::setAccessibleName(name);
    date_->setAccessibleName(name);
    if (time_) time_->setAccessibleName(tr("%1, time").arg(name));
}

QWidget* DateTimeField::lastPart() const {
    return time_ ? time_ : date_;
}

void DateTimeField::showCalendar() {
    auto* popup = new QFrame(this, Qt::Popup);
    popup->setAttribute(Qt::WA_DeleteOnClose);
    popup->setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(popup);
    layout->setContentsMargins(2, 2, 2, 2);
    auto* calendar = new QCalendarWidget(popup);
    calendar->setObjectName(QStringLiteral("calendarPopup"));
    calendar->setGridVisible(true);
    if (date().isValid()) calendar->setSelectedDate(date());
    layout->addWidget(calendar);
    const auto choose = [this, popup](QDate chosen) {
        setDate(chosen);
        popup->close();
        date_->setFocus();
    };
    connect(calendar, &QCalendarWidget::clicked, this, choose);
    connect(calendar, &QCalendarWidget::activated, this, choose);
    popup->adjustSize();
    popup->move(date_->mapToGlobal(QPoint(0, date_->height())));
    popup->show();
    calendar->setFocus();
}

bool DateTimeField::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() != QEvent::KeyPress) return QWidget::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    const int step = key->key() == Qt::Key_Up ? 1 : key->key() == Qt::Key_Down ? -1 : 0;
    if (watched == date_) {
        if ((key->key() == Qt::Key_Down && key->modifiers() & Qt::AltModifier) ||
            key->key() == Qt::Key_F4) {
            showCalendar();
            return true;
        }
        if (step != 0 && key->modifiers() == Qt::NoModifier) {
            stepDate(step);
            return true;
        }
        // "2026-11-24 08:00" typed in one go: the separator moves on to the time.
        const bool separator = key->text() == QStringLiteral(" ") ||
                               key->text().compare(QStringLiteral("t"), Qt::CaseInsensitive) == 0;
        if (time_ && separator && date().isValid() && date_->cursorPosition() == 10) {
            time_->setFocus(Qt::TabFocusReason);
            time_->selectAll();
            return true;
        }
    } else if (watched == time_ && step != 0 && key->modifiers() == Qt::NoModifier) {
        stepTime(step);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void DateTimeField::stepDate(int steps) {
    const QDate day = date();
    if (!day.isValid()) return;  // never replace what the user is typing
    const int cursor = date_->cursorPosition();
    const QDate next = cursor < 5   ? day.addYears(steps)
                       : cursor < 8 ? day.addMonths(steps)
                                    : day.addDays(steps);
    setDate(next);
    date_->setCursorPosition(cursor);
}

void DateTimeField::stepTime(int steps) {
    const QTime clock = time();
    if (!clock.isValid()) return;
    const int cursor = time_->cursorPosition();
    const int minutes = clock.hour() * 60 + clock.minute();
    const int next = std::clamp(minutes + (cursor <= 2 ? steps * 60 : steps), 0, 23 * 60 + 59);
    time_->setText(QTime(next / 60, next % 60).toString(kTimeFormat));
    time_->setCursorPosition(cursor);
}

}  // namespace stridelog::gui
