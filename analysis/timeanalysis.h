#pragma once

#include <QList>

#include <utility>

namespace nf {

class BddAnalysis;

struct CurvePoint
{
    double hours = 0.0;
    double value = 0.0;      // R(t) or A(t)
    double complement = 0.0; // 1 - value, exact
};

// Time-dependent figures of a structure whose top event is "the system is down":
// mission reliability R(t) (no repair: every event at its unreliability F(t)),
// point availability A(t) (events with repair at their unavailability U(t)),
// curves for charts and the mean time to failure ∫R(t)dt.
class TimeAnalysis
{
public:
    enum class Measure { Reliability, Availability };

    explicit TimeAnalysis(const BddAnalysis &analysis);

    // (value, complement) of the measure at t hours.
    std::pair<double, double> at(double hours, Measure measure) const;
    // `points` samples on [0, endHours] (linear), or on [endHours·1e-4, endHours]
    // (logarithmic, for spans of orders of magnitude).
    QList<CurvePoint> sample(double endHours, int points, Measure measure, bool logarithmic = false) const;
    // Mean time to failure (hours) by numerical integration of R(t) (Boost.Math
    // exp-sinh quadrature); +inf when R(t) does not go to 0.
    double mttf() const;

private:
    const BddAnalysis &m_analysis;
};

} // namespace nf
