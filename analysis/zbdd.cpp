#include "zbdd.h"

#include "hashtriple.h"
#include "memorybudget.h"

#include <algorithm>
#include <unordered_map>

namespace nf {

namespace {
constexpr std::uint32_t kUnite = 1;
constexpr std::uint32_t kWithout = 2;
} // namespace

Zbdd::Zbdd()
{
    m_nodes.push_back({TerminalLevel, Empty, Empty, false, 0xffffffffu, 0});
    m_nodes.push_back({TerminalLevel, Base, Base, true, 0, 0});
    m_unique.assign(1024, 0);
    m_uniqueMask = m_unique.size() - 1;
    m_cache.assign(1 << 12, CacheEntry{});
    m_cacheMask = m_cache.size() - 1;
}

void Zbdd::setBudget(const MemoryBudget *budget, std::size_t reserved)
{
    m_budget = budget;
    m_reserved = reserved;
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
    if (m_nodes.size() == m_nodes.capacity() || (m_nodes.size() + 1) * 2 > m_unique.size()) {
        grow();
        slot = hashTriple(level, low, high) & m_uniqueMask;
        while (m_unique[slot])
            slot = (slot + 1) & m_uniqueMask;
    }
    const Ref r = Ref(m_nodes.size());
    const Node &lo = m_nodes[low], &hi = m_nodes[high];
    const Node n{level, low, high, lo.hasEmptySet, std::min(lo.minSize, hi.minSize + 1), std::max(lo.maxSize, hi.maxSize + 1)};
    m_nodes.push_back(n);
    m_unique[slot] = r;
    return r;
}

void Zbdd::grow()
{
    const bool nodes = m_nodes.size() == m_nodes.capacity();
    const bool unique = (m_nodes.size() + 1) * 2 > m_unique.size();
    const bool cache = m_nodes.size() > m_cache.size() / 2 && m_cache.size() < (std::size_t(1) << 24);
    if (m_nodes.size() >= 0xfffffff0u)
        throw std::length_error("Zbdd: more than 2^32 nodes");
    if (m_budget) {
        std::size_t bytes = m_reserved + memoryBytes();
        if (nodes)
            bytes += std::max<std::size_t>(m_nodes.capacity(), 64) * sizeof(Node);
        if (unique)
            bytes += m_unique.size() * 2 * sizeof(Ref);
        if (cache)
            bytes += m_cache.size() * 3 * sizeof(CacheEntry);
        m_budget->check(bytes);
    }
    if (nodes)
        m_nodes.reserve(std::max<std::size_t>(m_nodes.capacity() * 2, 64));
    if (unique)
        growUnique();
    if (cache) {
        m_cache.assign(m_cache.size() * 4, CacheEntry{});
        m_cacheMask = m_cache.size() - 1;
    }
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
    return apply(kUnite, a, b);
}

Zbdd::Ref Zbdd::without(Ref f, Ref g)
{
    return apply(kWithout, f, g);
}

bool Zbdd::shortcut(std::uint32_t op, Ref &a, Ref &b, Ref &result) const
{
    if (op == kUnite) {
        if (a == Empty || a == b)
            result = b;
        else if (b == Empty)
            result = a;
        else {
            if (a > b)
                std::swap(a, b);
            result = cached(kUnite, a, b);
            return result != TerminalLevel;
        }
        return true;
    }
    // without(f, g): the sets of f that contain no set of g
    if (b == Empty || a == Empty)
        result = a;
    else if (a == b || containsEmptySet(b))
        result = Empty; // every set contains the empty set
    else if (a == Base)
        result = Base; // ∅ contains no non-empty set
    else if (m_nodes[b].minSize > m_nodes[a].maxSize)
        result = a; // g's sets are all larger than f's (k-of-n: f has k-1 of the rest, g k)
    else {
        result = cached(kWithout, a, b);
        return result != TerminalLevel;
    }
    return true;
}

// One step of the recursions, with `last` the result of the sub-operation the
// frame asked for at its previous stage:
//   unite(a, b)    = node(la, unite(a0, b), a1)           la < lb (and symmetric)
//                  = node(l, unite(a0, b0), unite(a1, b1))  equal levels
//   without(f, g)  = node(lf, without(f0, g), without(f1, g))  lf < lg
//                  = without(f, g0)                           lg < lf (g's sets with lg
//                                                             cannot be inside f's sets)
//                  = node(l, without(f0, g0), without(without(f1, g1), g0))  equal
Zbdd::Step Zbdd::step(Frame &fr, Ref last)
{
    const Node a = m_nodes[fr.a], b = m_nodes[fr.b];
    auto call = [](std::uint32_t op, Ref x, Ref y) { return Step{false, 0, op, x, y}; };
    auto done = [](Ref r) { return Step{true, r, 0, 0, 0}; };
    switch (fr.stage) {
    case 0:
        if (fr.op == kUnite) {
            fr.stage = a.level < b.level ? 1 : (b.level < a.level ? 2 : 3);
            return fr.stage == 1 ? call(kUnite, a.low, fr.b)
                                 : (fr.stage == 2 ? call(kUnite, fr.a, b.low) : call(kUnite, a.low, b.low));
        }
        fr.stage = a.level < b.level ? 5 : (b.level < a.level ? 7 : 8);
        return fr.stage == 5 ? call(kWithout, a.low, fr.b)
                             : (fr.stage == 7 ? call(kWithout, fr.a, b.low) : call(kWithout, a.high, b.high));
    case 1: return done(makeNode(a.level, last, a.high));
    case 2: return done(makeNode(b.level, last, b.high));
    case 3: fr.r = last; fr.stage = 4; return call(kUnite, a.high, b.high);
    case 4: return done(makeNode(a.level, fr.r, last));
    case 5: fr.r = last; fr.stage = 6; return call(kWithout, a.high, fr.b);
    case 6: return done(makeNode(a.level, fr.r, last));
    case 7: return done(last);
    case 8: fr.stage = 9; return call(kWithout, last, b.low);
    case 9: fr.r = last; fr.stage = 10; return call(kWithout, a.low, b.low);
    default: return done(makeNode(a.level, last, fr.r));
    }
}

Zbdd::Ref Zbdd::apply(std::uint32_t op, Ref a, Ref b)
{
    Ref result;
    if (shortcut(op, a, b, result))
        return result;
    const std::size_t base = m_stack.size();
    m_stack.push_back({op, a, b, 0, Empty});
    while (m_stack.size() > base) {
        const Step s = step(m_stack.back(), result);
        if (s.finished) {
            const Frame fr = m_stack.back();
            m_stack.pop_back();
            store(fr.op, fr.a, fr.b, s.result);
            result = s.result;
            continue;
        }
        Ref x = s.a, y = s.b;
        if (!shortcut(s.op, x, y, result))
            m_stack.push_back({s.op, x, y, 0, Empty});
        // else the same frame takes `result` at its next step
    }
    return result;
}

std::vector<Zbdd::Ref> Zbdd::reachable(Ref root) const
{
    std::vector<Ref> out;
    if (root <= Base)
        return out;
    std::vector<char> seen(m_nodes.size(), 0);
    std::vector<Ref> stack{root};
    seen[root] = 1;
    while (!stack.empty()) {
        const Ref r = stack.back();
        stack.pop_back();
        out.push_back(r);
        for (Ref c : {m_nodes[r].low, m_nodes[r].high})
            if (c > Base && !seen[c]) {
                seen[c] = 1;
                stack.push_back(c);
            }
    }
    std::sort(out.begin(), out.end()); // children are made before their parents
    return out;
}

double Zbdd::count(Ref root) const
{
    if (root <= Base)
        return root == Base ? 1.0 : 0.0;
    std::vector<double> c(std::size_t(root) + 1, 0.0);
    c[Base] = 1.0;
    for (Ref r : reachable(root))
        c[r] = c[m_nodes[r].low] + c[m_nodes[r].high];
    return c[root];
}

std::vector<double> Zbdd::countBySize(Ref root) const
{
    if (root <= Base)
        return root == Base ? std::vector<double>{1.0} : std::vector<double>{};
    // Bottom-up over the reachable nodes. A node's counts are kept as a range of
    // sizes [first, first + values.size()), and dropped once every parent has
    // used them: a chain of 60,000 nodes (one set of 60,000 events, or 60,000
    // sets of one) then never holds more than a few short ranges.
    struct Counts
    {
        std::size_t first = 0;
        std::vector<double> values;
    };
    const std::vector<Ref> nodes = reachable(root);
    std::vector<std::uint32_t> position(std::size_t(root) + 1, 0);
    for (std::size_t i = 0; i < nodes.size(); ++i)
        position[nodes[i]] = std::uint32_t(i);
    std::vector<std::uint32_t> uses(nodes.size(), 0);
    for (Ref r : nodes)
        for (Ref c : {m_nodes[r].low, m_nodes[r].high})
            if (c > Base)
                ++uses[position[c]];
    std::vector<Counts> counts(nodes.size());
    const Counts base{0, {1.0}};
    const Counts none{};
    auto of = [&](Ref r) -> const Counts & { return r == Empty ? none : (r == Base ? base : counts[position[r]]); };
    auto release = [&](Ref r) {
        if (r > Base && --uses[position[r]] == 0)
            std::vector<double>().swap(counts[position[r]].values);
    };
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const Node &n = m_nodes[nodes[i]];
        const Counts &lo = of(n.low), &hi = of(n.high); // hi is never empty
        std::size_t first = hi.first + 1, end = hi.first + 1 + hi.values.size();
        if (!lo.values.empty()) {
            first = std::min(first, lo.first);
            end = std::max(end, lo.first + lo.values.size());
        }
        Counts out{first, std::vector<double>(end - first, 0.0)};
        for (std::size_t k = 0; k < lo.values.size(); ++k)
            out.values[lo.first + k - first] += lo.values[k];
        for (std::size_t k = 0; k < hi.values.size(); ++k)
            out.values[hi.first + 1 + k - first] += hi.values[k];
        counts[i] = std::move(out);
        release(n.low);
        release(n.high);
    }
    const Counts &top = counts.back();
    std::vector<double> out(top.first + top.values.size(), 0.0);
    std::copy(top.values.begin(), top.values.end(), out.begin() + std::ptrdiff_t(top.first));
    return out;
}

void Zbdd::enumerate(Ref root, const std::function<bool(const std::vector<std::uint32_t> &)> &visit) const
{
    // Depth-first, high branch first, on an explicit stack of (node, path length).
    std::vector<std::uint32_t> path;
    std::vector<std::pair<Ref, std::size_t>> stack{{root, 0}};
    while (!stack.empty()) {
        const auto [r, depth] = stack.back();
        stack.pop_back();
        path.resize(depth);
        if (r == Empty)
            continue;
        if (r == Base) {
            if (!visit(path))
                return;
            continue;
        }
        stack.push_back({m_nodes[r].low, depth});
        path.push_back(m_nodes[r].level);
        stack.push_back({m_nodes[r].high, depth + 1});
    }
}

std::size_t Zbdd::memoryBytes() const
{
    return m_nodes.capacity() * sizeof(Node) + m_unique.capacity() * sizeof(Ref)
           + m_cache.capacity() * sizeof(CacheEntry);
}

} // namespace nf
