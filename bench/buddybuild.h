#pragma once

#include "structure.h"

#include <cstddef>
#include <vector>

namespace nf::bench {

// The same structure function built with BuDDy (Debian's libbdd), for the
// package comparison in docs/engine.md: the same variable order, the same gate
// translation (balanced AND/OR reductions, the k-of-n recurrence with if-then-else),
// and the probability by a memoised traversal. Only built when BuDDy is installed.
class BuddyBuild
{
public:
    struct Result
    {
        double probability = 0.0;
        std::size_t nodes = 0;      // reachable from the root (bdd_nodecount)
        std::size_t tableNodes = 0; // BuDDy's node table at the end (bdd_getallocnum)
        std::size_t tableBytes = 0; // tableNodes × 20 bytes (BuDDy's node record)
        int garbageCollections = 0;
    };
    // Runs bdd_init(initialNodes, cacheSize) ... bdd_done() around one build.
    static Result run(const Structure &s, const std::vector<int> &levelToEvent, int initialNodes, int cacheSize);
};

} // namespace nf::bench
