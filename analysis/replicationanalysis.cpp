#include "replicationanalysis.h"

#include "modelindex.h"

#include <algorithm>

namespace nf {

double ReplicationAnalysis::roundTripMs(double distanceKm, double routeFactor)
{
    return 2.0 * distanceKm * routeFactor / kFibreKmPerSecond * 1000.0;
}

QList<ReplicationReport> ReplicationAnalysis::analyse(const ModelIndex &m)
{
    const Model &model = m.model();
    QList<ReplicationReport> out;
    for (const ReplicationLink &l : model.replications) {
        ReplicationReport r;
        r.id = l.id;
        r.from = l.from;
        r.to = l.to;
        r.mode = kinds::toString(l.mode);
        if (l.rttMs > 0.0) {
            r.rttMs = l.rttMs;
            r.rttKnown = true;
        } else if (l.distanceKm > 0.0) {
            r.rttMs = roundTripMs(l.distanceKm, l.routeFactor);
            r.rttKnown = true;
        }
        const bool sync = l.mode == ReplicationMode::Synchronous;
        r.rpoSeconds = sync ? 0.0 : l.lagSeconds;
        r.addedWriteLatencyMs = sync ? r.rttMs : 0.0;
        for (const FailoverLink &f : model.failovers)
            if (f.from == l.from && f.to == l.to)
                r.usedByFailover = true;
        if (sync) {
            r.monitored = true; // nothing to lag behind
        } else if (l.lagAlertRoute.isEmpty()) {
            r.monitored = false;
            r.monitoringNote = tr("no lag alert is drawn");
        } else if (const Component *c = m.component(l.lagAlertRoute); c && !c->attended) {
            r.monitored = false;
            r.monitoringNote = tr("lag alerts go to %1, which nobody watches").arg(m.displayName(c->id));
        } else {
            r.monitored = true;
            r.monitoringNote = tr("lag alerts go to %1").arg(m.displayName(l.lagAlertRoute));
        }
        out << r;
    }
    // Write latency of each source: a quorum write waits for the (W-1)-th fastest
    // other replica (its own write counts as one); otherwise for the slowest.
    for (ReplicationReport &r : out) {
        QList<double> rtts;
        for (const ReplicationReport &o : out)
            if (o.from == r.from && o.mode == kinds::toString(ReplicationMode::Synchronous))
                rtts << o.rttMs;
        if (rtts.isEmpty())
            continue;
        std::sort(rtts.begin(), rtts.end());
        int acks = int(rtts.size()); // all synchronous replicas
        for (const QuorumGroup &q : model.quorums) {
            if (!q.voters.contains(r.from))
                continue;
            const int needed = q.kind == QuorumKind::Tunable ? q.w : q.majority();
            acks = std::clamp(needed - 1, 0, int(rtts.size()));
            break;
        }
        r.storeWriteLatencyMs = acks > 0 ? rtts.at(acks - 1) : 0.0;
    }
    return out;
}

} // namespace nf
