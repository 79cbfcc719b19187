#pragma once

#include <QByteArray>

namespace nf::bench {

// Writes the adversarial fault trees of issue 12 as Open-PSA MEF files, for the
// benchmarks and the crash tests of the engine:
//  - a chain of N gates, gate i = OP(gate i+1, event i), the last gate OP(event N-1,
//    event N); OP alternates or/and, or is always or, or always and. `gateFirst`
//    lists the gate before the event (people write both);
//  - k-of-n: one atleast gate over n events;
//  - a flat OR (or AND) of n events.
// Probabilities are 1e-3 ... 1e-2, fixed by the index, so files are reproducible.
class StressTreeGenerator
{
public:
    enum class Chain { Or, And, Alternating };
    static QByteArray chain(int gates, Chain op, bool gateFirst = true);
    static QByteArray atLeast(int k, int n);
    static QByteArray flat(int n, bool orGate = true);
};

} // namespace nf::bench
