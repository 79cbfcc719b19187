#pragma once

#include <cstddef>
#include <cstdint>

namespace nf {

// Hash of a node triple (level, low, high) or a cache key (op, a, b) for the
// decision-diagram tables: a splitmix64 finaliser over the packed key, so every
// input bit reaches the low bits used for the slot and linear probing does not
// cluster.
inline std::size_t hashTriple(std::uint32_t a, std::uint32_t b, std::uint32_t c)
{
    std::uint64_t h = (std::uint64_t(a) << 40) ^ (std::uint64_t(b) << 20) ^ std::uint64_t(c) ^ (std::uint64_t(b) >> 44);
    h += std::uint64_t(c) * 0x9E3779B97F4A7C15ull;
    h ^= h >> 30;
    h *= 0xBF58476D1CE4E5B9ull;
    h ^= h >> 27;
    h *= 0x94D049BB133111EBull;
    h ^= h >> 31;
    return std::size_t(h);
}

} // namespace nf
