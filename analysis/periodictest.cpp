#include "periodictest.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace nf {

namespace {

using State = std::array<double, 3>; // A, F, R
using Matrix = std::array<std::array<double, 3>, 3>;

// x(s) = x(0)·exp(G·s) for the generator G (rows: from, columns: to), by scaling
// and squaring of a Taylor series: the matrix is 3×3, so this is exact to
// rounding for any rates.
State propagate(const State &x, const Matrix &generator, double s)
{
    if (s <= 0.0)
        return x;
    double norm = 0.0;
    for (const auto &row : generator)
        for (double v : row)
            norm = std::max(norm, std::fabs(v));
    int squarings = 0;
    double scale = s;
    while (norm * scale > 0.5) {
        scale /= 2.0;
        ++squarings;
    }
    Matrix e{}, term{};
    for (int i = 0; i < 3; ++i)
        e[std::size_t(i)][std::size_t(i)] = term[std::size_t(i)][std::size_t(i)] = 1.0;
    for (int k = 1; k <= 18; ++k) {
        Matrix next{};
        for (std::size_t i = 0; i < 3; ++i)
            for (std::size_t j = 0; j < 3; ++j) {
                double v = 0.0;
                for (std::size_t m = 0; m < 3; ++m)
                    v += term[i][m] * generator[m][j] * scale;
                next[i][j] = v / k;
            }
        term = next;
        for (std::size_t i = 0; i < 3; ++i)
            for (std::size_t j = 0; j < 3; ++j)
                e[i][j] += term[i][j];
    }
    for (int q = 0; q < squarings; ++q) {
        Matrix sq{};
        for (std::size_t i = 0; i < 3; ++i)
            for (std::size_t j = 0; j < 3; ++j)
                for (std::size_t m = 0; m < 3; ++m)
                    sq[i][j] += e[i][m] * e[m][j];
        e = sq;
    }
    State out{0.0, 0.0, 0.0};
    for (std::size_t i = 0; i < 3; ++i)
        for (std::size_t j = 0; j < 3; ++j)
            out[j] += x[i] * e[i][j];
    return out;
}

constexpr std::size_t A = 0, F = 1, R = 2;

Matrix generator(double failure, std::size_t failureTo, double mu, double omega)
{
    Matrix g{};
    g[A][failureTo] += failure;
    g[A][A] -= failure;
    if (std::isfinite(mu)) {
        g[R][A] += mu * (1.0 - omega);
        g[R][F] += mu * omega;
        g[R][R] -= mu;
    }
    return g;
}

// Instantaneous repair (μ = ∞): whatever is in repair is back at once.
void settle(State &x, const PeriodicTest::Parameters &p)
{
    if (!std::isfinite(p.mu)) {
        x[A] += x[R] * (1.0 - p.omega);
        x[F] += x[R] * p.omega;
        x[R] = 0.0;
    }
}

} // namespace

double PeriodicTest::unavailability(const Parameters &p, double t, long long *tests)
{
    State x{1.0, 0.0, 0.0};
    const Matrix working = generator(p.lambda, F, p.mu, p.omega);
    const Matrix tested = generator(p.lambdaTest, R, p.mu, p.omega);
    long long count = 0;
    double now = 0.0;
    double next = p.theta; // start of the next test
    bool inTest = false;
    for (;;) {
        if (t < next) {
            x = propagate(x, inTest ? tested : working, t - now);
            break;
        }
        x = propagate(x, inTest ? tested : working, next - now);
        now = next;
        if (!inTest) {
            // a test starts (one in repair is not tested)
            const double a = x[A], f = x[F];
            x[R] += a * p.gamma + f * p.sigma;
            x[A] = a * (1.0 - p.gamma);
            x[F] = f * (1.0 - p.sigma);
            settle(x, p);
            ++count;
            if (p.pi > 0.0) {
                inTest = true;
                next = now + p.pi;
            } else {
                x[F] += x[A] * p.omega; // restarted after an instantaneous test
                x[A] *= 1.0 - p.omega;
                next = now + p.tau;
            }
        } else {
            x[F] += x[A] * p.omega;
            x[A] *= 1.0 - p.omega;
            inTest = false;
            next = now - p.pi + p.tau;
        }
    }
    settle(x, p);
    if (tests)
        *tests = count;
    if (inTest && !p.availableDuringTest)
        return 1.0;
    return std::clamp(x[F] + x[R], 0.0, 1.0);
}

} // namespace nf
