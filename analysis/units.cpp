#include "units.h"

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

QString Units::availability(double u)
{
    if (!(u > 0.0))
        return u"100 %"_s;
    if (u >= 1.0)
        return u"0 %"_s;
    // digits after the decimal point of the percentage: enough to show two
    // significant digits of the unavailability
    const int nines = int(std::floor(-std::log10(u)));
    const int decimals = std::clamp(nines, 2, 14);
    // 100·(1 - u) printed from u directly: write 100 - 100u with the digits we need
    const double percentDown = 100.0 * u;
    QString s = QString::number(100.0 - percentDown, 'f', decimals);
    // 100 - tiny rounds to "100.000…": keep it below 100 by construction
    if (s.startsWith(u"100"_s)) {
        s = u"99."_s + QString(decimals, u'9');
    }
    // drop trailing zeros beyond two decimals
    while (s.contains(u'.') && s.endsWith(u'0') && s.size() - s.indexOf(u'.') - 1 > 2)
        s.chop(1);
    return s + u" %"_s;
}

QString Units::percent(double fraction, int decimals)
{
    return QString::number(fraction * 100.0, 'f', decimals) + u" %"_s;
}

QString Units::probability(double p)
{
    if (p == 0.0)
        return u"0"_s;
    if (p >= 1e-3)
        return QString::number(p, 'g', 4);
    return QString::number(p, 'e', 3);
}

QString Units::number(double v, int significant)
{
    if (std::isinf(v))
        return tr("infinite");
    if (std::fabs(v) >= 1e7 || (v != 0.0 && std::fabs(v) < 1e-3))
        return QString::number(v, 'e', significant - 1);
    if (std::fabs(v) >= 1000.0)
        return grouped(v, 0);
    return QString::number(v, 'g', significant);
}

QString Units::duration(double s)
{
    if (std::isinf(s))
        return tr("forever");
    if (s <= 0.0)
        return tr("0 s");
    if (s < 1.0)
        return tr("%1 ms").arg(QString::number(s * 1000.0, 'g', 3));
    if (s < 60.0)
        return tr("%1 s").arg(QString::number(s, 'g', 3));
    if (s < 3600.0) {
        const int min = int(s / 60.0);
        const int sec = int(std::lround(s - min * 60.0));
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

QString Units::hours(double h)
{
    if (std::isinf(h))
        return tr("infinite");
    if (h >= 1e6)
        return tr("%1 h").arg(QString::number(h, 'e', 3));
    if (h >= 100.0)
        return tr("%1 h").arg(grouped(h, 0));
    return tr("%1 h").arg(QString::number(h, 'g', 3));
}

QString Units::minutes(double m)
{
    if (m >= 1000.0)
        return tr("%1 min").arg(grouped(m, 0));
    if (m >= 1.0)
        return tr("%1 min").arg(QString::number(m, 'f', 2));
    if (m >= 1.0 / 60.0)
        return tr("%1 s").arg(QString::number(m * 60.0, 'f', 1));
    return tr("%1 s").arg(QString::number(m * 60.0, 'g', 2));
}

QString Units::money(double amount, const QString &currency)
{
    const int decimals = std::fabs(amount) >= 100.0 ? 0 : 2;
    const QString value = grouped(amount, decimals);
    if (currency == u"USD"_s)
        return u"$"_s + value;
    if (currency == u"EUR"_s)
        return u"\u20ac"_s + value;
    if (currency == u"GBP"_s)
        return u"\u00a3"_s + value;
    return currency + u' ' + value;
}

QString Units::milliseconds(double ms)
{
    return tr("%1 ms").arg(QString::number(ms, 'f', ms >= 100.0 ? 0 : 1));
}

} // namespace nf
