#include "nodeitem.h"

#include "canvasscene.h"

namespace nf {

NodeItem::NodeItem(CanvasScene *canvas, const QString &id)
    : CanvasItem(canvas, id)
{
    setFlag(ItemIsSelectable);
}

QRectF NodeItem::boundingRect() const
{
    return boxRect().adjusted(-10, -12, 10, 10);
}

QPainterPath NodeItem::shape() const
{
    QPainterPath p;
    p.addRect(boxRect().adjusted(-6, -6, 6, 6)); // includes the edge handles
    return p;
}

void NodeItem::sync()
{
    const QRectF r = m_canvas->nodeRect(m_id);
    if (r.size() != m_size) {
        prepareGeometryChange();
        m_size = r.size();
    }
    setPos(r.topLeft());
    syncProperties();
    update();
}

} // namespace nf
