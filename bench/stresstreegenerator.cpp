#include "stresstreegenerator.h"

#include <QString>

using namespace Qt::StringLiterals;

namespace nf::bench {

namespace {

QString events(int n)
{
    QString data;
    for (int i = 0; i < n; ++i)
        data += u"    <define-basic-event name=\"e%1\"><float value=\"%2\"/></define-basic-event>\n"_s.arg(i).arg(
            0.001 * double(1 + i % 10), 0, 'g', 6);
    return data;
}

QByteArray file(const QString &comment, const QString &gates, int eventCount)
{
    return (u"<?xml version=\"1.0\"?>\n<!-- %1 -->\n<opsa-mef>\n  <define-fault-tree name=\"stress\">\n"_s.arg(comment)
            + gates + u"  </define-fault-tree>\n  <model-data>\n"_s + events(eventCount)
            + u"  </model-data>\n</opsa-mef>\n"_s)
        .toUtf8();
}

} // namespace

QByteArray StressTreeGenerator::chain(int gates, Chain op, bool gateFirst)
{
    QString out;
    for (int i = 0; i < gates; ++i) {
        const QString kind = op == Chain::Or ? u"or"_s : op == Chain::And ? u"and"_s : (i % 2 ? u"and"_s : u"or"_s);
        const QString next = i + 1 < gates ? u"<gate name=\"g%1\"/>"_s.arg(i + 1)
                                           : u"<basic-event name=\"e%1\"/>"_s.arg(gates);
        const QString own = u"<basic-event name=\"e%1\"/>"_s.arg(i);
        out += u"    <define-gate name=\"g%1\"><%2>%3%4</%2></define-gate>\n"_s.arg(i).arg(kind, gateFirst ? next : own,
                                                                                           gateFirst ? own : next);
    }
    return file(u"a chain of %1 gates"_s.arg(gates), out, gates + 1);
}

QByteArray StressTreeGenerator::atLeast(int k, int n)
{
    QString out = u"    <define-gate name=\"top\"><atleast min=\"%1\">\n"_s.arg(k);
    for (int i = 0; i < n; ++i)
        out += u"      <basic-event name=\"e%1\"/>\n"_s.arg(i);
    out += u"    </atleast></define-gate>\n"_s;
    return file(u"%1-of-%2"_s.arg(k).arg(n), out, n);
}

QByteArray StressTreeGenerator::flat(int n, bool orGate)
{
    const QString kind = orGate ? u"or"_s : u"and"_s;
    QString out = u"    <define-gate name=\"top\"><%1>\n"_s.arg(kind);
    for (int i = 0; i < n; ++i)
        out += u"      <basic-event name=\"e%1\"/>\n"_s.arg(i);
    out += u"    </%1></define-gate>\n"_s.arg(kind);
    return file(u"%1 of %2 events"_s.arg(kind).arg(n), out, n);
}

} // namespace nf::bench
