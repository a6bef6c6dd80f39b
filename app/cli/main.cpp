// SPDX-License-Identifier: GPL-3.0-or-later
// stridelog-cli: names the application (so the default journal is the desktop app's) and hands
// the arguments to the command dispatcher.

#include "cli_app.h"

#include "core/i18n/translations.h"

#include <QCoreApplication>

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("stridelog"));
    stridelog::i18n::installTranslations(app);
    return stridelog::cli::runCli(QCoreApplication::arguments().mid(1));
}
