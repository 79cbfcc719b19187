#include "moduledetection.h"

#include <algorithm>
#include <limits>

namespace nf {

std::vector<char> ModuleDetection::modules(const Structure &s, Structure::NodeId root)
{
    const std::size_t n = std::size_t(s.nodeCount());
    std::vector<char> out(n, 0);
    // Visit dates: first visit, end of the first visit (all inputs done), and the
    // last time the node was met (a node shared by several parents is met again
    // after it is finished). Without recursion: the structure may be deep.
    std::vector<int> first(n, 0), finish(n, 0), last(n, 0);
    int time = 0;
    struct Frame
    {
        Structure::NodeId id;
        int next;
    };
    std::vector<Frame> stack{{root, 0}};
    first[std::size_t(root)] = ++time;
    while (!stack.empty()) {
        const Structure::NodeId id = stack.back().id;
        const QList<Structure::NodeId> &inputs = s.node(id).inputs;
        if (stack.back().next < int(inputs.size())) {
            const Structure::NodeId c = inputs[stack.back().next++];
            ++time;
            if (first[std::size_t(c)]) {
                last[std::size_t(c)] = time;
                continue;
            }
            first[std::size_t(c)] = time;
            stack.push_back({c, 0});
        } else {
            finish[std::size_t(id)] = last[std::size_t(id)] = ++time;
            stack.pop_back();
        }
    }
    // The earliest and latest visit of anything below each gate; inputs have
    // smaller ids than their gates, so one pass in id order sees inputs first.
    constexpr int none = std::numeric_limits<int>::max();
    std::vector<int> low(n, none), high(n, 0);
    for (std::size_t v = 0; v < n; ++v) {
        if (!first[v])
            continue;
        const Structure::Node &node = s.node(Structure::NodeId(v));
        for (Structure::NodeId c : node.inputs) {
            low[v] = std::min({low[v], first[std::size_t(c)], low[std::size_t(c)]});
            high[v] = std::max({high[v], last[std::size_t(c)], high[std::size_t(c)]});
        }
        if (!node.inputs.isEmpty() && first[v] < low[v] && high[v] < finish[v])
            out[v] = 1;
    }
    return out;
}

} // namespace nf
