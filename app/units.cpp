#include "units.h"

#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace nf {

QString Units::formatAvailability(double a)
{
    if (!(a >= 0.0 && a <= 1.0))
        return QString::number(a);
    const double u = 1.0 - a;
    int decimals = 2;
    if (u > 0.0) {
        // Show two significant digits of the unavailability.
        decimals = std::clamp(int(std::ceil(-std::log10(u))) - 1, 0, 10);
        decimals = std::max(decimals, 2);
    }
    QString s = QLocale().toString(a * 100.0, 'f', decimals);
    // Trim trailing zeros but keep at least one decimal.
    const QChar point = QLocale().decimalPoint().at(0);
    if (s.contains(point)) {
        while (s.endsWith(u'0') && s.at(s.size() - 2) != point)
            s.chop(1);
    }
    return s + u" %"_s;
}

std::optional<double> Units::parseNumber(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    bool ok = false;
    double v = QLocale().toDouble(t, &ok);
    if (!ok)
        v = QLocale::c().toDouble(t, &ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

std::optional<double> Units::parseAvailability(const QString &text)
{
    QString t = text.trimmed();
    const bool percent = t.endsWith(u'%');
    if (percent)
        t.chop(1);
    const auto v = parseNumber(t);
    if (!v)
        return std::nullopt;
    return percent ? *v / 100.0 : *v;
}

QString Units::formatNumber(double value)
{
    return QLocale().toString(value, 'g', 12);
}

double Units::secondsPer(Time unit)
{
    switch (unit) {
    case Time::Seconds: return 1.0;
    case Time::Minutes: return 60.0;
    case Time::Hours: return 3600.0;
    case Time::Days: return 86400.0;
    case Time::Years: return 365.25 * 86400.0;
    }
    return 1.0;
}

QString Units::unitLabel(Time unit)
{
    switch (unit) {
    case Time::Seconds: return tr("seconds");
    case Time::Minutes: return tr("minutes");
    case Time::Hours: return tr("hours");
    case Time::Days: return tr("days");
    case Time::Years: return tr("years");
    }
    return QString();
}

Units::Time Units::bestUnit(double seconds)
{
    for (Time unit : {Time::Years, Time::Days, Time::Hours, Time::Minutes}) {
        const double v = seconds / secondsPer(unit);
        if (v >= 1.0 && std::fabs(v * 100.0 - std::round(v * 100.0)) < 1e-6)
            return unit;
    }
    return Time::Seconds;
}

QString Units::formatDuration(double seconds)
{
    if (seconds >= 2 * 365.25 * 86400.0)
        return tr("%1 y").arg(QLocale().toString(seconds / (365.25 * 86400.0), 'g', 3));
    if (seconds >= 2 * 86400.0)
        return tr("%1 d").arg(QLocale().toString(seconds / 86400.0, 'g', 3));
    if (seconds >= 3600.0)
        return tr("%1 h").arg(QLocale().toString(seconds / 3600.0, 'g', 3));
    if (seconds >= 60.0)
        return tr("%1 min").arg(QLocale().toString(seconds / 60.0, 'g', 3));
    return tr("%1 s").arg(QLocale().toString(seconds, 'g', 3));
}

} // namespace nf
