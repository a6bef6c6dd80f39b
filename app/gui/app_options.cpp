// SPDX-License-Identifier: GPL-3.0-or-later
#include "app_options.h"

#include "core/model/value_parsing.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstring>

namespace stridelog::gui {
namespace {

// The option descriptions of `stridelog --help`, in the user's language.
struct OptionWords {
    Q_DECLARE_TR_FUNCTIONS(OptionWords)
};

}  // namespace

QStringList screenshotPages() {
    return {QStringLiteral("dashboard"), QStringLiteral("runs"),    QStringLiteral("pain"),
            QStringLiteral("shoes"),     QStringLiteral("log-run"), QStringLiteral("knee"),
            QStringLiteral("run"),       QStringLiteral("shoe"),    QStringLiteral("calendar"),
            QStringLiteral("way-back"),  QStringLiteral("welcome"), QStringLiteral("help"),
            QStringLiteral("about")};
}

Expected<AppOptions> parseAppOptions(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(OptionWords::tr("Stridelog: a training journal for runners"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"), OptionWords::tr("Journal file."),
                                QStringLiteral("FILE"));
    const QCommandLineOption asOf(QStringLiteral("as-of"),
                                  OptionWords::tr("Evaluate the rules as of this instant."),
                                  QStringLiteral("INSTANT"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        OptionWords::tr("Render the window to a PNG and exit."),
                                        QStringLiteral("OUT.png"));
    const QCommandLineOption page(QStringLiteral("page"),
                                  OptionWords::tr("Page for --screenshot: %1.")
                                      .arg(screenshotPages().join(QStringLiteral(", "))),
                                  QStringLiteral("PAGE"), QStringLiteral("dashboard"));
    const QCommandLineOption report(QStringLiteral("report"),
                                    OptionWords::tr("Write the report for a clinician and exit."),
                                    QStringLiteral("OUT.pdf"));
    const QCommandLineOption from(QStringLiteral("from"),
                                  OptionWords::tr("First day of the report (YYYY-MM-DD)."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"),
                                OptionWords::tr("Last day of the report (YYYY-MM-DD)."),
                                QStringLiteral("DATE"));
    const QCommandLineOption run(QStringLiteral("run"), OptionWords::tr("The run of --page run."),
                                 QStringLiteral("ID"));
    const QCommandLineOption shoe(
        QStringLiteral("shoe"), OptionWords::tr("The pair of --page shoe."), QStringLiteral("ID"));
    parser.addOptions({db, asOf, screenshot, page, report, from, to, run, shoe});
    if (!parser.parse(arguments)) return fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version"))) parser.showVersion();

    AppOptions options;
    options.databasePath = parser.value(db);
    if (parser.isSet(asOf)) {
        auto instant = parseInstant(parser.value(asOf));
        if (!instant) return fail(QStringLiteral("--as-of: %1").arg(instant.error()));
        options.asOf = instant->asOf;
    }
    options.screenshotPath = parser.value(screenshot);
    options.page = parser.value(page);
    if (!screenshotPages().contains(options.page)) {
        return fail(QStringLiteral("--page: '%1' is not one of %2")
                        .arg(options.page, screenshotPages().join(QStringLiteral(", "))));
    }
    for (const auto& [option, target] :
         {std::pair{&run, &options.runId}, std::pair{&shoe, &options.shoeId}}) {
        if (!parser.isSet(*option)) continue;
        bool ok = false;
        *target = parser.value(*option).toLongLong(&ok);
        if (!ok || *target <= 0)
            return fail(QStringLiteral("--%1: expected a positive whole number")
                            .arg(option->names().constFirst()));
    }
    options.reportPath = parser.value(report);
    if (options.reportPath.isEmpty()) return options;
    if (!parser.isSet(from) || !parser.isSet(to)) {
        return fail(QStringLiteral("--report needs --from DATE and --to DATE"));
    }
    auto first = parseDate(parser.value(from));
    if (!first) return fail(QStringLiteral("--from: %1").arg(first.error()));
    auto last = parseDate(parser.value(to));
    if (!last) return fail(QStringLiteral("--to: %1").arg(last.error()));
    if (*last < *first) return fail(QStringLiteral("--to must not be before --from"));
    options.reportFrom = *first;
    options.reportTo = *last;
    return options;
}

bool wantsNoDisplay(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        if (std::strncmp(argv[i], "--screenshot", 12) == 0) return true;
        if (std::strncmp(argv[i], "--report", 8) == 0) return true;
    }
    return false;
}

}  // namespace stridelog::gui
