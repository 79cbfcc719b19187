// Stage: the structure nodes the analysis asks about besides the services.

#include "analysisstages.h"

#include "analysiscontext.h"
#include "headroomanalysis.h"

using namespace Qt::StringLiterals;

namespace nf {

void AnalysisStages::auxiliaryRoots(AnalysisContext &ctx)
{
    const Model &m = ctx.model;
    const ModelIndex &index = ctx.index;
    const ArchitectureStructure *arch = ctx.arch.get();
    Structure &s = ctx.arch->structure;
    auto &[allDown, needsDown, bothDown, fallbackBoth, nonRedundant, failoverEntry] = ctx.aux;
    for (const RedundancyGroup &g : m.groups) {
        if (g.members.size() >= 2) {
            QList<Structure::NodeId> downs;
            for (const QString &x : g.members)
                downs << arch->down.value(x);
            allDown.insert(g.id, s.andOf(downs));
        }
        const int k = g.policy == RedundancyPolicy::ActiveActive ? HeadroomAnalysis::neededMembers(index, g) : 1;
        QList<Structure::NodeId> firstK;
        for (int i = 0; i < std::min<qsizetype>(k, g.members.size()); ++i)
            firstK << arch->down.value(g.members.at(i));
        // What the group itself depends on, the non-redundant version needs as well.
        for (const DependencyLink &d : m.dependencies)
            if (d.from == g.id && !firstK.isEmpty())
                firstK << (d.fallback.isEmpty() ? arch->down.value(d.to)
                                                : s.andOf({arch->down.value(d.to), arch->down.value(d.fallback)}));
        if (!firstK.isEmpty())
            nonRedundant.insert(g.id, s.orOf(firstK));
        if (g.policy != RedundancyPolicy::ActivePassive)
            continue;
        // Standby i serves when the primary is down, the failovers to earlier
        // standbys do not work and the one to i does: a failover to i happens on
        // every entry into that state.
        {
            QList<Structure::NodeId> earlier{arch->down.value(g.members.first())};
            for (qsizetype i = 1; i < g.members.size(); ++i) {
                const QString key = g.id + u':' + g.members.at(i);
                const auto branch = arch->standbyBranch.constFind(key);
                if (branch == arch->standbyBranch.constEnd())
                    break;
                failoverEntry.insert(key, s.andOf(earlier + QList<Structure::NodeId>{s.notOf(*branch)}));
                earlier << *branch;
            }
        }
        for (qsizetype i = 1; i < g.members.size(); ++i) {
            const FailoverLink *f = failoverTo(m, g, g.members.at(i));
            if (!f || f->needs.isEmpty())
                continue;
            QList<Structure::NodeId> needs;
            for (const QString &x : f->needs)
                needs << arch->down.value(x);
            const Structure::NodeId nd = s.orOf(needs);
            needsDown.insert(f->id, nd);
            bothDown.insert(f->id, s.andOf({arch->down.value(g.members.first()), nd}));
        }
    }
    for (const QuorumGroup &q : m.quorums)
        if (q.voters.size() >= 2) {
            QList<Structure::NodeId> downs;
            for (const QString &x : q.voters)
                downs << arch->down.value(x);
            allDown.insert(q.id, s.andOf(downs));
        }
    for (const DependencyLink &d : m.dependencies)
        if (!d.fallback.isEmpty())
            fallbackBoth.insert(d.id, s.andOf({arch->down.value(d.to), arch->down.value(d.fallback)}));
}

} // namespace nf
