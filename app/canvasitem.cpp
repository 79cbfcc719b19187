#include "canvasitem.h"

#include "canvasscene.h"

#include <QFontMetricsF>
#include <QPainter>

namespace nf {

CanvasItem::CanvasItem(CanvasScene *canvas, const QString &id)
    : m_canvas(canvas)
    , m_id(id)
{
}

void CanvasItem::setOverlay(const ItemOverlay &overlay)
{
    if (m_overlay == overlay)
        return;
    prepareGeometryChange(); // the badge may reach outside the old bounds
    m_overlay = overlay;
    update();
}

const CanvasTheme &CanvasItem::theme() const
{
    return m_canvas->theme();
}

void CanvasItem::paintBadge(QPainter *painter, QPointF anchor) const
{
    if (m_overlay.badge.isEmpty())
        return;
    const CanvasTheme &t = theme();
    const QFontMetricsF fm(t.smallFont);
    const qreal w = fm.horizontalAdvance(m_overlay.badge) + 10;
    const QRectF r(anchor.x() - w + 6, anchor.y() - 8, w, 16);
    painter->setOpacity(1.0);
    painter->setPen(Qt::NoPen);
    painter->setBrush(t.guide);
    painter->drawRoundedRect(r, 8, 8);
    painter->setPen(Qt::white);
    painter->setFont(t.smallFont);
    painter->drawText(r, Qt::AlignCenter, m_overlay.badge);
}

} // namespace nf
