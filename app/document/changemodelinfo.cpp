#include "changemodelinfo.h"

namespace nf {

ChangeModelInfo::ChangeModelInfo(Document *document, const ModelInfo &info, QUndoCommand *parent)
    : ChangeValue<ModelInfo>(document, {QString()}, {info}, parent)
{
}

ModelInfo ChangeModelInfo::getValue(const QString &) const
{
    return document()->modelInfo();
}

void ChangeModelInfo::setValue(const QString &, const ModelInfo &value)
{
    document()->setModelInfo(value);
}

} // namespace nf
