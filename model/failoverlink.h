#pragma once

#include "elementkind.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace nf {

// How a standby (`to`) takes over from a primary (`from`) of an active-passive
// group: detection, promotion, reconnection, who decides, how often it works, and
// what it needs to work.
struct FailoverLink
{
    QString id;
    QString from;
    QString to;
    QString description;
    bool automatic = true;
    // Detection: heartbeat interval × misses when given, else the lease, else
    // detectionSeconds.
    double detectionSeconds = 0.0;
    double heartbeatIntervalSeconds = 0.0;
    int heartbeatMisses = 0;
    double leaseSeconds = 0.0;
    double promotionSeconds = 0.0;
    double reconnectSeconds = 0.0;     // client reconnect or DNS TTL
    double humanResponseSeconds = 0.0; // manual failover: time for a person to act
    double coverage = 1.0;             // probability the switch-over works when needed
    QStringList needs; // elements that must be up for the failover to work ("requires" in files)
    // The failover mechanism (script, orchestrator) as a component; when
    // mechanismInSeries it can take the service down itself (false failovers, in
    // the request path).
    QString mechanism;
    bool mechanismInSeries = false;
    Fencing fencing = Fencing::None;
    // After the primary is repaired: stay on the standby (none), or switch back,
    // automatically or by hand, at the cost of another interruption.
    Failback failback = Failback::None;
    double failbackSeconds = 0.0;
    // How often the failover is exercised (a drill, a switch-over test): between
    // tests a broken failover stays hidden (0: never tested on purpose).
    double testIntervalHours = 0.0;
    QJsonObject extra;

    double detectionTime() const
    {
        if (heartbeatIntervalSeconds > 0.0 && heartbeatMisses > 0)
            return heartbeatIntervalSeconds * heartbeatMisses;
        if (leaseSeconds > 0.0)
            return leaseSeconds;
        return detectionSeconds;
    }
    bool operator==(const FailoverLink &) const = default;
};

} // namespace nf
