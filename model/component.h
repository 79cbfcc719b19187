#pragma once

#include "elementkind.h"
#include "failuremodel.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace nf {

// Something that can fail: a service instance, a database node, a power feed...
struct Component
{
    QString id;
    QString name;
    QString description;
    ComponentKind kind = ComponentKind::Service;
    FailureModel failure;
    double capacity = 0.0;     // load one instance can serve, in the model's load unit (0: not given)
    double costPerMonth = 0.0; // in the model's currency
    QStringList tags;
    // Monitoring/alerting and on-call components: whether anybody watches what this
    // receives. An alert routed to an unattended mailbox protects nothing.
    bool attended = true;
    QJsonObject extra; // fields this version does not know, kept so nothing is lost

    bool operator==(const Component &) const = default;
};

} // namespace nf
