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

protected:
    const CanvasTheme &theme() const;
    // Paints the overlay badge at `anchor` (its top-right corner).
    void paintBadge(QPainter *painter, QPointF anchor) const;

    CanvasScene *m_canvas;
    QString m_id;
    ItemOverlay m_overlay;
};

} // namespace nf
