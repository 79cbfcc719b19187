// Stage: R(t), A(t) and the MTTF over the mission; which components without failure data matter.

#include "analysisstages.h"

#include "analysiscontext.h"
#include "architectureanalysis.h"
#include "timeanalysis.h"

using namespace Qt::StringLiterals;

namespace nf {

void AnalysisStages::missionTime(AnalysisContext &ctx)
{
    const Model &m = ctx.model;
    const ModelIndex &index = ctx.index;
    const AnalysisOptions &options = ctx.options;
    ArchitectureStructure *arch = ctx.arch.get();
    DependencyClosure &closure = *ctx.closure;
    AnalysisResult &result = ctx.result;
    // Mission-time figures.
    if (ctx.timeAnalysis) {
        if (options.curvePoints >= 2) {
            const double hours = m.missionTimeHours;
            result.reliabilityCurve = ctx.timeAnalysis->sample(hours, options.curvePoints, TimeAnalysis::Measure::Reliability);
            result.availabilityCurve =
                ctx.timeAnalysis->sample(hours, options.curvePoints, TimeAnalysis::Measure::Availability, true);
        }
        std::tie(result.missionReliability, result.mttfHours) = ctx.reliabilityAndMttf.get();
    }

    // Components without failure data matter only where the services need them.
    if (!m.services.isEmpty()) {
        QSet<QString> needed;
        for (const Service &svc : m.services)
            needed.unite(closure.of(svc.id));
        arch->unparameterised.erase(std::remove_if(arch->unparameterised.begin(), arch->unparameterised.end(),
                                                   [&](const QString &id) { return !needed.contains(id); }),
                                    arch->unparameterised.end());
        result.assumptions.removeIf([](const QString &a) { return a.contains(u"without failure data"_s); });
        if (!arch->unparameterised.isEmpty()) {
            QStringList names;
            for (const QString &id : arch->unparameterised)
                names << index.displayName(id);
            result.assumptions.prepend(ArchitectureAnalysis::tr("Components without failure data are taken never to fail: %1.")
                                           .arg(names.join(u", "_s)));
        }
    }
}

} // namespace nf
