#include "containeritem.h"

#include "canvasscene.h"
#include "canvastheme.h"
#include "document.h"
#include "kindicons.h"
#include "kindlabels.h"
#include "numberformat.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

using namespace Qt::StringLiterals;

namespace nf {

namespace {
constexpr qreal kGrip = 14;
}

ContainerItem::ContainerItem(CanvasScene *canvas, const QString &id)
    : NodeItem(canvas, id)
{
    setAcceptHoverEvents(true); // for the hover text (over the frame and header: see shape())
}

void ContainerItem::hoverEnterEvent(QGraphicsSceneHoverEvent *)
{
    updateHoverText();
}

void ContainerItem::syncProperties()
{
    const Container *c = m_canvas->document()->container(m_id);
    if (!c)
        return;
    m_kind = c->kind;
    setZValue(kinds::nestingRank(c->kind)); // regions at the back, hosts in front
    const QFontMetricsF header(theme().headerFont);
    m_title = header.elidedText(c->name.isEmpty() ? c->id : c->name, Qt::ElideRight,
                                std::max<qreal>(20, m_size.width() - 48));
    QString sub = KindLabels::container(c->kind);
    if (c->failure.canFail())
        sub += u" \u00b7 "_s + NumberFormat::formatAvailability(c->failure.steadyAvailability());
    m_subtitle = sub;
}

QPainterPath ContainerItem::shape() const
{
    // Only the frame and the header pick the container, so clicks inside reach the
    // background (rubber band) instead of grabbing the whole zone.
    QPainterPath outer;
    outer.addRect(boxRect().adjusted(-4, -4, 4, 4));
    QPainterPath inner;
    inner.addRect(boxRect().adjusted(6, kHeaderHeight, -6, -6));
    return outer.subtracted(inner);
}

bool ContainerItem::isOnResizeGrip(QPointF localPos) const
{
    const QRectF r = boxRect();
    return QRectF(r.right() - kGrip, r.bottom() - kGrip, kGrip + 4, kGrip + 4).contains(localPos);
}

void ContainerItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const CanvasTheme &t = theme();
    const int rank = std::clamp(kinds::nestingRank(m_kind), 0, 3);
    const QRectF r = boxRect();
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    painter->setOpacity(m_overlay.greyed ? 0.45 : 1.0);
    painter->setRenderHint(QPainter::Antialiasing, false);
    QPen pen(t.containerBorder[rank], 1.0);
    pen.setCosmetic(true); // drawn directly, also dashed; see ComponentItem::paint
    if (isSelected())
        pen = QPen(t.selection, 2.0);
    if (m_overlay.highlighted)
        pen = QPen(t.highlight, 3.0);
    if (lod < 0.35) {
        // Far away: hairline frames; only regions and zones are filled, so large
        // models do not pay for painting the same pixels four times over.
        pen.setWidthF(0);
        painter->setPen(pen);
        painter->setBrush(rank <= 1 ? QBrush(m_overlay.greyed ? t.greyed : t.containerFill[rank]) : QBrush());
        painter->drawRect(r);
        return;
    }
    if (rank == 0)
        pen.setStyle(Qt::DashLine);
    // Boxes cover most of the view when zoomed in: fill without antialiasing (much
    // cheaper over large areas) and let the antialiased frame hide the edge.
    const QColor fill = m_overlay.greyed ? t.greyed : t.containerFill[rank];
    constexpr qreal radius = 10;
    painter->fillRect(r.adjusted(radius, 0, -radius, 0), fill);
    painter->fillRect(r.adjusted(0, radius, 0, -radius), fill);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    for (const QPointF &c : {r.topLeft() + QPointF(radius, radius), r.topRight() + QPointF(-radius, radius),
                             r.bottomLeft() + QPointF(radius, -radius), r.bottomRight() + QPointF(-radius, -radius)})
        painter->drawEllipse(c, radius, radius);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(r.adjusted(0.5, 0.5, -0.5, -0.5), 10, 10);

    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const QPixmap icon = KindIcons::pixmap(KindIcons::resourcePath(m_kind), t.containerBorder[rank].darker(t.dark ? 70 : 130),
                                           18, std::max<qreal>(1.0, dpr * std::min<qreal>(lod, 3.0)));
    painter->drawPixmap(QRectF(r.left() + 12, r.top() + 8, 18, 18), icon, QRectF(QPointF(0, 0), icon.size()));
    painter->setPen(t.text);
    painter->setFont(t.headerFont);
    const QFontMetricsF header(t.headerFont);
    const qreal titleWidth = std::min(header.horizontalAdvance(m_title), r.width() - 48);
    painter->drawText(QRectF(r.left() + 36, r.top() + 6, titleWidth + 2, 22), Qt::AlignLeft | Qt::AlignVCenter,
                      m_title);
    const qreal subLeft = r.left() + 36 + titleWidth + 10;
    if (subLeft < r.right() - 40) {
        painter->setPen(t.mutedText);
        painter->setFont(t.smallFont);
        const QFontMetricsF small(t.smallFont);
        painter->drawText(QRectF(subLeft, r.top() + 6, r.right() - subLeft - 10, 22), Qt::AlignLeft | Qt::AlignVCenter,
                          small.elidedText(m_subtitle, Qt::ElideRight, r.right() - subLeft - 10));
    }

    if (isSelected()) {
        painter->setPen(QPen(t.selection, 1.5));
        for (int i = 1; i <= 3; ++i) {
            const qreal d = i * 4.0;
            painter->drawLine(QPointF(r.right() - d - 2, r.bottom() - 2), QPointF(r.right() - 2, r.bottom() - d - 2));
        }
    }
    if (m_overlay.outlined || m_overlay.failed) {
        // A failure domain: a red frame (a cross over a whole zone would hide it).
        painter->setOpacity(1.0);
        painter->setPen(QPen(toneColor(ItemOverlay::Tone::Bad, t), m_overlay.failed ? 3.0 : 2.5,
                             m_overlay.failed ? Qt::SolidLine : Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(r.adjusted(-2, -2, 2, 2), 12, 12);
    }
    paintBadge(painter, r.topRight() + QPointF(-8, 0));
}

} // namespace nf
