// SPDX-License-Identifier: GPL-3.0-or-later
#include "about_dialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace stridelog::gui {

QString sqliteVersion() {
    // A private in-memory connection: the journal's own connection belongs to the store.
    const QString name = QStringLiteral("stridelog-about");
    QString version;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT sqlite_version()")) && query.next()) {
                version = query.value(0).toString();
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return version.isEmpty() ? AboutDialog::tr("unknown") : version;
}

AboutDialog::AboutDialog(const QString& journalPath, QWidget* parent) : QDialog(parent) {
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Stridelog"));
    const QString path = QDir::toNativeSeparators(journalPath);
    const QString html =
        tr("<h2>Stridelog %1</h2>"
           "<p>A training journal for runners with sore knees.</p>"
           "<p><b>A journal, not medical advice.</b> It explains and names its sources; for "
           "pain that worries you, see a clinician.</p>"
           "<p>Your journal: %2</p>"
           "<p>Qt %3 · SQLite %4</p>"
           "<p>Licence: GNU General Public License, version 3 or later. You may share and "
           "change it under its terms; it comes with no warranty.</p>")
            .arg(QStringLiteral(STRIDELOG_VERSION), path.toHtmlEscaped(),
                 QString::fromLatin1(qVersion()), sqliteVersion());
    auto* label = new QLabel(html, this);
    label->setObjectName(QStringLiteral("aboutText"));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text_ = QTextDocumentFragment::fromHtml(html).toPlainText();
    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/stridelog.svg")).pixmap(96, 96));
    icon->setAlignment(Qt::AlignTop);
    auto* row = new QHBoxLayout;
    row->addWidget(icon);
    row->addWidget(label, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

}  // namespace stridelog::gui
