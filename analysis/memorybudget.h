#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>

namespace nf {

// The memory the exact engine may use for its decision diagrams, caches and memo
// tables in one analysis. The diagrams check it whenever they grow (not on every
// node), and throw MemoryBudget::Exceeded when the next growth would pass it, so a
// model that blows up stops with a clear message instead of std::bad_alloc or the
// kernel's OOM killer. Also used as a node budget for trying variable orders.
class MemoryBudget
{
public:
    class Exceeded : public std::runtime_error
    {
    public:
        Exceeded(std::size_t needed, std::size_t limit);
        std::size_t needed() const { return m_needed; }
        std::size_t limit() const { return m_limit; }

    private:
        std::size_t m_needed;
        std::size_t m_limit;
    };

    // 0 bytes: the default, defaultBytes().
    explicit MemoryBudget(std::size_t bytes = 0);

    // An eighth of the physical memory, at least 256 MiB: room for the rest of the
    // process (the GUI, the model) and for other programs, and a stop within about a
    // minute on a model that blows up (the diagrams grow by roughly 100 MB a second).
    static std::size_t defaultBytes();

    std::size_t limit() const { return m_limit; }
    // Throws Exceeded when `bytes` (what the caller would hold after growing)
    // is over the limit.
    void check(std::size_t bytes) const
    {
        if (bytes > m_limit)
            throw Exceeded(bytes, m_limit);
    }

private:
    std::size_t m_limit;
};

} // namespace nf
