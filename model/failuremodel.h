#pragma once

#include "elementkind.h"

#include <optional>

namespace nf {

// Mission-time (no repair) life distribution of a component. Exponential uses the
// failure model's MTBF; Weibull and lognormal carry their own parameters.
struct LifeDistribution
{
    DistributionType type = DistributionType::Exponential;
    double shape = 1.0;       // Weibull shape β (> 0)
    double scaleHours = 0.0;  // Weibull scale η in hours (> 0)
    double medianHours = 0.0; // lognormal median life in hours (> 0)
    double sigma = 1.0;       // lognormal σ of ln(T) (> 0)

    bool operator==(const LifeDistribution &) const = default;
};

// How an element fails and is repaired. Either MTBF/MTTR (exponential, steady-state
// A = MTBF / (MTBF + MTTR)), or a fixed availability (e.g. an SLA, optionally with a
// typical repair time so a failure frequency can be derived), or "perfect": never
// fails (the default for containers that are only there to group).
struct FailureModel
{
    enum class Mode { Perfect, Rates, FixedAvailability };

    Mode mode = Mode::Perfect;
    double mtbfHours = 0.0;
    double mttrHours = 0.0;     // also the optional repair time of a fixed availability
    double availability = 1.0;  // only for FixedAvailability
    std::optional<LifeDistribution> distribution;

    static FailureModel rates(double mtbfHours, double mttrHours);
    static FailureModel fixed(double availability, double mttrHours = 0.0);

    bool canFail() const;
    // Steady-state availability and unavailability. Both are computed directly
    // from the inputs so that neither suffers from cancellation (U is never 1 - A
    // of a rounded A when MTBF/MTTR are given).
    double steadyAvailability() const;
    double steadyUnavailability() const;
    // Failures per hour in steady state (λ = 1/MTBF); for a fixed availability with
    // a repair time, λ = U / (A · MTTR); otherwise 0 (unknown).
    double failureRate() const;
    // Repairs per hour (μ = 1/MTTR), 0 when unknown or MTTR = 0.
    double repairRate() const;

    bool operator==(const FailureModel &) const = default;
};

} // namespace nf
