#pragma once

namespace nf {

// How the probability of a basic event evolves with time. Steady-state analysis
// uses the event's fixed p/q; time-dependent analysis asks this model for the
// probability at time t.
struct EventLife
{
    enum class Type {
        Constant,    // p does not change with time (coverage, demand failure, SLA)
        Exponential, // rate λ per hour; optional repair rate μ
        Weibull,     // shape β, scale η hours (no repair)
        Lognormal,   // median life hours, σ of ln T (no repair)
    };

    Type type = Type::Constant;
    double constantP = 0.0; // Constant: the probability
    double lambda = 0.0;    // Exponential: failures per hour
    double mu = 0.0;        // Exponential: repairs per hour (0: no repair; infinity: repaired at once)
    double shape = 1.0;     // Weibull β
    double scale = 1.0;     // Weibull η, hours
    double median = 1.0;    // Lognormal median, hours
    double sigma = 1.0;     // Lognormal σ

    // Probability that a component that was new at t = 0 has failed by t
    // (no repair): F(t). q receives 1 - F(t), computed without cancellation.
    double unreliability(double hours, double *q = nullptr) const;
    // Probability that it is down at t, with repair where the model has one
    // (exponential with μ > 0: λ/(λ+μ)·(1 - e^{-(λ+μ)t})); else F(t).
    double unavailability(double hours, double *q = nullptr) const;
    bool isTimeDependent() const { return type != Type::Constant; }
};

} // namespace nf
