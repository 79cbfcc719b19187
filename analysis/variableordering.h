#pragma once

#include "structure.h"

#include <vector>

namespace nf {

// Static variable orders for the BDD of a structure function (docs/engine.md,
// "Variable order"). Each returns level -> event index: the events the top event
// reaches first, then those reached only from other nodes, so every event has a
// level.
class VariableOrdering
{
public:
    enum class Heuristic {
        DepthFirst,         // depth-first from the top, inputs in the order given
        DepthFirstReversed, // depth-first, inputs in reverse order
        SharedFirst,        // depth-first, inputs used by the most parents first
        Force,              // FORCE: events placed at the centre of gravity of their gates
    };
    static std::vector<int> order(const Structure &s, Heuristic heuristic);
    static const char *name(Heuristic heuristic);

private:
    static std::vector<int> depthFirst(const Structure &s, Heuristic heuristic);
    static std::vector<int> force(const Structure &s);
};

} // namespace nf
