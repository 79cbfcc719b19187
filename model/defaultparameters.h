#pragma once

#include "elementkind.h"
#include "failuremodel.h"

#include <QCoreApplication>
#include <QString>

namespace nf {

// Starting points for the failure parameters of a new element, by kind, each with
// its source (see the project's reference notes on component reliability). They
// are figures to replace with one's own, never a prediction for a given system.
class DefaultParameters
{
    Q_DECLARE_TR_FUNCTIONS(DefaultParameters)

public:
    struct Defaults
    {
        FailureModel failure;
        QString source; // where the figure comes from, in words
    };
    static Defaults component(ComponentKind kind);
    static Defaults container(ContainerKind kind);
};

} // namespace nf
