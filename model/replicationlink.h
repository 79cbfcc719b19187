#pragma once

#include "elementkind.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace nf {

// Data copied from a source store to a target. Synchronous: every write waits
// for the target. Asynchronous: the target trails by the lag.
struct ReplicationLink
{
    QString id;
    QString from;
    QString to;
    QString description;
    ReplicationMode mode = ReplicationMode::Asynchronous;
    double lagSeconds = 0.0;   // expected lag of an asynchronous target
    double distanceKm = 0.0;   // route distance, when the RTT is not measured
    double rttMs = 0.0;        // measured round trip; wins over the distance
    double routeFactor = 1.5;  // fibre route length / great-circle distance
    // Where lag alerts go (a monitoring or on-call component); empty: no alert.
    QString lagAlertRoute;
    double lagAlertThresholdSeconds = 0.0;
    // Synchronous links: when the replica is gone, writes block (false) or the
    // source goes on alone, asynchronously (true).
    bool fallsBackToAsync = false;
    // Services whose writes go through this link (their write availability needs it).
    QStringList writers;
    QJsonObject extra;

    bool operator==(const ReplicationLink &) const = default;
};

} // namespace nf
