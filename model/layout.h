#pragma once

#include <QHash>
#include <QList>
#include <QPointF>
#include <QSizeF>
#include <QString>

namespace nf {

// Where things are drawn, keyed by element id and kept apart from the model's
// identity: renaming or re-parenting an element never loses its position.
struct NodeGeometry
{
    QPointF pos;   // top-left, scene coordinates
    QSizeF size;   // empty: the default size for its kind
    bool operator==(const NodeGeometry &) const = default;
};

struct Layout
{
    QHash<QString, NodeGeometry> nodes;
    QHash<QString, QList<QPointF>> bends; // link id -> bend points

    bool operator==(const Layout &) const = default;
};

} // namespace nf
