// Stage: minimal cut sets, and what alone takes every member of a group (or voter of a quorum) down.

#include "analysisstages.h"

#include "analysiscontext.h"
#include "bddanalysis.h"

using namespace Qt::StringLiterals;

namespace nf {

void AnalysisStages::cutSets(AnalysisContext &ctx)
{
    const Structure &s = ctx.arch->structure;
    const BddAnalysis &bdd = *ctx.bdd;
    const AnalysisOptions &options = ctx.options;
    const QHash<QString, Structure::NodeId> &allDown = ctx.aux.allDown;
    QHash<QString, QStringList> &allDownCauses = ctx.allDownCauses;
    AnalysisResult &result = ctx.result;
    // Minimal cut sets.
    CutSetOptions cso;
    cso.maxOrder = options.cutSetOrder;
    cso.cutoff = options.cutSetCutoff;
    cso.maxListed = options.listedCutSets;
    const CutSetResult mcs = bdd.minimalCutSets(cso);
    result.cutSetCount = mcs.count;
    result.cutSetsByOrder = mcs.countByOrder;
    for (const CutSet &c : mcs.sets) {
        CutSetView v;
        for (int e : c.events) {
            const BasicEvent &ev = s.eventAt(e);
            v.events << ev.id;
            v.names << (ev.name.isEmpty() ? ev.id : ev.name);
            if (!ev.elementId.isEmpty() && !v.elements.contains(ev.elementId))
                v.elements << ev.elementId;
        }
        v.probability = c.probability;
        v.share = result.system.unavailability > 0.0 ? c.probability / result.system.unavailability : 0.0;
        result.cutSets << v;
    }

    // Order-1 causes that take every member of a group (or voter of a quorum) down.
    CutSetOptions first;
    first.maxOrder = 1;
    for (auto it = allDown.constBegin(); it != allDown.constEnd(); ++it) {
        QStringList causes;
        for (const CutSet &c : bdd.minimalCutSetsOf(*it, first).sets) {
            const BasicEvent &ev = s.eventAt(c.events.first());
            if (ev.id.startsWith(u"ccf:"_s) || ev.elementId.isEmpty())
                continue; // parametric common causes are reported as a share
            if (!causes.contains(ev.elementId))
                causes << ev.elementId;
        }
        if (!causes.isEmpty())
            allDownCauses.insert(it.key(), causes);
    }
}

} // namespace nf
