// Stage: redundancy groups (headroom, common cause, arrays), quorums and replication.

#include "analysisstages.h"

#include "analysiscontext.h"
#include "bddanalysis.h"
#include "headroomanalysis.h"
#include "markov.h"
#include "quorumanalysis.h"
#include "replicationanalysis.h"

using namespace Qt::StringLiterals;

namespace nf {

void AnalysisStages::groups(AnalysisContext &ctx)
{
    const Model &m = ctx.model;
    const ModelIndex &index = ctx.index;
    const ArchitectureStructure *arch = ctx.arch.get();
    const Structure &s = ctx.arch->structure;
    const BddAnalysis &bdd = *ctx.bdd;
    const std::vector<double> &p = ctx.p, &q = ctx.q;
    const QHash<QString, int> &retries = ctx.retries;
    const QHash<QString, Structure::NodeId> &nonRedundant = ctx.aux.nonRedundant;
    const QHash<QString, QStringList> &allDownCauses = ctx.allDownCauses;
    AnalysisResult &result = ctx.result;
    // Redundancy groups.
    for (const RedundancyGroup &g : m.groups) {
        GroupReport r = HeadroomAnalysis::analyse(index, g, retries);
        r.model = arch->groupModel.value(g.id, u"static"_s);
        r.unavailability = bdd.probabilityOf(arch->down.value(g.id)).first;
        if (nonRedundant.contains(g.id))
            r.nonRedundantUnavailability = bdd.probabilityOf(nonRedundant.value(g.id)).first;
        r.sharedDomain = allDownCauses.value(g.id).value(0);
        const QList<int> ccf = arch->commonCauseEvents.value(g.id);
        if (!ccf.isEmpty() && r.unavailability > 0.0) {
            std::vector<double> p0 = p, q0 = q;
            for (int e : ccf) {
                p0[std::size_t(e)] = 0.0;
                q0[std::size_t(e)] = 1.0;
            }
            const double without = bdd.probabilitiesOf({arch->down.value(g.id)}, p0, q0).front().first;
            r.commonCauseShare = std::clamp((r.unavailability - without) / r.unavailability, 0.0, 1.0);
        }
        if (g.rebuildHours > 0.0 && !g.members.isEmpty()) {
            const Component *c = index.component(g.members.first());
            KOfNRepairModel km;
            km.n = int(g.members.size());
            km.k = std::clamp(r.neededMembers, 1, km.n);
            km.lambda = c ? c->failure.failureRate() : 0.0;
            km.mu = 1.0 / ((c ? c->failure.mttrHours : 0.0) + g.rebuildHours);
            km.stress = g.rebuildStress;
            if (km.lambda > 0.0) {
                r.mttfHours = km.meanTimeToFailure();
                r.failureDuringRebuild = km.probabilityOfFailureDuringRepair(g.rebuildHours);
            }
        } else if (r.model == u"markov-standby"_s) {
            const int ev = arch->ownEvent.value(u"markov:"_s + g.id, -1);
            if (ev >= 0 && s.eventAt(ev).life.lambda > 0.0)
                r.mttfHours = 1.0 / s.eventAt(ev).life.lambda;
        }
        result.groups << r;
    }

    // Quorums.
    for (const QuorumGroup &qg : m.quorums) {
        QuorumReport r = QuorumAnalysis::analyse(index, qg);
        r.unavailability = bdd.probabilityOf(arch->down.value(qg.id)).first;
        result.quorums << r;
    }

    // Replication.
    result.replications = ReplicationAnalysis::analyse(index);
}

} // namespace nf
