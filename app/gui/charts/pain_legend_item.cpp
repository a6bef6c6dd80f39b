// SPDX-License-Identifier: GPL-3.0-or-later
#include "pain_legend_item.h"

namespace stridelog::gui {
namespace {

constexpr int kDot = 10;
constexpr int kDotGap = 2;

}  // namespace

PainStagesLegendItem::PainStagesLegendItem(QCPLegend* legend, const QString& text)
    : QCPAbstractLegendItem(legend), text_(text) {
    setSelectable(false);
}

int PainStagesLegendItem::dotsWidth() const {
    return 4 * kDot + 3 * kDotGap;
}

void PainStagesLegendItem::draw(QCPPainter* painter) {
    painter->setFont(mFont);
    const QRect inner = mRect;
    int x = inner.left();
    const int y = inner.center().y() - kDot / 2;
    for (int stage = 1; stage <= 4; ++stage) {
        painter->setPen(QPen(colours_.painOutline, 1.5));
        painter->setBrush(colours_.painStage(stage));
        painter->drawEllipse(QRectF(x + 0.75, y + 0.75, kDot - 1.5, kDot - 1.5));
        x += kDot + kDotGap;
    }
    painter->setPen(mTextColor);
    const QRect text(inner.left() + dotsWidth() + mParentLegend->iconTextPadding(), inner.top(),
                     inner.width(), inner.height());
    painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter, text_);
}

QSize PainStagesLegendItem::minimumOuterSizeHint() const {
    const QFontMetrics metrics(mFont);
    const QSize textSize = metrics.size(Qt::TextSingleLine, text_);
    return {dotsWidth() + mParentLegend->iconTextPadding() + textSize.width() + mMargins.left() +
                mMargins.right(),
            std::max(textSize.height(), kDot) + mMargins.top() + mMargins.bottom()};
}

}  // namespace stridelog::gui
