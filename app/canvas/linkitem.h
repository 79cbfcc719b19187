#pragma once

#include "canvasitem.h"

#include <QPainterPath>

namespace nf {

// A dependency, failover or replication link, or an entry point's connector,
// drawn as an orthogonal connector through its bend points with an arrowhead.
class LinkItem : public CanvasItem
{
public:
    enum class Role { Dependency, Traffic, Failover, Replication, Entry };

    LinkItem(CanvasScene *canvas, const QString &id, Role role);

    int type() const override { return LinkType; }
    Role role() const { return m_role; }
    QString from() const { return m_from; }
    QString to() const { return m_to; }
    const QList<QPointF> &bendPoints() const { return m_bends; }
    const QList<QPointF> &routePoints() const { return m_route; }
    // Where the label ("failover · 1 min 10 s", "async · 5 s") is drawn; empty without one.
    QRectF labelRect() const;

    void sync() override;
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    // Index of the bend point handle under `scenePos`, or -1.
    int bendAt(QPointF scenePos) const;
    // Index at which a new bend at `scenePos` belongs in the bend list.
    int insertionIndex(QPointF scenePos) const;

    // The orthogonal route from rectangle `a` to `b` through `bends`, starting and
    // ending on the rectangles' borders.
    static QList<QPointF> route(const QRectF &a, const QRectF &b, const QList<QPointF> &bends);

protected:
    void overlayChanged() override;

private:
    void rebuildPath();
    QPointF badgeAnchor() const;

    Role m_role;
    QString m_from;
    QString m_to;
    QString m_label;
    QList<QPointF> m_bends;
    QList<QPointF> m_route;
    QPainterPath m_path;
    QPolygonF m_arrow;
    QPointF m_labelPos;
    // Labels of links between the same two elements are stacked: this one's place.
    int m_stackIndex = 0;
    int m_stackSize = 1;
    QRectF m_bounds;
    QRectF m_badgeBounds; // the overlay badge
    mutable QPainterPath m_shape;
    mutable bool m_shapeValid = false;
};

} // namespace nf
