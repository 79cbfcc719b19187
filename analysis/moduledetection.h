#pragma once

#include "structure.h"

#include <vector>

namespace nf {

// Modules of a structure function: gates whose cone (the nodes below them) is
// reached from the rest of the structure only through the gate itself, so the
// gate's function depends on events nothing else uses. A module can be solved on
// its own and stand in its parents for one variable. Found in linear time by
// Dutuit and Rauzy's algorithm ("A linear-time algorithm to find modules of fault
// trees", IEEE Trans. Reliability 45(3), 1996): one depth-first traversal records
// the first, the finishing and the last visit of every node; a gate is a module
// when every visit of every node below it falls between its own first visit and
// finishing.
class ModuleDetection
{
public:
    // By node: 1 for the gates reachable from `root` that are modules (`root`
    // included), 0 otherwise (events, constants, other gates, unreachable nodes).
    static std::vector<char> modules(const Structure &s, Structure::NodeId root);
};

} // namespace nf
