// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Chooses the language of the user interface from the system (LANGUAGE, then LC_ALL,
// LC_MESSAGES and LANG) and installs Stridelog's translation, embedded in the program as
// :/i18n/stridelog_<lang>.qm, and Qt's own where it is installed. English needs no
// translation. Dates and numbers then follow that language (locale_text.h).

#include <QString>

class QCoreApplication;

namespace stridelog::i18n {

// Returns the language installed ("de"), or an empty string for English.
QString installTranslations(QCoreApplication& app);
// The language whose translation is installed, empty for English.
QString activeLanguage();

}  // namespace stridelog::i18n
