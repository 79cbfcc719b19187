// Stage: the BDD of everything the analysis asks about; the system figures and importance; the mission-time figures started on a second core.

#include "analysisstages.h"

#include "analysiscontext.h"
#include "bddanalysis.h"
#include "downtimebudget.h"
#include "steadystate.h"
#include "timeanalysis.h"

using namespace Qt::StringLiterals;

namespace nf {

void AnalysisStages::diagram(AnalysisContext &ctx)
{
    const Model &m = ctx.model;
    Structure &s = ctx.arch->structure;
    ctx.budget = std::make_unique<DowntimeBudgetAnalysis>(ctx.index, *ctx.arch);
    QList<Structure::NodeId> extraRoots = ctx.budget->roots();
    extraRoots << ctx.aux.all();
    for (const Service &svc : m.services)
        extraRoots << ctx.arch->down.value(svc.id);
    ctx.bdd = std::make_unique<BddAnalysis>(s, BddAnalysis::Ordering::SharedFirst, extraRoots);
    const BddAnalysis &bdd = *ctx.bdd;

    // Mission-time figures need only the top event's diagram, which the time
    // analysis copies: R(mission) and the MTTF (the long quadrature) are worked
    // out on a second core while the rest of the analysis goes on; this thread
    // samples the curves when it is done with the rest.
    if (ctx.options.timeFigures) {
        ctx.timeAnalysis = std::make_shared<const TimeAnalysis>(bdd);
        ctx.reliabilityAndMttf = std::async(std::launch::async, [ta = ctx.timeAnalysis, hours = m.missionTimeHours] {
            return std::pair{ta->at(hours, TimeAnalysis::Measure::Reliability).first, ta->mttf()};
        });
    }
    // Structure nodes the system (or a service) depends on.
    std::vector<char> &inCone = ctx.inCone;
    inCone.assign(static_cast<std::size_t>(s.nodeCount()), 0);
    {
        QList<Structure::NodeId> stack{s.top()};
        for (const Service &svc : m.services)
            stack << ctx.arch->down.value(svc.id);
        while (!stack.isEmpty()) {
            const Structure::NodeId id = stack.takeLast();
            if (inCone[std::size_t(id)])
                continue;
            inCone[std::size_t(id)] = 1;
            stack << s.node(id).inputs;
        }
    }
    bdd.eventProbabilities(ctx.p, ctx.q);
    ctx.result.system = SteadyState::compute(bdd);
    ctx.importance = bdd.importance();
}

} // namespace nf
