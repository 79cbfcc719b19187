#pragma once

#include "changevalue.h"
#include "document.h"

namespace nf {

// Sets the model's name, description, currency, load unit and mission time.
class ChangeModelInfo : public ChangeValue<ModelInfo>
{
public:
    ChangeModelInfo(Document *document, const ModelInfo &info, QUndoCommand *parent = nullptr);

protected:
    ModelInfo getValue(const QString &id) const override;
    void setValue(const QString &id, const ModelInfo &value) override;
};

} // namespace nf
