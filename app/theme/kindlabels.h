#pragma once

#include "elementkind.h"

#include <QCoreApplication>

namespace nf {

// Translated, human-readable names of the model's kinds, for the palette, the
// inspector and undo texts.
class KindLabels
{
    Q_DECLARE_TR_FUNCTIONS(KindLabels)

public:
    static QString component(ComponentKind kind);
    static QString container(ContainerKind kind);
    static QString elementType(ElementType type);
    static QString link(int linkKind); // LinkKind as int, to keep this header light
    static QList<ComponentKind> allComponentKinds();
    static QList<ContainerKind> allContainerKinds();
};

} // namespace nf
