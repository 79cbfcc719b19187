#pragma once

#include <vector>

namespace nf {

// A continuous-time Markov chain for what a static structure cannot express:
// repair that competes with further failures, survivors stressed while the
// array rebuilds, standbys that fail less while idle. Small and dense (Eigen,
// kept out of this header).
class Ctmc
{
public:
    explicit Ctmc(int states);

    int stateCount() const { return m_states; }
    void addRate(int from, int to, double ratePerHour);
    double rate(int from, int to) const;

    // Stationary distribution of an irreducible chain, by the
    // Grassmann-Taksar-Heyman algorithm: subtraction-free, so tiny state
    // probabilities keep their full precision.
    std::vector<double> steadyState() const;
    // Expected hours until the chain, started in `start`, first enters one of
    // `absorbing` (+inf when it cannot).
    double meanTimeToAbsorption(int start, const std::vector<int> &absorbing) const;
    // Probability of having entered one of `absorbing` by time t (uniformisation).
    double absorptionProbability(int start, const std::vector<int> &absorbing, double hours) const;

private:
    int m_states;
    std::vector<double> m_rates; // row-major, off-diagonal rates
};

// Results of a Markov sub-model of a redundancy group.
struct MarkovFigures
{
    double availability = 1.0;
    double unavailability = 0.0;
    double failureFrequencyPerHour = 0.0; // rate of entering a down state, in steady state
    double mttfHours = 0.0;               // from all members up to the first down state
};

// k-of-n with repair (one repair crew) and stressed survivors: n identical
// members of failure rate λ, the group is up while at least k are up; after the
// first failure, survivors fail at stress·λ until the repair (rate μ) completes.
// RAID 5 on 4 disks: n = 4, k = 3, μ = 1/rebuild hours, stress = 3.
struct KOfNRepairModel
{
    int n = 2;
    int k = 1;
    double lambda = 0.0;
    double mu = 0.0;
    double stress = 1.0;

    Ctmc chain() const; // states: number of failed members, 0 .. n-k+1 (the last is down)
    MarkovFigures solve() const;
    // Mean time to data loss / to the group going down, hours.
    double meanTimeToFailure() const;
    // Probability that another member fails during one repair of deterministic
    // length `repairHours` that started with n-1 survivors: 1 - exp(-(n-1)·stress·λ·T).
    double probabilityOfFailureDuringRepair(double repairHours) const;
};

// An active-passive pair: the active member fails at λ, the idle standby at
// λ_dormant (0 cold, λ hot); a failure of the active member is covered by a
// successful switch-over with probability c, otherwise the group is down until
// the failed member is repaired (rate μ, one crew).
struct StandbyModel
{
    double lambda = 0.0;
    double lambdaDormant = 0.0;
    double mu = 0.0;
    double coverage = 1.0;

    Ctmc chain() const; // 0 both up, 1 one failed (serving), 2 both failed, 3 switch failed (down)
    MarkovFigures solve() const;
};

} // namespace nf
