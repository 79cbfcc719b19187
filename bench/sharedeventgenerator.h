#pragma once

#include <QByteArray>

#include <cstdint>

namespace nf::bench {

// Writes random fault trees with many shared basic events, of the kind random
// fault-tree generators make for benchmarking (issue 16), as an Open-PSA MEF file:
//  - gates are made top-down, breadth-first; a gate has 2 to 6 inputs (4 on
//    average; an atleast gate at least 3, with 2 <= k < n);
//  - the gate kind is drawn with weights AND : OR : ATLEAST, 1 : 4 : 0.5 for the
//    `Mix::OrHeavy` family and 1 : 1 : 0.5 for `Mix::Balanced`;
//  - 10 % of the basic events are shared: each is an input of 2 gates drawn anywhere
//    in the tree, so the two uses are usually far apart; the others have one parent;
//  - an input is a new gate with a probability that makes the number of gates about
//    (events + shared events) / 3, which uses up the events at 4 inputs per gate;
//  - probabilities are log-uniform in [1e-4, 1e-2].
// The same (events, mix, seed) always gives the same file. Written for Ninefold
// from the description above, not from another generator's code.
class SharedEventGenerator
{
public:
    enum class Mix { OrHeavy, Balanced };
    static QByteArray generate(int basicEvents, Mix mix, std::uint32_t seed = 1);
    static const char *name(Mix mix) { return mix == Mix::OrHeavy ? "or-heavy" : "balanced"; }
};

} // namespace nf::bench
