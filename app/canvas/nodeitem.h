#pragma once

#include "canvasitem.h"

namespace nf {

// A canvas item drawn as a box at a position: components, containers, entry
// points. The item's pos() is the box's top-left corner in scene coordinates, as
// in the layout.
class NodeItem : public CanvasItem
{
public:
    NodeItem(CanvasScene *canvas, const QString &id);

    QRectF boxRect() const { return QRectF(QPointF(0, 0), m_size); }
    QRectF sceneBox() const { return QRectF(pos(), m_size); }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void sync() override;

protected:
    // Reads the kind-specific properties (name, kind...) after the geometry.
    virtual void syncProperties() = 0;
    QSizeF m_size;
};

} // namespace nf
