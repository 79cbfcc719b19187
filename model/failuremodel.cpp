#include "failuremodel.h"

namespace nf {

FailureModel FailureModel::rates(double mtbf, double mttr)
{
    FailureModel m;
    m.mode = Mode::Rates;
    m.mtbfHours = mtbf;
    m.mttrHours = mttr;
    return m;
}

FailureModel FailureModel::fixed(double a, double mttr)
{
    FailureModel m;
    m.mode = Mode::FixedAvailability;
    m.availability = a;
    m.mttrHours = mttr;
    return m;
}

bool FailureModel::canFail() const
{
    switch (mode) {
    case Mode::Perfect: return false;
    case Mode::Rates: return mtbfHours > 0.0; // MTTR 0: fails, repaired at once
    case Mode::FixedAvailability: return availability < 1.0;
    }
    return false;
}

double FailureModel::steadyAvailability() const
{
    switch (mode) {
    case Mode::Perfect: return 1.0;
    case Mode::Rates: return mtbfHours / (mtbfHours + mttrHours);
    case Mode::FixedAvailability: return availability;
    }
    return 1.0;
}

double FailureModel::steadyUnavailability() const
{
    switch (mode) {
    case Mode::Perfect: return 0.0;
    case Mode::Rates: return mttrHours / (mtbfHours + mttrHours);
    case Mode::FixedAvailability: return 1.0 - availability;
    }
    return 0.0;
}

double FailureModel::failureRate() const
{
    switch (mode) {
    case Mode::Perfect: return 0.0;
    case Mode::Rates: return mtbfHours > 0.0 ? 1.0 / mtbfHours : 0.0;
    case Mode::FixedAvailability:
        if (mttrHours > 0.0 && availability > 0.0)
            return steadyUnavailability() / (availability * mttrHours);
        return 0.0;
    }
    return 0.0;
}

double FailureModel::repairRate() const
{
    return mttrHours > 0.0 ? 1.0 / mttrHours : 0.0;
}

} // namespace nf
