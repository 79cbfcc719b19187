#pragma once

#include "elementkind.h"
#include "failuremodel.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace nf {

// A failure domain (region ⊃ zone/data centre ⊃ rack/host). When it fails,
// everything placed inside it fails with it. children lists the ids of the
// components and containers placed directly inside, in drawing order.
struct Container
{
    QString id;
    QString name;
    QString description;
    ContainerKind kind = ContainerKind::Zone;
    FailureModel failure;
    QStringList children;
    QJsonObject extra;

    bool operator==(const Container &) const = default;
};

} // namespace nf
