#include "memorybudget.h"

#include <unistd.h>

#include <algorithm>

namespace nf {

MemoryBudget::Exceeded::Exceeded(std::size_t needed, std::size_t limit)
    : std::runtime_error("the decision diagrams would need more than the memory budget of "
                         + std::to_string((limit + (1u << 20) - 1) >> 20) + " MB")
    , m_needed(needed)
    , m_limit(limit)
{
}

MemoryBudget::MemoryBudget(std::size_t bytes)
    : m_limit(bytes ? bytes : defaultBytes())
{
}

std::size_t MemoryBudget::defaultBytes()
{
    const long pages = sysconf(_SC_PHYS_PAGES);
    const long size = sysconf(_SC_PAGE_SIZE);
    const std::size_t physical = pages > 0 && size > 0 ? std::size_t(pages) * std::size_t(size) : std::size_t(4) << 30;
    return std::max<std::size_t>(physical / 8, std::size_t(256) << 20);
}

} // namespace nf
