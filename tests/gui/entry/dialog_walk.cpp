// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialog_walk.h"

#include "app/gui/dialogs/log_run_dialog.h"
#include "app/gui/dialogs/pain_check_in_dialog.h"
#include "app/gui/dialogs/pain_dialog.h"
#include "app/gui/dialogs/settings_dialog.h"
#include "app/gui/dialogs/shoe_dialog.h"
#include "app/gui/report/report_dialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QMap>
#include <QMenuBar>
#include <QShortcut>

namespace stridelog::gui::testing {
namespace {

bool shownIn(const QWidget* widget, const QWidget* window) {
    return widget->window() == window && widget->isVisibleTo(window);
}

QStringList duplicatesIn(const QMap<QString, QStringList>& uses) {
    QStringList duplicates;
    for (auto it = uses.begin(); it != uses.end(); ++it) {
        if (it.value().size() > 1)
            duplicates << QStringLiteral("%1: %2").arg(it.key(),
                                                       it.value().join(QStringLiteral(", ")));
    }
    return duplicates;
}

}  // namespace

QChar mnemonicOf(const QString& text) {
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&')) continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;  // "&&" is a literal ampersand
            continue;
        }
        return text.at(i + 1).toUpper();
    }
    return {};
}

QStringList duplicateMnemonics(QWidget* window) {
    QMap<QString, QStringList> uses;
    const auto note = [&uses](const QString& text) {
        const QChar letter = mnemonicOf(text);
        if (!letter.isNull()) uses[QStringLiteral("Alt+") + letter] << text;
    };
    for (QWidget* widget : window->findChildren<QWidget*>()) {
        if (!shownIn(widget, window)) continue;
        if (auto* label = qobject_cast<QLabel*>(widget); label && label->buddy()) {
            note(label->text());
        } else if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
            note(button->text());
        } else if (auto* group = qobject_cast<QGroupBox*>(widget)) {
            note(group->title());
        } else if (auto* bar = qobject_cast<QMenuBar*>(widget)) {
            for (QAction* menu : bar->actions()) note(menu->text());
        }
    }
    return duplicatesIn(uses);
}

QStringList duplicateShortcuts(QWidget* window) {
    QMap<QString, QStringList> uses;
    for (QAction* action : window->findChildren<QAction*>()) {
        for (const QKeySequence& key : action->shortcuts()) {
            uses[key.toString()] << (action->objectName().isEmpty() ? action->text()
                                                                    : action->objectName());
        }
    }
    for (QShortcut* shortcut : window->findChildren<QShortcut*>()) {
        if (shortcut->context() == Qt::WidgetShortcut) continue;  // only while its widget has focus
        for (const QKeySequence& key : shortcut->keys())
            uses[key.toString()] << QStringLiteral("shortcut");
    }
    return duplicatesIn(uses);
}

std::vector<QWidget*> tabChain(QWidget* window) {
    std::vector<QWidget*> chain;
    QWidget* widget = window;
    for (int guard = 0; guard < 1000; ++guard) {
        widget = widget->nextInFocusChain();
        if (widget == window) break;
        if (!shownIn(widget, window) || !widget->isEnabled()) continue;
        if (!(widget->focusPolicy() & Qt::TabFocus)) continue;
        if (widget->focusProxy()) continue;  // Tab lands on the proxy itself
        chain.push_back(widget);
    }
    return chain;
}

QStringList tabStepsAgainstReadingOrder(QWidget* window) {
    QStringList wrong;
    const auto chain = tabChain(window);
    const auto name = [](const QWidget* widget) {
        return widget->objectName().isEmpty()
                   ? QString::fromLatin1(widget->metaObject()->className())
                   : widget->objectName();
    };
    for (std::size_t i = 1; i < chain.size(); ++i) {
        const QRect from(chain[i - 1]->mapTo(window, QPoint()), chain[i - 1]->size());
        const QRect to(chain[i]->mapTo(window, QPoint()), chain[i]->size());
        const bool sameRow = std::abs(from.center().y() - to.center().y()) < from.height() / 2 + 2;
        const bool newColumn = to.left() >= from.right() - 2;
        const bool ok = sameRow ? to.left() > from.left() : to.top() > from.top() || newColumn;
        if (!ok) wrong << QStringLiteral("%1 → %2").arg(name(chain[i - 1]), name(chain[i]));
    }
    return wrong;
}

std::vector<NamedDialog> everyDialog(JournalSession& session, QWidget* parent) {
    std::vector<NamedDialog> dialogs;
    const auto add = [&dialogs](const char* name, QWidget* dialog) {
        dialogs.push_back({QString::fromLatin1(name), std::unique_ptr<QWidget>(dialog)});
    };
    const JournalSnapshot& journal = session.evaluation().journal;
    add("log run", new LogRunDialog(session, std::nullopt, parent));
    if (!journal.runs.empty())
        add("edit run", new LogRunDialog(session, journal.runs.front(), parent));
    add("log pain", new PainDialog(session, std::nullopt, parent));
    if (!journal.pains.empty()) {
        add("edit pain", new PainDialog(session, journal.pains.front(), parent));
        add("check-in", new PainCheckInDialog(session, {journal.pains.front()}, parent));
        add("check-in of two",
            new PainCheckInDialog(session, {journal.pains.front(), journal.pains.front()}, parent));
    }
    add("add pair", new ShoeDialog(session, std::nullopt, parent));
    if (!journal.shoes.empty())
        add("edit pair", new ShoeDialog(session, journal.shoes.front(), parent));
    add("settings", new SettingsDialog(session, parent));
    add("report", new ReportPeriodDialog(session.now().localDate(), Qt::Monday, parent));
    return dialogs;
}

}  // namespace stridelog::gui::testing
