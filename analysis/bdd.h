#pragma once

#include <cstdint>
#include <utility>
#include <vector>

namespace nf {

class MemoryBudget;

// A reduced ordered binary decision diagram package: hash-consed nodes in one
// array, an if-then-else with a computed-table cache, and the threshold
// constructions (k-of-n, weighted capacity) the structure functions need.
// Variables are identified by their level (0 is the top); the caller chooses the
// order. No complement edges: every probability is then a sum of products of
// non-negative numbers, which keeps tiny unavailabilities exact. Nodes are never
// freed; a Bdd lives as long as one analysis. No operation recurses: depth is
// bounded by the number of variables, which input files choose, so every
// traversal keeps its own stack on the heap.
class Bdd
{
public:
    using Ref = std::uint32_t;
    static constexpr Ref Zero = 0;
    static constexpr Ref One = 1;
    static constexpr std::uint32_t TerminalLevel = 0xffffffffu;

    explicit Bdd(int levelCount);

    // Thrown by makeNode when more nodes than setNodeLimit() allows would exist.
    struct NodeLimitReached
    {
    };
    // The package stops (MemoryBudget::Exceeded) before its tables pass `budget`
    // (not owned; may be null), and (NodeLimitReached) before it holds more than
    // `nodes` nodes (used to give up on a variable order early).
    void setLimits(const MemoryBudget *budget, std::size_t nodes);

    int levelCount() const { return m_levelCount; }
    Ref variable(int level);

    Ref ite(Ref f, Ref g, Ref h);
    Ref andOp(Ref a, Ref b) { return ite(a, b, Zero); }
    Ref orOp(Ref a, Ref b) { return ite(a, One, b); }
    Ref notOp(Ref a) { return ite(a, Zero, One); }
    Ref xorOp(Ref a, Ref b) { return ite(a, notOp(b), b); }
    // AND / OR of many operands, combined pairwise as a balanced tree.
    Ref andAll(std::vector<Ref> operands);
    Ref orAll(std::vector<Ref> operands);
    // At least k of the operands are true (k-of-n), in O(n·k) if-then-else steps.
    Ref atLeast(int k, std::vector<Ref> operands);
    // The weights of the true operands sum to at least `bound` (weights >= 0).
    Ref weightedAtLeast(double bound, const std::vector<Ref> &operands, const std::vector<double> &weights);

    // Module-wise construction (docs/engine.md, "Modules"): f with every variable
    // at a level L where replacement[L] != NoReplacement replaced by that function,
    // f[x_L := replacement[L]], replaced in turn where it has such levels. Each
    // replacement's levels must lie below L and above every level under L's nodes
    // in f (its block of levels follows L). Linear in the size of the result.
    static constexpr Ref NoReplacement = 0xffffffffu;
    Ref compose(Ref f, const std::vector<Ref> &replacement);
    // `root` of another package, with every level L renamed levelMap[L] (which
    // must keep the order of the levels used).
    Ref copyFrom(const Bdd &from, Ref root, const std::vector<std::uint32_t> &levelMap);

    std::uint32_t level(Ref r) const { return m_nodes[r].level; }
    Ref low(Ref r) const { return m_nodes[r].low; }
    Ref high(Ref r) const { return m_nodes[r].high; }
    bool isTerminal(Ref r) const { return r <= One; }

    // Nodes ever made (including intermediate results) and nodes reachable from root.
    std::size_t allocatedNodes() const { return m_nodes.size(); }
    std::size_t reachableNodes(Ref root) const;
    // Reachable non-terminal nodes in bottom-up order (children before parents).
    std::vector<Ref> bottomUp(Ref root) const;
    // Memory held by the package, in bytes.
    std::size_t memoryBytes() const;

    // P(f) and Q(f) = 1 - P(f) in one memoised pass; p[level] and q[level] are the
    // probabilities of each variable being true and false.
    std::pair<double, double> probability(Ref root, const std::vector<double> &p, const std::vector<double> &q) const;
    // The same with the traversal order of bottomUp(root) given (cached by the caller).
    std::pair<double, double> probability(const std::vector<Ref> &order, Ref root, const std::vector<double> &p,
                                          const std::vector<double> &q) const;

private:
    struct Node
    {
        std::uint32_t level;
        Ref low;
        Ref high;
    };
    struct CacheEntry
    {
        Ref f = 0, g = 0, h = 0, result = 0;
        bool valid = false;
    };

    struct IteFrame
    {
        Ref f, g, h;
        std::uint32_t top;
        Ref low;
        int stage;
    };
    Ref makeNode(std::uint32_t level, Ref low, Ref high);
    // Terminal cases, normalisation and the computed table: true when `result`
    // is known without recursion; otherwise f, g, h are normalised.
    bool iteShortcut(Ref &f, Ref &g, Ref &h, Ref &result) const;
    void grow();
    void growUnique();
    void growCache();
    Ref cofactor(Ref r, std::uint32_t level, bool value) const
    {
        if (m_nodes[r].level != level)
            return r;
        return value ? m_nodes[r].high : m_nodes[r].low;
    }

    int m_levelCount;
    std::vector<Node> m_nodes;
    mutable std::vector<std::uint32_t> m_mark; // traversal marks, by node (epoch-stamped)
    mutable std::uint32_t m_epoch = 0;
    std::vector<Ref> m_unique; // open addressing; 0 marks an empty slot
    std::size_t m_uniqueMask = 0;
    std::vector<CacheEntry> m_cache;
    std::size_t m_cacheMask = 0;
    std::vector<IteFrame> m_stack; // ite's explicit recursion stack
    const MemoryBudget *m_budget = nullptr;
    std::size_t m_nodeLimit = ~std::size_t(0);
};

} // namespace nf
