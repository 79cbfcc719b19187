#pragma once

namespace nf {

// Version of the .ninefold file format this build writes. Older formats are
// migrated on load (Migration); newer ones are refused.
inline constexpr int kFormatVersion = 2;
inline constexpr int kOldestReadableFormat = 1;

} // namespace nf
