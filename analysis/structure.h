#pragma once

#include "eventlife.h"

#include <QList>
#include <QString>

#include <vector>

namespace nf {

// An independent basic event of a structure function: the failure of a component,
// a container, a failover switch-over... `p` is the probability that it has
// occurred at the time of interest and `q` = 1 - p, both given by the caller so
// that neither is computed by cancellation (11 nines must survive).
struct BasicEvent
{
    QString id;        // unique within the structure
    QString name;      // for people
    QString elementId; // the model element it stands for, if any
    double p = 0.0;
    double q = 1.0;
    double rate = 0.0; // occurrences per hour in steady state (for failure frequency); 0: none/unknown
    bool rateUnknown = false; // p > 0 but no rate is known (an SLA without a repair time)
    EventLife life;    // for time-dependent analysis
};

// A structure function: a DAG of gates over independent basic events. The
// architecture translation and the Open-PSA importer both build one; BddAnalysis
// evaluates it exactly. Shared sub-structures are simply nodes used by several
// parents. The builder folds constants as it goes (house events, empty gates), so
// a node may come back as a constant or as one of its inputs.
class Structure
{
public:
    using NodeId = int;

    enum class Kind {
        False,
        True,
        Event,           // a basic event
        And,
        Or,
        AtLeast,         // at least k inputs true
        Not,
        Xor,             // odd number of inputs true
        WeightedAtLeast, // sum of weights of true inputs >= bound
    };

    struct Node
    {
        Kind kind = Kind::False;
        int event = -1;       // Event: index into events()
        int k = 0;            // AtLeast
        double bound = 0.0;   // WeightedAtLeast
        QList<NodeId> inputs;
        QList<double> weights; // WeightedAtLeast, one per input
        QString label;         // what this node means, for people (RBD view, reports)
        QString elementId;     // the model element it represents, if any
    };

    Structure();

    void reserve(int nodes) { m_nodes.reserve(nodes); }
    int addEvent(const BasicEvent &event);
    int eventCount() const { return int(m_events.size()); }
    const BasicEvent &eventAt(int index) const { return m_events.at(index); }
    BasicEvent &eventAt(int index) { return m_events[index]; }
    const QList<BasicEvent> &events() const { return m_events; }
    int findEvent(const QString &id) const;

    NodeId constant(bool value) const { return value ? m_true : m_false; }
    NodeId event(int eventIndex);
    NodeId eventNode(int eventIndex) const { return m_eventNodes.at(eventIndex); }
    NodeId andOf(const QList<NodeId> &inputs);
    NodeId orOf(const QList<NodeId> &inputs);
    NodeId atLeast(int k, const QList<NodeId> &inputs);
    NodeId notOf(NodeId input);
    NodeId xorOf(const QList<NodeId> &inputs);
    NodeId weightedAtLeast(double bound, const QList<NodeId> &inputs, const QList<double> &weights);

    // Names a node (no effect on the function). Constants and shared event
    // nodes are never renamed.
    void setLabel(NodeId node, const QString &label, const QString &elementId = QString());

    void setTop(NodeId node) { m_top = node; }
    NodeId top() const { return m_top; }

    int nodeCount() const { return int(m_nodes.size()); }
    const Node &node(NodeId id) const { return m_nodes.at(id); }
    bool isConstant(NodeId id) const { return id == m_false || id == m_true; }

    // Direct evaluation for a given state of every basic event (true = occurred).
    // For tests and brute-force checks; exponential in nothing, linear in size.
    bool evaluate(const std::vector<char> &eventState) const;
    bool evaluate(NodeId node, const std::vector<char> &eventState) const;

    // Probability of the top event by enumerating all 2^n states (n <= 24).
    // Reference implementation for tests only.
    double bruteForceProbability() const { return bruteForceProbability(m_top); }
    double bruteForceProbability(NodeId node) const;

    // Replaces every event's p and q (same structure, new probabilities).
    void setProbabilities(const std::vector<double> &p, const std::vector<double> &q);

private:
    NodeId add(Node node);

    QList<BasicEvent> m_events;
    QList<Node> m_nodes;
    QList<NodeId> m_eventNodes; // event index -> its node
    NodeId m_false = 0;
    NodeId m_true = 1;
    NodeId m_top = 0;
};

} // namespace nf
