#include "variableorder.h"

#include "bdd.h"

#include <algorithm>
#include <deque>
#include <random>

namespace nf::bench {

const char *VariableOrder::name(Heuristic heuristic)
{
    switch (heuristic) {
    case Heuristic::DepthFirst: return "depth-first";
    case Heuristic::DepthFirstReversed: return "depth-first-reversed";
    case Heuristic::BreadthFirst: return "breadth-first";
    case Heuristic::EventIndex: return "event-index";
    case Heuristic::Random: return "random";
    }
    return "";
}

std::vector<int> VariableOrder::order(const Structure &s, Heuristic heuristic, std::uint32_t seed)
{
    std::vector<int> out;
    std::vector<char> visited(std::size_t(s.nodeCount()), 0);
    std::vector<char> placed(std::size_t(s.eventCount()), 0);
    auto place = [&](const Structure::Node &n) {
        if (n.kind == Structure::Kind::Event && !placed[std::size_t(n.event)]) {
            placed[std::size_t(n.event)] = 1;
            out.push_back(n.event);
        }
    };
    switch (heuristic) {
    case Heuristic::DepthFirst:
    case Heuristic::DepthFirstReversed: {
        const bool reversed = heuristic == Heuristic::DepthFirstReversed;
        std::vector<Structure::NodeId> stack{s.top()};
        while (!stack.empty()) {
            const Structure::NodeId id = stack.back();
            stack.pop_back();
            if (visited[std::size_t(id)])
                continue;
            visited[std::size_t(id)] = 1;
            const Structure::Node &n = s.node(id);
            place(n);
            const qsizetype count = n.inputs.size();
            for (qsizetype k = 0; k < count; ++k) {
                const Structure::NodeId in = n.inputs.at(reversed ? k : count - 1 - k);
                if (!visited[std::size_t(in)])
                    stack.push_back(in);
            }
        }
        break;
    }
    case Heuristic::BreadthFirst: {
        std::deque<Structure::NodeId> queue{s.top()};
        visited[std::size_t(s.top())] = 1;
        while (!queue.empty()) {
            const Structure::Node &n = s.node(queue.front());
            queue.pop_front();
            place(n);
            for (Structure::NodeId in : n.inputs)
                if (!visited[std::size_t(in)]) {
                    visited[std::size_t(in)] = 1;
                    queue.push_back(in);
                }
        }
        break;
    }
    case Heuristic::EventIndex:
    case Heuristic::Random: {
        out = order(s, Heuristic::DepthFirst); // the same events
        std::sort(out.begin(), out.end());
        if (heuristic == Heuristic::Random)
            std::shuffle(out.begin(), out.end(), std::mt19937(seed));
        break;
    }
    }
    return out;
}

VariableOrder::Build VariableOrder::build(const Structure &s, const std::vector<int> &levelToEvent)
{
    std::vector<int> eventToLevel(std::size_t(s.eventCount()), -1);
    for (std::size_t level = 0; level < levelToEvent.size(); ++level)
        eventToLevel[std::size_t(levelToEvent[level])] = int(level);
    Bdd bdd(int(levelToEvent.size()));
    // As BddAnalysis: nodes reachable from the top, in index (topological) order.
    const Structure::NodeId top = s.top();
    std::vector<char> reachable(std::size_t(top) + 1, 0);
    std::vector<Structure::NodeId> stack{top};
    reachable[std::size_t(top)] = 1;
    while (!stack.empty()) {
        const Structure::NodeId id = stack.back();
        stack.pop_back();
        for (Structure::NodeId in : s.node(id).inputs)
            if (!reachable[std::size_t(in)]) {
                reachable[std::size_t(in)] = 1;
                stack.push_back(in);
            }
    }
    std::vector<Bdd::Ref> ref(std::size_t(top) + 1, Bdd::Zero);
    for (Structure::NodeId id = 0; id <= top; ++id) {
        if (!reachable[std::size_t(id)])
            continue;
        const Structure::Node &n = s.node(id);
        std::vector<Bdd::Ref> in;
        for (Structure::NodeId i : n.inputs)
            in.push_back(ref[std::size_t(i)]);
        Bdd::Ref r = Bdd::Zero;
        switch (n.kind) {
        case Structure::Kind::False: r = Bdd::Zero; break;
        case Structure::Kind::True: r = Bdd::One; break;
        case Structure::Kind::Event: r = bdd.variable(eventToLevel[std::size_t(n.event)]); break;
        case Structure::Kind::And: r = bdd.andAll(std::move(in)); break;
        case Structure::Kind::Or: r = bdd.orAll(std::move(in)); break;
        case Structure::Kind::AtLeast: r = bdd.atLeast(n.k, std::move(in)); break;
        case Structure::Kind::Not: r = bdd.notOp(in.front()); break;
        case Structure::Kind::Xor:
            for (Bdd::Ref x : in)
                r = bdd.xorOp(r, x);
            break;
        case Structure::Kind::WeightedAtLeast:
            r = bdd.weightedAtLeast(n.bound, in, std::vector<double>(n.weights.begin(), n.weights.end()));
            break;
        }
        ref[std::size_t(id)] = r;
    }
    std::vector<double> p(levelToEvent.size()), q(levelToEvent.size());
    for (std::size_t level = 0; level < levelToEvent.size(); ++level) {
        p[level] = s.eventAt(levelToEvent[level]).p;
        q[level] = s.eventAt(levelToEvent[level]).q;
    }
    Build b;
    b.probability = bdd.probability(ref[std::size_t(top)], p, q).first;
    b.nodes = bdd.reachableNodes(ref[std::size_t(top)]);
    b.allocated = bdd.allocatedNodes();
    b.bytes = bdd.memoryBytes();
    return b;
}

} // namespace nf::bench
