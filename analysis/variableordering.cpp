#include "variableordering.h"

#include <algorithm>
#include <numeric>

namespace nf {

const char *VariableOrdering::name(Heuristic heuristic)
{
    switch (heuristic) {
    case Heuristic::DepthFirst: return "depth-first";
    case Heuristic::DepthFirstReversed: return "depth-first-reversed";
    case Heuristic::SharedFirst: return "shared-first";
    case Heuristic::Force: return "force";
    }
    return "";
}

std::vector<int> VariableOrdering::order(const Structure &s, Heuristic heuristic)
{
    return heuristic == Heuristic::Force ? force(s) : depthFirst(s, heuristic);
}

// An event gets the next level the first time the traversal meets it. Events that
// share gates end up close together, which keeps the BDD small for structures
// built top-down (fault trees, architectures). Nodes outside the top's cone
// follow, from the most recently built (their roots) down.
std::vector<int> VariableOrdering::depthFirst(const Structure &s, Heuristic heuristic)
{
    std::vector<int> parents(static_cast<std::size_t>(s.nodeCount()), 0);
    if (heuristic == Heuristic::SharedFirst)
        for (Structure::NodeId id = 0; id < s.nodeCount(); ++id)
            for (Structure::NodeId in : s.node(id).inputs)
                ++parents[std::size_t(in)];
    std::vector<int> order;
    std::vector<char> visited(static_cast<std::size_t>(s.nodeCount()), 0);
    std::vector<char> placed(static_cast<std::size_t>(s.eventCount()), 0);
    auto walk = [&](Structure::NodeId from) {
        std::vector<Structure::NodeId> stack{from};
        while (!stack.empty()) {
            const Structure::NodeId id = stack.back();
            stack.pop_back();
            if (visited[std::size_t(id)])
                continue;
            visited[std::size_t(id)] = 1;
            const Structure::Node &n = s.node(id);
            if (n.kind == Structure::Kind::Event) {
                if (!placed[std::size_t(n.event)]) {
                    placed[std::size_t(n.event)] = 1;
                    order.push_back(n.event);
                }
                continue;
            }
            QList<Structure::NodeId> inputs = n.inputs;
            if (heuristic == Heuristic::SharedFirst)
                std::stable_sort(inputs.begin(), inputs.end(), [&](Structure::NodeId a, Structure::NodeId b) {
                    return parents[std::size_t(a)] > parents[std::size_t(b)];
                });
            if (heuristic == Heuristic::DepthFirstReversed)
                std::reverse(inputs.begin(), inputs.end());
            // pushed in reverse so the first input is visited first
            for (qsizetype i = inputs.size(); i-- > 0;)
                if (!visited[std::size_t(inputs.at(i))])
                    stack.push_back(inputs.at(i));
        }
    };
    walk(s.top());
    for (Structure::NodeId id = s.nodeCount() - 1; id >= 0; --id)
        if (!visited[std::size_t(id)])
            walk(id);
    return order;
}

// FORCE (Aloul, Markov, Sakallah 2003): every gate is a hyperedge over itself and
// its inputs. Each round computes every hyperedge's centre of gravity (the mean
// position of its nodes), moves every node to the mean of the centres of its
// hyperedges, and ranks the nodes again. The total span of the hyperedges
// shrinks, so a shared event ends up between its parents instead of next to the
// first one the depth-first walk met. The best of the rounds (by total span) is
// kept; the start is the depth-first order.
std::vector<int> VariableOrdering::force(const Structure &s)
{
    const int nodeCount = s.nodeCount();
    // initial positions: depth-first visit order of every node (gates included)
    std::vector<double> position(std::size_t(nodeCount), -1.0);
    {
        int next = 0;
        // the top is walked first, then what it does not reach, from the last node down
        std::vector<Structure::NodeId> stack(static_cast<std::size_t>(nodeCount));
        std::iota(stack.begin(), stack.end(), 0);
        stack.push_back(s.top());
        while (!stack.empty()) {
            const Structure::NodeId id = stack.back();
            stack.pop_back();
            if (position[std::size_t(id)] >= 0.0)
                continue;
            position[std::size_t(id)] = next++;
            const QList<Structure::NodeId> &in = s.node(id).inputs;
            for (qsizetype i = in.size(); i-- > 0;)
                if (position[std::size_t(in.at(i))] < 0.0)
                    stack.push_back(in.at(i));
        }
    }
    std::vector<Structure::NodeId> gates;
    for (Structure::NodeId id = 0; id < nodeCount; ++id)
        if (!s.node(id).inputs.isEmpty())
            gates.push_back(id);
    auto span = [&](const std::vector<double> &pos) {
        double total = 0.0;
        for (Structure::NodeId g : gates) {
            double lo = pos[std::size_t(g)], hi = lo;
            for (Structure::NodeId in : s.node(g).inputs) {
                lo = std::min(lo, pos[std::size_t(in)]);
                hi = std::max(hi, pos[std::size_t(in)]);
            }
            total += hi - lo;
        }
        return total;
    };
    std::vector<double> best = position;
    double bestSpan = span(position);
    std::vector<double> sum(static_cast<std::size_t>(nodeCount)), weight(static_cast<std::size_t>(nodeCount));
    std::vector<int> rank(static_cast<std::size_t>(nodeCount));
    for (int round = 0; round < 40; ++round) {
        std::fill(sum.begin(), sum.end(), 0.0);
        std::fill(weight.begin(), weight.end(), 0.0);
        for (Structure::NodeId g : gates) {
            const QList<Structure::NodeId> &in = s.node(g).inputs;
            double centre = position[std::size_t(g)];
            for (Structure::NodeId i : in)
                centre += position[std::size_t(i)];
            centre /= double(in.size() + 1);
            sum[std::size_t(g)] += centre;
            weight[std::size_t(g)] += 1.0;
            for (Structure::NodeId i : in) {
                sum[std::size_t(i)] += centre;
                weight[std::size_t(i)] += 1.0;
            }
        }
        std::iota(rank.begin(), rank.end(), 0);
        auto target = [&](int id) {
            return weight[std::size_t(id)] > 0.0 ? sum[std::size_t(id)] / weight[std::size_t(id)] : position[std::size_t(id)];
        };
        std::vector<double> t(static_cast<std::size_t>(nodeCount));
        for (int id = 0; id < nodeCount; ++id)
            t[std::size_t(id)] = target(id);
        std::stable_sort(rank.begin(), rank.end(), [&](int a, int b) { return t[std::size_t(a)] < t[std::size_t(b)]; });
        for (int r = 0; r < nodeCount; ++r)
            position[std::size_t(rank[std::size_t(r)])] = r;
        const double sp = span(position);
        if (sp < bestSpan) {
            bestSpan = sp;
            best = position;
        } else if (round > 4 && sp > bestSpan * 1.0001) {
            break;
        }
    }
    // events by their best position (ties: depth-first)
    std::vector<int> order = depthFirst(s, Heuristic::DepthFirst);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return best[std::size_t(s.eventNode(a))] < best[std::size_t(s.eventNode(b))];
    });
    return order;
}

} // namespace nf
