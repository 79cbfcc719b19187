#include "bdd.h"

#include "hashtriple.h"
#include "memorybudget.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <stdexcept>
#include <unordered_map>

namespace nf {

Bdd::Bdd(int levelCount)
    : m_levelCount(levelCount)
{
    m_nodes.reserve(1024);
    m_nodes.push_back({TerminalLevel, Zero, Zero}); // 0
    m_nodes.push_back({TerminalLevel, One, One});   // 1
    m_unique.assign(1024, 0);
    m_uniqueMask = m_unique.size() - 1;
    // The cache starts in proportion to the variables (it grows with the nodes):
    // a small structure, or a module's construction package, pays little for it.
    std::size_t cache = 256;
    while (cache < (std::size_t(1) << 14) && cache < std::size_t(std::max(levelCount, 0)) * 16)
        cache *= 2;
    m_cache.assign(cache, CacheEntry{});
    m_cacheMask = m_cache.size() - 1;
}

Bdd::Ref Bdd::variable(int level)
{
    if (level < 0 || level >= m_levelCount)
        throw std::out_of_range("Bdd::variable: level out of range");
    return makeNode(std::uint32_t(level), Zero, One);
}

void Bdd::setLimits(const MemoryBudget *budget, std::size_t nodes)
{
    m_budget = budget;
    m_nodeLimit = nodes;
}

Bdd::Ref Bdd::makeNode(std::uint32_t level, Ref low, Ref high)
{
    if (low == high)
        return low;
    std::size_t slot = hashTriple(level, low, high) & m_uniqueMask;
    while (Ref r = m_unique[slot]) {
        const Node &n = m_nodes[r];
        if (n.level == level && n.low == low && n.high == high)
            return r;
        slot = (slot + 1) & m_uniqueMask;
    }
    if (m_nodes.size() >= m_nodeLimit)
        throw NodeLimitReached{};
    if (m_nodes.size() == m_nodes.capacity() || (m_nodes.size() + 1) * 2 > m_unique.size()) {
        grow();
        slot = hashTriple(level, low, high) & m_uniqueMask;
        while (m_unique[slot])
            slot = (slot + 1) & m_uniqueMask;
    }
    const Ref r = Ref(m_nodes.size());
    m_nodes.push_back({level, low, high});
    m_unique[slot] = r;
    return r;
}

void Bdd::grow()
{
    // Every growth is checked against the budget before anything is allocated.
    const bool nodes = m_nodes.size() == m_nodes.capacity();
    const bool unique = (m_nodes.size() + 1) * 2 > m_unique.size();
    const bool cache = m_nodes.size() > m_cache.size() * 2 && m_cache.size() < (std::size_t(1) << 24);
    if (m_nodes.size() >= 0xfffffff0u)
        throw std::length_error("Bdd: more than 2^32 nodes");
    if (m_budget) {
        std::size_t bytes = memoryBytes();
        if (nodes)
            bytes += m_nodes.capacity() * sizeof(Node);
        if (unique)
            bytes += m_unique.size() * 2 * sizeof(Ref);
        if (cache)
            bytes += m_cache.size() * 3 * sizeof(CacheEntry);
        m_budget->check(bytes);
    }
    if (nodes)
        m_nodes.reserve(m_nodes.capacity() * 2);
    if (unique)
        growUnique();
    if (cache)
        growCache();
}

void Bdd::growUnique()
{
    m_unique.assign(m_unique.size() * 2, 0);
    m_uniqueMask = m_unique.size() - 1;
    for (Ref r = 2; r < m_nodes.size(); ++r) {
        const Node &n = m_nodes[r];
        std::size_t slot = hashTriple(n.level, n.low, n.high) & m_uniqueMask;
        while (m_unique[slot])
            slot = (slot + 1) & m_uniqueMask;
        m_unique[slot] = r;
    }
}

void Bdd::growCache()
{
    // A lossy cache: growing simply starts it afresh, bigger.
    m_cache.assign(m_cache.size() * 4, CacheEntry{});
    m_cacheMask = m_cache.size() - 1;
}

bool Bdd::iteShortcut(Ref &f, Ref &g, Ref &h, Ref &result) const
{
    if (f == One) {
        result = g;
        return true;
    }
    if (f == Zero || g == h) {
        result = h;
        return true;
    }
    if (g == One && h == Zero) {
        result = f;
        return true;
    }
    // Standard simplifications: ite(f, f, h) = ite(f, 1, h); ite(f, g, f) = ite(f, g, 0).
    if (g == f)
        g = One;
    if (h == f)
        h = Zero;
    if (g == h) {
        result = g;
        return true;
    }
    const CacheEntry &e = m_cache[hashTriple(f, g, h) & m_cacheMask];
    if (e.valid && e.f == f && e.g == g && e.h == h) {
        result = e.result;
        return true;
    }
    return false;
}

Bdd::Ref Bdd::ite(Ref f, Ref g, Ref h)
{
    Ref result = Zero;
    if (iteShortcut(f, g, h, result))
        return result;
    // The recursion ite(f, g, h) = node(top, ite(f0, g0, h0), ite(f1, g1, h1)) on an
    // explicit stack: its depth is the number of variables.
    const std::size_t base = m_stack.size();
    m_stack.push_back({f, g, h, 0, Zero, 0});
    while (m_stack.size() > base) {
        IteFrame &fr = m_stack.back();
        if (fr.stage == 0) {
            fr.top = std::min({m_nodes[fr.f].level, m_nodes[fr.g].level, m_nodes[fr.h].level});
            fr.stage = 1;
            Ref a = cofactor(fr.f, fr.top, false), b = cofactor(fr.g, fr.top, false), c = cofactor(fr.h, fr.top, false);
            if (!iteShortcut(a, b, c, result)) {
                m_stack.push_back({a, b, c, 0, Zero, 0});
                continue;
            }
        }
        if (fr.stage == 1) {
            fr.low = result;
            fr.stage = 2;
            Ref a = cofactor(fr.f, fr.top, true), b = cofactor(fr.g, fr.top, true), c = cofactor(fr.h, fr.top, true);
            if (!iteShortcut(a, b, c, result)) {
                m_stack.push_back({a, b, c, 0, Zero, 0});
                continue;
            }
        }
        // stage 2: `result` holds the high branch
        const IteFrame done = fr;
        m_stack.pop_back();
        result = makeNode(done.top, done.low, result);
        // makeNode may have resized the cache: the slot is computed after it.
        m_cache[hashTriple(done.f, done.g, done.h) & m_cacheMask] = {done.f, done.g, done.h, result, true};
        // The parent frame, if any, takes `result` at the stage it waits in.
    }
    return result;
}

namespace {
template<typename Combine>
Bdd::Ref reduceBalanced(std::vector<Bdd::Ref> ops, Bdd::Ref empty, Combine combine)
{
    if (ops.empty())
        return empty;
    while (ops.size() > 1) {
        std::vector<Bdd::Ref> next;
        next.reserve((ops.size() + 1) / 2);
        for (std::size_t i = 0; i + 1 < ops.size(); i += 2)
            next.push_back(combine(ops[i], ops[i + 1]));
        if (ops.size() % 2)
            next.push_back(ops.back());
        ops.swap(next);
    }
    return ops.front();
}
} // namespace

Bdd::Ref Bdd::andAll(std::vector<Ref> operands)
{
    for (Ref r : operands)
        if (r == Zero)
            return Zero;
    // Deepest operands first: they combine with little work.
    std::sort(operands.begin(), operands.end(), [this](Ref a, Ref b) { return level(a) > level(b); });
    return reduceBalanced(std::move(operands), One, [this](Ref a, Ref b) { return andOp(a, b); });
}

Bdd::Ref Bdd::orAll(std::vector<Ref> operands)
{
    for (Ref r : operands)
        if (r == One)
            return One;
    std::sort(operands.begin(), operands.end(), [this](Ref a, Ref b) { return level(a) > level(b); });
    return reduceBalanced(std::move(operands), Zero, [this](Ref a, Ref b) { return orOp(a, b); });
}

Bdd::Ref Bdd::atLeast(int k, std::vector<Ref> operands)
{
    const int n = int(operands.size());
    if (k <= 0)
        return One;
    if (k > n)
        return Zero;
    // Operands nearest the top first, so that each if-then-else mostly just adds a node on top.
    std::sort(operands.begin(), operands.end(), [this](Ref a, Ref b) { return level(a) < level(b); });
    // row[j] = "at least j of operands[i..n)" for the current i, built from i = n down.
    std::vector<Ref> row(std::size_t(k) + 1, Zero);
    row[0] = One;
    for (int i = n - 1; i >= 0; --i) {
        const int remaining = n - i;
        // j runs downwards so row[j-1] still holds the value for i+1.
        for (int j = std::min(k, remaining); j >= 1; --j)
            row[std::size_t(j)] = ite(operands[std::size_t(i)], row[std::size_t(j - 1)], row[std::size_t(j)]);
    }
    return row[std::size_t(k)];
}

Bdd::Ref Bdd::weightedAtLeast(double bound, const std::vector<Ref> &operands, const std::vector<double> &weights)
{
    const std::size_t n = operands.size();
    if (weights.size() != n)
        throw std::invalid_argument("Bdd::weightedAtLeast: one weight per operand");
    std::vector<std::size_t> order(n);
    for (std::size_t i = 0; i < n; ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return level(operands[a]) < level(operands[b]); });
    std::vector<double> suffix(n + 1, 0.0);
    for (std::size_t i = n; i-- > 0;)
        suffix[i] = suffix[i + 1] + weights[order[i]];
    const double eps = 1e-9 * std::max(1.0, std::fabs(bound));
    std::vector<std::map<double, Ref>> memo(n + 1);
    // f(i, remaining) = ite(operand i, f(i+1, remaining - w), f(i+1, remaining)),
    // memoised, on an explicit stack (depth n).
    auto shortcut = [&](std::size_t i, double remaining, Ref &r) {
        if (remaining <= eps)
            r = One;
        else if (suffix[i] < remaining - eps)
            r = Zero;
        else if (auto it = memo[i].find(remaining); it != memo[i].end())
            r = it->second;
        else
            return false;
        return true;
    };
    struct Frame
    {
        std::size_t i;
        double remaining;
        int stage;
        Ref with;
    };
    Ref result = Zero;
    if (shortcut(0, bound, result))
        return result;
    std::vector<Frame> stack{{0, bound, 0, Zero}};
    while (!stack.empty()) {
        Frame &fr = stack.back();
        const std::size_t o = order[fr.i];
        if (fr.stage == 0) {
            fr.stage = 1;
            if (!shortcut(fr.i + 1, fr.remaining - weights[o], result)) {
                stack.push_back({fr.i + 1, fr.remaining - weights[o], 0, Zero});
                continue;
            }
        }
        if (fr.stage == 1) {
            fr.with = result;
            fr.stage = 2;
            if (!shortcut(fr.i + 1, fr.remaining, result)) {
                stack.push_back({fr.i + 1, fr.remaining, 0, Zero});
                continue;
            }
        }
        const Frame done = fr;
        stack.pop_back();
        result = ite(operands[o], done.with, result);
        memo[done.i].emplace(done.remaining, result);
    }
    return result;
}

std::vector<Bdd::Ref> Bdd::bottomUp(Ref root) const
{
    std::vector<Ref> out;
    if (isTerminal(root))
        return out;
    // Epoch-stamped marks: no clearing of a node-sized array per traversal.
    if (m_mark.size() < m_nodes.size())
        m_mark.resize(m_nodes.size(), 0);
    if (++m_epoch == 0) {
        std::fill(m_mark.begin(), m_mark.end(), 0);
        m_epoch = 1;
    }
    std::vector<Ref> stack{root};
    m_mark[root] = m_epoch;
    while (!stack.empty()) {
        const Ref r = stack.back();
        stack.pop_back();
        out.push_back(r);
        for (Ref c : {m_nodes[r].low, m_nodes[r].high})
            if (!isTerminal(c) && m_mark[c] != m_epoch) {
                m_mark[c] = m_epoch;
                stack.push_back(c);
            }
    }
    // A node is always made after its children, so index order is bottom-up.
    std::sort(out.begin(), out.end());
    return out;
}

Bdd::Ref Bdd::compose(Ref f, const std::vector<Ref> &replacement)
{
    // R(x, a, b): node x with its false end continued by a and its true end by b
    // (the top: a = Zero, b = One). A node at a replaced level L becomes
    // R(replacement[L], R(low), R(high)), which may meet replaced levels in turn.
    // Top-down with a memo on (x, a, b), so only the nodes of the result are made
    // (modules nested 60,000 deep cost linear time); an explicit stack.
    struct Key
    {
        Ref x, a, b;
        bool operator==(const Key &o) const { return x == o.x && a == o.a && b == o.b; }
    };
    struct KeyHash
    {
        std::size_t operator()(const Key &k) const { return hashTriple(k.x, k.a, k.b); }
    };
    std::unordered_map<Key, Ref, KeyHash> memo;
    struct Frame
    {
        Key key;
        int stage;
        Ref low;
    };
    Ref result = Zero;
    auto known = [&](const Key &k) {
        if (k.x == Zero)
            result = k.a;
        else if (k.x == One)
            result = k.b;
        else if (auto it = memo.find(k); it != memo.end())
            result = it->second;
        else
            return false;
        return true;
    };
    std::vector<Frame> stack;
    if (!known({f, Zero, One}))
        stack.push_back({{f, Zero, One}, 0, Zero});
    while (!stack.empty()) {
        Frame &fr = stack.back();
        const Node n = m_nodes[fr.key.x];
        if (fr.stage == 0) {
            fr.stage = 1;
            const Key low{n.low, fr.key.a, fr.key.b};
            if (!known(low)) {
                stack.push_back({low, 0, Zero});
                continue;
            }
        }
        if (fr.stage == 1) {
            fr.low = result;
            fr.stage = 2;
            const Key high{n.high, fr.key.a, fr.key.b};
            if (!known(high)) {
                stack.push_back({high, 0, Zero});
                continue;
            }
        }
        const Ref g = n.level < replacement.size() ? replacement[n.level] : NoReplacement;
        if (fr.stage == 2 && g != NoReplacement) {
            // `result` holds the high branch: continue g's ends with both branches.
            fr.stage = 3;
            const Key inner{g, fr.low, result};
            if (!known(inner)) {
                stack.push_back({inner, 0, Zero});
                continue;
            }
        }
        const Frame done = fr;
        stack.pop_back();
        if (done.stage == 2)
            result = makeNode(n.level, done.low, result);
        memo.emplace(done.key, result);
    }
    return result;
}

Bdd::Ref Bdd::copyFrom(const Bdd &from, Ref root, const std::vector<std::uint32_t> &levelMap)
{
    if (from.isTerminal(root))
        return root;
    std::vector<Ref> image(std::size_t(root) + 1, Zero); // by node of `from`; root is the largest
    image[One] = One;
    for (Ref r : from.bottomUp(root)) {
        const Node &n = from.m_nodes[r];
        image[r] = makeNode(levelMap.at(n.level), image[n.low], image[n.high]);
    }
    return image[root];
}

std::size_t Bdd::reachableNodes(Ref root) const
{
    return bottomUp(root).size();
}

std::size_t Bdd::memoryBytes() const
{
    return m_nodes.capacity() * sizeof(Node) + m_unique.capacity() * sizeof(Ref)
           + m_cache.capacity() * sizeof(CacheEntry);
}

std::pair<double, double> Bdd::probability(Ref root, const std::vector<double> &p, const std::vector<double> &q) const
{
    if (root == Zero)
        return {0.0, 1.0};
    if (root == One)
        return {1.0, 0.0};
    return probability(bottomUp(root), root, p, q);
}

std::pair<double, double> Bdd::probability(const std::vector<Ref> &order, Ref root, const std::vector<double> &p,
                                          const std::vector<double> &q) const
{
    if (root == Zero)
        return {0.0, 1.0};
    if (root == One)
        return {1.0, 0.0};
    // Values live in a small array indexed by position in `order`; children are
    // found through a map from node to position built once per call.
    thread_local std::vector<double> P, Q;
    thread_local std::vector<std::uint32_t> position;
    if (position.size() < m_nodes.size())
        position.resize(m_nodes.size());
    P.resize(order.size() + 2);
    Q.resize(order.size() + 2);
    // positions 0 and 1 are the terminals
    P[0] = 0.0;
    Q[0] = 1.0;
    P[1] = 1.0;
    Q[1] = 0.0;
    position[Zero] = 0;
    position[One] = 1;
    for (std::size_t i = 0; i < order.size(); ++i) {
        const Ref r = order[i];
        position[r] = std::uint32_t(i + 2);
        const Node &n = m_nodes[r];
        const double pv = p[n.level], qv = q[n.level];
        const std::uint32_t hi = position[n.high], lo = position[n.low];
        P[i + 2] = pv * P[hi] + qv * P[lo];
        Q[i + 2] = pv * Q[hi] + qv * Q[lo];
    }
    return {P[order.size() + 1], Q[order.size() + 1]};
}

} // namespace nf
