#pragma once

#include "elementkind.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace nf {

// An entry point users call, and what it must achieve. The system is up when
// every required service is up.
struct Service
{
    QString id;
    QString name;
    QString description;
    QString entry;        // the component, redundancy group or quorum group serving it
    bool required = true; // part of "the system"
    std::optional<double> availabilityTarget; // e.g. 0.9995
    std::optional<double> rtoSeconds;
    std::optional<double> rpoSeconds;
    double outageCostPerSecond = 0.0; // in the model's currency
    bool retryable = true;            // can users simply retry?
    // What the SLO counts: time (every minute down) or requests (also the requests
    // sent to a dead member before health checks remove it).
    SloBasis sloBasis = SloBasis::Time;
    bool maintenanceCounts = true; // planned maintenance counts against the SLO
    bool readOnly = false;         // judged on reads: its writes do not count
    QJsonObject extra;

    bool operator==(const Service &) const = default;
};

} // namespace nf
