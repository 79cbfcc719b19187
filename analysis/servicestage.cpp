// Stage: each service's figures and what alone takes it down; each element's figures.

#include "analysisstages.h"

#include "analysiscontext.h"
#include "bddanalysis.h"
#include "steadystate.h"

using namespace Qt::StringLiterals;

namespace nf {

void AnalysisStages::services(AnalysisContext &ctx)
{
    const Model &m = ctx.model;
    const ModelIndex &index = ctx.index;
    const ArchitectureStructure *arch = ctx.arch.get();
    const Structure &s = ctx.arch->structure;
    const BddAnalysis &bdd = *ctx.bdd;
    const std::vector<double> &p = ctx.p, &q = ctx.q;
    const QList<Importance> &importance = ctx.importance;
    const std::vector<char> &inCone = ctx.inCone;
    QHash<QString, QStringList> &servicesDownedBy = ctx.servicesDownedBy;
    AnalysisResult &result = ctx.result;
    // Services.
    for (const Service &svc : m.services) {
        ServiceFigures f;
        f.id = svc.id;
        f.name = svc.name.isEmpty() ? svc.id : svc.name;
        f.required = svc.required;
        const Structure::NodeId node = arch->down.value(svc.id);
        f.figures = SteadyState::compute(bdd, node);
        f.target = svc.availabilityTarget;
        f.meetsTarget = !svc.availabilityTarget || f.figures.availability >= *svc.availabilityTarget;
        f.outageCostPerYear = f.figures.downtimeMinutesPerYear * 60.0 * svc.outageCostPerSecond;
        result.services << f;
        // Events that alone take the service down.
        const std::vector<double> b = bdd.birnbaumOf(node, p, q);
        const double down = f.figures.unavailability;
        for (int e = 0; e < s.eventCount(); ++e) {
            if (b[std::size_t(e)] <= 0.0)
                continue;
            const double up1 = f.figures.availability - q[std::size_t(e)] * b[std::size_t(e)];
            // A group solved as a Markov chain is one event, but no single
            // failure inside it takes the service down.
            if (up1 <= 1e-9 * std::max(1.0, down) && !s.eventAt(e).id.startsWith(u"markov:"_s)) {
                const QString el = s.eventAt(e).elementId;
                if (!el.isEmpty() && !servicesDownedBy[el].contains(svc.id))
                    servicesDownedBy[el] << svc.id;
            }
        }
    }

    // Elements.
    const double systemDowntime = result.system.downtimeMinutesPerYear;
    for (const QString &id : m.allIds()) {
        const ElementRef r = index.find(id);
        if (r.type != ElementType::Component && r.type != ElementType::Container
            && r.type != ElementType::RedundancyGroup && r.type != ElementType::QuorumGroup)
            continue;
        ElementFigures e;
        e.id = id;
        int own = arch->ownEvent.value(id, -1);
        if (own < 0)
            own = arch->ownEvent.value(u"markov:"_s + id, -1);
        const Structure::NodeId node = arch->down.value(id);
        e.inSystem = inCone[std::size_t(node)];
        if (e.inSystem) {
            std::tie(e.unavailability, e.availability) = bdd.probabilityOf(node);
        } else if (own >= 0) {
            e.unavailability = s.eventAt(own).p;
            e.availability = s.eventAt(own).q;
        }
        if (own >= 0) {
            e.hasOwnEvent = true;
            e.ownUnavailability = s.eventAt(own).p;
            e.importance = importance.at(own);
            e.downtimeMinutesPerYear = e.importance.fussellVesely * systemDowntime;
        }
        result.elements << e;
    }
}

} // namespace nf
