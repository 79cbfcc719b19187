#include "analysiscontext.h"

#include "analysisstages.h"
#include "architecturetranslator.h"
#include "bddanalysis.h"
#include "dependencygraph.h"
#include "downtimebudget.h"
#include "headroomanalysis.h"
#include "timeanalysis.h"

namespace nf {

QList<Structure::NodeId> AuxiliaryNodes::all() const
{
    QList<Structure::NodeId> out;
    for (const auto *aux : {&allDown, &needsDown, &bothDown, &fallbackBoth, &nonRedundant, &failoverEntry})
        out << aux->values();
    return out;
}

DependencyClosure::DependencyClosure(const Model &model)
    : m_graph(std::make_unique<DependencyGraph>(model))
{
}

DependencyClosure::~DependencyClosure() = default;

const QSet<QString> &DependencyClosure::of(const QString &id)
{
    if (auto it = m_memo.constFind(id); it != m_memo.constEnd())
        return *it;
    return *m_memo.insert(id, m_graph->closure(id));
}

AnalysisContext::AnalysisContext(const Model &m, const AnalysisOptions &o)
    : model(m)
    , options(o)
    , index(m)
    , retries(HeadroomAnalysis::retriesInto(m))
    , closure(std::make_unique<DependencyClosure>(m))
{
    result.modelName = m.name;
    result.currency = m.currency;
    result.missionTimeHours = m.missionTimeHours;
}

AnalysisContext::~AnalysisContext() = default;

const FailoverLink *failoverTo(const Model &m, const RedundancyGroup &g, const QString &standby)
{
    for (const FailoverLink &f : m.failovers)
        if (f.to == standby && g.members.contains(f.from))
            return &f;
    return nullptr;
}

void AnalysisStages::translate(AnalysisContext &c)
{
    c.arch = std::make_shared<ArchitectureStructure>(ArchitectureTranslator::translate(c.index));
    c.result.assumptions = c.arch->assumptions;
}

} // namespace nf
