#include "steadystate.h"

#include "bddanalysis.h"

#include <cmath>
#include <limits>

namespace nf {

double SteadyState::nines(double u)
{
    if (u <= 0.0)
        return std::numeric_limits<double>::infinity();
    return -std::log10(u);
}

SteadyStateFigures SteadyState::compute(const BddAnalysis &analysis)
{
    return compute(analysis, analysis.structure().top());
}

SteadyStateFigures SteadyState::compute(const BddAnalysis &analysis, int node)
{
    const Structure &s = analysis.structure();
    SteadyStateFigures f;
    std::tie(f.unavailability, f.availability) = analysis.probabilityOf(node);
    f.nines = nines(f.unavailability);
    f.downtimeMinutesPerYear = downtimeMinutesPerYear(f.unavailability);

    std::vector<double> p(static_cast<std::size_t>(s.eventCount())), q(p.size());
    for (int i = 0; i < s.eventCount(); ++i) {
        p[std::size_t(i)] = s.eventAt(i).p;
        q[std::size_t(i)] = s.eventAt(i).q;
    }
    const std::vector<double> birnbaum = analysis.birnbaumOf(node, p, q);
    // Frequency of system failures: each event's failures (rate A_i·λ_i) that
    // find the system critical for it (Birnbaum) take it down.
    double w = 0.0;
    for (int i = 0; i < s.eventCount(); ++i) {
        const BasicEvent &e = s.eventAt(i);
        const double b = birnbaum[std::size_t(i)];
        if (b <= 0.0)
            continue;
        if (e.rate > 0.0)
            w += b * e.q * e.rate;
        else if (e.p > 0.0 && (e.rateUnknown || e.life.type != EventLife::Type::Constant))
            f.frequencyComplete = false;
    }
    f.failureFrequencyPerHour = w;
    f.mtbfHours = w > 0.0 ? 1.0 / w : std::numeric_limits<double>::infinity();
    f.meanOutageHours = w > 0.0 ? f.unavailability / w : 0.0;
    return f;
}

} // namespace nf
