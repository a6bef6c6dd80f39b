// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The outline of a run's route, drawn from its own positions: no map tiles, so nothing about
// where the runner runs leaves the machine. North is up; the start is a filled dot, the finish
// a ring; a scale bar says how far is how long.

#include <QPointF>
#include <QWidget>

#include <vector>

namespace stridelog::gui {

class RouteView : public QWidget {
    Q_OBJECT

public:
    explicit RouteView(QWidget* parent = nullptr);

    // Metres east and north of the start (RunView::route).
    void setRoute(std::vector<QPointF> route);
    const std::vector<QPointF>& route() const { return route_; }

    QSize sizeHint() const override { return {280, 240}; }
    QSize minimumSizeHint() const override { return {160, 140}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::vector<QPointF> route_;
};

}  // namespace stridelog::gui
