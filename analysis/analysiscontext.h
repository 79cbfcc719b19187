#pragma once

#include "analysisresult.h"
#include "architectureanalysis.h"
#include "architecturestructure.h"
#include "modelindex.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <future>
#include <memory>
#include <utility>
#include <vector>

namespace nf {

class BddAnalysis;
class DependencyGraph;
class DowntimeBudgetAnalysis;
class TimeAnalysis;
struct FailoverLink;

// Structure nodes the analysis asks about besides the services, built before the
// BDD so that it builds them too.
struct AuxiliaryNodes
{
    QHash<QString, Structure::NodeId> allDown;       // group/quorum -> every member down
    QHash<QString, Structure::NodeId> needsDown;     // failover link -> what it needs is down
    QHash<QString, Structure::NodeId> bothDown;      // failover link -> primary and needs down
    QHash<QString, Structure::NodeId> fallbackBoth;  // dependency -> target and fallback down
    QHash<QString, Structure::NodeId> nonRedundant;  // group -> its non-redundant version is down
    QHash<QString, Structure::NodeId> failoverEntry; // "group:standby" -> the service runs on that standby
    QList<Structure::NodeId> all() const;
};

// Elements whose failure can take `id` down, following the drawing's edges
// (DependencyGraph), memoised per element.
class DependencyClosure
{
public:
    explicit DependencyClosure(const Model &model);
    ~DependencyClosure();
    const QSet<QString> &of(const QString &id);

private:
    std::unique_ptr<DependencyGraph> m_graph;
    QHash<QString, QSet<QString>> m_memo;
};

// Everything the stages of one architecture analysis share: the model and its
// index, the translated structure, the BDD, and the result being filled. Each
// stage (AnalysisStages) reads what the earlier ones left and adds its part.
struct AnalysisContext
{
    AnalysisContext(const Model &model, const AnalysisOptions &options);
    ~AnalysisContext();
    AnalysisContext(const AnalysisContext &) = delete;
    AnalysisContext &operator=(const AnalysisContext &) = delete;

    const Model &model;
    const AnalysisOptions options;
    const ModelIndex index;
    QHash<QString, int> retries; // element -> most retries of a caller of it
    std::shared_ptr<ArchitectureStructure> arch;
    AuxiliaryNodes aux;
    std::unique_ptr<DowntimeBudgetAnalysis> budget;
    std::unique_ptr<BddAnalysis> bdd;
    std::vector<double> p, q;          // event probabilities
    QList<Importance> importance;      // by event, for the system
    std::vector<char> inCone;          // structure nodes the system or a service depends on
    QHash<QString, QStringList> servicesDownedBy; // element -> services it alone takes down
    QHash<QString, QStringList> allDownCauses;    // group/quorum -> what alone takes every member down
    std::unique_ptr<DependencyClosure> closure;
    std::shared_ptr<const TimeAnalysis> timeAnalysis;
    std::future<std::pair<double, double>> reliabilityAndMttf; // R(mission), MTTF, on a second core
    AnalysisResult result;
};

// The failover link to `standby` in `group`, if one is drawn.
const FailoverLink *failoverTo(const Model &model, const RedundancyGroup &group, const QString &standby);

} // namespace nf
