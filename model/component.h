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
    // A store with synchronous replicas: how many of them a write waits for
    // (0: all of them; PostgreSQL's ANY k, MySQL's semi-sync wait count).
    int syncAcks = 0;
    // Planned maintenance (patching): taken down every interval for the duration
    // (0: none). Counted in services' availability unless they exclude it.
    double maintenanceIntervalHours = 0.0;
    double maintenanceDurationHours = 0.0;
    // Periodic tests: failures of an element that only a test (or a real demand)
    // reveals stay hidden until the next test, every interval (0: failures show
    // at once); the element is unavailable for the test's duration.
    double testIntervalHours = 0.0;
    double testDurationHours = 0.0;
    QJsonObject extra; // fields this version does not know, kept so nothing is lost

    bool operator==(const Component &) const = default;
};

} // namespace nf
