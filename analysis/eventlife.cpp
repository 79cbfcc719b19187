#include "eventlife.h"

#include <boost/math/distributions/exponential.hpp>
#include <boost/math/distributions/lognormal.hpp>
#include <boost/math/distributions/weibull.hpp>

#include <cmath>

namespace nf {

namespace {
// Boost.Math throws on invalid parameters; the callers validate, and we guard
// here so that a bad value yields a certain failure instead of an exception.
bool positive(double x) { return x > 0.0 && std::isfinite(x); }
} // namespace

double EventLife::unreliability(double t, double *q) const
{
    double p = 0.0, s = 1.0;
    if (t <= 0.0 && type != Type::Constant) {
        if (q) *q = 1.0;
        return 0.0;
    }
    // Boost.Math refuses a non-finite time; the limit at infinity is known: every
    // life that can end has ended (a quadrature to infinity asks for it).
    if (!std::isfinite(t) && type != Type::Constant) {
        const bool ends = type != Type::Exponential || lambda > 0.0;
        if (q) *q = ends ? 0.0 : 1.0;
        return ends ? 1.0 : 0.0;
    }
    switch (type) {
    case Type::Constant:
        p = constantP;
        s = 1.0 - constantP;
        break;
    case Type::Exponential:
        if (lambda <= 0.0) { p = 0.0; s = 1.0; break; }
        if (!positive(lambda)) { p = 1.0; s = 0.0; break; }
        {
            const boost::math::exponential_distribution<double> d(lambda);
            p = boost::math::cdf(d, t);
            s = boost::math::cdf(boost::math::complement(d, t));
        }
        break;
    case Type::Weibull:
        if (!positive(shape) || !positive(scale)) { p = 1.0; s = 0.0; break; }
        {
            const boost::math::weibull_distribution<double> d(shape, scale);
            p = boost::math::cdf(d, t);
            s = boost::math::cdf(boost::math::complement(d, t));
        }
        break;
    case Type::Lognormal:
        if (!positive(median) || !positive(sigma)) { p = 1.0; s = 0.0; break; }
        {
            const boost::math::lognormal_distribution<double> d(std::log(median), sigma);
            p = boost::math::cdf(d, t);
            s = boost::math::cdf(boost::math::complement(d, t));
        }
        break;
    }
    if (q)
        *q = s;
    return p;
}

double EventLife::unavailability(double t, double *q) const
{
    if (type == Type::Exponential && std::isinf(mu)) { // repaired at once: never found down
        if (q) *q = 1.0;
        return 0.0;
    }
    if (type == Type::Exponential && mu > 0.0 && lambda > 0.0) {
        if (t <= 0.0) {
            if (q) *q = 1.0;
            return 0.0;
        }
        const double sum = lambda + mu;
        // 1 - e^{-x} via expm1 keeps precision for small x.
        const double growth = -std::expm1(-sum * t);
        const double u = lambda / sum * growth;
        if (q)
            *q = mu / sum + lambda / sum * std::exp(-sum * t);
        return u;
    }
    return unreliability(t, q);
}

} // namespace nf
