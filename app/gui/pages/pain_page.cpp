// SPDX-License-Identifier: GPL-3.0-or-later
#include "pain_page.h"

#include "app/gui/dialogs/dialog_launchers.h"
#include "app/gui/dialogs/pain_check_in_dialog.h"
#include "app/gui/dialogs/pain_dialog.h"
#include "app/gui/models/pain_table_model.h"
#include "app/gui/session/journal_edits.h"

#include "core/i18n/locale_text.h"
#include "core/model/entry_words.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace stridelog::gui {
namespace {

const PainEntry* findPain(const Evaluation& evaluation, std::int64_t id) {
    for (const PainEntry& pain : evaluation.journal.pains) {
        if (pain.id.value() == id) return &pain;
    }
    return nullptr;
}

}  // namespace

PainPage::PainPage(JournalSession& session, QWidget* parent)
    : EntryTablePage(session, QStringLiteral("pain"), parent) {
    setObjectName(QStringLiteral("painPage"));
    table()->setAccessibleName(tr("Knee pain entries"));
    model_ = new PainTableModel(session, this);
    setModel(model_, PainTableModel::Date, Qt::DescendingOrder);
    auto* note = new QLabel(
        tr("Location hints are what such pain is commonly associated with, never a diagnosis: "
           "discuss them with a clinician."),
        this);
    note->setWordWrap(true);
    note->setObjectName(QStringLiteral("hintNote"));
    static_cast<QVBoxLayout*>(layout())->insertWidget(2, note);
    QPushButton* log = addButton(tr("&Log knee pain…"), QStringLiteral("logPainButton"));
    gone_ = addButton(tr("Pain is &gone…"), QStringLiteral("painGoneButton"));
    edit_ = addButton(tr("Ed&it…"), QStringLiteral("editPainButton"));
    delete_ = addButton(tr("&Delete"), QStringLiteral("deletePainButton"));
    connect(log, &QPushButton::clicked, this, [this] { showLogPainDialog(this->session(), this); });
    connect(gone_, &QPushButton::clicked, this, &PainPage::resolveSelected);
    connect(edit_, &QPushButton::clicked, this, [this] {
        if (const auto id = selectedId()) editEntry(id);
    });
    connect(delete_, &QPushButton::clicked, this, [this] {
        if (const auto id = selectedId()) deleteEntry(id);
    });
    selectionChanged();
}

void PainPage::selectionChanged() {
    const auto id = selectedId();
    gone_->setEnabled(id != 0 && model_->isOngoing(id));
    edit_->setEnabled(id != 0);
    delete_->setEnabled(id != 0);
}

void PainPage::resolveSelected() {
    const PainEntry* pain = findPain(session().evaluation(), selectedId());
    if (!pain || !pain->isOngoing()) return;
    PainCheckInDialog dialog(session(), {*pain}, this);
    dialog.exec();
}

void PainPage::editEntry(std::int64_t id) {
    const PainEntry* pain = findPain(session().evaluation(), id);
    if (!pain) return;
    PainDialog dialog(session(), *pain, this);
    dialog.exec();
}

void PainPage::deleteEntry(std::int64_t id) {
    const PainEntry* pain = findPain(session().evaluation(), id);
    if (!pain) return;
    const QString description =
        tr("the knee pain of %1 (%2 knee, %3, %4/10)")
            .arg(i18n::day(pain->start.localDate()), words::inSentence(pain->knee),
                 words::inSentence(pain->site))
            .arg(pain->intensity);
    if (confirmDelete(description)) edits::deletePain(session(), PainId(id));
}

}  // namespace stridelog::gui
