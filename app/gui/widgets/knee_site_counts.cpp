// SPDX-License-Identifier: GPL-3.0-or-later
#include "knee_site_counts.h"

#include "app/gui/theme/chart_colours.h"

#include "core/model/entry_words.h"

#include <QPainter>

namespace stridelog::gui {

KneeSiteCounts::KneeSiteCounts(QWidget* parent) : KneeSitePicker(parent) {
    setObjectName(QStringLiteral("kneeSiteCounts"));
    setAccessibleName(tr("How often each site of the knee hurt"));
    // A picture, not a control: clicks and keys do nothing here.
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setFocusPolicy(Qt::NoFocus);
    // Counts of both knees together: one front view, titled "Front".
    setKnee(Knee::Both);
}

void KneeSiteCounts::setCounts(std::map<Site, int> counts) {
    counts_ = std::move(counts);
    QStringList parts;
    for (const auto& [site, count] : counts_)
        parts << QStringLiteral("%1: %2").arg(words::label(site)).arg(count);
    setAccessibleDescription(parts.join(QStringLiteral(", ")));
    update();
}

int KneeSiteCounts::count(Site site) const {
    const auto it = counts_.find(site);
    return it == counts_.end() ? 0 : it->second;
}

void KneeSiteCounts::paintEvent(QPaintEvent* event) {
    KneeSitePicker::paintEvent(event);
    const ChartColours colours = ChartColours::from(palette());
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font = painter.font();
    font.setBold(true);
    painter.setFont(font);
    for (const auto& [site, count] : counts_) {
        if (count == 0) continue;
        // The whole-knee band has its name in the middle: its count goes at its right end.
        const QPointF centre =
            centreOf(site) + (site == Site::Whole ? QPointF(width() * 0.3, 0) : QPointF());
        const QString text = QString::number(count);
        const double radius = painter.fontMetrics().horizontalAdvance(text) / 2.0 + 7;
        painter.setPen(Qt::NoPen);
        painter.setBrush(colours.stop);
        painter.drawEllipse(centre, radius, radius);
        painter.setPen(Qt::white);
        painter.drawText(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius),
                         Qt::AlignCenter, text);
    }
}

}  // namespace stridelog::gui
