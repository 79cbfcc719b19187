#pragma once

// The ranges in which Ninefold's numbers mean something. Every reader of a value
// (the file validator, the inspector, the command line) refuses what lies outside
// them with a message, so that the analysis never sees a value on which its
// arithmetic or Boost.Math would overflow or throw (1e308 hours, inf).

namespace nf::limits {

// Times to failure: MTBF, Weibull scale, lognormal median. 1e15 hours is about
// 1.1e11 years, enough for the per-object durability of an eleven-nines store.
inline constexpr double maxLifeHours = 1e15;
// Repair and rebuild times: more than a millennium is not a repair.
inline constexpr double maxRepairHours = 1e7;
// Mission time of the time-dependent figures and the simulation.
inline constexpr double maxMissionHours = 1e7;
// Durations in seconds (detection, promotion, lag, RTO, RPO...): about 32 years.
inline constexpr double maxSeconds = 1e9;
// Weibull shape β and lognormal σ: beyond these the distribution is a step.
inline constexpr double maxWeibullShape = 100.0;
inline constexpr double maxLognormalSigma = 20.0;
// Loads, capacities, distances, money: finite and far beyond any real figure.
inline constexpr double maxQuantity = 1e15;

} // namespace nf::limits
