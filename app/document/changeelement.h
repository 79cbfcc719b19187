#pragma once

#include "changevalue.h"
#include "elementvalue.h"

namespace nf {

// Replaces whole elements (by id) with new values: a property edit, a change of
// members or children. Storing the whole element keeps undo exact whatever changed.
class ChangeElement : public ChangeValue<ElementValue>
{
public:
    ChangeElement(Document *document, const QList<ElementValue> &newValues, QUndoCommand *parent = nullptr);

protected:
    ElementValue getValue(const QString &id) const override;
    void setValue(const QString &id, const ElementValue &value) override;

private:
    static QStringList idsOf(const QList<ElementValue> &values);
};

} // namespace nf
