#include "structure.h"

#include <QSet>

#include <cmath>
#include <stdexcept>

namespace nf {

Structure::Structure()
{
    Node f;
    f.kind = Kind::False;
    m_false = add(f);
    Node t;
    t.kind = Kind::True;
    m_true = add(t);
    m_top = m_false;
}

Structure::NodeId Structure::add(Node node)
{
    m_nodes.append(std::move(node));
    return NodeId(m_nodes.size() - 1);
}

int Structure::addEvent(const BasicEvent &event)
{
    m_events.append(event);
    Node n;
    n.kind = Kind::Event;
    n.event = int(m_events.size() - 1);
    n.label = event.name.isEmpty() ? event.id : event.name;
    n.elementId = event.elementId;
    m_eventNodes.append(add(n));
    return n.event;
}

int Structure::findEvent(const QString &id) const
{
    for (int i = 0; i < m_events.size(); ++i)
        if (m_events.at(i).id == id)
            return i;
    return -1;
}

Structure::NodeId Structure::event(int eventIndex)
{
    return m_eventNodes.at(eventIndex);
}

Structure::NodeId Structure::andOf(const QList<NodeId> &inputs)
{
    QList<NodeId> kept;
    QSet<NodeId> seen;
    for (NodeId i : inputs) {
        if (i == m_false)
            return m_false;
        if (i == m_true || seen.contains(i))
            continue;
        seen.insert(i);
        kept << i;
    }
    if (kept.isEmpty())
        return m_true;
    if (kept.size() == 1)
        return kept.first();
    Node n;
    n.kind = Kind::And;
    n.inputs = kept;
    return add(n);
}

Structure::NodeId Structure::orOf(const QList<NodeId> &inputs)
{
    QList<NodeId> kept;
    QSet<NodeId> seen;
    for (NodeId i : inputs) {
        if (i == m_true)
            return m_true;
        if (i == m_false || seen.contains(i))
            continue;
        seen.insert(i);
        kept << i;
    }
    if (kept.isEmpty())
        return m_false;
    if (kept.size() == 1)
        return kept.first();
    Node n;
    n.kind = Kind::Or;
    n.inputs = kept;
    return add(n);
}

Structure::NodeId Structure::atLeast(int k, const QList<NodeId> &inputs)
{
    QList<NodeId> kept;
    for (NodeId i : inputs) {
        if (i == m_true)
            --k;
        else if (i != m_false)
            kept << i;
    }
    if (k <= 0)
        return m_true;
    if (k > kept.size())
        return m_false;
    if (k == 1)
        return orOf(kept);
    // all of them: an AND, unless an input appears twice (then it counts twice)
    if (k == kept.size() && QSet<NodeId>(kept.begin(), kept.end()).size() == kept.size())
        return andOf(kept);
    Node n;
    n.kind = Kind::AtLeast;
    n.k = k;
    n.inputs = kept;
    return add(n);
}

Structure::NodeId Structure::notOf(NodeId input)
{
    if (input == m_true)
        return m_false;
    if (input == m_false)
        return m_true;
    if (m_nodes.at(input).kind == Kind::Not)
        return m_nodes.at(input).inputs.first();
    Node n;
    n.kind = Kind::Not;
    n.inputs = {input};
    return add(n);
}

Structure::NodeId Structure::xorOf(const QList<NodeId> &inputs)
{
    bool parity = false;
    QList<NodeId> kept;
    for (NodeId i : inputs) {
        if (i == m_true)
            parity = !parity;
        else if (i != m_false)
            kept << i;
    }
    if (kept.isEmpty())
        return constant(parity);
    NodeId result;
    if (kept.size() == 1) {
        result = kept.first();
    } else {
        Node n;
        n.kind = Kind::Xor;
        n.inputs = kept;
        result = add(n);
    }
    return parity ? notOf(result) : result;
}

Structure::NodeId Structure::weightedAtLeast(double bound, const QList<NodeId> &inputs, const QList<double> &weights)
{
    if (inputs.size() != weights.size())
        throw std::invalid_argument("weightedAtLeast: one weight per input");
    QList<NodeId> kept;
    QList<double> keptWeights;
    double total = 0.0;
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        const double w = weights.at(i);
        if (w < 0.0 || !std::isfinite(w))
            throw std::invalid_argument("weightedAtLeast: weights must be finite and not negative");
        if (inputs.at(i) == m_true)
            bound -= w;
        else if (inputs.at(i) != m_false && w > 0.0) {
            kept << inputs.at(i);
            keptWeights << w;
            total += w;
        }
    }
    // Tolerance for sums of decimal capacities (0.1 + 0.2 ...).
    const double eps = 1e-9 * std::max(1.0, std::fabs(bound));
    if (bound <= eps)
        return m_true;
    if (total < bound - eps)
        return m_false;
    bool equal = true;
    for (double w : keptWeights)
        equal = equal && std::fabs(w - keptWeights.first()) <= 1e-12 * w;
    if (equal)
        return atLeast(int(std::ceil(bound / keptWeights.first() - 1e-9)), kept);
    Node n;
    n.kind = Kind::WeightedAtLeast;
    n.bound = bound;
    n.inputs = kept;
    n.weights = keptWeights;
    return add(n);
}

void Structure::setLabel(NodeId node, const QString &label, const QString &elementId)
{
    if (isConstant(node) || m_nodes.at(node).kind == Kind::Event)
        return;
    m_nodes[node].label = label;
    m_nodes[node].elementId = elementId;
}

bool Structure::evaluate(const std::vector<char> &state) const
{
    return evaluate(m_top, state);
}

bool Structure::evaluate(NodeId target, const std::vector<char> &state) const
{
    // Nodes are created after their inputs, so index order is a topological order.
    std::vector<char> value(size_t(target) + 1, 0);
    for (NodeId id = 0; id <= target; ++id) {
        const Node &n = m_nodes.at(id);
        char v = 0;
        switch (n.kind) {
        case Kind::False: v = 0; break;
        case Kind::True: v = 1; break;
        case Kind::Event: v = state.at(size_t(n.event)) ? 1 : 0; break;
        case Kind::And:
            v = 1;
            for (NodeId i : n.inputs) v = v && value[size_t(i)];
            break;
        case Kind::Or:
            v = 0;
            for (NodeId i : n.inputs) v = v || value[size_t(i)];
            break;
        case Kind::AtLeast: {
            int count = 0;
            for (NodeId i : n.inputs) count += value[size_t(i)];
            v = count >= n.k;
            break;
        }
        case Kind::Not: v = !value[size_t(n.inputs.first())]; break;
        case Kind::Xor:
            v = 0;
            for (NodeId i : n.inputs) v ^= value[size_t(i)];
            break;
        case Kind::WeightedAtLeast: {
            double sum = 0.0;
            for (qsizetype i = 0; i < n.inputs.size(); ++i)
                if (value[size_t(n.inputs.at(i))])
                    sum += n.weights.at(i);
            v = sum >= n.bound - 1e-9 * std::max(1.0, std::fabs(n.bound));
            break;
        }
        }
        value[size_t(id)] = v;
    }
    return value[size_t(target)];
}

double Structure::bruteForceProbability(NodeId node) const
{
    const int n = eventCount();
    if (n > 24)
        throw std::invalid_argument("bruteForceProbability: too many events");
    std::vector<char> state(size_t(n), 0);
    double total = 0.0;
    for (quint64 mask = 0; mask < (quint64(1) << n); ++mask) {
        double weight = 1.0;
        for (int i = 0; i < n; ++i) {
            state[size_t(i)] = (mask >> i) & 1;
            weight *= state[size_t(i)] ? m_events.at(i).p : m_events.at(i).q;
        }
        if (weight > 0.0 && evaluate(node, state))
            total += weight;
    }
    return total;
}

void Structure::setProbabilities(const std::vector<double> &p, const std::vector<double> &q)
{
    for (int i = 0; i < eventCount(); ++i) {
        m_events[i].p = p.at(size_t(i));
        m_events[i].q = q.at(size_t(i));
    }
}

} // namespace nf
