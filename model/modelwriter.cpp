#include "modelwriter.h"

#include "atomicfile.h"
#include "formatversion.h"
#include "jsonwriter.h"
#include "ninefold_version.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace nf {

namespace {

void putString(QJsonObject &o, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}

void putNumber(QJsonObject &o, const QString &key, double value, double defaultValue = 0.0)
{
    if (value != defaultValue)
        o.insert(key, value);
}

void putList(QJsonObject &o, const QString &key, const QStringList &list)
{
    if (!list.isEmpty())
        o.insert(key, QJsonArray::fromStringList(list));
}

void putFailure(QJsonObject &o, const FailureModel &f)
{
    switch (f.mode) {
    case FailureModel::Mode::Perfect: break;
    case FailureModel::Mode::Rates:
        o.insert(u"mtbf_hours"_s, f.mtbfHours);
        o.insert(u"mttr_hours"_s, f.mttrHours);
        break;
    case FailureModel::Mode::FixedAvailability:
        o.insert(u"availability"_s, f.availability);
        putNumber(o, u"mttr_hours"_s, f.mttrHours);
        break;
    }
    if (f.distribution) {
        const LifeDistribution &d = *f.distribution;
        QJsonObject dist;
        dist.insert(u"type"_s, kinds::toString(d.type));
        switch (d.type) {
        case DistributionType::Exponential: break;
        case DistributionType::Weibull:
            dist.insert(u"shape"_s, d.shape);
            dist.insert(u"scale_hours"_s, d.scaleHours);
            break;
        case DistributionType::Lognormal:
            dist.insert(u"median_hours"_s, d.medianHours);
            dist.insert(u"sigma"_s, d.sigma);
            break;
        }
        o.insert(u"distribution"_s, dist);
    }
}

void putExtra(QJsonObject &o, const QJsonObject &extra)
{
    for (auto it = extra.begin(); it != extra.end(); ++it)
        if (!o.contains(it.key()))
            o.insert(it.key(), it.value());
}

QJsonObject componentJson(const Component &c)
{
    QJsonObject o;
    o.insert(u"id"_s, c.id);
    o.insert(u"kind"_s, kinds::toString(c.kind));
    putString(o, u"name"_s, c.name);
    putString(o, u"description"_s, c.description);
    putFailure(o, c.failure);
    putNumber(o, u"capacity"_s, c.capacity);
    putNumber(o, u"cost_per_month"_s, c.costPerMonth);
    putList(o, u"tags"_s, c.tags);
    if (!c.attended)
        o.insert(u"attended"_s, false);
    putNumber(o, u"sync_acks"_s, c.syncAcks);
    putNumber(o, u"maintenance_interval_hours"_s, c.maintenanceIntervalHours);
    putNumber(o, u"maintenance_duration_hours"_s, c.maintenanceDurationHours);
    putNumber(o, u"test_interval_hours"_s, c.testIntervalHours);
    putNumber(o, u"test_duration_hours"_s, c.testDurationHours);
    putExtra(o, c.extra);
    return o;
}

QJsonObject containerJson(const Container &c)
{
    QJsonObject o;
    o.insert(u"id"_s, c.id);
    o.insert(u"kind"_s, kinds::toString(c.kind));
    putString(o, u"name"_s, c.name);
    putString(o, u"description"_s, c.description);
    putFailure(o, c.failure);
    putList(o, u"children"_s, c.children);
    putExtra(o, c.extra);
    return o;
}

QJsonObject dependencyJson(const DependencyLink &d)
{
    QJsonObject o;
    o.insert(u"id"_s, d.id);
    if (d.kind != DependencyKind::Requires)
        o.insert(u"kind"_s, kinds::toString(d.kind));
    o.insert(u"from"_s, d.from);
    o.insert(u"to"_s, d.to);
    putString(o, u"description"_s, d.description);
    putNumber(o, u"retries"_s, d.retries);
    putString(o, u"fallback"_s, d.fallback);
    putExtra(o, d.extra);
    return o;
}

QJsonObject groupJson(const RedundancyGroup &g)
{
    QJsonObject o;
    o.insert(u"id"_s, g.id);
    putString(o, u"name"_s, g.name);
    putString(o, u"description"_s, g.description);
    o.insert(u"policy"_s, kinds::toString(g.policy));
    if (g.standby != StandbyMode::Hot)
        o.insert(u"standby"_s, kinds::toString(g.standby));
    putNumber(o, u"dormant_factor"_s, g.dormantFactor, 0.1);
    putList(o, u"members"_s, g.members);
    putNumber(o, u"declared_n"_s, g.declaredN);
    putNumber(o, u"declared_m"_s, g.declaredM);
    putNumber(o, u"demand"_s, g.demand);
    putNumber(o, u"ceiling"_s, g.ceiling, 1.0);
    putNumber(o, u"max_unavailable"_s, g.maxUnavailable);
    putNumber(o, u"min_available"_s, g.minAvailable);
    if (g.commonCause.type != CommonCauseType::None || !g.commonCause.factors.isEmpty()) {
        QJsonObject ccf;
        ccf.insert(u"type"_s, kinds::toString(g.commonCause.type));
        QJsonArray factors;
        for (double f : g.commonCause.factors)
            factors.append(f);
        ccf.insert(u"factors"_s, factors);
        o.insert(u"common_cause"_s, ccf);
    }
    putNumber(o, u"rebuild_hours"_s, g.rebuildHours);
    putNumber(o, u"rebuild_stress"_s, g.rebuildStress, 1.0);
    putNumber(o, u"health_check_interval_seconds"_s, g.healthCheckIntervalSeconds);
    putNumber(o, u"unhealthy_threshold"_s, g.unhealthyThreshold);
    putNumber(o, u"detection_seconds"_s, g.detectionSeconds);
    putNumber(o, u"maintenance_interval_hours"_s, g.maintenanceIntervalHours);
    putNumber(o, u"maintenance_duration_hours"_s, g.maintenanceDurationHours);
    putNumber(o, u"rolling_update_interval_hours"_s, g.rollingUpdateIntervalHours);
    putNumber(o, u"rolling_update_step_hours"_s, g.rollingUpdateStepHours);
    putExtra(o, g.extra);
    return o;
}

QJsonObject failoverJson(const FailoverLink &l)
{
    QJsonObject o;
    o.insert(u"id"_s, l.id);
    o.insert(u"from"_s, l.from);
    o.insert(u"to"_s, l.to);
    putString(o, u"description"_s, l.description);
    if (!l.automatic)
        o.insert(u"automatic"_s, false);
    putNumber(o, u"detection_seconds"_s, l.detectionSeconds);
    putNumber(o, u"heartbeat_interval_seconds"_s, l.heartbeatIntervalSeconds);
    putNumber(o, u"heartbeat_misses"_s, l.heartbeatMisses);
    putNumber(o, u"lease_seconds"_s, l.leaseSeconds);
    putNumber(o, u"promotion_seconds"_s, l.promotionSeconds);
    putNumber(o, u"reconnect_seconds"_s, l.reconnectSeconds);
    putNumber(o, u"human_response_seconds"_s, l.humanResponseSeconds);
    putNumber(o, u"coverage"_s, l.coverage, 1.0);
    putList(o, u"requires"_s, l.needs);
    putString(o, u"mechanism"_s, l.mechanism);
    if (l.mechanismInSeries)
        o.insert(u"mechanism_in_series"_s, true);
    if (l.fencing != Fencing::None)
        o.insert(u"fencing"_s, kinds::toString(l.fencing));
    if (l.failback != Failback::None)
        o.insert(u"failback"_s, kinds::toString(l.failback));
    putNumber(o, u"failback_seconds"_s, l.failbackSeconds);
    putNumber(o, u"test_interval_hours"_s, l.testIntervalHours);
    putExtra(o, l.extra);
    return o;
}

QJsonObject replicationJson(const ReplicationLink &l)
{
    QJsonObject o;
    o.insert(u"id"_s, l.id);
    o.insert(u"from"_s, l.from);
    o.insert(u"to"_s, l.to);
    putString(o, u"description"_s, l.description);
    o.insert(u"mode"_s, kinds::toString(l.mode));
    putNumber(o, u"lag_seconds"_s, l.lagSeconds);
    putNumber(o, u"distance_km"_s, l.distanceKm);
    putNumber(o, u"rtt_ms"_s, l.rttMs);
    putNumber(o, u"route_factor"_s, l.routeFactor, 1.5);
    putString(o, u"lag_alert_route"_s, l.lagAlertRoute);
    putNumber(o, u"lag_alert_threshold_seconds"_s, l.lagAlertThresholdSeconds);
    if (l.fallsBackToAsync)
        o.insert(u"falls_back_to_async"_s, true);
    putList(o, u"writers"_s, l.writers);
    putExtra(o, l.extra);
    return o;
}

QJsonObject quorumJson(const QuorumGroup &q)
{
    QJsonObject o;
    o.insert(u"id"_s, q.id);
    o.insert(u"kind"_s, kinds::toString(q.kind));
    putString(o, u"name"_s, q.name);
    putString(o, u"description"_s, q.description);
    putList(o, u"voters"_s, q.voters);
    putNumber(o, u"n"_s, q.n);
    putNumber(o, u"w"_s, q.w);
    putNumber(o, u"r"_s, q.r);
    putExtra(o, q.extra);
    return o;
}

QJsonObject serviceJson(const Service &s)
{
    QJsonObject o;
    o.insert(u"id"_s, s.id);
    putString(o, u"name"_s, s.name);
    putString(o, u"description"_s, s.description);
    o.insert(u"entry"_s, s.entry);
    if (!s.required)
        o.insert(u"required"_s, false);
    if (s.availabilityTarget)
        o.insert(u"availability_target"_s, *s.availabilityTarget);
    if (s.rtoSeconds)
        o.insert(u"rto_seconds"_s, *s.rtoSeconds);
    if (s.rpoSeconds)
        o.insert(u"rpo_seconds"_s, *s.rpoSeconds);
    putNumber(o, u"outage_cost_per_second"_s, s.outageCostPerSecond);
    if (!s.retryable)
        o.insert(u"retryable"_s, false);
    if (s.sloBasis != SloBasis::Time)
        o.insert(u"slo_basis"_s, kinds::toString(s.sloBasis));
    if (!s.maintenanceCounts)
        o.insert(u"planned_maintenance_counts"_s, false);
    if (s.readOnly)
        o.insert(u"read_only"_s, true);
    putExtra(o, s.extra);
    return o;
}

template<typename T, typename Fn>
void putElements(QJsonObject &root, const QString &key, const QList<T> &list, Fn toJson)
{
    if (list.isEmpty())
        return;
    QJsonArray a;
    for (const T &e : list)
        a.append(toJson(e));
    root.insert(key, a);
}

QJsonObject layoutJson(const Model &m)
{
    const QStringList allIds = m.allIds();
    const QSet<QString> ids(allIds.begin(), allIds.end());
    QJsonObject nodes;
    for (auto it = m.layout.nodes.begin(); it != m.layout.nodes.end(); ++it) {
        if (!ids.contains(it.key()))
            continue;
        QJsonObject g;
        g.insert(u"x"_s, it->pos.x());
        g.insert(u"y"_s, it->pos.y());
        if (!it->size.isEmpty()) {
            g.insert(u"w"_s, it->size.width());
            g.insert(u"h"_s, it->size.height());
        }
        nodes.insert(it.key(), g);
    }
    QJsonObject bends;
    for (auto it = m.layout.bends.begin(); it != m.layout.bends.end(); ++it) {
        if (!ids.contains(it.key()) || it->isEmpty())
            continue;
        QJsonArray points;
        for (const QPointF &p : *it)
            points.append(QJsonArray{p.x(), p.y()});
        bends.insert(it.key(), points);
    }
    QJsonObject layout;
    if (!nodes.isEmpty())
        layout.insert(u"nodes"_s, nodes);
    if (!bends.isEmpty())
        layout.insert(u"bends"_s, bends);
    return layout;
}

} // namespace

const QStringList &ModelWriter::keyOrder()
{
    static const QStringList order{
        // top level
        u"format_version"_s, u"app_version"_s, u"id"_s, u"kind"_s, u"name"_s, u"description"_s,
        u"currency"_s, u"load_unit"_s, u"mission_time_hours"_s, u"components"_s, u"containers"_s,
        u"redundancy_groups"_s, u"quorum_groups"_s, u"services"_s, u"dependencies"_s,
        u"failover_links"_s, u"replication_links"_s, u"layout"_s,
        // element bodies: endpoints and membership first, then properties
        u"from"_s, u"to"_s, u"entry"_s, u"policy"_s, u"members"_s, u"voters"_s, u"children"_s,
        u"mode"_s, u"type"_s,
        // geometry
        u"x"_s, u"y"_s, u"w"_s, u"h"_s,
    };
    return order;
}

QJsonObject ModelWriter::toJson(const Model &m)
{
    QJsonObject root;
    root.insert(u"format_version"_s, kFormatVersion);
    root.insert(u"app_version"_s, QStringLiteral(NINEFOLD_VERSION));
    putString(root, u"name"_s, m.name);
    putString(root, u"description"_s, m.description);
    if (m.currency != u"USD"_s)
        root.insert(u"currency"_s, m.currency);
    if (m.loadUnit != u"req/s"_s)
        root.insert(u"load_unit"_s, m.loadUnit);
    putNumber(root, u"mission_time_hours"_s, m.missionTimeHours, 8760.0);
    putElements(root, u"components"_s, m.components, componentJson);
    putElements(root, u"containers"_s, m.containers, containerJson);
    putElements(root, u"dependencies"_s, m.dependencies, dependencyJson);
    putElements(root, u"redundancy_groups"_s, m.groups, groupJson);
    putElements(root, u"failover_links"_s, m.failovers, failoverJson);
    putElements(root, u"replication_links"_s, m.replications, replicationJson);
    putElements(root, u"quorum_groups"_s, m.quorums, quorumJson);
    putElements(root, u"services"_s, m.services, serviceJson);
    const QJsonObject layout = layoutJson(m);
    if (!layout.isEmpty())
        root.insert(u"layout"_s, layout);
    putExtra(root, m.extra);
    return root;
}

QByteArray ModelWriter::toBytes(const Model &model)
{
    return JsonWriter(keyOrder()).write(toJson(model));
}

bool ModelWriter::save(const Model &model, const QString &path, QString *error)
{
    return AtomicFile::write(path, toBytes(model), error);
}

} // namespace nf
