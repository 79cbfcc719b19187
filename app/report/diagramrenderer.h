#pragma once

#include <QRectF>

class QPainter;

namespace nf {

// Something that can paint the architecture diagram onto any painter (the canvas
// scene, for the report and the exports), so the diagram is drawn by one piece of
// code everywhere.
class DiagramRenderer
{
public:
    virtual ~DiagramRenderer() = default;
    // The area the diagram covers, in its own coordinates.
    virtual QRectF bounds() const = 0;
    // Paints the diagram's `bounds()` into `target`, keeping the aspect ratio.
    virtual void render(QPainter *painter, const QRectF &target) const = 0;
};

} // namespace nf
