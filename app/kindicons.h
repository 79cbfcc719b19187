#pragma once

#include "elementkind.h"

#include <QColor>
#include <QIcon>
#include <QPixmap>

namespace nf {

// The SVG icons of component and container kinds, tinted on the fly and cached
// per colour, size and device pixel ratio, so painting never parses SVG.
class KindIcons
{
public:
    static QString resourcePath(ComponentKind kind);
    static QString resourcePath(ContainerKind kind);
    static QPixmap pixmap(const QString &resource, const QColor &color, int size, qreal devicePixelRatio);
    static QIcon icon(const QString &resource, const QColor &color);
};

} // namespace nf
