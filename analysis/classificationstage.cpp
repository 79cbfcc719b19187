// Stage: the downtime budget by cause (DOMAIN.md §12), the verdicts it decides, and HA or FT per service.

#include "analysisstages.h"

#include "analysiscontext.h"
#include "architectureanalysis.h"
#include "bddanalysis.h"
#include "downtimebudget.h"
#include "numberformat.h"

using namespace Qt::StringLiterals;

namespace nf {

void AnalysisStages::classification(AnalysisContext &ctx)
{
    const Model &m = ctx.model;
    const ModelIndex &index = ctx.index;
    const BddAnalysis &bdd = *ctx.bdd;
    DependencyClosure &closure = *ctx.closure;
    const QHash<QString, QStringList> &servicesDownedBy = ctx.servicesDownedBy;
    AnalysisResult &result = ctx.result;
    // Time-aware availability (DOMAIN.md §12): the budget by cause, and the
    // totals every verdict uses.
    ctx.budget->evaluate(bdd, result);
    for (qsizetype i = 0; i < m.services.size(); ++i) {
        ServiceFigures &f = result.services[i];
        const Service &svc = m.services.at(i);
        f.meetsTarget = !f.target || f.budget.unavailability <= 1.0 - *f.target;
        f.outageCostPerYear = f.budget.totalMinutes * 60.0 * svc.outageCostPerSecond;
        f.rpoSeconds = svc.rpoSeconds;
    }

    // HA or FT, required and achieved, per service.
    for (qsizetype serviceIndex = 0; serviceIndex < m.services.size(); ++serviceIndex) {
        const Service &svc = m.services.at(serviceIndex);
        ServiceClassification c;
        c.service = svc.id;
        const QSet<QString> &needs = closure.of(svc.id);
        bool failsOver = false; // a standby takes over: an interruption, however short
        for (const FailoverReport &f : result.failovers)
            if (needs.contains(f.group) || svc.entry == f.group) {
                failsOver = true;
                c.achievedRtoSeconds = std::max(c.achievedRtoSeconds, f.rtoSeconds);
                c.achievedRpoSeconds = std::max(c.achievedRpoSeconds, f.rpoSeconds);
            }
        if (failsOver)
            c.haReasons << ArchitectureAnalysis::tr("a failover interrupts it");
        // Requests sent to a dead member until health checks notice fail: an
        // interruption for some users, however few.
        const ServiceFigures &figures = result.services.at(serviceIndex);
        for (const RedundancyGroup &g : m.groups)
            if ((needs.contains(g.id) || svc.entry == g.id) && g.policy == RedundancyPolicy::ActiveActive
                && g.detectionTime() > 0.0 && g.members.size() >= 2 && figures.budget.detectionMinutes > 0.0) {
                c.achievedRtoSeconds = std::max(c.achievedRtoSeconds, g.detectionTime());
                c.haReasons << ArchitectureAnalysis::tr("requests to a dead member of %1 fail for up to %2 until health checks notice")
                                   .arg(index.displayName(g.id), NumberFormat::duration(g.detectionTime()));
            }
        for (const DataLossReport &loss : std::as_const(result.dataLoss))
            if (loss.services.contains(svc.id)) {
                if (loss.kind == u"array-rebuild"_s)
                    c.haReasons << ArchitectureAnalysis::tr("more failures than %1 tolerates during a rebuild lose its data")
                                       .arg(index.displayName(loss.source));
                else if (loss.kind == u"single-replica-write"_s)
                    c.haReasons << ArchitectureAnalysis::tr("%1 acknowledges a write on one replica, which can fail before copying it")
                                       .arg(index.displayName(loss.source));
            }
        // Fault tolerance: no interruption and no loss on any single failure, so
        // no failover with a delay or a lag, and nothing whose failure alone takes
        // the service down.
        // When something alone takes the service down, recovery waits for its
        // repair: that is the recovery time too.
        bool singlePoint = false;
        for (auto it = servicesDownedBy.constBegin(); it != servicesDownedBy.constEnd(); ++it) {
            if (!it.value().contains(svc.id))
                continue;
            singlePoint = true;
            const FailureModel *fm = nullptr;
            if (const Component *comp = index.component(it.key()))
                fm = &comp->failure;
            else if (const Container *cont = index.container(it.key()))
                fm = &cont->failure;
            if (fm && fm->canFail() && fm->mttrHours * 3600.0 > c.achievedRtoSeconds) {
                c.achievedRtoSeconds = fm->mttrHours * 3600.0;
                c.rtoCause = it.key();
            }
        }
        if (singlePoint)
            c.haReasons << ArchitectureAnalysis::tr("a single failure takes it down");
        if (c.achievedRpoSeconds > 0.0)
            c.haReasons << (failsOver ? ArchitectureAnalysis::tr("a failover loses up to %1 of writes")
                                      : ArchitectureAnalysis::tr("a failure loses up to %1 of writes"))
                               .arg(NumberFormat::duration(c.achievedRpoSeconds));
        c.achieved = (c.haReasons.isEmpty() && c.achievedRtoSeconds == 0.0 && c.achievedRpoSeconds == 0.0) ? u"FT"_s : u"HA"_s;
        c.required = (svc.rtoSeconds && *svc.rtoSeconds == 0.0) ? u"FT"_s : u"HA"_s;
        result.classifications << c;
    }
}

} // namespace nf
