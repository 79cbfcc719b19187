#include "numberformat.h"

#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace nf {

namespace {
QString grouped(double value, int decimals)
{
    QLocale c = QLocale::c();
    c.setNumberOptions(QLocale::DefaultNumberOptions); // keeps the group separator
    QString s = c.toString(value, 'f', decimals);
    return s;
}
} // namespace

QString NumberFormat::availability(double u, int extraDigits)
{
    if (!(u > 0.0))
        return u"100 %"_s;
    if (u >= 1.0)
        return u"0 %"_s;
    // digits after the decimal point of the percentage: enough to show two
    // significant digits of the unavailability
    const int nines = int(std::floor(-std::log10(u)));
    const int decimals = std::clamp(nines + std::max(0, extraDigits), 2, 14);
    // 100·(1 - u) printed from u directly: write 100 - 100u with the digits we need
    const double percentDown = 100.0 * u;
    QString s = QString::number(100.0 - percentDown, 'f', decimals);
    // 100 - tiny rounds to "100.000…": keep it below 100 by construction
    if (s.startsWith(u"100"_s)) {
        s = u"99."_s + QString(decimals, u'9');
    }
    // drop trailing zeros beyond two decimals
    while (extraDigits == 0 && s.contains(u'.') && s.endsWith(u'0') && s.size() - s.indexOf(u'.') - 1 > 2)
        s.chop(1);
    return s + u" %"_s;
}

QString NumberFormat::percent(double fraction, int decimals)
{
    return QString::number(fraction * 100.0, 'f', decimals) + u" %"_s;
}

QString NumberFormat::probability(double p)
{
    if (p == 0.0)
        return u"0"_s;
    if (p >= 1e-3)
        return QString::number(p, 'g', 4);
    return QString::number(p, 'e', 3);
}

QString NumberFormat::number(double v, int significant)
{
    if (std::isinf(v))
        return tr("infinite");
    if (std::fabs(v) >= 1e7 || (v != 0.0 && std::fabs(v) < 1e-3))
        return QString::number(v, 'e', significant - 1);
    if (std::fabs(v) >= 1000.0)
        return grouped(v, 0);
    return QString::number(v, 'g', significant);
}

QString NumberFormat::duration(double s)
{
    if (std::isinf(s))
        return tr("forever");
    if (s <= 0.0)
        return tr("0 s");
    if (s < 1.0)
        return tr("%1 ms").arg(QString::number(s * 1000.0, 'g', 3));
    if (s < 60.0)
        return tr("%1 s").arg(QString::number(s, 'g', 3));
    if (s < 3599.5) {
        // Round to whole seconds first so that 359.6 s reads "6 min", not "5 min 60 s".
        const long total = std::lround(s);
        const long min = total / 60, sec = total % 60;
        if (sec == 0 || min >= 10)
            return tr("%1 min").arg(std::lround(s / 60.0));
        return tr("%1 min %2 s").arg(min).arg(sec);
    }
    if (s < 86400.0 * 2)
        return tr("%1 h").arg(QString::number(s / 3600.0, 'g', 3));
    if (s < 86400.0 * 365.25 * 2)
        return tr("%1 days").arg(QString::number(s / 86400.0, 'g', 3));
    return tr("%1 years").arg(QString::number(s / (86400.0 * 365.25), 'g', 3));
}

QString NumberFormat::hours(double h)
{
    if (std::isinf(h))
        return tr("infinite");
    if (h >= 1e6)
        return tr("%1 h").arg(QString::number(h, 'e', 3));
    if (h >= 100.0)
        return tr("%1 h").arg(grouped(h, 0));
    return tr("%1 h").arg(QString::number(h, 'g', 3));
}

QString NumberFormat::minutes(double m)
{
    if (m >= 1000.0)
        return tr("%1 min").arg(grouped(m, 0));
    if (m >= 1.0)
        return tr("%1 min").arg(QString::number(m, 'f', 2));
    if (m >= 1.0 / 60.0)
        return tr("%1 s").arg(QString::number(m * 60.0, 'f', 1));
    return tr("%1 s").arg(QString::number(m * 60.0, 'g', 2));
}

QString NumberFormat::failuresPerYear(double perHour, bool complete)
{
    const double perYear = perHour * 8766.0;
    if (complete)
        return number(perYear, 3);
    if (!(perYear > 0.0))
        return tr("unknown");
    return tr("at least %1").arg(number(perYear, 3));
}

QString NumberFormat::mtbf(double hoursValue, bool complete)
{
    if (complete)
        return hours(hoursValue);
    if (std::isinf(hoursValue))
        return tr("unknown");
    return tr("at most %1").arg(hours(hoursValue));
}

QString NumberFormat::meanOutage(double hoursValue, bool complete)
{
    if (complete)
        return duration(hoursValue * 3600.0);
    if (!(hoursValue > 0.0))
        return tr("unknown");
    return tr("at most %1").arg(duration(hoursValue * 3600.0));
}

QString NumberFormat::money(double amount, const QString &currency)
{
    const int decimals = (std::fabs(amount) >= 100.0 || amount == 0.0) ? 0 : 2;
    const QString value = grouped(amount, decimals);
    if (currency == u"USD"_s)
        return u"$"_s + value;
    if (currency == u"EUR"_s)
        return u"\u20ac"_s + value;
    if (currency == u"GBP"_s)
        return u"\u00a3"_s + value;
    return currency + u' ' + value;
}

QString NumberFormat::milliseconds(double ms)
{
    return tr("%1 ms").arg(QString::number(ms, 'f', ms >= 100.0 ? 0 : 1));
}

// Editing: what users type into the inspector.


QString NumberFormat::formatAvailability(double a)
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

std::optional<double> NumberFormat::parseNumber(const QString &text)
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

std::optional<double> NumberFormat::parseAvailability(const QString &text)
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

QString NumberFormat::formatNumber(double value)
{
    return QLocale().toString(value, 'g', 12);
}

double NumberFormat::secondsPer(Time unit)
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

QString NumberFormat::unitLabel(Time unit)
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

NumberFormat::Time NumberFormat::bestUnit(double seconds)
{
    for (Time unit : {Time::Years, Time::Days, Time::Hours, Time::Minutes}) {
        const double v = seconds / secondsPer(unit);
        if (v >= 1.0 && std::fabs(v * 100.0 - std::round(v * 100.0)) < 1e-6)
            return unit;
    }
    return Time::Seconds;
}

QString NumberFormat::formatDuration(double seconds)
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
