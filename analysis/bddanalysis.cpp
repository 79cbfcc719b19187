#include "bddanalysis.h"

#include "bdd.h"
#include "memorybudget.h"
#include "moduledetection.h"
#include "variableordering.h"
#include "zbdd.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <queue>
#include <unordered_map>

namespace nf {

struct BddAnalysis::Private
{
    Private(int levels, std::size_t maxMemory) : bdd(levels), budget(maxMemory) {}
    Bdd bdd;
    MemoryBudget budget;
    Bdd::Ref root = Bdd::Zero;
    std::vector<Bdd::Ref> rootOrder; // bottomUp(root), for repeated evaluations
    std::vector<Bdd::Ref> refs; // by structure node
    std::vector<double> p; // by level
    std::vector<double> q;
};

namespace {
constexpr Bdd::Ref kNotBuilt = 0xffffffffu;
}

namespace {

// Builds the BDD of `target` and of every node below it not built yet (refs[n] ==
// kNotBuilt), bottom-up, without recursion. A node whose ref is set already (a
// module's stand-in variable) is not looked into.
void buildCone(Bdd &bdd, std::vector<Bdd::Ref> &ref, const Structure &s, const std::vector<int> &eventToLevel,
               Structure::NodeId target)
{
    if (ref[std::size_t(target)] != kNotBuilt)
        return;
    std::vector<std::pair<Structure::NodeId, bool>> stack{{target, false}};
    while (!stack.empty()) {
        auto [id, expanded] = stack.back();
        stack.pop_back();
        if (ref[std::size_t(id)] != kNotBuilt)
            continue;
        const Structure::Node &n = s.node(id);
        if (!expanded) {
            stack.push_back({id, true});
            for (Structure::NodeId i : n.inputs)
                if (ref[std::size_t(i)] == kNotBuilt)
                    stack.push_back({i, false});
            continue;
        }
        std::vector<Bdd::Ref> in;
        in.reserve(std::size_t(n.inputs.size()));
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
            r = Bdd::Zero;
            for (Bdd::Ref x : in)
                r = bdd.xorOp(r, x);
            break;
        case Structure::Kind::WeightedAtLeast:
            r = bdd.weightedAtLeast(n.bound, in, std::vector<double>(n.weights.begin(), n.weights.end()));
            break;
        }
        ref[std::size_t(id)] = r;
    }
}

} // namespace

void BddAnalysis::ensure(Structure::NodeId target) const
{
    buildCone(d->bdd, d->refs, m_structure, m_eventToLevel, target);
}

BddAnalysis::BddAnalysis(const Structure &structure, Ordering ordering, const QList<Structure::NodeId> &extraRoots,
                         std::size_t maxMemoryBytes)
    : m_structure(structure)
{
    using H = VariableOrdering::Heuristic;
    std::vector<H> candidates;
    switch (ordering) {
    case Ordering::DepthFirst: candidates = {H::DepthFirst}; break;
    case Ordering::SharedFirst: candidates = {H::SharedFirst}; break;
    case Ordering::Force: candidates = {H::Force}; break;
    case Ordering::DepthFirstReversed: candidates = {H::DepthFirstReversed}; break;
    case Ordering::Adaptive: candidates = {H::DepthFirst, H::Force, H::DepthFirstReversed, H::SharedFirst}; break;
    }
    // Which static order suits a structure cannot be told in advance, and a bad one
    // costs orders of magnitude (docs/engine.md, "Variable order"). Each candidate
    // gets a node budget, in turn; when all fail it, the budget grows fourfold, once.
    // A structure that suits depth-first is built exactly as before.
    const std::size_t unlimited = ~std::size_t(0);
    std::size_t nodeBudget = std::max<std::size_t>(std::size_t(1) << 18,
                                                   std::size_t(s_nodesPerEvent) * std::size_t(structure.eventCount()));
    if (candidates.size() == 1)
        nodeBudget = unlimited;
    const std::size_t memory = maxMemoryBytes ? maxMemoryBytes : MemoryBudget::defaultBytes();
    std::vector<std::size_t> progress(candidates.size(), 0); // gates built when the budget stopped it
    int round = 0;
    for (;;) {
        for (std::size_t c = 0; c < candidates.size(); ++c) {
            try {
                build(VariableOrdering::order(m_structure, candidates[c]), extraRoots, memory, nodeBudget);
                m_ordering = VariableOrdering::name(candidates[c]);
                return;
            } catch (const Bdd::NodeLimitReached &) {
                progress[c] = std::size_t(std::count_if(d->refs.begin(), d->refs.end(), [](Bdd::Ref r) { return r != kNotBuilt; }));
            } catch (const MemoryBudget::Exceeded &) {
                if (nodeBudget == unlimited && c + 1 == candidates.size())
                    throw;
            }
        }
        // Two small rounds, then the candidate that got furthest gets the whole
        // memory budget: at larger budgets the failed attempts would cost more than
        // the blow-up they avoid.
        if (++round == 2) {
            const auto best = std::max_element(progress.begin(), progress.end()) - progress.begin();
            candidates = {candidates[std::size_t(best)]};
            progress = {0};
            nodeBudget = unlimited;
        } else {
            nodeBudget *= 4;
        }
    }
}

namespace {

// The levels of a module-wise construction (docs/engine.md, "Modules"): each
// module below the top gets a stand-in level, followed at once by the levels of
// everything inside it, so that composing the module back in is a matter of
// continuing its diagram's ends. Within a module, its own events and sub-modules
// keep the order the heuristic gave (a sub-module where its first event is).
struct ModuleLayout
{
    std::vector<int> levels;                // by level: event index, or -1 - module node
    std::vector<Structure::NodeId> modules; // below the top, inputs before gates
};

ModuleLayout moduleLayout(const Structure &s, const std::vector<int> &order)
{
    ModuleLayout out;
    out.levels = order;
    const Structure::NodeId top = s.top();
    if (s.node(top).inputs.isEmpty())
        return out;
    const std::vector<char> isModule = ModuleDetection::modules(s, top);
    std::vector<int> position(std::size_t(s.eventCount()), 0);
    for (std::size_t i = 0; i < order.size(); ++i)
        position[std::size_t(order[i])] = int(i);
    // Each module's own variables (events, and sub-modules as -1 - node), met
    // without passing through another module, and the position of its first event.
    std::vector<std::vector<int>> own(std::size_t(s.nodeCount()));
    std::vector<int> key(std::size_t(s.nodeCount()), 0);
    std::vector<char> seen(std::size_t(s.nodeCount()), 0);
    auto keyOf = [&](int entry) { return entry >= 0 ? position[std::size_t(entry)] : key[std::size_t(-1 - entry)]; };
    for (Structure::NodeId m = 0; m < s.nodeCount(); ++m) { // sub-modules (smaller ids) first
        if (!isModule[std::size_t(m)])
            continue;
        std::vector<int> &vars = own[std::size_t(m)];
        std::vector<Structure::NodeId> stack{m};
        while (!stack.empty()) {
            const Structure::NodeId g = stack.back();
            stack.pop_back();
            for (Structure::NodeId c : s.node(g).inputs) {
                if (seen[std::size_t(c)])
                    continue;
                seen[std::size_t(c)] = 1;
                const Structure::Node &n = s.node(c);
                if (n.kind == Structure::Kind::Event)
                    vars.push_back(n.event);
                else if (isModule[std::size_t(c)])
                    vars.push_back(-1 - c);
                else if (!n.inputs.isEmpty())
                    stack.push_back(c);
            }
        }
        std::stable_sort(vars.begin(), vars.end(), [&](int a, int b) { return keyOf(a) < keyOf(b); });
        key[std::size_t(m)] = vars.empty() ? 0 : keyOf(vars.front());
        if (m != top && !vars.empty())
            out.modules.push_back(m);
    }
    // Worth it only when the top's own part is small beside the whole: building a
    // module apart saves the work of its copies in its context, but with most
    // events shared up to the top (random trees of shared events) the top is
    // nearly the whole problem, and a lone build under a changed order measured
    // slower (docs/engine.md, "Modules").
    std::size_t events = 0;
    for (Structure::NodeId m = 0; m < s.nodeCount(); ++m)
        for (int entry : own[std::size_t(m)])
            events += entry >= 0 ? 1 : 0;
    if (out.modules.empty() || own[std::size_t(top)].size() * 2 > events) {
        out.modules.clear();
        return out; // the heuristic's order as it is
    }
    out.levels.clear();
    std::vector<char> placed(std::size_t(s.eventCount()), 0);
    std::vector<std::pair<Structure::NodeId, std::size_t>> stack{{top, 0}};
    while (!stack.empty()) {
        auto &[m, next] = stack.back();
        const std::vector<int> &vars = own[std::size_t(m)];
        if (next == vars.size()) {
            stack.pop_back();
            continue;
        }
        const int entry = vars[next++];
        out.levels.push_back(entry);
        if (entry >= 0)
            placed[std::size_t(entry)] = 1;
        else
            stack.push_back({-1 - entry, 0});
    }
    for (int e : order) // events the top does not reach
        if (!placed[std::size_t(e)])
            out.levels.push_back(e);
    return out;
}

} // namespace

void BddAnalysis::build(const std::vector<int> &order, const QList<Structure::NodeId> &extraRoots,
                        std::size_t maxMemoryBytes, std::size_t nodeBudget)
{
    const Structure &s = m_structure;
    const ModuleLayout layout = moduleLayout(s, order);
    m_levelToEvent.clear();
    for (int entry : layout.levels)
        if (entry >= 0)
            m_levelToEvent.push_back(entry);
    m_eventToLevel.assign(std::size_t(s.eventCount()), -1);
    for (std::size_t level = 0; level < m_levelToEvent.size(); ++level)
        m_eventToLevel[std::size_t(m_levelToEvent[level])] = int(level);

    d.reset(); // the failed attempt's tables go before the next are made
    d = std::make_unique<Private>(int(m_levelToEvent.size()), maxMemoryBytes);
    Bdd &bdd = d->bdd;
    bdd.setLimits(&d->budget, nodeBudget);

    d->refs.assign(static_cast<std::size_t>(s.nodeCount()), kNotBuilt);
    d->p.resize(m_levelToEvent.size());
    d->q.resize(m_levelToEvent.size());
    for (std::size_t level = 0; level < m_levelToEvent.size(); ++level) {
        const BasicEvent &e = s.eventAt(m_levelToEvent[level]);
        d->p[level] = e.p;
        d->q[level] = e.q;
    }
    const Structure::NodeId top = s.top();
    if (layout.modules.empty()) {
        ensure(top);
    } else {
        const Bdd::Ref root = buildByModules(layout.levels, layout.modules, nodeBudget);
        d->refs.assign(static_cast<std::size_t>(s.nodeCount()), kNotBuilt); // they were the construction's
        d->refs[std::size_t(top)] = root;
    }
    for (Structure::NodeId extra : extraRoots)
        ensure(extra);
    bdd.setLimits(&d->budget, ~std::size_t(0)); // nodes built later on demand: the memory budget only
    const std::vector<Bdd::Ref> &ref = d->refs;
    d->root = ref[std::size_t(top)];
    d->rootOrder = bdd.bottomUp(d->root);
    std::tie(m_p, m_q) = bdd.probability(d->rootOrder, d->root, d->p, d->q);
}

std::uint32_t BddAnalysis::buildByModules(const std::vector<int> &levels, const std::vector<Structure::NodeId> &modules,
                                          std::size_t nodeBudget)
{
    // Each module is built on its own, with its sub-modules standing in as one
    // variable each; then the top is composed with them, once, top-down, and the
    // result goes into the analysis's package with the stand-in levels left out.
    // The construction package, with all its intermediate nodes, is dropped after.
    const Structure &s = m_structure;
    std::vector<int> eventLevel(std::size_t(s.eventCount()), -1);
    std::vector<int> standIn(std::size_t(s.nodeCount()), -1);
    std::vector<std::uint32_t> toFinal(levels.size(), 0);
    std::uint32_t next = 0;
    for (std::size_t level = 0; level < levels.size(); ++level) {
        if (levels[level] >= 0) {
            eventLevel[std::size_t(levels[level])] = int(level);
            toFinal[level] = next++;
        } else {
            standIn[std::size_t(-1 - levels[level])] = int(level);
        }
    }
    Bdd construction(int(levels.size()));
    construction.setLimits(&d->budget, nodeBudget);
    std::vector<Bdd::Ref> replacement(levels.size(), Bdd::NoReplacement);
    for (Structure::NodeId m : modules) {
        buildCone(construction, d->refs, s, eventLevel, m);
        const int level = standIn[std::size_t(m)];
        replacement[std::size_t(level)] = d->refs[std::size_t(m)];
        d->refs[std::size_t(m)] = construction.variable(level);
    }
    buildCone(construction, d->refs, s, eventLevel, s.top());
    const Bdd::Ref top = construction.compose(d->refs[std::size_t(s.top())], replacement);
    return d->bdd.copyFrom(construction, top, toFinal);
}

BddAnalysis::~BddAnalysis() = default;

std::pair<double, double> BddAnalysis::evaluate(const std::vector<double> &p, const std::vector<double> &q) const
{
    std::vector<double> pl(m_levelToEvent.size()), ql(m_levelToEvent.size());
    for (std::size_t level = 0; level < m_levelToEvent.size(); ++level) {
        pl[level] = p.at(std::size_t(m_levelToEvent[level]));
        ql[level] = q.at(std::size_t(m_levelToEvent[level]));
    }
    return d->bdd.probability(d->rootOrder, d->root, pl, ql);
}

std::pair<double, double> BddAnalysis::probabilityOf(Structure::NodeId node) const
{
    ensure(node);
    const Bdd &bdd = d->bdd;
    const std::size_t done = m_nodeP.size();
    const std::size_t size = bdd.allocatedNodes();
    if (done < size) {
        // One bottom-up pass over the nodes made since the last call: index order
        // is bottom-up, and earlier values stay valid.
        m_nodeP.resize(size, 0.0);
        m_nodeQ.resize(size, 0.0);
        m_nodeQ[Bdd::Zero] = 1.0;
        m_nodeP[Bdd::Zero] = 0.0;
        m_nodeP[Bdd::One] = 1.0;
        m_nodeQ[Bdd::One] = 0.0;
        for (Bdd::Ref r = std::max<std::size_t>(2, done); r < size; ++r) {
            const double pv = d->p[bdd.level(r)], qv = d->q[bdd.level(r)];
            m_nodeP[r] = pv * m_nodeP[bdd.high(r)] + qv * m_nodeP[bdd.low(r)];
            m_nodeQ[r] = pv * m_nodeQ[bdd.high(r)] + qv * m_nodeQ[bdd.low(r)];
        }
    }
    const Bdd::Ref r = d->refs.at(std::size_t(node));
    return {m_nodeP[r], m_nodeQ[r]};
}

BddAnalysis::FlatDiagram BddAnalysis::flatten() const
{
    FlatDiagram out;
    const Bdd &bdd = d->bdd;
    if (d->root == Bdd::Zero || d->root == Bdd::One) {
        out.constant = d->root == Bdd::One;
        return out;
    }
    // Position of every node of the top's diagram in `nodes` (+ 2), by reference:
    // the root has the largest reference of them all.
    std::vector<std::uint32_t> position(std::size_t(d->root) + 1);
    position[Bdd::Zero] = 0;
    position[Bdd::One] = 1;
    out.nodes.reserve(d->rootOrder.size());
    for (Bdd::Ref r : d->rootOrder) {
        out.nodes.push_back({bdd.level(r), position[bdd.low(r)], position[bdd.high(r)]});
        position[r] = std::uint32_t(out.nodes.size() + 1);
    }
    return out;
}

std::pair<double, double> BddAnalysis::FlatDiagram::evaluate(const std::vector<double> &pByLevel,
                                                             const std::vector<double> &qByLevel) const
{
    if (nodes.empty())
        return constant ? std::pair{1.0, 0.0} : std::pair{0.0, 1.0};
    // Scratch arrays kept between calls (a quadrature evaluates hundreds of
    // times); every entry is written before it is read.
    thread_local std::vector<double> P, Q;
    if (P.size() < nodes.size() + 2) {
        P.resize(nodes.size() + 2);
        Q.resize(nodes.size() + 2);
    }
    P[0] = 0.0, Q[0] = 1.0, P[1] = 1.0, Q[1] = 0.0;
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const Node &n = nodes[i];
        const double pv = pByLevel[n.level], qv = qByLevel[n.level];
        P[i + 2] = pv * P[n.high] + qv * P[n.low];
        Q[i + 2] = pv * Q[n.high] + qv * Q[n.low];
    }
    return {P[nodes.size() + 1], Q[nodes.size() + 1]};
}

const std::vector<int> &BddAnalysis::topEvents() const
{
    if (m_topEvents.empty() && !d->rootOrder.empty()) {
        std::vector<char> seen(m_levelToEvent.size(), 0);
        for (Bdd::Ref r : d->rootOrder)
            seen[d->bdd.level(r)] = 1;
        for (std::size_t level = 0; level < seen.size(); ++level)
            if (seen[level])
                m_topEvents.push_back(m_levelToEvent[level]);
    }
    return m_topEvents;
}

std::size_t BddAnalysis::bddNodeCount() const
{
    return d->bdd.reachableNodes(d->root);
}

std::size_t BddAnalysis::allocatedNodes() const
{
    return d->bdd.allocatedNodes();
}

std::size_t BddAnalysis::memoryBytes() const
{
    return d->bdd.memoryBytes();
}

void BddAnalysis::eventProbabilities(std::vector<double> &p, std::vector<double> &q) const
{
    const int n = m_structure.eventCount();
    p.resize(std::size_t(n));
    q.resize(std::size_t(n));
    for (int i = 0; i < n; ++i) {
        p[std::size_t(i)] = m_structure.eventAt(i).p;
        q[std::size_t(i)] = m_structure.eventAt(i).q;
    }
}

std::vector<std::pair<double, double>> BddAnalysis::probabilitiesOf(const QList<Structure::NodeId> &nodes,
                                                                    const std::vector<double> &p,
                                                                    const std::vector<double> &q) const
{
    for (Structure::NodeId n : nodes)
        ensure(n);
    const Bdd &bdd = d->bdd;
    std::vector<double> pl(m_levelToEvent.size()), ql(m_levelToEvent.size());
    for (std::size_t level = 0; level < m_levelToEvent.size(); ++level) {
        pl[level] = p.at(std::size_t(m_levelToEvent[level]));
        ql[level] = q.at(std::size_t(m_levelToEvent[level]));
    }
    Bdd::Ref maxRef = Bdd::One;
    for (Structure::NodeId n : nodes)
        maxRef = std::max(maxRef, d->refs.at(std::size_t(n)));
    std::vector<double> P(std::size_t(maxRef) + 1, 0.0), Q(std::size_t(maxRef) + 1, 0.0);
    Q[Bdd::Zero] = 1.0;
    P[Bdd::One] = 1.0;
    for (Bdd::Ref r = 2; r <= maxRef; ++r) {
        const double pv = pl[bdd.level(r)], qv = ql[bdd.level(r)];
        P[r] = pv * P[bdd.high(r)] + qv * P[bdd.low(r)];
        Q[r] = pv * Q[bdd.high(r)] + qv * Q[bdd.low(r)];
    }
    std::vector<std::pair<double, double>> out;
    out.reserve(std::size_t(nodes.size()));
    for (Structure::NodeId n : nodes) {
        const Bdd::Ref r = d->refs.at(std::size_t(n));
        out.emplace_back(P[r], Q[r]);
    }
    return out;
}

std::vector<double> BddAnalysis::birnbaum(const std::vector<double> &p, const std::vector<double> &q) const
{
    return birnbaumOf(m_structure.top(), p, q);
}

std::vector<double> BddAnalysis::birnbaumOf(Structure::NodeId node, const std::vector<double> &p,
                                            const std::vector<double> &q) const
{
    ensure(node);
    const Bdd &bdd = d->bdd;
    std::vector<double> out(std::size_t(m_structure.eventCount()), 0.0);
    const Bdd::Ref root = d->refs.at(std::size_t(node));
    if (bdd.isTerminal(root))
        return out;
    std::vector<double> pl(m_levelToEvent.size()), ql(m_levelToEvent.size());
    for (std::size_t level = 0; level < m_levelToEvent.size(); ++level) {
        pl[level] = p.at(std::size_t(m_levelToEvent[level]));
        ql[level] = q.at(std::size_t(m_levelToEvent[level]));
    }
    std::vector<Bdd::Ref> sub;
    if (root != d->root)
        sub = bdd.bottomUp(root);
    const std::vector<Bdd::Ref> &nodes = root == d->root ? d->rootOrder : sub;
    // Values by node reference in scratch arrays kept between calls (this runs
    // for every service and group): only the entries of `nodes` are written, and
    // they are written before they are read.
    thread_local std::vector<double> P, Q, R;
    const std::size_t size = std::size_t(root) + 1;
    if (P.size() < size) {
        P.resize(size);
        Q.resize(size);
        R.resize(size);
    }
    P[Bdd::Zero] = 0.0;
    Q[Bdd::Zero] = 1.0;
    P[Bdd::One] = 1.0;
    Q[Bdd::One] = 0.0;
    R[Bdd::Zero] = R[Bdd::One] = 0.0;
    for (Bdd::Ref r : nodes) {
        const double pv = pl[bdd.level(r)], qv = ql[bdd.level(r)];
        P[r] = pv * P[bdd.high(r)] + qv * P[bdd.low(r)];
        Q[r] = pv * Q[bdd.high(r)] + qv * Q[bdd.low(r)];
        R[r] = 0.0;
    }
    // Top-down: probability of reaching each node, and the derivative of P(root)
    // with respect to each variable: sum over its nodes of reach × (P(high) - P(low)).
    // The difference is taken on whichever side (P or Q) has the smaller values.
    std::vector<double> byLevel(m_levelToEvent.size(), 0.0);
    R[root] = 1.0;
    for (auto it = nodes.rbegin(); it != nodes.rend(); ++it) {
        const Bdd::Ref r = *it;
        const std::uint32_t level = bdd.level(r);
        const Bdd::Ref hi = bdd.high(r), lo = bdd.low(r);
        R[hi] += R[r] * pl[level];
        R[lo] += R[r] * ql[level];
        const double diff = (P[hi] + P[lo] <= Q[hi] + Q[lo]) ? P[hi] - P[lo] : Q[lo] - Q[hi];
        byLevel[level] += R[r] * diff;
    }
    for (std::size_t level = 0; level < m_levelToEvent.size(); ++level)
        out[std::size_t(m_levelToEvent[level])] = byLevel[level];
    return out;
}

QList<Importance> BddAnalysis::importance() const
{
    const int n = m_structure.eventCount();
    std::vector<double> p, q;
    eventProbabilities(p, q);
    const std::vector<double> B = birnbaum(p, q);
    const double P = m_p;
    QList<Importance> out;
    out.reserve(n);
    for (int i = 0; i < n; ++i) {
        Importance imp;
        const double b = B[std::size_t(i)];
        const double pe = p[std::size_t(i)], qe = q[std::size_t(i)];
        imp.birnbaum = b;
        double p1 = P + qe * b;
        double p0 = P - pe * b;
        if (m_eventToLevel[std::size_t(i)] >= 0 && pe > 0.0 && p0 < 1e-6 * P) {
            // The event dominates: P(S|¬e) is a small difference of large numbers.
            // Evaluate it exactly instead.
            std::vector<double> p2 = p, q2 = q;
            p2[std::size_t(i)] = 0.0;
            q2[std::size_t(i)] = 1.0;
            p0 = evaluate(p2, q2).first;
        }
        p0 = std::max(0.0, p0);
        p1 = std::min(1.0, p1);
        // A factor that is negative only by rounding (|x| below 1e-12 of its scale)
        // is 0: on coherent trees none is negative. A real negative Birnbaum (an
        // event whose occurrence helps, behind a NOT gate) is kept.
        auto clamp = [](double x, double scale) { return (x < 0.0 && x > -1e-12 * scale) ? 0.0 : x; };
        imp.birnbaum = clamp(b, std::max(p1, p0));
        imp.probabilityIfOccurred = p1;
        imp.probabilityIfNotOccurred = p0;
        if (P > 0.0) {
            imp.criticality = clamp(pe * imp.birnbaum / P, 1.0);
            imp.fussellVesely = clamp((P - p0) / P, 1.0);
            imp.diagnostic = pe * p1 / P;
            imp.raw = p1 / P;
            imp.rrw = p0 > 0.0 ? P / p0 : std::numeric_limits<double>::infinity();
        } else {
            imp.raw = p1 > 0.0 ? std::numeric_limits<double>::infinity() : 1.0;
            imp.rrw = 1.0;
        }
        out << imp;
    }
    return out;
}

CutSetResult BddAnalysis::minimalCutSets(const CutSetOptions &options) const
{
    return minimalCutSetsOf(m_structure.top(), options);
}

namespace {

// Rauzy's minimal solutions of the BDD `f` into `zbdd`, sets of at most `limit`
// events (2047: no limit):
//   MCS(ite(x, F1, F0)) = MCS(F0) ∪ x·(MCS(F1) without MCS(F0)),
// on an explicit stack (the BDD may be 100,000 levels deep), memoised per
// (BDD node, remaining order).
Zbdd::Ref minimalSolutions(const Bdd &bdd, Bdd::Ref f0, int limit0, bool limited, Zbdd &zbdd, const MemoryBudget &budget)
{
    std::unordered_map<std::uint64_t, Zbdd::Ref> memo;
    auto key = [](Bdd::Ref f, int limit) { return (std::uint64_t(f) << 11) | std::uint64_t(limit); };
    auto shortcut = [&](Bdd::Ref f, int limit, Zbdd::Ref &r) {
        if (f == Bdd::Zero) {
            r = Zbdd::Empty;
        } else if (f == Bdd::One) {
            r = Zbdd::Base;
        } else if (limit == 0) {
            // Only the empty set fits. It is a true point when the function holds
            // with every event not occurred: follow the low edges. A coherent
            // function is true there only when it is One, but one with NOT gates
            // can be (dropping this lost sets of exactly the limit's order).
            while (!bdd.isTerminal(f))
                f = bdd.low(f);
            r = f == Bdd::One ? Zbdd::Base : Zbdd::Empty;
        } else if (auto it = memo.find(key(f, limit)); it != memo.end()) {
            r = it->second;
        } else {
            return false;
        }
        return true;
    };
    struct Frame
    {
        Bdd::Ref f;
        int limit;
        int stage;
        Zbdd::Ref low;
    };
    Zbdd::Ref root = Zbdd::Empty;
    std::vector<Frame> stack;
    if (!shortcut(f0, limit0, root))
        stack.push_back({f0, limit0, 0, Zbdd::Empty});
    while (!stack.empty()) {
        Frame &fr = stack.back();
        const int below = limited ? fr.limit - 1 : fr.limit;
        if (fr.stage == 0) {
            fr.stage = 1;
            const Frame child{bdd.low(fr.f), fr.limit, 0, Zbdd::Empty};
            if (!shortcut(child.f, child.limit, root)) {
                stack.push_back(child);
                continue;
            }
        }
        if (fr.stage == 1) {
            fr.low = root;
            fr.stage = 2;
            const Frame child{bdd.high(fr.f), below, 0, Zbdd::Empty};
            if (!shortcut(child.f, child.limit, root)) {
                stack.push_back(child);
                continue;
            }
        }
        const Frame done = fr;
        stack.pop_back();
        root = zbdd.makeNode(bdd.level(done.f), done.low, zbdd.without(root, done.low));
        memo.emplace(key(done.f, done.limit), root);
        if ((memo.size() & 0xfff) == 0) // the memo counts too: about 48 bytes an entry
            budget.check(bdd.memoryBytes() + zbdd.memoryBytes() + memo.size() * 48);
    }
    return root;
}

// Most probable first; equal probabilities: fewer events first, then by events.
void sortSets(QList<CutSet> &sets)
{
    std::stable_sort(sets.begin(), sets.end(), [](const CutSet &a, const CutSet &b) {
        if (a.probability != b.probability)
            return a.probability > b.probability;
        if (a.events.size() != b.events.size())
            return a.events.size() < b.events.size();
        return a.events < b.events;
    });
}

// The `options.maxListed` most probable sets of the family `root` by a best-first
// search, so that the work and memory grow with the number listed, not with the
// number of sets (which can be astronomical). best[r] is the largest probability
// of a set in the family r (-1: r is empty). A queue entry is a path prefix ending
// at a ZBDD node; its key, prefix × best[node], is the probability of its best
// completion, so entries leave the queue in the order of their sets.
void listMostProbable(const Zbdd &zbdd, Zbdd::Ref root, const std::vector<double> &pByLevel,
                      const std::vector<int> &levelToEvent, const CutSetOptions &options, CutSetResult &result)
{
    const std::size_t nodes = zbdd.nodeCount();
    std::vector<double> best(nodes, -1.0);
    best[Zbdd::Base] = 1.0;
    for (Zbdd::Ref r = Zbdd::Base + 1; r < nodes; ++r) // children are made before parents
        best[r] = std::max(best[zbdd.low(r)],
                           best[zbdd.high(r)] < 0.0 ? -1.0 : pByLevel[zbdd.level(r)] * best[zbdd.high(r)]);
    struct Entry
    {
        double key;
        double probability;
        Zbdd::Ref node;
        int path; // into `steps`, -1: empty prefix
        std::uint64_t sequence;
        bool operator<(const Entry &o) const // the priority queue pops the largest
        {
            return key != o.key ? key < o.key : sequence < o.sequence;
        }
    };
    std::vector<std::pair<std::uint32_t, int>> steps; // (level, previous step)
    std::priority_queue<Entry> queue;
    std::uint64_t sequence = 0;
    // Equal keys pop newest first, so ties are explored depth-first: with many
    // sets of one probability (a k-of-n of equal events) oldest-first went
    // breadth-first through every prefix (20-of-40: 10 GB). The key is rounded
    // to 40 bits of mantissa, so that the rounding of the products along
    // different paths does not split ties.
    auto quantise = [](double key) {
        int exponent = 0;
        const double mantissa = std::frexp(key, &exponent);
        return std::ldexp(std::round(std::ldexp(mantissa, 40)), exponent - 40);
    };
    if (root != Zbdd::Empty)
        queue.push({quantise(best[root]), 1.0, root, -1, sequence++});
    while (!queue.empty() && result.sets.size() < options.maxListed) {
        const Entry e = queue.top();
        if (e.key < options.cutoff)
            break;
        queue.pop();
        if (e.node == Zbdd::Base) {
            CutSet cs;
            cs.probability = e.probability;
            for (int step = e.path; step >= 0; step = steps[std::size_t(step)].second)
                cs.events << levelToEvent[steps[std::size_t(step)].first];
            std::sort(cs.events.begin(), cs.events.end());
            result.sets << cs;
            continue;
        }
        const std::uint32_t level = zbdd.level(e.node);
        const Zbdd::Ref high = zbdd.high(e.node), low = zbdd.low(e.node);
        if (best[high] >= 0.0) {
            steps.push_back({level, e.path});
            const double p = e.probability * pByLevel[level];
            queue.push({quantise(p * best[high]), p, high, int(steps.size() - 1), sequence++});
        }
        if (best[low] >= 0.0)
            queue.push({quantise(e.probability * best[low]), e.probability, low, e.path, sequence++});
    }
    sortSets(result.sets);
    result.listTruncated = double(result.sets.size()) < result.count;
}

// Every set of the family `root` above the cut-off: depth-first, high branch
// first, pruning branches whose probability already fell below the cut-off; an
// explicit stack of (node, probability, path length).
void listAll(const Zbdd &zbdd, Zbdd::Ref root, const std::vector<double> &pByLevel,
             const std::vector<int> &levelToEvent, const CutSetOptions &options, CutSetResult &result)
{
    std::vector<std::uint32_t> path;
    struct Item
    {
        Zbdd::Ref node;
        double probability;
        std::size_t depth;
    };
    std::vector<Item> items{{root, 1.0, 0}};
    while (!items.empty()) {
        const Item it = items.back();
        items.pop_back();
        path.resize(it.depth);
        if (it.node == Zbdd::Empty)
            continue;
        if (it.probability < options.cutoff) {
            result.listTruncated = true;
            continue;
        }
        if (it.node == Zbdd::Base) {
            CutSet cs;
            cs.probability = it.probability;
            for (std::uint32_t level : path)
                cs.events << levelToEvent[level];
            std::sort(cs.events.begin(), cs.events.end());
            result.sets << cs;
            continue;
        }
        const std::uint32_t level = zbdd.level(it.node);
        items.push_back({zbdd.low(it.node), it.probability, it.depth});
        path.push_back(level);
        items.push_back({zbdd.high(it.node), it.probability * pByLevel[level], it.depth + 1});
    }
    sortSets(result.sets);
}

} // namespace

CutSetResult BddAnalysis::minimalCutSetsOf(Structure::NodeId node, const CutSetOptions &options) const
{
    ensure(node);
    const Bdd &bdd = d->bdd;
    Zbdd zbdd;
    zbdd.setBudget(&d->budget, bdd.memoryBytes());
    const bool limited = options.maxOrder > 0;
    const int limit = limited ? std::min(options.maxOrder, 2046) : 2047;
    const Zbdd::Ref root = minimalSolutions(bdd, d->refs.at(std::size_t(node)), limit, limited, zbdd, d->budget);

    CutSetResult result;
    result.count = zbdd.count(root);
    const std::vector<double> bySize = zbdd.countBySize(root);
    result.countByOrder = QList<double>(bySize.begin(), bySize.end());
    result.zbddNodes = zbdd.nodeCount();
    if (options.maxListed >= 0)
        listMostProbable(zbdd, root, d->p, m_levelToEvent, options, result);
    else
        listAll(zbdd, root, d->p, m_levelToEvent, options, result);
    return result;
}

} // namespace nf
