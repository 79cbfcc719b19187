#include "analysisjson.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace nf {

namespace {
// JSON has no infinity: write null.
QJsonValue num(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonObject figures(const SteadyStateFigures &f)
{
    QJsonObject o;
    o.insert(u"availability"_s, num(f.availability));
    o.insert(u"unavailability"_s, num(f.unavailability));
    o.insert(u"nines"_s, num(f.nines));
    o.insert(u"downtime_minutes_per_year"_s, num(f.downtimeMinutesPerYear));
    o.insert(u"failures_per_year"_s, num(f.failureFrequencyPerHour * 8766.0));
    // false: some element has no known failure rate, so the frequency is a lower bound.
    o.insert(u"failures_per_year_complete"_s, f.frequencyComplete);
    o.insert(u"mtbf_hours"_s, num(f.mtbfHours));
    o.insert(u"mean_outage_seconds"_s, num(f.meanOutageHours * 3600.0));
    return o;
}

// The structural figures, with availability, unavailability, nines and downtime
// replaced by the time-aware total, and the budget by cause beside them.
QJsonObject figures(const SteadyStateFigures &f, const DowntimeBudget &b)
{
    QJsonObject o = figures(f);
    o.insert(u"availability"_s, num(b.availability));
    o.insert(u"unavailability"_s, num(b.unavailability));
    o.insert(u"nines"_s, num(b.nines));
    o.insert(u"downtime_minutes_per_year"_s, num(b.totalMinutes));
    QJsonObject budget;
    budget.insert(u"structural_minutes_per_year"_s, num(b.structuralMinutes));
    budget.insert(u"write_path_minutes_per_year"_s, num(b.writePathMinutes));
    budget.insert(u"failover_minutes_per_year"_s, num(b.failoverMinutes));
    budget.insert(u"failback_minutes_per_year"_s, num(b.failbackMinutes));
    budget.insert(u"detection_gap_minutes_per_year"_s, num(b.detectionMinutes));
    budget.insert(u"planned_maintenance_minutes_per_year"_s, num(b.maintenanceMinutes));
    budget.insert(u"counts_write_path"_s, b.writesCounted);
    budget.insert(u"counts_detection_gaps"_s, b.detectionCounted);
    budget.insert(u"counts_planned_maintenance"_s, b.maintenanceCounted);
    budget.insert(u"total_minutes_per_year"_s, num(b.totalMinutes));
    o.insert(u"downtime_budget"_s, budget);
    if (b.writeUnavailability != b.readUnavailability) {
        o.insert(u"read_availability"_s, num(1.0 - b.readUnavailability));
        o.insert(u"write_availability"_s, num(1.0 - b.writeUnavailability));
    }
    return o;
}

QJsonValue optionalNumber(const std::optional<double> &v)
{
    return v ? num(*v) : QJsonValue(QJsonValue::Null);
}
} // namespace

QString AnalysisJson::severityName(Finding::Severity s)
{
    switch (s) {
    case Finding::Severity::Critical: return u"critical"_s;
    case Finding::Severity::Warning: return u"warning"_s;
    case Finding::Severity::Info: return u"info"_s;
    }
    return {};
}

QJsonObject AnalysisJson::toJson(const AnalysisResult &r)
{
    QJsonObject o = figures(r.system, r.systemBudget);
    o.insert(u"model"_s, r.modelName);
    o.insert(u"currency"_s, r.currency);
    o.insert(u"mission_time_hours"_s, r.missionTimeHours);
    o.insert(u"mission_reliability"_s, num(r.missionReliability));
    o.insert(u"mttf_hours"_s, num(r.mttfHours));

    QJsonArray services;
    for (const ServiceFigures &s : r.services) {
        QJsonObject x = figures(s.figures, s.budget);
        x.insert(u"id"_s, s.id);
        x.insert(u"name"_s, s.name);
        x.insert(u"required"_s, s.required);
        x.insert(u"availability_target"_s, s.target ? QJsonValue(*s.target) : QJsonValue(QJsonValue::Null));
        x.insert(u"meets_target"_s, s.meetsTarget);
        x.insert(u"outage_cost_per_year"_s, num(s.outageCostPerYear));
        QJsonObject loss;
        loss.insert(u"events_per_year"_s, num(s.dataLossEventsPerYear));
        loss.insert(u"probability_per_year"_s, num(-std::expm1(-s.dataLossEventsPerYear)));
        bool secondsKnown = true;
        for (const DataLossReport &d : r.dataLoss)
            if (d.services.contains(s.id) && !d.secondsLostPerYear)
                secondsKnown = false;
        loss.insert(u"expected_seconds_lost_per_year"_s,
                    secondsKnown ? num(s.dataLossSecondsPerYear) : QJsonValue(QJsonValue::Null));
        loss.insert(u"rpo_seconds"_s, optionalNumber(s.rpoSeconds));
        x.insert(u"data_loss"_s, loss);
        services.append(x);
    }
    o.insert(u"services"_s, services);

    QJsonObject mcs;
    QJsonArray byOrder;
    for (double c : r.cutSetsByOrder)
        byOrder.append(c);
    o.insert(u"minimal_cut_set_count"_s, r.cutSetCount);
    o.insert(u"minimal_cut_sets_by_order"_s, byOrder);
    QJsonArray sets;
    for (const CutSetView &c : r.cutSets) {
        QJsonObject x;
        x.insert(u"events"_s, strings(c.events));
        x.insert(u"elements"_s, strings(c.elements));
        x.insert(u"order"_s, int(c.events.size()));
        x.insert(u"probability"_s, num(c.probability));
        x.insert(u"share"_s, num(c.share));
        sets.append(x);
    }
    o.insert(u"minimal_cut_sets"_s, sets);

    QJsonArray importance;
    for (const ElementFigures &e : r.elements) {
        if (!e.hasOwnEvent)
            continue;
        QJsonObject x;
        x.insert(u"element"_s, e.id);
        x.insert(u"unavailability"_s, num(e.ownUnavailability));
        x.insert(u"birnbaum"_s, num(e.importance.birnbaum));
        x.insert(u"criticality"_s, num(e.importance.criticality));
        x.insert(u"fussell_vesely"_s, num(e.importance.fussellVesely));
        x.insert(u"raw"_s, num(e.importance.raw));
        x.insert(u"rrw"_s, num(e.importance.rrw));
        x.insert(u"downtime_minutes_per_year"_s, num(e.downtimeMinutesPerYear));
        importance.append(x);
    }
    o.insert(u"importance"_s, importance);

    QJsonArray groups;
    for (const GroupReport &g : r.groups) {
        QJsonObject x;
        x.insert(u"id"_s, g.id);
        x.insert(u"name"_s, g.name);
        x.insert(u"policy"_s, g.policy);
        x.insert(u"model"_s, g.model);
        x.insert(u"members"_s, g.members);
        x.insert(u"declared_n"_s, g.declaredN);
        x.insert(u"declared_m"_s, g.declaredM);
        x.insert(u"needed"_s, g.neededMembers);
        x.insert(u"effective_m"_s, g.effectiveM);
        x.insert(u"cascade_after"_s, g.cascadeAfter);
        x.insert(u"demand"_s, g.demand);
        x.insert(u"ceiling"_s, g.ceiling);
        QJsonArray rows;
        for (const HeadroomRow &row : g.rows) {
            QJsonObject y;
            y.insert(u"failures"_s, row.failures);
            y.insert(u"survivors"_s, row.survivors);
            y.insert(u"load_per_survivor"_s, row.loadPerSurvivor);
            y.insert(u"utilisation"_s, row.utilisation);
            y.insert(u"status"_s, row.status == HeadroomRow::Status::Ok
                                       ? u"ok"_s
                                       : (row.status == HeadroomRow::Status::AboveCeiling ? u"above-ceiling"_s
                                                                                          : u"overload"_s));
            rows.append(y);
        }
        x.insert(u"headroom"_s, rows);
        x.insert(u"max_unavailable"_s, g.maxUnavailable);
        x.insert(u"tolerance_during_update"_s, g.toleranceDuringUpdate);
        x.insert(u"min_available"_s, g.minAvailable);
        x.insert(u"voluntary_disruptions"_s, g.voluntaryDisruptions);
        x.insert(u"caller_retries"_s, g.callerRetries);
        x.insert(u"retry_storm"_s, g.retryStorm);
        x.insert(u"unavailability"_s, num(g.unavailability));
        x.insert(u"non_redundant_unavailability"_s, num(g.nonRedundantUnavailability));
        x.insert(u"common_cause_share"_s, num(g.commonCauseShare));
        x.insert(u"mttf_hours"_s, num(g.mttfHours));
        x.insert(u"failure_during_rebuild"_s, num(g.failureDuringRebuild));
        x.insert(u"shared_failure_domain"_s, g.sharedDomain.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(g.sharedDomain));
        groups.append(x);
    }
    o.insert(u"groups"_s, groups);

    QJsonArray quorums;
    for (const QuorumReport &q : r.quorums) {
        QJsonObject x;
        x.insert(u"id"_s, q.id);
        x.insert(u"name"_s, q.name);
        x.insert(u"kind"_s, q.kind);
        x.insert(u"voters"_s, q.voters);
        x.insert(u"quorum"_s, q.quorum);
        x.insert(u"tolerated_failures"_s, q.tolerated);
        x.insert(u"even_size"_s, q.evenSize);
        if (q.kind == u"tunable"_s) {
            x.insert(u"n"_s, q.n);
            x.insert(u"w"_s, q.w);
            x.insert(u"r"_s, q.r);
            x.insert(u"read_your_writes"_s, q.readYourWrites);
            x.insert(u"single_write_quorum"_s, q.singleWriteQuorum);
        }
        auto scen = [](const QList<QuorumScenario> &list, bool split) {
            QJsonArray a;
            for (const QuorumScenario &s : list) {
                QJsonObject y;
                y.insert(u"description"_s, s.description);
                y.insert(u"containers"_s, QJsonArray::fromStringList(s.containers));
                if (split) {
                    y.insert(u"voters_first"_s, s.votersLeft);
                    y.insert(u"voters_second"_s, s.votersOther);
                    y.insert(u"side_with_quorum"_s, s.sideWithQuorum.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                                : QJsonValue(s.sideWithQuorum));
                } else {
                    y.insert(u"voters_left"_s, s.votersLeft);
                    y.insert(u"writable"_s, s.writable);
                    y.insert(u"readable"_s, s.readable);
                }
                a.append(y);
            }
            return a;
        };
        x.insert(u"losses"_s, scen(q.losses, false));
        x.insert(u"splits"_s, scen(q.splits, true));
        x.insert(u"unavailability"_s, num(q.unavailability));
        quorums.append(x);
    }
    o.insert(u"quorums"_s, quorums);

    QJsonArray replication;
    for (const ReplicationReport &rep : r.replications) {
        QJsonObject x;
        x.insert(u"id"_s, rep.id);
        x.insert(u"from"_s, rep.from);
        x.insert(u"to"_s, rep.to);
        x.insert(u"mode"_s, rep.mode);
        x.insert(u"rpo_seconds"_s, rep.rpoSeconds);
        x.insert(u"rtt_seconds"_s, rep.rttKnown ? QJsonValue(rep.rttMs / 1000.0) : QJsonValue(QJsonValue::Null));
        x.insert(u"added_write_latency_seconds"_s, rep.addedWriteLatencyMs / 1000.0);
        x.insert(u"store_write_latency_seconds"_s, rep.storeWriteLatencyMs / 1000.0);
        x.insert(u"monitored"_s, rep.monitored);
        x.insert(u"monitoring"_s, rep.monitoringNote);
        x.insert(u"used_by_failover"_s, rep.usedByFailover);
        replication.append(x);
    }
    o.insert(u"replication"_s, replication);

    QJsonArray failovers;
    for (const FailoverReport &f : r.failovers) {
        QJsonObject x;
        x.insert(u"id"_s, f.id);
        x.insert(u"group"_s, f.group);
        x.insert(u"from"_s, f.from);
        x.insert(u"to"_s, f.to);
        x.insert(u"automatic"_s, f.automatic);
        x.insert(u"detection_seconds"_s, f.detectionSeconds);
        x.insert(u"promotion_seconds"_s, f.promotionSeconds);
        x.insert(u"reconnect_seconds"_s, f.reconnectSeconds);
        x.insert(u"human_response_seconds"_s, f.humanSeconds);
        x.insert(u"rto_seconds"_s, f.rtoSeconds);
        x.insert(u"rpo_seconds"_s, f.rpoSeconds);
        x.insert(u"coverage"_s, f.coverage);
        x.insert(u"failovers_per_year"_s, num(f.failoversPerYear));
        x.insert(u"interruption_seconds_per_year"_s, num(f.interruptionSecondsPerYear));
        x.insert(u"cost_per_failover"_s, num(f.costPerFailover));
        x.insert(u"cost_per_year"_s, num(f.costPerYear));
        x.insert(u"needs_down_when_needed"_s, num(f.needsDownWhenNeeded));
        x.insert(u"needs_down"_s, num(f.needsDown));
        x.insert(u"drawn"_s, f.drawn);
        x.insert(u"services"_s, strings(f.servedServices));
        x.insert(u"replications"_s, strings(f.replications));
        x.insert(u"failback"_s, f.failback);
        x.insert(u"failback_seconds"_s, f.failbackSeconds);
        x.insert(u"failback_seconds_per_year"_s, num(f.failbackSecondsPerYear));
        failovers.append(x);
    }
    o.insert(u"failovers"_s, failovers);

    QJsonArray classes;
    for (const ServiceClassification &c : r.classifications) {
        QJsonObject x;
        x.insert(u"service"_s, c.service);
        x.insert(u"required"_s, c.required);
        x.insert(u"achieved"_s, c.achieved);
        x.insert(u"rto_seconds"_s, c.achievedRtoSeconds);
        x.insert(u"rpo_seconds"_s, c.achievedRpoSeconds);
        x.insert(u"not_fault_tolerant_because"_s, strings(c.haReasons));
        classes.append(x);
    }
    o.insert(u"classification"_s, classes);

    QJsonArray dataLoss;
    for (const DataLossReport &d : r.dataLoss) {
        QJsonObject x;
        x.insert(u"source"_s, d.source);
        x.insert(u"kind"_s, d.kind);
        x.insert(u"events_per_year"_s, num(d.eventsPerYear));
        x.insert(u"expected_seconds_lost_per_year"_s, optionalNumber(d.secondsLostPerYear));
        x.insert(u"probability_per_year"_s, num(d.probabilityPerYear));
        x.insert(u"services"_s, strings(d.services));
        dataLoss.append(x);
    }
    o.insert(u"data_loss"_s, dataLoss);

    QJsonArray findings;
    for (const Finding &f : r.findings) {
        QJsonObject x;
        x.insert(u"severity"_s, severityName(f.severity));
        x.insert(u"code"_s, f.code);
        x.insert(u"message"_s, f.message);
        x.insert(u"fix"_s, f.fix);
        x.insert(u"elements"_s, strings(f.elements));
        findings.append(x);
    }
    o.insert(u"findings"_s, findings);
    o.insert(u"assumptions"_s, strings(r.assumptions));
    return o;
}

} // namespace nf
