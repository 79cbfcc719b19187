#pragma once

#include "changevalue.h"

#include "layout.h"

#include <optional>

namespace nf {

// What the layout holds for one id: a node's geometry and a link's bend points.
struct LayoutEntry
{
    std::optional<NodeGeometry> node;
    std::optional<QList<QPointF>> bends;
    bool operator==(const LayoutEntry &) const = default;
};

// Moves, resizes, and re-routes: sets layout entries of nodes and links. A drag
// pushes one of these per mouse move with the same gesture key; they merge.
class ChangeLayout : public ChangeValue<LayoutEntry>
{
public:
    ChangeLayout(Document *document, const QStringList &ids, const QList<LayoutEntry> &newValues,
                 QUndoCommand *parent = nullptr);

protected:
    LayoutEntry getValue(const QString &id) const override;
    void setValue(const QString &id, const LayoutEntry &value) override;
};

} // namespace nf
