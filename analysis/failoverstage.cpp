// Stage: each failover's RTO, RPO, how often it happens and what it costs.

#include "analysisstages.h"

#include "analysiscontext.h"
#include "bddanalysis.h"
#include "steadystate.h"

using namespace Qt::StringLiterals;

namespace nf {

void AnalysisStages::failovers(AnalysisContext &ctx)
{
    const Model &m = ctx.model;
    const ArchitectureStructure *arch = ctx.arch.get();
    const BddAnalysis &bdd = *ctx.bdd;
    const AuxiliaryNodes &aux = ctx.aux;
    const QHash<QString, Structure::NodeId> &failoverEntry = aux.failoverEntry, &bothDown = aux.bothDown,
                                             &needsDown = aux.needsDown;
    DependencyClosure &closure = *ctx.closure;
    AnalysisResult &result = ctx.result;
    // Failovers.
    for (const RedundancyGroup &g : m.groups) {
        if (g.policy != RedundancyPolicy::ActivePassive || g.members.size() < 2)
            continue;
        const QString primary = g.members.first();
        const SteadyStateFigures pf = SteadyState::compute(bdd, arch->down.value(primary));
        for (qsizetype i = 1; i < g.members.size(); ++i) {
            const FailoverLink *drawn = failoverTo(m, g, g.members.at(i));
            // Without a drawn link the standby still takes over (the translation
            // assumes an automatic, always successful failover with no fencing):
            // its data and its split-brain risk are those of that default link.
            FailoverLink assumed;
            assumed.from = primary;
            assumed.to = g.members.at(i);
            const FailoverLink *f = drawn ? drawn : &assumed;
            FailoverReport r;
            r.id = f->id;
            r.drawn = drawn != nullptr;
            r.group = g.id;
            r.from = f->from;
            r.to = f->to;
            r.automatic = f->automatic;
            r.detectionSeconds = f->detectionTime();
            r.promotionSeconds = f->promotionSeconds;
            r.reconnectSeconds = f->reconnectSeconds;
            r.humanSeconds = f->automatic ? 0.0 : f->humanResponseSeconds;
            r.rtoSeconds = r.detectionSeconds + r.promotionSeconds + r.reconnectSeconds + r.humanSeconds;
            r.coverage = f->coverage;
            // The data a failover relies on: replication from something the primary
            // needs (or the primary itself) to something the standby needs.
            QSet<QString> primarySide = closure.of(f->from), standbySide = closure.of(f->to);
            primarySide.insert(f->from);
            standbySide.insert(f->to);
            QList<ReplicationReport *> reliedOn;
            for (ReplicationReport &rep : result.replications)
                if (primarySide.contains(rep.from) && standbySide.contains(rep.to)) {
                    r.rpoSeconds = std::max(r.rpoSeconds, rep.rpoSeconds);
                    rep.usedByFailover = true;
                    reliedOn << &rep;
                    r.replications << rep.id;
                }
            r.failback = kinds::toString(f->failback);
            r.failbackSeconds = f->failback == Failback::None ? 0.0 : f->failbackSeconds;
            if (const auto entry = failoverEntry.constFind(g.id + u':' + f->to); entry != failoverEntry.constEnd()) {
                // Entries into "running on this standby" caused by failures (events
                // whose failure can only leave that state do not count).
                r.failoversPerYear = SteadyState::compute(bdd, *entry).failureFrequencyPerHour * SteadyState::kHoursPerYear;
            } else {
                // A group solved as a Markov chain: a later standby takes over only
                // when the earlier ones are down too.
                double earlierDown = 1.0;
                for (qsizetype k = 1; k < i; ++k)
                    earlierDown *= bdd.probabilityOf(arch->down.value(g.members.at(k))).first;
                r.failoversPerYear = pf.failureFrequencyPerHour * SteadyState::kHoursPerYear * earlierDown;
            }
            r.interruptionSecondsPerYear = r.failoversPerYear * r.rtoSeconds;
            r.failbackSecondsPerYear = r.failoversPerYear * r.failbackSeconds;
            double costPerSecond = 0.0;
            for (const Service &svc : m.services)
                if (svc.entry == g.id || closure.of(svc.id).contains(g.id)) {
                    r.servedServices << svc.id;
                    costPerSecond += svc.outageCostPerSecond;
                }
            for (ReplicationReport *rep : reliedOn)
                for (const QString &svc : std::as_const(r.servedServices))
                    if (!rep->servedServices.contains(svc))
                        rep->servedServices << svc;
            r.costPerFailover = r.rtoSeconds * costPerSecond;
            r.costPerYear = r.costPerFailover * r.failoversPerYear;
            if (drawn && bothDown.contains(f->id) && pf.unavailability > 0.0) {
                r.needsDownWhenNeeded = bdd.probabilityOf(bothDown.value(f->id)).first / pf.unavailability;
                r.needsDown = bdd.probabilityOf(needsDown.value(f->id)).first;
            }
            result.failovers << r;
        }
    }
}

} // namespace nf
