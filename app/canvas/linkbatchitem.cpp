#include "linkbatchitem.h"

#include "canvasscene.h"
#include "linkitem.h"

#include <QPainter>

namespace nf {

LinkBatchItem::LinkBatchItem(CanvasScene *canvas)
    : m_canvas(canvas)
{
    setZValue(10);
    setVisible(false);
}

void LinkBatchItem::setBounds(const QRectF &bounds)
{
    if (bounds == m_bounds)
        return;
    prepareGeometryChange();
    m_bounds = bounds;
}

void LinkBatchItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const CanvasTheme &t = m_canvas->theme();
    for (QList<QLineF> &lines : m_lines)
        lines.clear();
    for (const LinkItem *link : m_canvas->linkItems()) {
        const QList<QPointF> &route = link->routePoints();
        int bucket = 0;
        switch (link->role()) {
        case LinkItem::Role::Dependency: bucket = 0; break;
        case LinkItem::Role::Traffic: bucket = 1; break;
        case LinkItem::Role::Failover: bucket = 2; break;
        case LinkItem::Role::Replication:
        case LinkItem::Role::Entry: bucket = 3; break;
        }
        if (link->isSelected() || link->overlay().highlighted)
            bucket = 4;
        for (int i = 1; i < route.size(); ++i)
            m_lines[bucket] << QLineF(route.at(i - 1), route.at(i));
    }
    const QColor colors[5] = {t.dependency, t.traffic, t.failover, t.replication, t.selection};
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setOpacity(1.0);
    for (int i = 0; i < 5; ++i) {
        if (m_lines[i].isEmpty())
            continue;
        painter->setPen(QPen(colors[i], 0));
        painter->drawLines(m_lines[i].constData(), int(m_lines[i].size()));
    }
}

} // namespace nf
