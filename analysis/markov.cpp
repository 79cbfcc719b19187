#include "markov.h"

#include <Eigen/Dense>

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace nf {

Ctmc::Ctmc(int states)
    : m_states(states)
    , m_rates(std::size_t(states) * std::size_t(states), 0.0)
{
    if (states < 1)
        throw std::invalid_argument("Ctmc: at least one state");
}

void Ctmc::addRate(int from, int to, double r)
{
    if (from == to || r < 0.0 || !std::isfinite(r))
        throw std::invalid_argument("Ctmc::addRate: bad transition");
    m_rates[std::size_t(from) * std::size_t(m_states) + std::size_t(to)] += r;
}

double Ctmc::rate(int from, int to) const
{
    return m_rates[std::size_t(from) * std::size_t(m_states) + std::size_t(to)];
}

std::vector<double> Ctmc::steadyState() const
{
    const int n = m_states;
    Eigen::MatrixXd a(n, n);
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j)
            a(i, j) = i == j ? 0.0 : rate(i, j);
    // GTH: eliminate states from the last down to 1, redistributing rates.
    for (int k = n - 1; k > 0; --k) {
        double s = 0.0;
        for (int j = 0; j < k; ++j)
            s += a(k, j);
        if (!(s > 0.0))
            throw std::invalid_argument("Ctmc::steadyState: the chain is not irreducible");
        for (int i = 0; i < k; ++i)
            a(i, k) /= s;
        for (int i = 0; i < k; ++i)
            for (int j = 0; j < k; ++j)
                if (i != j)
                    a(i, j) += a(i, k) * a(k, j);
    }
    std::vector<double> pi(std::size_t(n), 0.0);
    pi[0] = 1.0;
    double total = 1.0;
    for (int k = 1; k < n; ++k) {
        double v = 0.0;
        for (int i = 0; i < k; ++i)
            v += pi[std::size_t(i)] * a(i, k);
        pi[std::size_t(k)] = v;
        total += v;
    }
    for (double &v : pi)
        v /= total;
    return pi;
}

double Ctmc::meanTimeToAbsorption(int start, const std::vector<int> &absorbing) const
{
    const int n = m_states;
    std::vector<int> index(std::size_t(n), -1);
    std::vector<int> transient;
    for (int s = 0; s < n; ++s)
        if (std::find(absorbing.begin(), absorbing.end(), s) == absorbing.end()) {
            index[std::size_t(s)] = int(transient.size());
            transient.push_back(s);
        }
    if (index[std::size_t(start)] < 0)
        return 0.0;
    const int m = int(transient.size());
    // (-Q_TT) τ = 1
    Eigen::MatrixXd a = Eigen::MatrixXd::Zero(m, m);
    for (int i = 0; i < m; ++i) {
        double out = 0.0;
        for (int j = 0; j < n; ++j) {
            if (j == transient[std::size_t(i)])
                continue;
            const double r = rate(transient[std::size_t(i)], j);
            out += r;
            if (index[std::size_t(j)] >= 0)
                a(i, index[std::size_t(j)]) -= r;
        }
        a(i, i) += out;
    }
    const Eigen::FullPivLU<Eigen::MatrixXd> lu(a);
    if (!lu.isInvertible())
        return std::numeric_limits<double>::infinity();
    const Eigen::VectorXd tau = lu.solve(Eigen::VectorXd::Ones(m));
    return tau(index[std::size_t(start)]);
}

double Ctmc::absorptionProbability(int start, const std::vector<int> &absorbing, double hours) const
{
    const int n = m_states;
    // Uniformisation of the chain with absorbing states made absorbing.
    std::vector<char> absorb(std::size_t(n), 0);
    for (int s : absorbing)
        absorb[std::size_t(s)] = 1;
    double lambdaMax = 0.0;
    Eigen::MatrixXd q = Eigen::MatrixXd::Zero(n, n);
    for (int i = 0; i < n; ++i) {
        if (absorb[std::size_t(i)])
            continue;
        double out = 0.0;
        for (int j = 0; j < n; ++j)
            if (j != i) {
                q(i, j) = rate(i, j);
                out += q(i, j);
            }
        q(i, i) = -out;
        lambdaMax = std::max(lambdaMax, out);
    }
    if (lambdaMax <= 0.0 || hours <= 0.0)
        return absorb[std::size_t(start)] ? 1.0 : 0.0;
    const Eigen::MatrixXd p = Eigen::MatrixXd::Identity(n, n) + q / lambdaMax;
    Eigen::RowVectorXd v = Eigen::RowVectorXd::Zero(n);
    v(start) = 1.0;
    const double lt = lambdaMax * hours;
    double weight = std::exp(-lt);
    Eigen::RowVectorXd result = weight * v;
    double accumulated = weight;
    for (int k = 1; accumulated < 1.0 - 1e-15 && k < 100000; ++k) {
        v = v * p;
        weight *= lt / k;
        result += weight * v;
        accumulated += weight;
    }
    double prob = 0.0;
    for (int s : absorbing)
        prob += result(s);
    return std::min(1.0, prob);
}

Ctmc KOfNRepairModel::chain() const
{
    if (n < 1 || k < 1 || k > n)
        throw std::invalid_argument("KOfNRepairModel: need 1 <= k <= n");
    const int down = n - k + 1; // failed members at which the group is down
    Ctmc c(down + 1);
    for (int j = 0; j < down; ++j) {
        const double survivors = double(n - j);
        const double factor = j == 0 ? 1.0 : stress;
        c.addRate(j, j + 1, survivors * factor * lambda);
        if (j > 0 && mu > 0.0)
            c.addRate(j, j - 1, mu);
    }
    if (mu > 0.0)
        c.addRate(down, down - 1, mu);
    return c;
}

MarkovFigures KOfNRepairModel::solve() const
{
    MarkovFigures f;
    const Ctmc c = chain();
    const int down = n - k + 1;
    f.mttfHours = c.meanTimeToAbsorption(0, {down});
    if (mu > 0.0 && lambda > 0.0) {
        const std::vector<double> pi = c.steadyState();
        f.unavailability = pi[std::size_t(down)];
        double up = 0.0;
        for (int j = 0; j < down; ++j)
            up += pi[std::size_t(j)];
        f.availability = up;
        f.failureFrequencyPerHour = pi[std::size_t(down - 1)] * c.rate(down - 1, down);
    } else if (lambda > 0.0) {
        f.availability = 0.0; // without repair it is down in the long run
        f.unavailability = 1.0;
    }
    return f;
}

double KOfNRepairModel::meanTimeToFailure() const
{
    return chain().meanTimeToAbsorption(0, {n - k + 1});
}

double KOfNRepairModel::probabilityOfFailureDuringRepair(double repairHours) const
{
    return -std::expm1(-double(n - 1) * stress * lambda * repairHours);
}

Ctmc StandbyModel::chain() const
{
    Ctmc c(4);
    c.addRate(0, 1, lambda * coverage + lambdaDormant); // covered failure, or idle standby fails
    if (coverage < 1.0)
        c.addRate(0, 3, lambda * (1.0 - coverage)); // switch-over fails
    c.addRate(1, 2, lambda);                          // the one serving fails too
    if (mu > 0.0) {
        c.addRate(1, 0, mu);
        c.addRate(2, 1, mu);
        c.addRate(3, 0, mu); // failed member repaired, primary role restored
    }
    return c;
}

MarkovFigures StandbyModel::solve() const
{
    MarkovFigures f;
    const Ctmc c = chain();
    f.mttfHours = c.meanTimeToAbsorption(0, {2, 3});
    if (mu > 0.0 && lambda > 0.0) {
        const std::vector<double> pi = c.steadyState();
        f.unavailability = pi[2] + pi[3];
        f.availability = pi[0] + pi[1];
        f.failureFrequencyPerHour = pi[0] * c.rate(0, 3) + pi[1] * c.rate(1, 2);
    } else if (lambda > 0.0) {
        f.availability = 0.0;
        f.unavailability = 1.0;
    }
    return f;
}

} // namespace nf
