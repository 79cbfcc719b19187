#pragma once

#include "propertydef.h"

#include <QCoreApplication>

namespace nf {

class Document;

// The inspector's property definitions per element type.
class PropertyTable
{
    Q_DECLARE_TR_FUNCTIONS(PropertyTable)

public:
    static const QList<PropertyDef> &of(ElementType type);
    static const PropertyDef *find(ElementType type, const QString &key);
    // Suffixes that depend on the model (load unit, currency) are filled in here.
    static QString suffixFor(const PropertyDef &def, const Document &document);
};

} // namespace nf
