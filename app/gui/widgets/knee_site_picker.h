// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Where on the knee it hurts, picked on a drawing: the knee from the front (kneecap, below
// it, outside, inside) and from the back (behind), plus a band for "the whole knee". The six
// regions are the sites of RULES.md's location hints. Arrow keys move between sites; the
// current one is announced to screen readers through the accessible description.
//
// One drawing rule, from the first paint: the knee is seen from the front, as someone facing
// the runner sees it (a clinician, a photo). So a left knee's outside is on the viewer's
// right and a right knee's on the viewer's left; "both knees" are drawn as the right one. The
// sides are labelled "outside" and "inside" on the drawing and the title names the knee, so
// the picture never depends on knowing the rule. A new picker shows the left knee, the first
// choice of the knee box it sits beside.

#include "core/model/enums.h"

#include <QPainterPath>
#include <QWidget>

#include <optional>
#include <vector>

namespace stridelog::gui {

class KneeSitePicker : public QWidget {
    Q_OBJECT

public:
    explicit KneeSitePicker(QWidget* parent = nullptr);

    std::optional<Site> site() const { return site_; }
    void setSite(std::optional<Site> site);
    // Mirrors the drawing so "outside" is where it is on that knee.
    void setKnee(Knee knee);
    Knee knee() const { return knee_; }
    // Whether the outside of the knee is drawn on the viewer's left (a right knee, or both).
    bool outsideOnViewersLeft() const { return knee_ != Knee::Left; }
    // The middle of a site's region, in widget coordinates (tests click there).
    QPoint centreOf(Site site) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void siteChanged(stridelog::Site site);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    struct Region {
        Site site;
        QPainterPath shape;
        QPointF labelAt;
    };
    std::vector<Region> regions() const;
    std::optional<Site> siteAt(QPointF point) const;
    void paintLegs(QPainter& painter) const;
    QString frontTitle() const;
    void paintRegion(QPainter& painter, const Region& region) const;
    void choose(Site site);

    std::optional<Site> site_;
    std::optional<Site> hovered_;
    Knee knee_ = Knee::Left;
};

}  // namespace stridelog::gui
