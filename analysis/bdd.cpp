#include "bdd.h"

#include "hashtriple.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <stdexcept>

namespace nf {

Bdd::Bdd(int levelCount)
    : m_levelCount(levelCount)
{
    m_nodes.reserve(1024);
    m_nodes.push_back({TerminalLevel, Zero, Zero}); // 0
    m_nodes.push_back({TerminalLevel, One, One});   // 1
    m_unique.assign(1024, 0);
    m_uniqueMask = m_unique.size() - 1;
    m_cache.assign(1 << 14, CacheEntry{});
    m_cacheMask = m_cache.size() - 1;
}

Bdd::Ref Bdd::variable(int level)
{
    if (level < 0 || level >= m_levelCount)
        throw std::out_of_range("Bdd::variable: level out of range");
    return makeNode(std::uint32_t(level), Zero, One);
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
    const Ref r = Ref(m_nodes.size());
    m_nodes.push_back({level, low, high});
    m_unique[slot] = r;
    if (m_nodes.size() * 2 > m_unique.size())
        growUnique();
    if (m_nodes.size() > m_cache.size() * 2 && m_cache.size() < (std::size_t(1) << 24))
        growCache();
    return r;
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

Bdd::Ref Bdd::ite(Ref f, Ref g, Ref h)
{
    // Terminal cases.
    if (f == One)
        return g;
    if (f == Zero)
        return h;
    if (g == h)
        return g;
    if (g == One && h == Zero)
        return f;
    // Standard simplifications: ite(f, f, h) = ite(f, 1, h); ite(f, g, f) = ite(f, g, 0).
    if (g == f)
        g = One;
    if (h == f)
        h = Zero;
    if (g == h)
        return g;

    const std::size_t slot = hashTriple(f, g, h) & m_cacheMask;
    {
        const CacheEntry &e = m_cache[slot];
        if (e.valid && e.f == f && e.g == g && e.h == h)
            return e.result;
    }
    const std::uint32_t top = std::min({m_nodes[f].level, m_nodes[g].level, m_nodes[h].level});
    const Ref low = ite(cofactor(f, top, false), cofactor(g, top, false), cofactor(h, top, false));
    const Ref high = ite(cofactor(f, top, true), cofactor(g, top, true), cofactor(h, top, true));
    const Ref r = makeNode(top, low, high);
    // makeNode may have resized the cache: recompute the slot.
    CacheEntry &e = m_cache[hashTriple(f, g, h) & m_cacheMask];
    e = {f, g, h, r, true};
    return r;
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
    // Recursion over operands; depth n.
    auto rec = [&](auto &self, std::size_t i, double remaining) -> Ref {
        if (remaining <= eps)
            return One;
        if (suffix[i] < remaining - eps)
            return Zero;
        auto it = memo[i].find(remaining);
        if (it != memo[i].end())
            return it->second;
        const std::size_t o = order[i];
        const Ref with = self(self, i + 1, remaining - weights[o]);
        const Ref without = self(self, i + 1, remaining);
        const Ref r = ite(operands[o], with, without);
        memo[i].emplace(remaining, r);
        return r;
    };
    return rec(rec, 0, bound);
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
