#pragma once

#include "canvasitem.h"

#include <QPainterPath>

namespace nf {

// A redundancy group or quorum group drawn as a hull around its members with a
// badge: "1+2 · active-passive", "quorum 3 of 5".
class GroupItem : public CanvasItem
{
public:
    GroupItem(CanvasScene *canvas, const QString &id, bool quorum);

    int type() const override { return GroupType; }
    bool isQuorum() const { return m_quorum; }
    const QStringList &members() const { return m_members; }
    QString badgeText() const { return m_badge; }
    QRectF hullRect() const { return m_hull.boundingRect(); }
    // The badge ("1+1 · active-active") the group's name is written after.
    QRectF labelRect() const { return m_badgeRect; }

    void sync() override;
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    // Convex hull of points (counter-clockwise), for the outline.
    static QPolygonF convexHull(QList<QPointF> points);

protected:
    void overlayChanged() override;

private:
    bool m_quorum;
    QStringList m_members;
    QString m_badge;
    QString m_name;
    QPolygonF m_hull;
    QPainterPath m_outline;
    QRectF m_badgeRect;
    QPointF m_overlayAnchor; // the overlay badge's, on the edge the label is on
    QRectF m_bounds;
    QRectF m_badgeBounds; // the overlay badge
    mutable QPainterPath m_shape;
    mutable bool m_shapeValid = false;
};

} // namespace nf
