#pragma once

#include "itemoverlay.h"

#include <QGraphicsItem>

namespace nf {

class CanvasScene;
struct CanvasTheme;

// Base of every item that shows one model element. Items are thin: they read the
// document in sync() and never write to it.
class CanvasItem : public QGraphicsItem
{
public:
    enum { ComponentType = UserType + 1, ContainerType, ServiceType, LinkType, GroupType };

    CanvasItem(CanvasScene *canvas, const QString &id);

    const QString &elementId() const { return m_id; }
    virtual void sync() = 0;

    const ItemOverlay &overlay() const { return m_overlay; }
    void setOverlay(const ItemOverlay &overlay);

    // Colour of an overlay badge tone; heat 0 … 1 as a colour (yellow to red).
    static QColor toneColor(ItemOverlay::Tone tone, const CanvasTheme &theme);
    static QColor heatColor(double heat);

protected:
    const CanvasTheme &theme() const;
    // Paints the overlay badge at `anchor` (its top-right corner).
    void paintBadge(QPainter *painter, QPointF anchor) const;
    // Where paintBadge() draws at `anchor` (empty without a badge).
    QRectF badgeRect(QPointF anchor) const;
    // Analysis decorations of a box: the heat halo behind it (call before the
    // box), and the outline of a single point of failure and the cross of a
    // drilled failure over it (call after).
    void paintHeat(QPainter *painter, const QRectF &box, qreal radius) const;
    void paintMarks(QPainter *painter, const QRectF &box, qreal radius) const;
    // Sets the tooltip from the overlay or, without one there, from the scene's
    // hover text provider (call when the pointer enters).
    void updateHoverText();
    // Called after the overlay changed (items whose bounds depend on it).
    virtual void overlayChanged() {}

    CanvasScene *m_canvas;
    QString m_id;
    ItemOverlay m_overlay;
};

} // namespace nf
