#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace nf {

// How Ninefold writes numbers for people, and reads what they type: availabilities
// with as many digits as their nines need, durations in the largest sensible unit,
// money with thousands separators. Shared by the CLI, the GUI and the report so
// they always agree. The report and CLI forms use the C locale (stable output);
// the editing forms (formatX/parseX) follow the user's locale.
class NumberFormat
{
    Q_DECLARE_TR_FUNCTIONS(NumberFormat)

public:
    enum class Time { Seconds, Minutes, Hours, Days, Years };

    // Editing. "99.95 %", with enough digits to show every nine ("99.9999 %").
    static QString formatAvailability(double availability);
    // "0.9995", "99.95 %" or "99.95%" -> 0.9995. A bare number is a fraction.
    static std::optional<double> parseAvailability(const QString &text);
    // A plain number in the user's or the C locale; nullopt when it is not one.
    static std::optional<double> parseNumber(const QString &text);
    static QString formatNumber(double value);
    static double secondsPer(Time unit);
    static QString unitLabel(Time unit);
    // The largest unit in which `seconds` is at least 1 (and a round-ish number).
    static Time bestUnit(double seconds);
    // "8,760 h" style short duration for labels: "1 y", "72 h", "30 s".
    static QString formatDuration(double seconds);

    // Reports.
    // "99.95 %", "99.999999999 %"; computed from the unavailability so that 11
    // nines print correctly.
    // extraDigits: more decimals, to tell two close figures apart
    static QString availability(double unavailability, int extraDigits = 0);
    static QString percent(double fraction, int decimals = 1); // "112.5 %"
    static QString probability(double p);                      // "2.16e-3" or "0.0216"
    static QString duration(double seconds);                   // "4 min 30 s", "6 h", "1.2 days"
    static QString hours(double hours);                        // "1.16e7 h", "8,760 h"
    static QString minutes(double minutes);                    // "262.98 min"
    // Failure frequency, MTBF and mean outage of a steady-state result. When some
    // element has no known failure rate (an SLA without a repair time) the
    // frequency is a lower bound: "at least 0.52", "at most 1.7e4 h", "unknown".
    static QString failuresPerYear(double perHour, bool complete);
    static QString mtbf(double hours, bool complete);
    static QString meanOutage(double hours, bool complete);
    static QString money(double amount, const QString &currency); // "$30,000", "EUR 1,200"
    static QString number(double value, int significant = 4);
    static QString milliseconds(double ms);                    // "70.9 ms"
};

} // namespace nf
