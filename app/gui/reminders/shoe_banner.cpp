// SPDX-License-Identifier: GPL-3.0-or-later
#include "shoe_banner.h"

#include "app/gui/theme/chart_colours.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace stridelog::gui {

ShoeBanner::ShoeBanner(QWidget* parent) : QFrame(parent) {
    setObjectName(QStringLiteral("shoeBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    icon_ = new QLabel(this);
    text_ = new QLabel(this);
    text_->setObjectName(QStringLiteral("shoeBannerText"));
    text_->setWordWrap(true);
    text_->setTextFormat(Qt::PlainText);
    open_ = new QPushButton(tr("Open &shoes"), this);
    open_->setObjectName(QStringLiteral("shoeBannerOpen"));
    open_->setAccessibleName(tr("Open the shoes page"));
    connect(open_, &QPushButton::clicked, this, [this] {
        if (!lines_.empty()) Q_EMIT subjectActivated(WarningSubject::forShoe(lines_.front().shoe));
    });
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(icon_);
    layout->addWidget(text_, 1);
    layout->addWidget(open_);
    setVisible(false);
}

void ShoeBanner::setReminders(const std::vector<ShoeReminderLine>& lines) {
    lines_ = lines;
    QStringList texts;
    for (const ShoeReminderLine& line : lines_) texts << line.text;
    text_->setText(texts.join(QLatin1Char('\n')));
    QStringList forecasts;
    for (const ShoeReminderLine& line : lines_)
        if (!line.forecast.isEmpty()) forecasts << line.forecast;
    text_->setToolTip(forecasts.join(QLatin1Char('\n')));
    setAccessibleName(tr("Shoe reminder: %1").arg(texts.join(QLatin1Char(' '))));
    setVisible(!lines_.empty());
    applyColours();
}

QString ShoeBanner::text() const {
    return text_->text();
}

// A tint of the status colour over the window background: noticeable, not alarming.
void ShoeBanner::applyColours() {
    const bool replace = !lines_.empty() && lines_.front().status == ShoeStatusKind::Replace;
    // From the parent's palette, so tinting twice never darkens the tint.
    const QPalette base = parentWidget() ? parentWidget()->palette() : palette();
    const ChartColours colours = ChartColours::from(base);
    const QColor accent = replace ? colours.stop : colours.caution;
    const QColor window = base.color(QPalette::Window);
    // Only the background is set: the text colours stay the parent's, so a dark palette
    // keeps light text on a dark tint.
    QPalette tinted;
    tinted.setColor(QPalette::Window,
                    QColor::fromRgbF(window.redF() * 0.8f + accent.redF() * 0.2f,
                                     window.greenF() * 0.8f + accent.greenF() * 0.2f,
                                     window.blueF() * 0.8f + accent.blueF() * 0.2f));
    applying_ = true;
    setPalette(tinted);
    applying_ = false;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon_->setPixmap(style()
                         ->standardIcon(replace ? QStyle::SP_MessageBoxWarning
                                                : QStyle::SP_MessageBoxInformation)
                         .pixmap(size, size));
}

void ShoeBanner::changeEvent(QEvent* event) {
    QFrame::changeEvent(event);
    // Our own setPalette also arrives here, and needs nothing more.
    const bool themeChanged = event->type() == QEvent::StyleChange ||
                              event->type() == QEvent::ApplicationPaletteChange ||
                              (event->type() == QEvent::PaletteChange && !applying_);
    if (themeChanged) applyColours();
}

}  // namespace stridelog::gui
