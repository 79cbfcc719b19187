#pragma once

#include "analysisresult.h"

#include <QCoreApplication>

namespace nf {

class ModelIndex;

// Replication (DOMAIN.md §8): RPO of every link (0 when synchronous, the lag when
// asynchronous), the round trip from a measured RTT or from distance (light in
// fibre × route factor), the write latency a synchronous store pays (the W-th
// fastest replica under a quorum, else the slowest), and whether lag alerts reach
// anybody.
class ReplicationAnalysis
{
    Q_DECLARE_TR_FUNCTIONS(ReplicationAnalysis)

public:
    // Speed of light in standard single-mode fibre (group index 1.4682), km/s.
    static constexpr double kFibreKmPerSecond = 299792.458 / 1.4682;

    static QList<ReplicationReport> analyse(const ModelIndex &model);
    // Round trip in ms over `distanceKm` of route-straight distance.
    static double roundTripMs(double distanceKm, double routeFactor);
};

} // namespace nf
