// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace stridelog::i18n {
namespace {

QString& installedLanguage() {
    static QString language;
    return language;
}

}  // namespace

QString installTranslations(QCoreApplication& app) {
    // QLocale's system locale reads LANGUAGE before LC_ALL, LC_MESSAGES and LANG, and its
    // uiLanguages() lists every language the user accepts, best first.
    const QLocale system = QLocale::system();
    auto* own = new QTranslator(&app);
    if (!own->load(system, QStringLiteral("stridelog"), QStringLiteral("_"),
                   QStringLiteral(":/i18n"))) {
        delete own;
        return {};
    }
    QCoreApplication::installTranslator(own);
    const QString language = QLocale(own->language()).name().section(QLatin1Char('_'), 0, 0);
    installedLanguage() = language;
    // LANGUAGE=de with LANG=C: dates and numbers follow the words.
    if (system.language() != QLocale(language).language()) QLocale::setDefault(QLocale(language));
    // Qt's own words (standard buttons, file dialogs), when the system has them.
    auto* qt = new QTranslator(&app);
    if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
    return language;
}

QString activeLanguage() {
    return installedLanguage();
}

}  // namespace stridelog::i18n
