// SPDX-License-Identifier: GPL-3.0-or-later
#include "pain_check_in_dialog.h"

#include "edit_dialog.h"
#include "field_errors.h"

#include "app/gui/session/journal_edits.h"
#include "app/gui/widgets/date_time_field.h"

#include "core/i18n/locale_text.h"
#include "core/model/duration_text.h"
#include "core/model/entry_words.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

namespace stridelog::gui {
namespace {

const Run* runOf(const JournalSnapshot& journal, const PainEntry& pain) {
    if (!pain.run) return nullptr;
    for (const Run& run : journal.runs) {
        if (run.id == *pain.run) return &run;
    }
    return nullptr;
}

// A weekday alone names a day only within the last six days.
bool withinThisWeek(Instant then, Instant now) {
    return then.localDate().daysTo(now.localDate()) < 7 && then <= now;
}

QString shortDate(Instant instant) {
    return QLocale().toString(instant.localDate(), QStringLiteral("ddd d MMM"));
}

}  // namespace

QString PainCheckInDialog::question(const JournalSnapshot& journal, const PainEntry& pain,
                                    Instant now) {
    const QLocale locale;
    if (const Run* run = runOf(journal, pain)) {
        if (withinThisWeek(run->start, now)) {
            const QString day = locale.dayName(run->start.localDate().dayOfWeek());
            return tr("Is the pain from %1's run still there?").arg(day);
        }
        return tr("Is the pain from the run of %1 still there?").arg(shortDate(run->start));
    }
    if (withinThisWeek(pain.start, now)) {
        const QString day = locale.dayName(pain.start.localDate().dayOfWeek());
        return tr("Is the knee pain from %1 still there?").arg(day);
    }
    return tr("Is the knee pain from %1 still there?").arg(shortDate(pain.start));
}

QString PainCheckInDialog::details(const JournalSnapshot& journal, const PainEntry& pain,
                                   Instant now) {
    const QString when = i18n::dayAndTime(pain.start.localDateTime());
    const QString since =
        runOf(journal, pain) ? tr("after the run of %1").arg(when) : tr("since %1").arg(when);
    return tr("%1 knee, %2, %3/10, %4: %5 so far.")
        .arg(words::label(pain.knee), words::inSentence(pain.site))
        .arg(pain.intensity)
        .arg(since, formatPainDuration(Duration::fromSeconds(pain.start.secondsUntil(now))));
}

PainCheckInDialog::PainCheckInDialog(JournalSession& session, std::vector<PainEntry> pains,
                                     QWidget* parent)
    : QDialog(parent), session_(session) {
    setObjectName(QStringLiteral("painCheckInDialog"));
    setWindowTitle(tr("Knee pain check-in"));
    setStyleSheet(FieldErrors::styleSheet(palette()));
    const bool one = pains.size() == 1;
    const QString heading =
        one ? question(session_.evaluation().journal, pains.front(), session_.now())
            : tr("Are these knee pains still there?");
    auto* title = new QLabel(heading, this);
    title->setObjectName(QStringLiteral("checkInQuestion"));
    title->setWordWrap(true);
    QFont bigger = title->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.2);
    bigger.setBold(true);
    title->setFont(bigger);

    auto* list = new QWidget(this);
    auto* listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    rows_.reserve(pains.size());
    for (std::size_t i = 0; i < pains.size(); ++i) {
        if (i > 0) {
            auto* line = new QFrame(list);
            line->setFrameShape(QFrame::HLine);
            line->setFrameShadow(QFrame::Sunken);
            listLayout->addWidget(line);
        }
        QWidget* row = createRow(pains[i], one);
        row->setParent(list);
        row->setObjectName(QStringLiteral("checkInRow%1").arg(i));
        listLayout->addWidget(row);
    }
    listLayout->addStretch(1);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* save = buttons->addButton(one ? tr("&Save answer") : tr("&Save answers"),
                                           QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveButton"));
    save->setDefault(true);
    QPushButton* later = buttons->addButton(tr("Ask me &later"), QDialogButtonBox::RejectRole);
    later->setObjectName(QStringLiteral("laterButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (apply()) accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(new ScrollingBody(list, this), 1);
    layout->addWidget(buttons);
}

QWidget* PainCheckInDialog::createRow(const PainEntry& pain, bool mnemonics) {
    const Instant now = session_.now();
    auto* box = new QWidget;
    Row row;
    row.pain = pain;
    auto* details =
        new QLabel(PainCheckInDialog::details(session_.evaluation().journal, pain, now), box);
    details->setObjectName(QStringLiteral("checkInDetails"));
    details->setWordWrap(true);
    // With several rows, Alt+letter could not tell them apart: the mnemonics are for one.
    row.stillThere = new QRadioButton(
        mnemonics ? tr("S&till there, this strong now:") : tr("Still there, this strong now:"),
        box);
    row.stillThere->setObjectName(QStringLiteral("stillThereChoice"));
    row.stillThere->setChecked(true);
    row.intensity = new QSpinBox(box);
    row.intensity->setObjectName(QStringLiteral("stillThereIntensity"));
    row.intensity->setAccessibleName(tr("How strong the pain is now, 0 to 10"));
    row.intensity->setRange(0, 10);
    row.intensity->setValue(pain.intensity);
    row.intensity->setSuffix(tr(" / 10"));
    row.gone =
        new QRadioButton(mnemonics ? tr("It's &gone, since:") : tr("It's gone, since:"), box);
    row.gone->setObjectName(QStringLiteral("goneChoice"));
    row.goneSince = new DateTimeField(DateTimeField::Parts::DateAndTime, box);
    row.goneSince->setObjectName(QStringLiteral("goneSince"));
    row.goneSince->setAccessibleName(tr("When the pain went away"));
    row.goneSince->setDateTime(now.localDateTime());
    row.goneSince->setEnabled(false);
    row.error = FieldErrors().createLabel(box, QStringLiteral("goneSinceError"));
    auto* group = new QButtonGroup(box);
    group->addButton(row.stillThere);
    group->addButton(row.gone);
    connect(row.gone, &QRadioButton::toggled, row.goneSince, &QWidget::setEnabled);
    connect(row.stillThere, &QRadioButton::toggled, row.intensity, &QWidget::setEnabled);

    auto* grid = new QGridLayout(box);
    grid->setContentsMargins(0, 4, 0, 4);
    grid->addWidget(details, 0, 0, 1, 2);
    grid->addWidget(row.stillThere, 1, 0);
    grid->addWidget(row.intensity, 1, 1, Qt::AlignLeft);
    grid->addWidget(row.gone, 2, 0);
    grid->addWidget(row.goneSince, 2, 1);
    grid->addWidget(row.error, 3, 1);
    grid->setColumnStretch(1, 1);
    rows_.push_back(row);
    const std::size_t index = rows_.size() - 1;
    const auto check = [this, index] { showProblem(rows_[index]); };
    connect(row.goneSince, &DateTimeField::changed, this, check);
    connect(row.gone, &QRadioButton::toggled, this, check);
    return box;
}

QString PainCheckInDialog::problem(const Row& row) const {
    if (!row.gone->isChecked()) return {};
    if (const QString problem = row.goneSince->problem(); !problem.isEmpty()) return problem;
    const Instant end = Instant::fromLocal(row.goneSince->dateTime());
    if (end < row.pain.start) {
        return tr("It cannot be gone before it started (%1)")
            .arg(QLocale().toString(row.pain.start.localDateTime(),
                                    QStringLiteral("yyyy-MM-dd HH:mm")));
    }
    if (session_.now() < end) return tr("Gone since must not be later than now");
    return {};
}

void PainCheckInDialog::showProblem(const Row& row) const {
    const QString text = problem(row);
    row.error->setText(sentence(text));
    row.error->setVisible(!text.isEmpty());
    QLineEdit* date = row.goneSince->dateEdit();
    date->setProperty("invalid", !text.isEmpty());
    date->style()->unpolish(date);  // a dynamic property restyles only after a polish
    date->style()->polish(date);
}

bool PainCheckInDialog::apply() {
    for (const Row& row : rows_) {
        showProblem(row);
        if (!problem(row).isEmpty()) {
            row.goneSince->setFocus();
            return false;
        }
    }
    std::vector<const Row*> answered;
    for (const Row& row : rows_) {
        if (row.gone->isChecked() || row.intensity->value() != row.pain.intensity)
            answered.push_back(&row);
    }
    if (answered.empty()) return true;  // nothing changed: nothing to undo
    // All answers are one step of Edit ▸ Undo.
    QUndoStack& stack = session_.undoStack();
    if (answered.size() > 1) stack.beginMacro(tr("Knee pain check-in"));
    bool saved = true;
    for (const Row* row : answered) {
        if (row->gone->isChecked()) {
            const Instant end = Instant::fromLocal(row->goneSince->dateTime());
            saved = edits::resolvePain(session_, row->pain.id, end) && saved;
        } else {
            PainEntry changed = row->pain;
            changed.intensity = row->intensity->value();
            saved = edits::changePain(session_, changed) && saved;
        }
    }
    if (answered.size() > 1) stack.endMacro();
    return saved;
}

void PainCheckInDialog::showEvent(QShowEvent* event) {
    if (!fitted_) {
        fitted_ = true;
        fitToScreen(this);
    }
    QDialog::showEvent(event);
}

}  // namespace stridelog::gui
