// SPDX-License-Identifier: GPL-3.0-or-later
#include "locale_text.h"

#include "translations.h"

#include <QRegularExpression>

namespace stridelog::i18n {

QLocale textLocale() {
    const QString language = activeLanguage();
    QLocale locale = language.isEmpty() ? QLocale::c() : QLocale(language);
    // "1000,0 km" rather than "1.000,0 km": distances read as one number.
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale;
}

QString number(double value, int decimals) {
    return textLocale().toString(value, 'f', decimals);
}

QString number(int value) {
    return QString::number(value);
}

QString date(QDate date) {
    if (activeLanguage().isEmpty()) return date.toString(Qt::ISODate);
    const QLocale locale = textLocale();
    // The short format with the whole year: "19.11.2026", never "19.11.26".
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QStringLiteral("yyyy"))) {
        format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    }
    return locale.toString(date, format);
}

QString dateFormat(DateStyle style, const QLocale& locale) {
    // The long format names every part ("dddd, d. MMMM yyyy", "dddd, MMMM d, yyyy"): parts
    // are taken away from it, never put together in an order of our own.
    QString format = locale.dateFormat(QLocale::LongFormat);
    static const QRegularExpression weekday(QStringLiteral("dddd[,]?\\s*"));
    static const QRegularExpression year(QStringLiteral("[,]?\\s*y+"));
    const bool shortNames = style == DateStyle::ShortWeekdayDayMonthYear ||
                            style == DateStyle::ShortDayMonthYear ||
                            style == DateStyle::ShortDayMonth;
    if (style == DateStyle::ShortWeekdayDayMonthYear) {
        format.replace(weekday, QStringLiteral("ddd "));
    } else {
        format.remove(weekday);
    }
    if (shortNames) format.replace(QStringLiteral("MMMM"), QStringLiteral("MMM"));
    if (style == DateStyle::DayMonth || style == DateStyle::ShortDayMonth) format.remove(year);
    return format.trimmed();
}

QString longDate(QDate date, DateStyle style, const QLocale& locale) {
    return locale.toString(date, dateFormat(style, locale));
}

QString day(QDate date) {
    return longDate(date, DateStyle::ShortWeekdayDayMonthYear);
}

QString dayAndTime(const QDateTime& when) {
    return day(when.date()) + when.toString(QStringLiteral(", HH:mm"));
}

}  // namespace stridelog::i18n
