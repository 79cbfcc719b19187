#pragma once

#include <QCoreApplication>
#include <QString>

namespace nf {

// How Ninefold writes numbers for people: availabilities with as many digits as
// their nines need, durations in the largest sensible unit, money with thousands
// separators. Shared by the CLI, the GUI and the report so they always agree.
class Units
{
    Q_DECLARE_TR_FUNCTIONS(Units)

public:
    // "99.95 %", "99.999999999 %"; computed from the unavailability so that 11
    // nines print correctly.
    static QString availability(double unavailability);
    static QString percent(double fraction, int decimals = 1); // "112.5 %"
    static QString probability(double p);                      // "2.16e-3" or "0.0216"
    static QString duration(double seconds);                   // "4 min 30 s", "6 h", "1.2 days"
    static QString hours(double hours);                        // "1.16e7 h", "8,760 h"
    static QString minutes(double minutes);                    // "262.98 min"
    static QString money(double amount, const QString &currency); // "$30,000", "EUR 1,200"
    static QString number(double value, int significant = 4);
    static QString milliseconds(double ms);                    // "70.9 ms"
};

} // namespace nf
