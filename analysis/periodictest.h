#pragma once

namespace nf {

// The Open-PSA MEF `periodic-test` built-in (MEF 2.0, stochastic layer): the
// probability that a periodically tested component is unavailable at time t.
// Tests start at θ, θ + τ, θ + 2τ, ... and last π. Between tests the component
// fails at rate λ, unnoticed; a test finds the failure (with probability σ) and
// starts a repair at rate μ. The standard describes the 11-argument form by a
// multi-phase Markov model of three states — available (A), failed unnoticed (F),
// in repair (R) — which is solved here exactly, interval by interval:
//  - before the first test: A → F at rate λ;
//  - at the start of a test (a component in repair is not tested): A → R with
//    probability γ (failure caused by the test), F → R with probability σ;
//  - during the test: A → R at rate λ* (a failure while tested is seen), and the
//    component counts as unavailable when x = 0;
//  - at the end of the test, an available component is badly restarted (A → F)
//    with probability ω;
//  - a repair ends at rate μ: to A, or to F with probability ω (bad restart).
// The 5-argument form (λ, μ, τ, θ, t) is the instantaneous test with γ = 0,
// σ = 1, ω = 0; the 4-argument form (λ, τ, θ, t) also has instantaneous repair.
class PeriodicTest
{
public:
    struct Parameters
    {
        double lambda = 0.0;     // failure rate while working
        double lambdaTest = 0.0; // failure rate while tested (λ*)
        double mu = 0.0;         // repair rate; infinity: instantaneous repair
        double tau = 0.0;        // time between tests (> 0)
        double theta = 0.0;      // time of the first test
        double gamma = 0.0;      // failure caused by a test
        double pi = 0.0;         // test duration (< τ)
        bool availableDuringTest = true; // x
        double sigma = 1.0;      // test coverage
        double omega = 0.0;      // bad restart after a test or a repair
    };
    // Q(t); 0 <= Q <= 1. `tests` receives the number of tests before t (tests
    // are stepped through one by one; the caller bounds t/τ).
    static double unavailability(const Parameters &p, double t, long long *tests = nullptr);
};

} // namespace nf
