#include "serviceitem.h"

#include "canvasscene.h"
#include "canvastheme.h"
#include "document.h"
#include "numberformat.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace nf {

ServiceItem::ServiceItem(CanvasScene *canvas, const QString &id)
    : NodeItem(canvas, id)
{
    setZValue(22);
}

void ServiceItem::syncProperties()
{
    const Service *s = m_canvas->document()->service(m_id);
    if (!s)
        return;
    m_target = s->availabilityTarget ? NumberFormat::formatAvailability(*s->availabilityTarget) : QString();
    const QFontMetricsF fm(theme().labelFont);
    const qreal targetWidth = m_target.isEmpty() ? 0 : QFontMetricsF(theme().smallFont).horizontalAdvance(m_target) + 12;
    m_name = fm.elidedText(s->name.isEmpty() ? s->id : s->name, Qt::ElideRight, m_size.width() - 40 - targetWidth);
}

void ServiceItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const CanvasTheme &t = theme();
    const QRectF r = boxRect();
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    painter->setOpacity(m_overlay.greyed ? 0.45 : 1.0);
    painter->setRenderHint(QPainter::Antialiasing, lod >= 0.35);
    if (lod < 0.35) {
        painter->fillRect(r, isSelected() ? t.selection : t.traffic);
        return;
    }
    QPen pen(isSelected() ? t.selection : t.traffic, isSelected() ? 2.5 : 1.5);
    if (m_overlay.highlighted)
        pen = QPen(t.highlight, 3.0);
    paintMarks(painter, r, r.height() / 2);
    painter->setPen(pen);
    QColor fill = t.traffic;
    fill.setAlphaF(t.dark ? 0.25f : 0.10f);
    painter->setBrush(t.nodeFill);
    painter->drawRoundedRect(r.adjusted(0.5, 0.5, -0.5, -0.5), r.height() / 2, r.height() / 2);
    painter->setBrush(fill);
    painter->drawRoundedRect(r.adjusted(0.5, 0.5, -0.5, -0.5), r.height() / 2, r.height() / 2);

    // A small "users" glyph: two heads.
    painter->setPen(QPen(t.traffic, 1.6));
    painter->setBrush(Qt::NoBrush);
    const QPointF c(r.left() + 20, r.center().y());
    painter->drawEllipse(c + QPointF(-3, -4), 3.2, 3.2);
    painter->drawArc(QRectF(c.x() - 9, c.y() + 1, 12, 10), 0, 180 * 16);
    painter->drawEllipse(c + QPointF(5, -5), 2.6, 2.6);

    painter->setPen(t.text);
    painter->setFont(t.labelFont);
    painter->drawText(QRectF(r.left() + 34, r.top(), r.width() - 40, r.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      m_name);
    if (!m_target.isEmpty()) {
        painter->setPen(t.mutedText);
        painter->setFont(t.smallFont);
        painter->drawText(QRectF(r.left(), r.top(), r.width() - 14, r.height()), Qt::AlignRight | Qt::AlignVCenter,
                          m_target);
    }
    paintBadge(painter, r.topRight());
}

} // namespace nf
