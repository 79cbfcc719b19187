#include "zbdd.h"

#include "hashtriple.h"

#include <algorithm>
#include <unordered_map>

namespace nf {

namespace {
constexpr std::uint32_t kUnite = 1;
constexpr std::uint32_t kWithout = 2;
} // namespace

Zbdd::Zbdd()
{
    m_nodes.push_back({TerminalLevel, Empty, Empty, false});
    m_nodes.push_back({TerminalLevel, Base, Base, true});
    m_unique.assign(1024, 0);
    m_uniqueMask = m_unique.size() - 1;
    m_cache.assign(1 << 12, CacheEntry{});
    m_cacheMask = m_cache.size() - 1;
}

Zbdd::Ref Zbdd::makeNode(std::uint32_t level, Ref low, Ref high)
{
    if (high == Empty)
        return low; // zero-suppression
    std::size_t slot = hashTriple(level, low, high) & m_uniqueMask;
    while (Ref r = m_unique[slot]) {
        const Node &n = m_nodes[r];
        if (n.level == level && n.low == low && n.high == high)
            return r;
        slot = (slot + 1) & m_uniqueMask;
    }
    const Ref r = Ref(m_nodes.size());
    m_nodes.push_back({level, low, high, m_nodes[low].hasEmptySet});
    m_unique[slot] = r;
    if (m_nodes.size() * 2 > m_unique.size())
        growUnique();
    if (m_nodes.size() > m_cache.size() / 2 && m_cache.size() < (std::size_t(1) << 24)) {
        m_cache.assign(m_cache.size() * 4, CacheEntry{});
        m_cacheMask = m_cache.size() - 1;
    }
    return r;
}

void Zbdd::growUnique()
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

Zbdd::Ref Zbdd::cached(std::uint32_t op, Ref a, Ref b) const
{
    const CacheEntry &e = m_cache[hashTriple(op, a, b) & m_cacheMask];
    return (e.op == op && e.a == a && e.b == b) ? e.result : TerminalLevel;
}

void Zbdd::store(std::uint32_t op, Ref a, Ref b, Ref result)
{
    m_cache[hashTriple(op, a, b) & m_cacheMask] = {op, a, b, result};
}

bool Zbdd::containsEmptySet(Ref r) const
{
    return m_nodes[r].hasEmptySet;
}

Zbdd::Ref Zbdd::unite(Ref a, Ref b)
{
    if (a == Empty)
        return b;
    if (b == Empty || a == b)
        return a;
    if (a > b)
        std::swap(a, b);
    if (const Ref c = cached(kUnite, a, b); c != TerminalLevel)
        return c;
    const std::uint32_t la = m_nodes[a].level, lb = m_nodes[b].level;
    Ref r;
    if (la < lb)
        r = makeNode(la, unite(m_nodes[a].low, b), m_nodes[a].high);
    else if (lb < la)
        r = makeNode(lb, unite(a, m_nodes[b].low), m_nodes[b].high);
    else
        r = makeNode(la, unite(m_nodes[a].low, m_nodes[b].low), unite(m_nodes[a].high, m_nodes[b].high));
    store(kUnite, a, b, r);
    return r;
}

Zbdd::Ref Zbdd::without(Ref f, Ref g)
{
    if (g == Empty || f == Empty)
        return f;
    if (f == g)
        return Empty;
    if (containsEmptySet(g))
        return Empty; // every set contains the empty set
    if (f == Base)
        return Base; // ∅ contains no non-empty set
    if (const Ref c = cached(kWithout, f, g); c != TerminalLevel)
        return c;
    const std::uint32_t lf = m_nodes[f].level, lg = m_nodes[g].level;
    Ref r;
    if (lf < lg) {
        r = makeNode(lf, without(m_nodes[f].low, g), without(m_nodes[f].high, g));
    } else if (lg < lf) {
        // Sets of g holding lg cannot be inside sets of f, which lack it.
        r = without(f, m_nodes[g].low);
    } else {
        const Ref high = without(without(m_nodes[f].high, m_nodes[g].high), m_nodes[g].low);
        r = makeNode(lf, without(m_nodes[f].low, m_nodes[g].low), high);
    }
    store(kWithout, f, g, r);
    return r;
}

double Zbdd::count(Ref root) const
{
    std::unordered_map<Ref, double> memo;
    auto rec = [&](auto &self, Ref r) -> double {
        if (r == Empty)
            return 0.0;
        if (r == Base)
            return 1.0;
        if (auto it = memo.find(r); it != memo.end())
            return it->second;
        const double c = self(self, m_nodes[r].low) + self(self, m_nodes[r].high);
        memo.emplace(r, c);
        return c;
    };
    return rec(rec, root);
}

std::vector<double> Zbdd::countBySize(Ref root) const
{
    std::unordered_map<Ref, std::vector<double>> memo;
    auto rec = [&](auto &self, Ref r) -> const std::vector<double> & {
        static const std::vector<double> none;
        static const std::vector<double> empty{1.0};
        if (r == Empty)
            return none;
        if (r == Base)
            return empty;
        if (auto it = memo.find(r); it != memo.end())
            return it->second;
        const std::vector<double> lo = self(self, m_nodes[r].low);
        const std::vector<double> hi = self(self, m_nodes[r].high);
        std::vector<double> out(std::max(lo.size(), hi.size() + 1), 0.0);
        for (std::size_t i = 0; i < lo.size(); ++i)
            out[i] += lo[i];
        for (std::size_t i = 0; i < hi.size(); ++i)
            out[i + 1] += hi[i];
        return memo.emplace(r, std::move(out)).first->second;
    };
    return rec(rec, root);
}

void Zbdd::enumerate(Ref root, const std::function<bool(const std::vector<std::uint32_t> &)> &visit) const
{
    std::vector<std::uint32_t> path;
    bool stop = false;
    auto rec = [&](auto &self, Ref r) -> void {
        if (stop || r == Empty)
            return;
        if (r == Base) {
            if (!visit(path))
                stop = true;
            return;
        }
        path.push_back(m_nodes[r].level);
        self(self, m_nodes[r].high);
        path.pop_back();
        self(self, m_nodes[r].low);
    };
    rec(rec, root);
}

std::size_t Zbdd::memoryBytes() const
{
    return m_nodes.capacity() * sizeof(Node) + m_unique.capacity() * sizeof(Ref)
           + m_cache.capacity() * sizeof(CacheEntry);
}

} // namespace nf
