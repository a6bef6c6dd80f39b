// SPDX-License-Identifier: GPL-3.0-or-later
#include "today_panel.h"

#include "app/gui/theme/chart_colours.h"

#include "core/model/unit_text.h"
#include "core/rules/stage_severity.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace stridelog::gui {
namespace {

QLabel* valueLabel(const char* name, QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

}  // namespace

TodayPanel::TodayPanel(JournalSession& session, QWidget* parent)
    : QFrame(parent), session_(session) {
    setObjectName(QStringLiteral("todayPanel"));
    setFrameShape(QFrame::StyledPanel);
    auto* heading = new QLabel(tr("Today"), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    status_ = valueLabel("todayStatus", this);
    status_->setFont(bold);
    advice_ = valueLabel("todayAdvice", this);

    numbers_ = new QWidget(this);
    weekLeft_ = valueLabel("todayWeekLeft", numbers_);
    runMax_ = valueLabel("todayRunMax", numbers_);
    pair_ = valueLabel("todayPair", numbers_);
    auto* grid = new QGridLayout(numbers_);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(2);
    grid->addWidget(new QLabel(tr("Left this week"), numbers_), 0, 0);
    grid->addWidget(weekLeft_, 0, 1);
    grid->addWidget(new QLabel(tr("Longest run, no spike"), numbers_), 1, 0);
    grid->addWidget(runMax_, 1, 1);
    grid->addWidget(new QLabel(tr("Pair to wear"), numbers_), 2, 0);
    grid->addWidget(pair_, 2, 1);
    grid->setColumnStretch(1, 1);

    // The heading on a line of its own, like the dashboard's other sections; the verdict under
    // it in its meaning colour, so the two never read as one sentence.
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(4);
    layout->addWidget(heading);
    layout->addWidget(status_);
    layout->addWidget(numbers_);
    layout->addWidget(advice_);
    connect(&session_, &JournalSession::evaluated, this, &TodayPanel::onEvaluated);
}

void TodayPanel::onEvaluated() {
    stale_ = true;
    if (isVisible()) redraw();
}

void TodayPanel::showEvent(QShowEvent* event) {
    QFrame::showEvent(event);
    if (stale_) redraw();
}

void TodayPanel::changeEvent(QEvent* event) {
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) applyColours();
}

QString TodayPanel::wayBackVerdict(const ComebackStatus& comeback) {
    switch (comeback.today) {
        case ComebackToday::Run:
            return tr("The way back: level %1 of %2 today")
                .arg(comeback.level)
                .arg(kComebackLevels);
        case ComebackToday::Rest:
            return tr("Rest today");
        case ComebackToday::RateMorning:
            return tr("Rate this morning's knee first");
        case ComebackToday::SeeClinician:
            return tr("See a clinician before running again");
        case ComebackToday::Done:
            break;
    }
    return tr("You can run today");
}

QString TodayPanel::pairName(const Evaluation& evaluation) const {
    if (!allowance_.shoe) return tr("no pair in use");
    for (const Shoe& shoe : evaluation.journal.shoes) {
        if (shoe.id == *allowance_.shoe) return shoe.name;
    }
    return {};
}

void TodayPanel::redraw() {
    stale_ = false;
    const Evaluation& evaluation = session_.evaluation();
    allowance_ = evaluation.allowance;
    const UnitSystem units = evaluation.journal.settings.units;
    const int stage = allowance_.painStage.value_or(0);
    const std::optional<ComebackStatus>& comeback = allowance_.comeback;
    if (comeback) {
        status_->setText(wayBackVerdict(*comeback));
    } else if (!allowance_.runToday) {
        status_->setText(tr("No running today"));
    } else if (stage > 0 && severityOfStage(stage) == Severity::Caution) {
        status_->setText(tr("Run, but cut back"));
    } else {
        status_->setText(tr("You can run today"));
    }
    weekLeft_->setText(allowance_.weekLeft ? UnitText::app(units).distance(*allowance_.weekLeft, 1)
                                           : tr("no limit yet"));
    runMax_->setText(allowance_.runMax ? UnitText::app(units).distance(*allowance_.runMax, 1)
                                       : tr("no run in 30 days"));
    pair_->setText(pairName(evaluation));
    // On the way back the session says it all: the numbers of R1 and R4 do not apply.
    numbers_->setVisible(allowance_.runToday && !comeback);
    // The numbers say the rest; what a knee pain of stage 2 or more changes, or the way back's
    // session, is said below them.
    advice_->setText(comeback ? allowance_.advice : allowance_.painAdvice);
    advice_->setVisible(comeback || stage >= 2);
    setToolTip(allowance_.advice);
    setAccessibleName(tr("Today"));
    setAccessibleDescription(summaryText());
    applyColours();
}

QString TodayPanel::summaryText() const {
    QStringList lines{status_->text()};
    if (numbers_->isVisibleTo(this)) {
        lines << tr("Left this week: %1").arg(weekLeft_->text())
              << tr("Longest run, no spike: %1").arg(runMax_->text())
              << tr("Pair to wear: %1").arg(pair_->text());
    }
    if (advice_->isVisibleTo(this)) lines << advice_->text();
    return lines.join(QLatin1Char('\n'));
}

void TodayPanel::applyColours() {
    const ChartColours colours = ChartColours::from(palette());
    const int stage = allowance_.painStage.value_or(0);
    // Only a stage that asks something of the runner (cut back, stop) is coloured.
    Severity severity = stage > 0 ? severityOfStage(stage) : Severity::Info;
    // On the way back only the clinician's verdict is a stop; the rest follow the programme.
    if (allowance_.comeback)
        severity = allowance_.comeback->today == ComebackToday::SeeClinician ? Severity::Stop
                                                                             : Severity::Info;
    const QColor colour =
        severity == Severity::Info ? colours.text : colours.asText(colours.severity(severity));
    QPalette statusPalette = status_->palette();
    statusPalette.setColor(QPalette::WindowText, colour);
    status_->setPalette(statusPalette);
}

}  // namespace stridelog::gui
