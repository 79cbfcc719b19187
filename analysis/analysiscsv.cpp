#include "analysiscsv.h"

#include "analysisjson.h"
#include "model.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace nf {

namespace {
QString num(double v)
{
    if (std::isinf(v))
        return v > 0 ? u"inf"_s : u"-inf"_s;
    return QString::number(v, 'g', 17);
}

class Writer
{
public:
    explicit Writer(const QStringList &header) { row(header); }
    void row(const QStringList &fields)
    {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i)
                m_out += ',';
            m_out += AnalysisCsv::quote(fields.at(i));
        }
        m_out += "\r\n";
    }
    QByteArray bytes() const { return m_out; }

private:
    QByteArray m_out;
};
} // namespace

QByteArray AnalysisCsv::quote(const QString &field)
{
    QByteArray f = field.toUtf8();
    if (f.contains(',') || f.contains('"') || f.contains('\n') || f.contains('\r')) {
        f.replace("\"", "\"\"");
        return '"' + f + '"';
    }
    return f;
}

QList<AnalysisCsv::Table> AnalysisCsv::tables(const Model &m, const AnalysisResult &r)
{
    QList<Table> out;
    {
        Writer w({u"scope"_s, u"id"_s, u"name"_s, u"availability"_s, u"unavailability"_s, u"nines"_s,
                  u"downtime_minutes_per_year"_s, u"failures_per_year"_s, u"mtbf_hours"_s, u"target"_s, u"meets_target"_s,
                  u"failures_per_year_complete"_s});
        const SteadyStateFigures &f = r.system;
        w.row({u"system"_s, QString(), r.modelName, num(f.availability), num(f.unavailability), num(f.nines),
               num(f.downtimeMinutesPerYear), num(f.failureFrequencyPerHour * 8766.0), num(f.mtbfHours), QString(), QString(),
               f.frequencyComplete ? u"yes"_s : u"no"_s});
        for (const ServiceFigures &s : r.services)
            w.row({u"service"_s, s.id, s.name, num(s.figures.availability), num(s.figures.unavailability),
                   num(s.figures.nines), num(s.figures.downtimeMinutesPerYear),
                   num(s.figures.failureFrequencyPerHour * 8766.0), num(s.figures.mtbfHours),
                   s.target ? num(*s.target) : QString(), s.target ? (s.meetsTarget ? u"yes"_s : u"no"_s) : QString(),
                   s.figures.frequencyComplete ? u"yes"_s : u"no"_s});
        out << Table{u"summary"_s, w.bytes()};
    }
    {
        Writer w({u"severity"_s, u"code"_s, u"message"_s, u"fix"_s, u"elements"_s});
        for (const Finding &f : r.findings)
            w.row({AnalysisJson::severityName(f.severity), f.code, f.message, f.fix, f.elements.join(u' ')});
        out << Table{u"findings"_s, w.bytes()};
    }
    {
        Writer w({u"rank"_s, u"order"_s, u"probability"_s, u"share"_s, u"events"_s, u"elements"_s});
        int rank = 0;
        for (const CutSetView &c : r.cutSets)
            w.row({QString::number(++rank), QString::number(c.events.size()), num(c.probability), num(c.share),
                   c.events.join(u' '), c.elements.join(u' ')});
        out << Table{u"cut-sets"_s, w.bytes()};
    }
    {
        Writer w({u"element"_s, u"name"_s, u"unavailability"_s, u"birnbaum"_s, u"criticality"_s, u"fussell_vesely"_s,
                  u"raw"_s, u"rrw"_s, u"downtime_minutes_per_year"_s});
        for (const ElementFigures &e : r.elements)
            if (e.hasOwnEvent)
                w.row({e.id, m.displayName(e.id), num(e.ownUnavailability), num(e.importance.birnbaum),
                       num(e.importance.criticality), num(e.importance.fussellVesely), num(e.importance.raw),
                       num(e.importance.rrw), num(e.downtimeMinutesPerYear)});
        out << Table{u"importance"_s, w.bytes()};
    }
    {
        Writer w({u"group"_s, u"name"_s, u"failures"_s, u"survivors"_s, u"load_per_survivor"_s, u"utilisation"_s,
                  u"status"_s, u"declared_m"_s, u"effective_m"_s});
        for (const GroupReport &g : r.groups)
            for (const HeadroomRow &row : g.rows)
                w.row({g.id, g.name, QString::number(row.failures), QString::number(row.survivors),
                       num(row.loadPerSurvivor), num(row.utilisation),
                       row.status == HeadroomRow::Status::Ok
                           ? u"ok"_s
                           : (row.status == HeadroomRow::Status::AboveCeiling ? u"above-ceiling"_s : u"overload"_s),
                       QString::number(g.declaredM), QString::number(g.effectiveM)});
        out << Table{u"headroom"_s, w.bytes()};
    }
    {
        Writer w({u"quorum"_s, u"name"_s, u"scenario"_s, u"description"_s, u"voters_first"_s, u"voters_second"_s,
                  u"outcome"_s});
        for (const QuorumReport &q : r.quorums) {
            for (const QuorumScenario &s : q.losses)
                w.row({q.id, q.name, u"loss"_s, s.description, QString::number(s.votersLeft), QString::number(s.votersOther),
                       s.writable && s.readable ? u"keeps quorum"_s : s.readable ? u"reads only"_s : s.writable ? u"writes only"_s : u"loses quorum"_s});
            for (const QuorumScenario &s : q.splits)
                w.row({q.id, q.name, u"split"_s, s.description, QString::number(s.votersLeft),
                       QString::number(s.votersOther), s.sideWithQuorum.isEmpty() ? u"none"_s : s.sideWithQuorum});
        }
        out << Table{u"quorums"_s, w.bytes()};
    }
    {
        Writer w({u"id"_s, u"from"_s, u"to"_s, u"mode"_s, u"rpo_seconds"_s, u"rtt_seconds"_s,
                  u"added_write_latency_seconds"_s, u"monitored"_s, u"monitoring"_s});
        for (const ReplicationReport &rep : r.replications)
            w.row({rep.id, rep.from, rep.to, rep.mode, num(rep.rpoSeconds), rep.rttKnown ? num(rep.rttMs / 1000.0) : QString(),
                   num(rep.addedWriteLatencyMs / 1000.0), rep.monitored ? u"yes"_s : u"no"_s, rep.monitoringNote});
        out << Table{u"replication"_s, w.bytes()};
    }
    {
        Writer w({u"id"_s, u"group"_s, u"from"_s, u"to"_s, u"automatic"_s, u"rto_seconds"_s, u"rpo_seconds"_s,
                  u"failovers_per_year"_s, u"cost_per_failover"_s, u"cost_per_year"_s, u"currency"_s});
        for (const FailoverReport &f : r.failovers)
            w.row({f.id, f.group, f.from, f.to, f.automatic ? u"yes"_s : u"no"_s, num(f.rtoSeconds), num(f.rpoSeconds),
                   num(f.failoversPerYear), num(f.costPerFailover), num(f.costPerYear), r.currency});
        out << Table{u"failovers"_s, w.bytes()};
    }
    return out;
}

} // namespace nf
