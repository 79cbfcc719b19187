#pragma once

#include "structure.h"

#include <cstdint>
#include <vector>

namespace nf::bench {

// Variable-order heuristics for the ordering study (docs/engine.md) and a BDD build
// of a structure under any order with Ninefold's own package, so that orders can
// be compared on node count and time. The depth-first order reproduces
// BddAnalysis's (checked by bench_engine).
class VariableOrder
{
public:
    enum class Heuristic {
        DepthFirst,         // BddAnalysis: depth-first from the top, inputs in given order
        DepthFirstReversed, // depth-first, inputs in reverse order
        BreadthFirst,       // by distance from the top, inputs in given order
        EventIndex,         // the order in which the importer created the events
        Random,             // a random permutation (seeded): what no heuristic gives
    };

    // level -> event index, for the events the top event can reach.
    static std::vector<int> order(const Structure &s, Heuristic heuristic, std::uint32_t seed = 1);
    static const char *name(Heuristic heuristic);

    struct Build
    {
        double probability = 0.0;
        std::size_t nodes = 0;     // reachable from the root
        std::size_t allocated = 0; // made during the build, intermediate results included
        std::size_t bytes = 0;
    };
    // Builds the top event's BDD with nf::Bdd under `levelToEvent` (the same
    // translation as BddAnalysis) and evaluates it.
    static Build build(const Structure &s, const std::vector<int> &levelToEvent);
};

} // namespace nf::bench
