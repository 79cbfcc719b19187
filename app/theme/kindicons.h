#pragma once

#include "elementkind.h"

#include <QColor>
#include <QIcon>
#include <QPixmap>

class QPainter;
class QRectF;

namespace nf {

// The SVG icons of component and container kinds, tinted on the fly and cached
// per colour, size and device pixel ratio, so painting never parses SVG.
class KindIcons
{
public:
    static QString resourcePath(ComponentKind kind);
    static QString resourcePath(ContainerKind kind);
    static QPixmap pixmap(const QString &resource, const QColor &color, int size, qreal devicePixelRatio);
    // Draws the icon as vector shapes (for PDF and SVG output).
    static void render(QPainter *painter, const QString &resource, const QColor &color, const QRectF &target);
    static QIcon icon(const QString &resource, const QColor &color);
};

} // namespace nf
