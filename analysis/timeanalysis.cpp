#include "timeanalysis.h"

#include <boost/math/quadrature/exp_sinh.hpp>

#include <cmath>
#include <limits>

namespace nf {

TimeAnalysis::TimeAnalysis(const BddAnalysis &analysis)
    : m_diagram(analysis.flatten())
{
    const Structure &s = analysis.structure();
    const std::vector<int> &levelToEvent = analysis.variableOrder();
    m_p.resize(levelToEvent.size());
    m_q.resize(levelToEvent.size());
    for (std::size_t level = 0; level < levelToEvent.size(); ++level) {
        const BasicEvent &e = s.eventAt(levelToEvent[level]);
        m_p[level] = e.p;
        m_q[level] = e.q;
    }
    std::vector<char> inTop(levelToEvent.size(), 0);
    for (const BddAnalysis::FlatDiagram::Node &n : m_diagram.nodes)
        inTop[n.level] = 1;
    for (std::size_t level = 0; level < levelToEvent.size(); ++level) {
        const EventLife &life = s.eventAt(levelToEvent[level]).life;
        if (inTop[level] && life.isTimeDependent()) {
            m_timeLevels.push_back(int(level));
            m_lives.push_back(life);
        }
    }
}

std::pair<double, double> TimeAnalysis::at(double hours, Measure measure) const
{
    // Start from the steady-state values; only events the top depends on and
    // that change with time are recomputed.
    std::vector<double> p = m_p, q = m_q;
    for (std::size_t i = 0; i < m_timeLevels.size(); ++i) {
        const std::size_t level = std::size_t(m_timeLevels[i]);
        double qi = q[level];
        const double pi = measure == Measure::Reliability ? m_lives[i].unreliability(hours, &qi)
                                                          : m_lives[i].unavailability(hours, &qi);
        p[level] = pi;
        q[level] = qi;
    }
    const auto [down, up] = m_diagram.evaluate(p, q);
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
    // Time scale: the mean life of the whole population of time-dependent
    // events in series; the integrand is rescaled to it so the quadrature sees
    // a function that decays on a scale of about 1.
    double rateSum = 0.0;
    for (const EventLife &life : m_lives) {
        switch (life.type) {
        case EventLife::Type::Constant: break;
        case EventLife::Type::Exponential: rateSum += life.lambda; break;
        case EventLife::Type::Weibull: rateSum += 1.0 / life.scale; break;
        case EventLife::Type::Lognormal: rateSum += 1.0 / life.median; break;
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
    const double integral = integrator.integrate(R, 0.0, std::numeric_limits<double>::infinity(), 1e-6, &error);
    return integral * scale;
}

} // namespace nf
