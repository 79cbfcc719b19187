#pragma once

#include <QList>

namespace nf {

class BddAnalysis;

// The headline figures of a repairable system in steady state (DOMAIN.md §4).
// The top event of the analysed structure is "the system is down".
struct SteadyStateFigures
{
    double availability = 1.0;
    double unavailability = 0.0;
    double nines = 0.0;                  // -log10(U); +inf when U = 0
    double downtimeMinutesPerYear = 0.0; // U × 525,960 (365.25 days)
    double failureFrequencyPerHour = 0.0; // w = Σ Birnbaum_i · A_i · λ_i
    double mtbfHours = 0.0;              // 1 / w; +inf when w = 0
    double meanOutageHours = 0.0;        // U / w
    bool frequencyComplete = true;       // false when some event that matters has no known rate
};

class SteadyState
{
public:
    static constexpr double kMinutesPerYear = 525960.0;
    static constexpr double kHoursPerYear = 8766.0;

    static SteadyStateFigures compute(const BddAnalysis &analysis);
    // The same for any node of the analysed structure ("this service is down").
    static SteadyStateFigures compute(const BddAnalysis &analysis, int node);
    static double nines(double unavailability);
    static double downtimeMinutesPerYear(double unavailability) { return unavailability * kMinutesPerYear; }
};

} // namespace nf
