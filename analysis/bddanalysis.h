#pragma once

#include "structure.h"

#include <QList>

#include <cstdint>
#include <memory>
#include <utility>
#include <vector>

namespace nf {

// Importance of one basic event for the top event S, computed exactly on the BDD
// (DOMAIN.md §4). With p = P(e):
//   Birnbaum     = P(S|e) - P(S|¬e)
//   criticality  = p · Birnbaum / P(S)
//   Fussell-Vesely = (P(S) - P(S|¬e)) / P(S)   (equal to criticality when exact)
//   diagnostic   = P(e|S) = p · P(S|e) / P(S)
//   RAW          = P(S|e) / P(S)        (risk achievement worth)
//   RRW          = P(S) / P(S|¬e)       (risk reduction worth; +inf when P(S|¬e) = 0)
struct Importance
{
    double birnbaum = 0.0;
    double criticality = 0.0;
    double fussellVesely = 0.0;
    double diagnostic = 0.0;
    double raw = 1.0;
    double rrw = 1.0;
    double probabilityIfOccurred = 0.0;    // P(S|e)
    double probabilityIfNotOccurred = 0.0; // P(S|¬e)
};

struct CutSet
{
    QList<int> events; // event indices into the Structure, ascending
    double probability = 0.0;
};

struct CutSetOptions
{
    int maxOrder = 0;        // 0: no limit
    double cutoff = 0.0;     // sets with a smaller product of probabilities are not listed
    int maxListed = -1;      // -1: list all (after the cut-off)
};

struct CutSetResult
{
    double count = 0.0;            // minimal cut sets within the order limit (exact count)
    QList<double> countByOrder;    // index = order
    QList<CutSet> sets;            // listed sets, most probable first
    bool listTruncated = false;    // cut-off or maxListed left sets out of `sets`
    std::size_t zbddNodes = 0;
};

// Exact analysis of a structure function: builds one BDD of the top event
// (variables ordered depth-first from the top, see docs/engine.md), then answers
// probability, importance and minimal cut sets from it. The BDD is reused for
// other probability vectors (time curves, sensitivity), so it is built once.
class BddAnalysis
{
public:
    // Variable orderings. DepthFirst: depth-first from the top, inputs in the
    // order given (suits fault trees written top-down). SharedFirst: depth-first,
    // but at every gate the inputs used by the most parents are visited first, so
    // shared failure causes (zones, power, lower tiers) end up at the top of the
    // BDD; this keeps architecture structures small.
    // Adaptive: depth-first, FORCE, depth-first reversed and shared-first in
    // turn, each under a node budget that grows fourfold when all fail it; the
    // first that fits is kept (suits fault trees with shared events, whose best
    // order varies from model to model).
    enum class Ordering { DepthFirst, SharedFirst, Force, DepthFirstReversed, Adaptive };

    // Builds the BDD of the top event and of `extraRoots`; other nodes are built
    // when first asked for (probabilityOf, birnbaumOf, minimalCutSetsOf). The
    // decision diagrams, caches and memo tables of the analysis stay within
    // `maxMemoryBytes` (0: MemoryBudget::defaultBytes()); past it, this and the
    // cut-set functions throw MemoryBudget::Exceeded.
    explicit BddAnalysis(const Structure &structure, Ordering ordering = Ordering::Adaptive,
                         const QList<Structure::NodeId> &extraRoots = {}, std::size_t maxMemoryBytes = 0);
    ~BddAnalysis();
    BddAnalysis(const BddAnalysis &) = delete;
    BddAnalysis &operator=(const BddAnalysis &) = delete;

    const Structure &structure() const { return m_structure; }

    // P(top) and Q(top) = 1 - P(top) with the structure's probabilities; both exact
    // (no cancellation).
    double probability() const { return m_p; }
    double complement() const { return m_q; }
    // The same for other event probabilities (indexed by event).
    std::pair<double, double> evaluate(const std::vector<double> &p, const std::vector<double> &q) const;

    // P and Q of any node of the structure (not only the top), with the
    // structure's probabilities. Evaluates every BDD node made so far at once and
    // keeps the values, so asking for many nodes costs one pass.
    std::pair<double, double> probabilityOf(Structure::NodeId node) const;

    QList<Importance> importance() const;
    // Birnbaum importance of every event for the top event (or for `node`), for
    // the given probabilities (indexed by event).
    std::vector<double> birnbaum(const std::vector<double> &p, const std::vector<double> &q) const;
    std::vector<double> birnbaumOf(Structure::NodeId node, const std::vector<double> &p, const std::vector<double> &q) const;
    // P and Q of several nodes for other event probabilities, in one pass.
    std::vector<std::pair<double, double>> probabilitiesOf(const QList<Structure::NodeId> &nodes,
                                                           const std::vector<double> &p,
                                                           const std::vector<double> &q) const;
    // Minimal cut sets of the top event, or of any other node.
    CutSetResult minimalCutSets(const CutSetOptions &options = {}) const;
    CutSetResult minimalCutSetsOf(Structure::NodeId node, const CutSetOptions &options = {}) const;
    // The structure's event probabilities as vectors (indexed by event).
    void eventProbabilities(std::vector<double> &p, std::vector<double> &q) const;

    // Events the top event depends on (their variables appear in its BDD).
    const std::vector<int> &topEvents() const;

    // The top event's BDD as a plain array that later (lazy) growth of this
    // analysis does not touch: evaluations of it may run on another thread.
    struct FlatDiagram
    {
        struct Node
        {
            std::uint32_t level;
            std::uint32_t low, high; // 0: false, 1: true, k + 2: nodes[k]
        };
        std::vector<Node> nodes; // bottom-up: the last one is the top
        bool constant = false;   // no nodes: the top is this constant
        // (P, Q) of the top for probabilities by level.
        std::pair<double, double> evaluate(const std::vector<double> &pByLevel, const std::vector<double> &qByLevel) const;
    };
    FlatDiagram flatten() const;

    // Events in BDD variable order (level -> event index): depth-first from the
    // top, then from the other nodes, so every event has a level.
    const std::vector<int> &variableOrder() const { return m_levelToEvent; }
    // The heuristic that gave variableOrder() ("depth-first", "force", ...).
    const char *orderingUsed() const { return m_ordering; }
    std::size_t bddNodeCount() const;
    std::size_t allocatedNodes() const;
    std::size_t memoryBytes() const;

private:
    struct Private;
    Structure m_structure;
    std::unique_ptr<Private> d;
    std::vector<int> m_levelToEvent;
    std::vector<int> m_eventToLevel;
    double m_p = 0.0;
    double m_q = 1.0;
    static constexpr int s_nodesPerEvent = 256; // first node budget of Adaptive, per event
    void build(const std::vector<int> &levelToEvent, const QList<Structure::NodeId> &extraRoots,
               std::size_t maxMemoryBytes, std::size_t nodeBudget);
    std::uint32_t buildByModules(const std::vector<int> &levels, const std::vector<Structure::NodeId> &modules,
                                 std::size_t nodeBudget); // the top's BDD (a Bdd::Ref)
    void ensure(Structure::NodeId node) const; // builds the BDD of `node` if not built yet
    const char *m_ordering = "";
    mutable std::vector<int> m_topEvents;
    mutable std::vector<double> m_nodeP; // by BDD node, filled by probabilityOf()
    mutable std::vector<double> m_nodeQ;
};

} // namespace nf
