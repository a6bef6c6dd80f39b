// SPDX-License-Identifier: GPL-3.0-or-later
#include "knee_site_picker.h"

#include "core/model/entry_words.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace stridelog::gui {
namespace {

constexpr double kBandHeight = 30;
constexpr double kTitleHeight = 22;
// The leg's width in its panel: room left and right for the side labels.
constexpr double kLegShare = 0.36;

// The order arrow keys walk through.
constexpr Site kOrder[] = {Site::Front,  Site::Below,  Site::Outside,
                           Site::Inside, Site::Behind, Site::Whole};

// The short names on the drawing: the `picker` column of core/model/entry_words.h.
QString shortLabel(Site site) {
    return words::picker(site);
}

// A leg seen from the front or back, in a panel: thigh, knee, shin.
QPainterPath legShape(const QRectF& panel) {
    const double width = panel.width() * kLegShare;
    const double cx = panel.center().x();
    QPainterPath path;
    path.addRoundedRect(QRectF(cx - width / 2, panel.top() + 4, width, panel.height() - 8),
                        width / 3, width / 3);
    return path;
}

}  // namespace

KneeSitePicker::KneeSitePicker(QWidget* parent) : QWidget(parent) {
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setCursor(Qt::PointingHandCursor);
    setAccessibleName(tr("Where on the knee"));
    setAccessibleDescription(tr("No site chosen; use the arrow keys to choose one"));
    setToolTip(tr("Click where it hurts: front or back view, or the whole knee"));
}

QSize KneeSitePicker::sizeHint() const {
    return QSize(340, 210).expandedTo(minimumSizeHint());
}

QSize KneeSitePicker::minimumSizeHint() const {
    // Room beside the front leg for "outside" and "inside" in bold (the chosen one), whatever
    // the font: each half is the leg and a label on either side of it.
    QFont bold = font();
    bold.setBold(true);
    const QFontMetricsF metrics(bold);
    const double label = std::max(metrics.horizontalAdvance(shortLabel(Site::Outside)),
                                  metrics.horizontalAdvance(shortLabel(Site::Inside)));
    const int half = static_cast<int>(std::ceil(2 * (label + 8) / (1 - kLegShare)));
    // And room for the title that names the knee over the front view.
    const int title =
        static_cast<int>(std::ceil(QFontMetricsF(font()).horizontalAdvance(frontTitle()))) + 8;
    return {std::max({260, 2 * half, 2 * title}), 170};
}

void KneeSitePicker::setSite(std::optional<Site> site) {
    if (site_ == site) return;
    site_ = site;
    setAccessibleDescription(site ? words::label(*site) : tr("No site chosen"));
    update();
    if (site) Q_EMIT siteChanged(*site);
}

void KneeSitePicker::setKnee(Knee knee) {
    if (knee_ == knee) return;
    knee_ = knee;
    updateGeometry();  // the title changes with the knee
    update();
}

QString KneeSitePicker::frontTitle() const {
    switch (knee_) {
        case Knee::Left:
            return tr("Left knee, front");
        case Knee::Right:
            return tr("Right knee, front");
        case Knee::Both:
            break;
    }
    return tr("Front");
}

std::vector<KneeSitePicker::Region> KneeSitePicker::regions() const {
    const QRectF area(0, kTitleHeight, width(), height() - kTitleHeight - kBandHeight - 4);
    const QRectF front(area.left(), area.top(), area.width() / 2, area.height());
    const QRectF back(area.center().x(), area.top(), area.width() / 2, area.height());
    const double lw = front.width() * kLegShare;  // leg width
    const double cx = front.center().x();
    const double cy = front.center().y();
    std::vector<Region> result;
    QPainterPath kneecap;
    kneecap.addEllipse(QPointF(cx, cy - lw * 0.12), lw * 0.2, lw * 0.24);
    result.push_back({Site::Front, kneecap, {cx, cy - lw * 0.12}});
    QPainterPath below;
    below.addRoundedRect(QRectF(cx - lw * 0.13, cy + lw * 0.16, lw * 0.26, lw * 0.34), 6, 6);
    result.push_back({Site::Below, below, {cx, cy + lw * 0.33}});
    // Seen from the front (the header's rule), a right knee's outside is on the viewer's left.
    const double leftX = cx - lw / 2;
    const double rightX = cx + lw / 2 - lw * 0.24;
    QPainterPath leftSide;
    leftSide.addRoundedRect(QRectF(leftX, cy - lw * 0.4, lw * 0.24, lw * 0.8), 6, 6);
    QPainterPath rightSide;
    rightSide.addRoundedRect(QRectF(rightX, cy - lw * 0.4, lw * 0.24, lw * 0.8), 6, 6);
    const bool outsideLeft = outsideOnViewersLeft();
    result.push_back({Site::Outside,
                      outsideLeft ? leftSide : rightSide,
                      {outsideLeft ? leftX - 4 : rightX + lw * 0.24 + 4, cy}});
    result.push_back({Site::Inside,
                      outsideLeft ? rightSide : leftSide,
                      {outsideLeft ? rightX + lw * 0.24 + 4 : leftX - 4, cy}});
    QPainterPath hollow;
    hollow.addEllipse(QPointF(back.center().x(), cy), lw * 0.3, lw * 0.36);
    result.push_back({Site::Behind, hollow, {back.center().x(), cy}});
    QPainterPath band;
    band.addRoundedRect(QRectF(8, height() - kBandHeight - 2, width() - 16, kBandHeight), 8, 8);
    result.push_back({Site::Whole, band, band.boundingRect().center()});
    return result;
}

std::optional<Site> KneeSitePicker::siteAt(QPointF point) const {
    for (const Region& region : regions()) {
        if (region.shape.contains(point)) return region.site;
    }
    return std::nullopt;
}

QPoint KneeSitePicker::centreOf(Site site) const {
    for (const Region& region : regions()) {
        if (region.site == site) return region.shape.boundingRect().center().toPoint();
    }
    return {};
}

void KneeSitePicker::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    paintLegs(painter);
    for (const Region& region : regions()) paintRegion(painter, region);
    if (hasFocus()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

void KneeSitePicker::paintLegs(QPainter& painter) const {
    const QRectF area(0, kTitleHeight, width(), height() - kTitleHeight - kBandHeight - 4);
    const QRectF front(area.left(), area.top(), area.width() / 2, area.height());
    const QRectF back(area.center().x(), area.top(), area.width() / 2, area.height());
    const QColor skin = palette().color(QPalette::AlternateBase);
    painter.setPen(QPen(palette().color(QPalette::Mid), 1.5));
    painter.setBrush(skin);
    painter.drawPath(legShape(front));
    painter.drawPath(legShape(back));
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(QRectF(front.left(), 0, front.width(), kTitleHeight), Qt::AlignCenter,
                     frontTitle());
    painter.drawText(QRectF(back.left(), 0, back.width(), kTitleHeight), Qt::AlignCenter,
                     tr("Back"));
}

void KneeSitePicker::paintRegion(QPainter& painter, const Region& region) const {
    const bool selected = site_ == region.site;
    const bool hovered = hovered_ == region.site;
    QColor fill = palette().color(QPalette::Base);
    if (hovered) fill = palette().color(QPalette::Midlight);
    if (selected) fill = palette().color(QPalette::Highlight);
    painter.setPen(QPen(palette().color(selected ? QPalette::Highlight : QPalette::Mid), 1.5));
    painter.setBrush(fill);
    painter.drawPath(region.shape);
    const QColor text = palette().color(
        selected && region.site == Site::Whole ? QPalette::HighlightedText : QPalette::WindowText);
    painter.setPen(text);
    QFont font = painter.font();
    font.setBold(selected);
    painter.setFont(font);
    const QString label = shortLabel(region.site);
    const QFontMetricsF metrics(font);
    const double labelWidth = metrics.horizontalAdvance(label);
    QPointF at = region.labelAt;
    // The side labels sit beside the leg; the others centre on their region, or, for the
    // small kneecap and the hollow, just under it.
    QRectF box(at.x() - labelWidth / 2, at.y() - metrics.height() / 2, labelWidth,
               metrics.height());
    if (region.site == Site::Outside || region.site == Site::Inside) {
        const bool onLeft = at.x() < region.shape.boundingRect().center().x();
        box.moveLeft(onLeft ? at.x() - labelWidth : at.x());
    } else if (region.site == Site::Front || region.site == Site::Behind) {
        box.moveTop(region.shape.boundingRect().bottom() + 1);
        if (region.site == Site::Front)
            box.moveTop(region.shape.boundingRect().top() - metrics.height() - 1);
    } else if (region.site == Site::Below) {
        box.moveTop(region.shape.boundingRect().bottom() + 1);
    }
    painter.drawText(box, Qt::AlignCenter, label);
    font.setBold(false);
    painter.setFont(font);
}

void KneeSitePicker::choose(Site site) {
    setSite(site);
}

void KneeSitePicker::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) return QWidget::mousePressEvent(event);
    setFocus(Qt::MouseFocusReason);
    if (const auto site = siteAt(event->position())) choose(*site);
}

void KneeSitePicker::mouseMoveEvent(QMouseEvent* event) {
    const auto site = siteAt(event->position());
    if (site != hovered_) {
        hovered_ = site;
        update();
    }
}

void KneeSitePicker::leaveEvent(QEvent* event) {
    hovered_.reset();
    update();
    QWidget::leaveEvent(event);
}

void KneeSitePicker::keyPressEvent(QKeyEvent* event) {
    int step = 0;
    if (event->key() == Qt::Key_Right || event->key() == Qt::Key_Down) step = 1;
    if (event->key() == Qt::Key_Left || event->key() == Qt::Key_Up) step = -1;
    if (step == 0) return QWidget::keyPressEvent(event);
    constexpr int count = static_cast<int>(std::size(kOrder));
    int index = -1;
    for (int i = 0; i < count; ++i) {
        if (site_ == kOrder[i]) index = i;
    }
    index = index < 0 ? 0 : (index + step + count) % count;
    choose(kOrder[index]);
}

}  // namespace stridelog::gui
