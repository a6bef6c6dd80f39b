// SPDX-License-Identifier: GPL-3.0-or-later
#include "app_options.h"

#include "core/model/value_parsing.h"

#include <QCommandLineParser>

#include <cstring>

namespace stridelog::gui {

QStringList screenshotPages() {
    return {QStringLiteral("dashboard"), QStringLiteral("runs"), QStringLiteral("pain"),
            QStringLiteral("shoes"), QStringLiteral("log-run")};
}

Expected<AppOptions> parseAppOptions(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Stridelog: a training journal for runners"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Journal file."),
                                QStringLiteral("FILE"));
    const QCommandLineOption asOf(QStringLiteral("as-of"),
                                  QStringLiteral("Evaluate the rules as of this instant."),
                                  QStringLiteral("INSTANT"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Render the window to a PNG and exit."),
                                        QStringLiteral("OUT.png"));
    const QCommandLineOption page(QStringLiteral("page"),
                                  QStringLiteral("Page for --screenshot: %1.")
                                      .arg(screenshotPages().join(QStringLiteral(", "))),
                                  QStringLiteral("PAGE"), QStringLiteral("dashboard"));
    parser.addOptions({db, asOf, screenshot, page});
    if (!parser.parse(arguments)) return fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version"))) parser.showVersion();

    AppOptions options;
    options.databasePath = parser.value(db);
    if (parser.isSet(asOf)) {
        auto instant = parseInstant(parser.value(asOf));
        if (!instant) return fail(QStringLiteral("--as-of: %1").arg(instant.error()));
        options.asOf = instant->instant;
    }
    options.screenshotPath = parser.value(screenshot);
    options.page = parser.value(page);
    if (!screenshotPages().contains(options.page)) {
        return fail(QStringLiteral("--page: '%1' is not one of %2")
                        .arg(options.page, screenshotPages().join(QStringLiteral(", "))));
    }
    return options;
}

bool wantsNoDisplay(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        if (std::strncmp(argv[i], "--screenshot", 12) == 0) return true;
    }
    return false;
}

}  // namespace stridelog::gui
