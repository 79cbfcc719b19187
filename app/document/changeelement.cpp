#include "changeelement.h"

#include "document.h"

namespace nf {

ChangeElement::ChangeElement(Document *document, const QList<ElementValue> &newValues, QUndoCommand *parent)
    : ChangeValue<ElementValue>(document, idsOf(newValues), newValues, parent)
{
}

QStringList ChangeElement::idsOf(const QList<ElementValue> &values)
{
    QStringList ids;
    for (const ElementValue &v : values)
        ids << elements::idOf(v);
    return ids;
}

ElementValue ChangeElement::getValue(const QString &id) const
{
    return *document()->element(id);
}

void ChangeElement::setValue(const QString &, const ElementValue &value)
{
    document()->replaceElement(value);
}

} // namespace nf
