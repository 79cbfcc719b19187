#pragma once

#include <cstdint>
#include <functional>
#include <vector>

namespace nf {

class MemoryBudget;

// A zero-suppressed decision diagram of sets of variables (levels): the compact
// form of a family of cut sets. Used to hold minimal cut sets, which are derived
// from a BDD by Rauzy's algorithm (see BddAnalysis). No operation recurses: a
// family of sets of 60,000 events is a chain of 60,000 nodes, so traversals keep
// their stacks on the heap.
class Zbdd
{
public:
    using Ref = std::uint32_t;
    static constexpr Ref Empty = 0; // the empty family
    static constexpr Ref Base = 1;  // the family holding only the empty set
    static constexpr std::uint32_t TerminalLevel = 0xffffffffu;

    Zbdd();

    // Stops with MemoryBudget::Exceeded before the tables grow past `budget` minus
    // `reserved` bytes (held elsewhere in the same analysis). Not owned; may be null.
    void setBudget(const MemoryBudget *budget, std::size_t reserved);

    // The family {S ∪ {level} : S ∈ high} ∪ low; `level` must be above every level
    // in low and high.
    Ref makeNode(std::uint32_t level, Ref low, Ref high);
    Ref unite(Ref a, Ref b);
    // The sets of f that contain no set of g (subsumption removal).
    Ref without(Ref f, Ref g);

    std::uint32_t level(Ref r) const { return m_nodes[r].level; }
    Ref low(Ref r) const { return m_nodes[r].low; }
    Ref high(Ref r) const { return m_nodes[r].high; }
    bool containsEmptySet(Ref r) const;

    // Number of sets, and number of sets of each size (index = size).
    double count(Ref root) const;
    std::vector<double> countBySize(Ref root) const;
    // Calls visit(levels) for every set, levels ascending. Stops early when
    // visit returns false.
    void enumerate(Ref root, const std::function<bool(const std::vector<std::uint32_t> &)> &visit) const;

    std::size_t nodeCount() const { return m_nodes.size(); }
    std::size_t memoryBytes() const;

private:
    struct Node
    {
        std::uint32_t level;
        Ref low;
        Ref high;
        bool hasEmptySet; // the family holds ∅ (follow low edges to Base)
        std::uint32_t minSize; // of the sets of the family (Empty: 0xffffffff)
        std::uint32_t maxSize;
    };
    struct CacheEntry
    {
        std::uint32_t op = 0;
        Ref a = 0, b = 0, result = 0;
    };
    struct Frame
    {
        std::uint32_t op;
        Ref a, b;
        int stage;
        Ref r;
    };
    struct Step // what a frame needs next: a sub-operation, or it is finished
    {
        bool finished;
        Ref result;
        std::uint32_t op;
        Ref a, b;
    };
    Ref apply(std::uint32_t op, Ref a, Ref b);
    bool shortcut(std::uint32_t op, Ref &a, Ref &b, Ref &result) const;
    Step step(Frame &frame, Ref last);
    void grow();
    void growUnique();
    std::vector<Ref> reachable(Ref root) const; // non-terminal nodes, children first
    Ref cached(std::uint32_t op, Ref a, Ref b) const;
    void store(std::uint32_t op, Ref a, Ref b, Ref result);

    std::vector<Node> m_nodes;
    std::vector<Ref> m_unique;
    std::size_t m_uniqueMask = 0;
    std::vector<CacheEntry> m_cache;
    std::size_t m_cacheMask = 0;
    std::vector<Frame> m_stack;
    const MemoryBudget *m_budget = nullptr;
    std::size_t m_reserved = 0;
};

} // namespace nf
