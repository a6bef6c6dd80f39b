// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshot.h"

#include "dialogs/dialog_launchers.h"
#include "help/about_dialog.h"
#include "help/help_window.h"
#include "main_window.h"
#include "pages/dashboard_page.h"

#include <QApplication>
#include <QDialog>
#include <QPixmap>
#include <QTextStream>

#include "app/gui/charts/qcustomplot_include.h"

namespace stridelog::gui {

namespace {

// Layouts settle through posted events, and charts paint from a buffer filled by their
// queued replot(): run both to completion so the PNG holds exactly what a user would see.
void settle(QWidget& widget) {
    QApplication::processEvents();
    if (auto* dashboard = widget.findChild<DashboardPage*>()) dashboard->redrawIfStale();
    QApplication::processEvents();
}

}  // namespace

bool saveScreenshot(MainWindow& window, const QString& page, const QString& path, std::int64_t id) {
    window.resize(1280, 800);
    const QStringList pages = {QStringLiteral("dashboard"), QStringLiteral("runs"),
                               QStringLiteral("pain"),      QStringLiteral("shoes"),
                               QStringLiteral("knee"),      QStringLiteral("calendar"),
                               QStringLiteral("way-back")};
    if (page == QLatin1String("run")) {
        window.showRun(id);
    } else if (page == QLatin1String("shoe")) {
        window.showShoe(id);
    } else {
        window.showPage(static_cast<Page>(std::max<qsizetype>(0, pages.indexOf(page))));
    }
    if (page == QLatin1String("welcome")) window.showWelcome();
    window.show();
    settle(window);
    QPixmap image;
    QDialog* dialog = nullptr;
    if (page == QLatin1String("log-run")) {
        dialog = createLogRunDialog(window.session(), &window);
    } else if (page == QLatin1String("help")) {
        dialog = new HelpWindow(&window);
    } else if (page == QLatin1String("about")) {
        dialog = new AboutDialog(window.session().journalPath(), &window);
    }
    if (dialog) {
        dialog->show();
        settle(*dialog);
        image = dialog->grab();
        delete dialog;
    } else {
        image = window.grab();
    }
    if (!image.save(path, "PNG")) {
        QTextStream(stderr) << "stridelog: error: cannot write " << path << '\n';
        return false;
    }
    return true;
}

}  // namespace stridelog::gui
