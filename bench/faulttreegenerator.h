#pragma once

#include <QByteArray>

#include <cstdint>

namespace nf::bench {

// Writes a synthetic fault tree as an Open-PSA MEF file, for benchmarks at sizes the
// reference corpus does not reach. The shape follows plant and architecture fault
// trees (docs/engine.md, "Generated structures"):
//  - a component is one basic event, or an OR of 2 or 3 failure modes;
//  - a train (a replica, a redundant path) is an OR of 2 to 5 components;
//  - a system is redundant trains: an AND of 2 to 4 trains (70 %), or a k-of-n
//    vote over 3 or 4 trains (30 %: 2-of-3, 2-of-4 or 3-of-4);
//  - support systems (power, cooling, network: an OR of 2 to 4 components) are
//    shared: 40 % of the trains depend on one, picked among the 3 most recently
//    made, so neighbouring systems share support;
//  - 5 % of the trains share a component with the previous train;
//  - the top is an OR over the systems (in groups of up to 8, as an OR tree), where
//    30 % of the systems are first paired with the next one by an AND (defence in
//    depth: both must fail);
//  - basic-event probabilities are log-uniform in [1e-5, 1e-3].
// The same (events, seed) always gives the same file.
class FaultTreeGenerator
{
public:
    static QByteArray generate(int basicEvents, std::uint32_t seed = 1);
};

} // namespace nf::bench
