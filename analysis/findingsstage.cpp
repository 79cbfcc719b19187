// Stage: the findings, in plain words (FindingsCollector), with what they need from the other stages.

#include "analysisstages.h"

#include "analysiscontext.h"
#include "bddanalysis.h"
#include "downtimebudget.h"
#include "findingscollector.h"

using namespace Qt::StringLiterals;

namespace nf {

void AnalysisStages::findings(AnalysisContext &ctx)
{
    const Model &m = ctx.model;
    const ModelIndex &index = ctx.index;
    const ArchitectureStructure *arch = ctx.arch.get();
    const BddAnalysis &bdd = *ctx.bdd;
    const QHash<QString, Structure::NodeId> &fallbackBoth = ctx.aux.fallbackBoth;
    DependencyClosure &closure = *ctx.closure;
    AnalysisResult &result = ctx.result;
    // Inputs for the findings.
    FindingsCollector::Inputs in;
    in.model = &m;
    in.index = &index;
    in.structure = arch;
    in.bdd = &bdd;
    in.result = &result;
    in.importance = ctx.importance;
    in.allDownCauses = ctx.allDownCauses;
    in.servicesDownedBy = ctx.servicesDownedBy;
    for (const Service &svc : m.services)
        if (const Structure::NodeId w = ctx.budget->writeDown(svc.id); w >= 0)
            in.writeDown.insert(svc.id, w);
    for (const DependencyLink &d : m.dependencies)
        in.dependents[d.to] += 1;
    for (const Container &container : m.containers)
        in.dependents[container.id] += int(container.children.size());
    for (auto it = fallbackBoth.constBegin(); it != fallbackBoth.constEnd(); ++it) {
        const DependencyLink *d = nullptr;
        for (const DependencyLink &x : m.dependencies)
            if (x.id == it.key())
                d = &x;
        const double targetDown = bdd.probabilityOf(arch->down.value(d->to)).first;
        in.fallbackCoupling.insert(it.key(), targetDown > 0.0 ? bdd.probabilityOf(*it).first / targetDown : 0.0);
        in.fallbackNeedsTarget.insert(it.key(), closure.of(d->fallback).contains(d->to));
    }
    result.findings = FindingsCollector::collect(in);
}

} // namespace nf
