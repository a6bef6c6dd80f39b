// SPDX-License-Identifier: GPL-3.0-or-later
#include "help_window.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QGuiApplication>
#include <QPushButton>
#include <QScreen>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace stridelog::gui {

QString helpGuideUrl() {
    // The translators name the guide of their language; a missing file falls back to English.
    const QString translated = QCoreApplication::translate("HelpWindow", "guide.html");
    if (QFile::exists(QStringLiteral(":/help/") + translated)) {
        return QStringLiteral("qrc:/help/") + translated;
    }
    return QStringLiteral("qrc:/help/guide.html");
}

HelpWindow::HelpWindow(QWidget* parent) : QDialog(parent) {
    setObjectName(QStringLiteral("helpWindow"));
    setWindowTitle(tr("Stridelog Help"));
    browser_ = new QTextBrowser(this);
    browser_->setObjectName(QStringLiteral("helpBrowser"));
    browser_->setOpenExternalLinks(true);
    browser_->setSource(QUrl(helpGuideUrl()));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(browser_);
    layout->addWidget(buttons);
    // Comfortable for reading, but never taller or wider than a small screen.
    QSize size(760, 680);
    if (const QScreen* screen = parent ? parent->screen() : QGuiApplication::primaryScreen()) {
        size = size.boundedTo(screen->availableGeometry().size() * 0.9);
    }
    resize(size);
}

}  // namespace stridelog::gui
