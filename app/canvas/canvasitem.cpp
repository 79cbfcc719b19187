#include "canvasitem.h"

#include "canvasscene.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

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
    const bool tipChanged = overlay.toolTip != m_overlay.toolTip;
    m_overlay = overlay;
    if (tipChanged)
        setToolTip(overlay.toolTip); // items with hover texts refresh theirs on entering
    overlayChanged();
    update();
}

void CanvasItem::updateHoverText()
{
    const QString text = m_overlay.toolTip.isEmpty() ? m_canvas->hoverText(m_id) : m_overlay.toolTip;
    if (text != toolTip())
        setToolTip(text);
}

const CanvasTheme &CanvasItem::theme() const
{
    return m_canvas->theme();
}

QColor CanvasItem::toneColor(ItemOverlay::Tone tone, const CanvasTheme &theme)
{
    switch (tone) {
    case ItemOverlay::Tone::Accent: return theme.guide;
    case ItemOverlay::Tone::Info: return QColor(0x25, 0x63, 0xeb);
    case ItemOverlay::Tone::Good: return QColor(0x16, 0xa3, 0x4a);
    case ItemOverlay::Tone::Warning: return QColor(0xd9, 0x77, 0x06);
    case ItemOverlay::Tone::Bad: return QColor(0xdc, 0x26, 0x26);
    }
    return theme.guide;
}

QColor CanvasItem::heatColor(double heat)
{
    // Yellow (barely matters) through orange to red (dominates the downtime).
    const double h = std::clamp(heat, 0.0, 1.0);
    const QColor cold(0xfa, 0xcc, 0x15), warm(0xf9, 0x73, 0x16), hot(0xdc, 0x26, 0x26);
    auto mix = [](const QColor &a, const QColor &b, double f) {
        return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * f), float(a.greenF() + (b.greenF() - a.greenF()) * f),
                                float(a.blueF() + (b.blueF() - a.blueF()) * f));
    };
    return h < 0.5 ? mix(cold, warm, h * 2) : mix(warm, hot, (h - 0.5) * 2);
}

QRectF CanvasItem::badgeRect(QPointF anchor) const
{
    if (m_overlay.badge.isEmpty())
        return {};
    const QFontMetricsF fm(theme().smallFont);
    const qreal w = fm.horizontalAdvance(m_overlay.badge) + 12;
    return QRectF(anchor.x() - w + 6, anchor.y() - 9, w, 18);
}

void CanvasItem::paintBadge(QPainter *painter, QPointF anchor) const
{
    if (m_overlay.badge.isEmpty())
        return;
    const CanvasTheme &t = theme();
    const QRectF r = badgeRect(anchor);
    painter->setOpacity(1.0);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(t.background, 1.5));
    painter->setBrush(toneColor(m_overlay.badgeTone, t));
    painter->drawRoundedRect(r, 9, 9);
    painter->setPen(Qt::white);
    painter->setFont(t.smallFont);
    painter->drawText(r, Qt::AlignCenter, m_overlay.badge);
}

void CanvasItem::paintHeat(QPainter *painter, const QRectF &box, qreal radius) const
{
    if (m_overlay.heat < 0 || m_overlay.greyed)
        return;
    QColor c = heatColor(m_overlay.heat);
    const qreal spread = 3 + 5 * std::clamp(m_overlay.heat, 0.0, 1.0);
    painter->save();
    painter->setOpacity(1.0);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    c.setAlphaF(0.30f + 0.45f * float(std::clamp(m_overlay.heat, 0.0, 1.0)));
    painter->setBrush(c);
    painter->drawRoundedRect(box.adjusted(-spread, -spread, spread, spread), radius + spread, radius + spread);
    painter->restore();
}

void CanvasItem::paintMarks(QPainter *painter, const QRectF &box, qreal radius) const
{
    if (!m_overlay.outlined && !m_overlay.failed)
        return;
    const QColor red = toneColor(ItemOverlay::Tone::Bad, theme());
    painter->save();
    painter->setOpacity(1.0);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setBrush(Qt::NoBrush);
    if (m_overlay.outlined || m_overlay.failed) {
        painter->setPen(QPen(red, 2.5, m_overlay.failed ? Qt::SolidLine : Qt::DashLine));
        painter->drawRoundedRect(box.adjusted(-3.5, -3.5, 3.5, 3.5), radius + 3, radius + 3);
    }
    if (m_overlay.failed) {
        // A cross in the box's left part, over the kind tile: "this failed".
        const qreal s = std::min<qreal>(14, box.height() / 3);
        const QPointF c(box.left() + 23, box.center().y());
        painter->setPen(QPen(red, 3.0, Qt::SolidLine, Qt::RoundCap));
        painter->drawLine(c + QPointF(-s, -s), c + QPointF(s, s));
        painter->drawLine(c + QPointF(-s, s), c + QPointF(s, -s));
    }
    painter->restore();
}

} // namespace nf
