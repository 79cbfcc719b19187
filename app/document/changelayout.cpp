#include "changelayout.h"

#include "document.h"

namespace nf {

ChangeLayout::ChangeLayout(Document *document, const QStringList &ids, const QList<LayoutEntry> &newValues,
                           QUndoCommand *parent)
    : ChangeValue<LayoutEntry>(document, ids, newValues, parent)
{
}

LayoutEntry ChangeLayout::getValue(const QString &id) const
{
    return {document()->nodeGeometry(id), document()->bends(id)};
}

void ChangeLayout::setValue(const QString &id, const LayoutEntry &value)
{
    if (document()->nodeGeometry(id) != value.node)
        document()->setNodeGeometry(id, value.node);
    if (document()->bends(id) != value.bends)
        document()->setBends(id, value.bends);
}

} // namespace nf
