#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace nf {

// Formatting and parsing of the quantities users type: availabilities as
// percentages or fractions, durations with units.
class Units
{
    Q_DECLARE_TR_FUNCTIONS(Units)

public:
    enum class Time { Seconds, Minutes, Hours, Days, Years };

    // "99.95 %", with enough digits to show every nine ("99.9999 %").
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
};

} // namespace nf
