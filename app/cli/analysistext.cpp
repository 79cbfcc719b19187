#include "analysistext.h"

#include "analysisjson.h"
#include "downtimebudget.h"
#include "model.h"
#include "numberformat.h"

using namespace Qt::StringLiterals;

namespace nf {

namespace {
QString pad(const QString &s, int width)
{
    return s.leftJustified(width - 1) + u' ';
}

// Every part of a budget, and which of them the SLO counts.
QString budgetLines(const DowntimeBudget &b)
{
    QString out;
    auto line = [&](const QString &key, double minutes, bool counted) {
        if (!(minutes > 0.0))
            return;
        out += u"  "_s + pad(DowntimeBudgetAnalysis::partName(key), 40) + pad(NumberFormat::minutes(minutes), 14)
               + (counted ? QString() : AnalysisText::tr("(not counted)")) + u'\n';
    };
    line(u"structural"_s, b.structuralMinutes, true);
    line(u"write-path"_s, b.writePathMinutes, b.writesCounted);
    line(u"failover"_s, b.failoverMinutes, true);
    line(u"failback"_s, b.failbackMinutes, true);
    line(u"detection"_s, b.detectionMinutes, b.detectionCounted);
    line(u"maintenance"_s, b.maintenanceMinutes, b.maintenanceCounted);
    return out;
}
} // namespace

QString AnalysisText::render(const Model &m, const AnalysisResult &r)
{
    QString out;
    QTextStream t(&out);
    const SteadyStateFigures &f = r.system;
    const DowntimeBudget &b = r.systemBudget;
    t << (r.modelName.isEmpty() ? tr("(unnamed model)") : r.modelName) << u"\n\n"_s;
    t << tr("System availability   %1  (%2 nines)").arg(NumberFormat::availability(b.unavailability)).arg(b.nines, 0, 'f', 2) << u'\n';
    t << tr("Unavailability        %1").arg(NumberFormat::probability(b.unavailability)) << u'\n';
    t << tr("Downtime per year     %1").arg(NumberFormat::minutes(b.totalMinutes)) << u'\n';
    // Where the minutes go (DOMAIN.md §12), when anything besides the structure counts.
    if (!b.countedParts().isEmpty() || b.detectionMinutes > 0.0 || b.maintenanceMinutes > 0.0)
        t << budgetLines(b);
    t << tr("MTBF (structure)      %1  (%2 failures a year, mean outage %3)")
             .arg(NumberFormat::mtbf(f.mtbfHours, f.frequencyComplete),
                  NumberFormat::failuresPerYear(f.failureFrequencyPerHour, f.frequencyComplete),
                  NumberFormat::meanOutage(f.meanOutageHours, f.frequencyComplete))
      << u'\n';
    if (b.interruptionsPerYear > 0.0)
        t << tr("Interruptions         %1 a year (failovers and failbacks), %2 each on average")
                 .arg(NumberFormat::number(b.interruptionsPerYear, 3),
                      NumberFormat::duration((b.failoverMinutes + b.failbackMinutes) * 60.0 / b.interruptionsPerYear))
          << u'\n';
    t << tr("Mission reliability   R(%1) = %2;  MTTF %3")
             .arg(NumberFormat::hours(r.missionTimeHours), NumberFormat::number(r.missionReliability, 6), NumberFormat::hours(r.mttfHours))
      << u"\n\n"_s;

    if (!r.services.isEmpty()) {
        t << tr("Services") << u'\n';
        for (const ServiceFigures &s : r.services) {
            QString target = s.target ? tr("target %1: %2").arg(NumberFormat::availability(1.0 - *s.target),
                                                                  s.meetsTarget ? tr("PASS") : tr("FAIL"))
                                      : tr("no target");
            t << u"  "_s << pad(s.name, 34) << pad(NumberFormat::availability(s.budget.unavailability), 16)
              << pad(NumberFormat::minutes(s.budget.totalMinutes), 14) << target << u'\n';
            if (s.budget.writeUnavailability != s.budget.readUnavailability)
                t << u"      "_s
                  << tr("reads %1, writes %2 (structure)")
                         .arg(NumberFormat::availability(s.budget.readUnavailability),
                              NumberFormat::availability(s.budget.writeUnavailability))
                  << u'\n';
            if (!s.budget.countedParts().isEmpty())
                t << u"      "_s << tr("%1 a year: %2").arg(NumberFormat::minutes(s.budget.totalMinutes),
                                                          DowntimeBudgetAnalysis::explain(s.budget))
                  << u'\n';
        }
        t << u'\n';
    }

    t << tr("Findings (%1)").arg(r.findings.size()) << u'\n';
    for (const Finding &x : r.findings) {
        t << u"  ["_s << AnalysisJson::severityName(x.severity).toUpper() << u"] "_s << x.code << u": "_s << x.message
          << u'\n';
        if (!x.fix.isEmpty())
            t << u"      "_s << tr("Fix: %1").arg(x.fix) << u'\n';
    }
    t << u'\n';

    t << tr("Minimal cut sets: %1 (by order: %2)")
             .arg(NumberFormat::number(r.cutSetCount, 6))
             .arg([&] {
                 QStringList parts;
                 for (int i = 1; i < r.cutSetsByOrder.size(); ++i)
                     if (r.cutSetsByOrder.at(i) > 0)
                         parts << u"%1: %2"_s.arg(i).arg(r.cutSetsByOrder.at(i));
                 return parts.join(u", "_s);
             }())
      << u'\n';
    for (const CutSetView &c : r.cutSets)
        t << u"  "_s << pad(NumberFormat::probability(c.probability), 11) << pad(NumberFormat::percent(c.share), 9)
          << c.names.join(u" + "_s) << u'\n';
    t << u'\n';

    if (!r.groups.isEmpty()) {
        t << tr("Redundancy groups") << u'\n';
        for (const GroupReport &g : r.groups) {
            t << u"  "_s << g.name << u"  ("_s << g.policy << u", "_s << g.members << tr(" members");
            if (g.declaredN > 0)
                t << tr(", declared N+%1").arg(g.declaredM);
            t << tr(", effective N+%1").arg(g.effectiveM < 0 ? u"none"_s : QString::number(g.effectiveM)) << u")\n"_s;
            for (const HeadroomRow &row : g.rows)
                t << u"      "_s << tr("%1 failed: %2 per survivor, %3").arg(row.failures).arg(NumberFormat::number(row.loadPerSurvivor), NumberFormat::percent(row.utilisation))
                  << (row.status == HeadroomRow::Status::Overload ? tr("  OVERLOAD")
                                                                   : row.status == HeadroomRow::Status::AboveCeiling ? tr("  above ceiling") : QString())
                  << u'\n';
            if (g.mttfHours > 0.0)
                t << u"      "_s << tr("mean time to failure %1").arg(NumberFormat::hours(g.mttfHours)) << u'\n';
            if (g.failureDuringRebuild > 0.0)
                t << u"      "_s << tr("P(another failure during one rebuild) = %1").arg(NumberFormat::probability(g.failureDuringRebuild)) << u'\n';
        }
        t << u'\n';
    }
    if (!r.quorums.isEmpty()) {
        t << tr("Quorums") << u'\n';
        for (const QuorumReport &q : r.quorums) {
            t << u"  "_s << tr("%1: %2 voters, needs %3, tolerates %4").arg(q.name).arg(q.voters).arg(q.quorum).arg(q.tolerated) << u'\n';
            for (const QuorumScenario &s : q.losses)
                t << u"      "_s << pad(s.description, 40) << tr("%1 voters left: %2").arg(s.votersLeft).arg(s.writable && s.readable ? tr("keeps quorum") : s.readable ? tr("READS ONLY") : s.writable ? tr("WRITES ONLY") : tr("NO QUORUM")) << u'\n';
            for (const QuorumScenario &s : q.splits)
                t << u"      "_s << pad(s.description, 40)
                  << (s.sideWithQuorum.isEmpty()           ? tr("no side keeps quorum")
                      : s.sideWithQuorum == u"both"_s      ? tr("both sides accept writes: conflicts")
                      : s.sideWithQuorum == u"first"_s     ? tr("the first side keeps quorum")
                                                           : tr("the second side keeps quorum"))
                  << u'\n';
        }
        t << u'\n';
    }
    if (!r.replications.isEmpty()) {
        t << tr("Replication") << u'\n';
        for (const ReplicationReport &rep : r.replications)
            t << u"  "_s << pad(m.displayName(rep.from) + u" → "_s + m.displayName(rep.to), 50) << pad(rep.mode, 6)
              << tr("RPO %1").arg(NumberFormat::duration(rep.rpoSeconds))
              << (rep.rttKnown ? tr(", RTT %1").arg(NumberFormat::milliseconds(rep.rttMs)) : QString())
              << (rep.storeWriteLatencyMs > 0.0 ? tr(", writes wait %1").arg(NumberFormat::milliseconds(rep.storeWriteLatencyMs)) : QString())
              << (rep.monitoringNote.isEmpty() ? QString() : u", "_s + rep.monitoringNote) << u'\n';
        t << u'\n';
    }
    if (!r.failovers.isEmpty()) {
        t << tr("Failovers") << u'\n';
        for (const FailoverReport &fo : r.failovers)
            t << u"  "_s
              << pad(m.displayName(fo.from) + u" → "_s + m.displayName(fo.to) + (fo.drawn ? QString() : u" "_s + tr("(assumed)")), 50)
              << tr("RTO %1, RPO %2, %3 a year, %4 per failover")
                     .arg(NumberFormat::duration(fo.rtoSeconds), NumberFormat::duration(fo.rpoSeconds),
                          NumberFormat::number(fo.failoversPerYear, 3), NumberFormat::money(fo.costPerFailover, r.currency))
              << u'\n';
        t << u'\n';
    }
    if (!r.classifications.isEmpty()) {
        t << tr("High availability or fault tolerance") << u'\n';
        for (const ServiceClassification &c : r.classifications)
            t << u"  "_s << pad(m.displayName(c.service), 40)
              << tr("required %1, achieved %2 (RTO %3, RPO %4)")
                     .arg(c.required, c.achieved, NumberFormat::duration(c.achievedRtoSeconds), NumberFormat::duration(c.achievedRpoSeconds))
              << u'\n';
        t << u'\n';
    }
    if (!r.assumptions.isEmpty()) {
        t << tr("Assumptions") << u'\n';
        for (const QString &a : r.assumptions)
            t << u"  - "_s << a << u'\n';
    }
    t.flush();
    return out;
}

} // namespace nf
