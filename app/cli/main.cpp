// SPDX-License-Identifier: GPL-3.0-or-later
// stridelog-cli: names the application (so the default journal is the desktop app's) and hands
// the arguments to the command dispatcher.

#include "cli_app.h"

#include "core/i18n/translations.h"

#include "core/io/import/folder_walk.h"

#include <QCoreApplication>
#include <QFile>

#include <cstring>

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("stridelog"));
    stridelog::i18n::installTranslations(app);
    // QCoreApplication::arguments() turns bytes that are not UTF-8 into U+FFFD, so a file named
    // that way would be "no such file". Each argument naming such a file or folder is read
    // through a descriptor held while the command runs; never --db's journal, which SQLite
    // must open by its own name (its side files are named after it).
    stridelog::HeldFiles held;
    QStringList arguments;
    for (int i = 1; i < argc; ++i) {
        const bool journal = i > 1 && std::strcmp(argv[i - 1], "--db") == 0;
        arguments << (journal || std::strncmp(argv[i], "--db=", 5) == 0
                          ? QFile::decodeName(argv[i])
                          : stridelog::argumentPath(argv[i], held));
    }
    return stridelog::cli::runCli(arguments);
}
