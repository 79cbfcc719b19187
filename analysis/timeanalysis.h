#pragma once

#include "bddanalysis.h"
#include "eventlife.h"

#include <QList>

#include <utility>
#include <vector>

namespace nf {

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
//
// It keeps its own copy of what it needs (the top event's diagram, the events'
// probabilities and lives): once made, it may run on another thread while the
// BddAnalysis it came from goes on growing.
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
    BddAnalysis::FlatDiagram m_diagram;
    std::vector<double> m_p, m_q;  // steady-state probabilities by level
    std::vector<int> m_timeLevels;  // levels of the top's events that change with time
    std::vector<EventLife> m_lives; // their lives, in the same order
};

} // namespace nf
