#include "timeanalysis.h"

#include "bddanalysis.h"

#include <boost/math/quadrature/exp_sinh.hpp>

#include <cmath>
#include <limits>

namespace nf {

TimeAnalysis::TimeAnalysis(const BddAnalysis &analysis)
    : m_analysis(analysis)
{
}

std::pair<double, double> TimeAnalysis::at(double hours, Measure measure) const
{
    const Structure &s = m_analysis.structure();
    // Start from the steady-state values; only events the top depends on and
    // that change with time are recomputed.
    std::vector<double> p, q;
    m_analysis.eventProbabilities(p, q);
    for (int i : m_analysis.topEvents()) {
        const BasicEvent &e = s.eventAt(i);
        if (!e.life.isTimeDependent())
            continue;
        double qi = e.q;
        const double pi = measure == Measure::Reliability ? e.life.unreliability(hours, &qi)
                                                          : e.life.unavailability(hours, &qi);
        p[std::size_t(i)] = pi;
        q[std::size_t(i)] = qi;
    }
    const auto [down, up] = m_analysis.evaluate(p, q);
    return {up, down};
}

QList<CurvePoint> TimeAnalysis::sample(double endHours, int points, Measure measure, bool logarithmic) const
{
    QList<CurvePoint> out;
    if (points < 2 || !(endHours > 0.0))
        return out;
    const double start = logarithmic ? endHours * 1e-4 : 0.0;
    for (int i = 0; i < points; ++i) {
        const double f = double(i) / double(points - 1);
        const double t = logarithmic ? start * std::pow(endHours / start, f) : endHours * f;
        const auto [v, c] = at(t, measure);
        out.append({t, v, c});
    }
    return out;
}

double TimeAnalysis::mttf() const
{
    const Structure &s = m_analysis.structure();
    // Time scale: the mean life of the whole population of time-dependent
    // events in series; the integrand is rescaled to it so the quadrature sees
    // a function that decays on a scale of about 1.
    double rateSum = 0.0;
    for (int i : m_analysis.topEvents()) {
        const BasicEvent &e = s.eventAt(i);
        switch (e.life.type) {
        case EventLife::Type::Constant: break;
        case EventLife::Type::Exponential: rateSum += e.life.lambda; break;
        case EventLife::Type::Weibull: rateSum += 1.0 / e.life.scale; break;
        case EventLife::Type::Lognormal: rateSum += 1.0 / e.life.median; break;
        }
    }
    if (!(rateSum > 0.0))
        return std::numeric_limits<double>::infinity();
    const double scale = 1.0 / rateSum;
    auto R = [&](double u) { return at(u * scale, Measure::Reliability).first; };
    if (R(1e7) > 1e-12) // something never fails for good: R(∞) > 0
        return std::numeric_limits<double>::infinity();
    boost::math::quadrature::exp_sinh<double> integrator;
    double error = 0.0;
    const double integral = integrator.integrate(R, 0.0, std::numeric_limits<double>::infinity(), 1e-7, &error);
    return integral * scale;
}

} // namespace nf
