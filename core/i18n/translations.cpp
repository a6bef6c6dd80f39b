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

// The locale the system formats dates and numbers in, as the C library chooses it.
QLocale formatLocale() {
    for (const char* name : {"LC_ALL", "LC_TIME", "LANG"}) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty()) return QLocale(value.section(QLatin1Char('.'), 0, 0));
    }
    return QLocale::c();
}

}  // namespace

QString installTranslations(QCoreApplication& app) {
    // QLocale's system locale reads LANGUAGE before LC_ALL, LC_MESSAGES and LANG; its
    // uiLanguages() lists every language the user accepts, best first. English is the
    // language of the code, so it needs no translation and ends the search.
    const QLocale system = QLocale::system();
    QString language;
    auto* own = new QTranslator(&app);
    for (const QString& accepted : system.uiLanguages()) {
        const QString candidate = QLocale(accepted).name().section(QLatin1Char('_'), 0, 0);
        if (candidate == QLatin1String("en") || candidate == QLatin1String("C")) break;
        if (own->load(QStringLiteral(":/i18n/stridelog_%1.qm").arg(candidate))) {
            language = candidate;
            break;
        }
    }
    if (language.isEmpty()) {
        delete own;
        return {};
    }
    QCoreApplication::installTranslator(own);
    installedLanguage() = language;
    // LANGUAGE picks the words only; dates and numbers come from LC_ALL, LC_TIME or LANG. When
    // those name another language (LANGUAGE=de with LANG=C.UTF-8), they follow the words.
    if (formatLocale().language() != QLocale(language).language()) {
        QLocale::setDefault(QLocale(language));
    }
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
