// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Where on the knee it hurts, picked on a drawing: the knee from the front (kneecap, below
// it, outside, inside) and from the back (behind), plus a band for "the whole knee". The six
// regions are the sites of RULES.md's location hints. The drawing follows the chosen knee
// (the outside of a right knee is on the viewer's left, seen from the front) and the
// system palette. Arrow keys move between sites; the current one is announced to screen
// readers through the accessible description.

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
    void paintRegion(QPainter& painter, const Region& region) const;
    void choose(Site site);

    std::optional<Site> site_;
    std::optional<Site> hovered_;
    bool mirrored_ = false;
};

}  // namespace stridelog::gui
