#include "buddybuild.h"

#include <bdd.h> // BuDDy's (this target sees Ninefold's analysis/ only through -iquote)
// BuDDy's C++ layer renames these to overloads returning its `bdd` class; this file
// uses the C interface with explicit reference counts.
#undef bdd_init
#undef bdd_ithvar

#include <algorithm>
#include <stdexcept>
#include <string>

namespace nf::bench {

namespace {

constexpr BDD False = 0; // BuDDy's constants are nodes 0 and 1
constexpr BDD True = 1;

int g_collections = 0;
int g_error = 0;

void onCollection(int, bddGbcStat *) { ++g_collections; }
void onError(int code) { g_error = code; }

BDD check(BDD r)
{
    if (r < 0 || g_error != 0)
        throw std::runtime_error(std::string("BuDDy: ") + bdd_errstring(g_error ? g_error : r));
    return r;
}

int level(BDD r)
{
    return r <= True ? bdd_varnum() : bdd_var2level(bdd_var(r));
}

// Pairwise balanced reduction, deepest operands first (as nf::Bdd::andAll/orAll).
// Every returned BDD carries one reference owned by the caller.
BDD reduce(std::vector<BDD> ops, int op, BDD empty)
{
    if (ops.empty())
        return bdd_addref(empty);
    std::sort(ops.begin(), ops.end(), [](BDD a, BDD b) { return level(a) > level(b); });
    std::vector<char> owned(ops.size(), 0);
    while (ops.size() > 1) {
        std::vector<BDD> next;
        std::vector<char> nextOwned;
        for (std::size_t i = 0; i + 1 < ops.size(); i += 2) {
            const BDD r = bdd_addref(check(bdd_apply(ops[i], ops[i + 1], op)));
            if (owned[i]) bdd_delref(ops[i]);
            if (owned[i + 1]) bdd_delref(ops[i + 1]);
            next.push_back(r);
            nextOwned.push_back(1);
        }
        if (ops.size() % 2) {
            next.push_back(ops.back());
            nextOwned.push_back(owned.back());
        }
        ops.swap(next);
        owned.swap(nextOwned);
    }
    return owned.front() ? ops.front() : bdd_addref(ops.front());
}

BDD atLeast(int k, std::vector<BDD> ops)
{
    const int n = int(ops.size());
    std::sort(ops.begin(), ops.end(), [](BDD a, BDD b) { return level(a) < level(b); });
    std::vector<BDD> row(std::size_t(k) + 1, False);
    row[0] = True;
    for (int i = n - 1; i >= 0; --i) {
        for (int j = std::min(k, n - i); j >= 1; --j) {
            const BDD r = bdd_addref(check(bdd_ite(ops[std::size_t(i)], row[std::size_t(j - 1)], row[std::size_t(j)])));
            bdd_delref(row[std::size_t(j)]);
            row[std::size_t(j)] = r;
        }
    }
    for (int j = 0; j < k; ++j)
        bdd_delref(row[std::size_t(j)]);
    return row[std::size_t(k)];
}

} // namespace

BuddyBuild::Result BuddyBuild::run(const Structure &s, const std::vector<int> &levelToEvent, int initialNodes, int cacheSize)
{
    g_collections = 0;
    g_error = 0;
    if (bdd_init(initialNodes, cacheSize) < 0)
        throw std::runtime_error("BuDDy: bdd_init failed");
    bdd_error_hook(onError);
    bdd_gbc_hook(onCollection);
    bdd_setvarnum(std::max<int>(1, int(levelToEvent.size())));

    std::vector<int> eventToLevel(std::size_t(s.eventCount()), -1);
    for (std::size_t l = 0; l < levelToEvent.size(); ++l)
        eventToLevel[std::size_t(levelToEvent[l])] = int(l);
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
    // Every gate result keeps one reference to the end, as nf::Bdd keeps every node.
    std::vector<BDD> ref(std::size_t(top) + 1, False);
    for (Structure::NodeId id = 0; id <= top; ++id) {
        if (!reachable[std::size_t(id)])
            continue;
        const Structure::Node &n = s.node(id);
        std::vector<BDD> in;
        for (Structure::NodeId i : n.inputs)
            in.push_back(ref[std::size_t(i)]);
        BDD r = False;
        switch (n.kind) {
        case Structure::Kind::False: r = bdd_addref(False); break;
        case Structure::Kind::True: r = bdd_addref(True); break;
        case Structure::Kind::Event: r = bdd_addref(bdd_ithvar(eventToLevel[std::size_t(n.event)])); break;
        case Structure::Kind::And: r = reduce(in, bddop_and, True); break;
        case Structure::Kind::Or: r = reduce(in, bddop_or, False); break;
        case Structure::Kind::AtLeast: r = atLeast(n.k, in); break;
        case Structure::Kind::Not: r = bdd_addref(check(bdd_not(in.front()))); break;
        case Structure::Kind::Xor: r = reduce(in, bddop_xor, False); break;
        case Structure::Kind::WeightedAtLeast:
            bdd_done();
            throw std::runtime_error("BuddyBuild: weighted thresholds are not translated");
        }
        ref[std::size_t(id)] = r;
    }
    const BDD root = ref[std::size_t(top)];

    // P(f) by a memoised traversal, P and Q as in Ninefold's package.
    std::vector<double> p(levelToEvent.size()), q(levelToEvent.size());
    for (std::size_t l = 0; l < levelToEvent.size(); ++l) {
        p[l] = s.eventAt(levelToEvent[l]).p;
        q[l] = s.eventAt(levelToEvent[l]).q;
    }
    std::vector<double> memo(std::size_t(bdd_getallocnum()), -1.0);
    auto prob = [&](auto &self, BDD r) -> double {
        if (r == False)
            return 0.0;
        if (r == True)
            return 1.0;
        double &m = memo[std::size_t(r)];
        if (m >= 0.0)
            return m;
        const std::size_t l = std::size_t(bdd_var2level(bdd_var(r)));
        m = p[l] * self(self, bdd_high(r)) + q[l] * self(self, bdd_low(r));
        return m;
    };
    Result result;
    result.probability = prob(prob, root);
    result.nodes = std::size_t(bdd_nodecount(root));
    result.tableNodes = std::size_t(bdd_getallocnum());
    result.tableBytes = result.tableNodes * 20;
    result.garbageCollections = g_collections;
    bdd_done();
    return result;
}

} // namespace nf::bench
