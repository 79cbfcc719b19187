#include "validator.h"

#include "dependencygraph.h"
#include "valuelimits.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace nf {

namespace {

class Checker
{
public:
    Checker(const Model &m, const QString &file, QList<Diagnostic> &out)
        : m_model(m), m_file(file), m_out(out)
    {
        // Id -> element, first match in Model::find's order, so that references
        // resolve in constant time (a 5,000-component model has ~10,000 of them).
        auto index = [this](ElementType type, const auto &list) {
            for (int i = 0; i < list.size(); ++i)
                if (!list.at(i).id.isEmpty() && !m_index.contains(list.at(i).id))
                    m_index.insert(list.at(i).id, ElementRef{type, i});
        };
        index(ElementType::Component, m.components);
        index(ElementType::Container, m.containers);
        index(ElementType::RedundancyGroup, m.groups);
        index(ElementType::QuorumGroup, m.quorums);
        index(ElementType::Service, m.services);
        index(ElementType::Dependency, m.dependencies);
        index(ElementType::FailoverLink, m.failovers);
        index(ElementType::ReplicationLink, m.replications);
    }

    void add(Diagnostic::Severity severity, ElementType type, const QString &id, const QString &name,
             const QString &field, const QString &message)
    {
        Diagnostic d;
        d.severity = severity;
        d.file = m_file;
        d.elementType = kinds::toString(type);
        d.elementId = id;
        d.elementName = name;
        d.field = field;
        d.message = message;
        m_out << d;
    }
    void error(ElementType type, const QString &id, const QString &name, const QString &field, const QString &message)
    {
        add(Diagnostic::Severity::Error, type, id, name, field, message);
    }
    void warning(ElementType type, const QString &id, const QString &name, const QString &field,
                 const QString &message)
    {
        add(Diagnostic::Severity::Warning, type, id, name, field, message);
    }

    // A reference that must name an existing element of one of `allowed` types.
    bool checkRef(ElementType type, const QString &id, const QString &name, const QString &field,
                  const QString &target, std::initializer_list<ElementType> allowed, bool optional = false)
    {
        if (target.isEmpty()) {
            if (!optional)
                error(type, id, name, field, Validator::tr("missing: must name an element"));
            return false;
        }
        const ElementRef ref = m_index.value(target);
        if (!ref.isValid()) {
            error(type, id, name, field, Validator::tr("refers to unknown element '%1'").arg(target));
            return false;
        }
        for (ElementType t : allowed)
            if (ref.type == t)
                return true;
        QStringList names;
        for (ElementType t : allowed)
            names << kinds::toString(t);
        error(type, id, name, field,
              Validator::tr("'%1' is a %2, but must be a %3")
                  .arg(target, kinds::toString(ref.type), names.join(Validator::tr(" or "))));
        return false;
    }

    // A value in (0, max] (or [0, max] when zero is allowed); -0 counts as negative.
    void inRange(ElementType type, const QString &id, const QString &name, const QString &field, double v,
                 bool zeroAllowed, double max, const QString &unit)
    {
        const QString found = formatNumber(v);
        if (std::isnan(v) || std::signbit(v) || (!zeroAllowed && v == 0.0))
            error(type, id, name, field,
                  zeroAllowed ? Validator::tr("must not be negative (found %1)").arg(found)
                              : Validator::tr("must be greater than 0%1 (found %2)").arg(unit, found));
        else if (!(v <= max))
            error(type, id, name, field,
                  Validator::tr("must be at most %1%2 (found %3)").arg(formatNumber(max), unit, found));
    }

    void checkFailure(ElementType type, const QString &id, const QString &name, const FailureModel &f)
    {
        const QString hours = Validator::tr(" hours");
        switch (f.mode) {
        case FailureModel::Mode::Perfect: break;
        case FailureModel::Mode::Rates:
            inRange(type, id, name, u"mtbf_hours"_s, f.mtbfHours, false, limits::maxLifeHours, hours);
            inRange(type, id, name, u"mttr_hours"_s, f.mttrHours, true, limits::maxRepairHours, hours);
            break;
        case FailureModel::Mode::FixedAvailability:
            if (!(f.availability > 0.0 && f.availability <= 1.0))
                error(type, id, name, u"availability"_s,
                      Validator::tr("must be greater than 0 and at most 1 (found %1); write 99.95 % as 0.9995")
                          .arg(formatNumber(f.availability)));
            inRange(type, id, name, u"mttr_hours"_s, f.mttrHours, true, limits::maxRepairHours, hours);
            break;
        }
        if (f.distribution) {
            const LifeDistribution &d = *f.distribution;
            if (d.type == DistributionType::Weibull) {
                inRange(type, id, name, u"distribution.shape"_s, d.shape, false, limits::maxWeibullShape, QString());
                inRange(type, id, name, u"distribution.scale_hours"_s, d.scaleHours, false, limits::maxLifeHours, hours);
            } else if (d.type == DistributionType::Lognormal) {
                inRange(type, id, name, u"distribution.median_hours"_s, d.medianHours, false, limits::maxLifeHours, hours);
                inRange(type, id, name, u"distribution.sigma"_s, d.sigma, false, limits::maxLognormalSigma, QString());
            } else if (f.mode != FailureModel::Mode::Rates) {
                error(type, id, name, u"distribution"_s,
                      Validator::tr("an exponential life needs mtbf_hours"));
            }
        }
    }

    // A quantity that may be 0; fields in seconds get the bound of a duration.
    void nonNegative(ElementType type, const QString &id, const QString &name, const QString &field, double v)
    {
        const bool seconds = field.endsWith(u"_seconds"_s);
        inRange(type, id, name, field, v, true, seconds ? limits::maxSeconds : limits::maxQuantity,
                seconds ? Validator::tr(" seconds") : QString());
    }

    // Something done every `interval` hours for `duration` hours (maintenance, a
    // test, a rolling-update step): both given or neither (a test may take no
    // time), the duration shorter than the interval.
    void checkSchedule(ElementType type, const QString &id, const QString &name, const QString &intervalField,
                       double interval, const QString &durationField, double duration, double steps = 1.0,
                       bool durationRequired = true)
    {
        const QString hours = Validator::tr(" hours");
        inRange(type, id, name, intervalField, interval, true, limits::maxRepairHours, hours);
        inRange(type, id, name, durationField, duration, true, limits::maxRepairHours, hours);
        if (interval > 0.0 && !(duration > 0.0) && durationRequired)
            error(type, id, name, durationField,
                  Validator::tr("missing: %1 needs %2 as well").arg(intervalField, durationField));
        else if (duration > 0.0 && !(interval > 0.0))
            error(type, id, name, intervalField,
                  Validator::tr("missing: %1 needs %2 as well").arg(durationField, intervalField));
        else if (interval > 0.0 && duration * steps >= interval)
            error(type, id, name, durationField,
                  steps > 1.0 ? Validator::tr("%1 steps of %2 hours do not fit in the interval of %3 hours")
                                    .arg(steps)
                                    .arg(formatNumber(duration), formatNumber(interval))
                              : Validator::tr("must be shorter than %1 (%2 hours; found %3)")
                                    .arg(intervalField, formatNumber(interval), formatNumber(duration)));
    }

    static QString formatNumber(double v)
    {
        if (v == 0.0 && std::signbit(v))
            return u"-0"_s;
        return QString::number(v, 'g', 12);
    }

    const Model &m_model;
    QString m_file;
    QList<Diagnostic> &m_out;
    QHash<QString, ElementRef> m_index;
};

} // namespace

bool Validator::isValidId(const QString &id)
{
    static const QRegularExpression re(u"^[A-Za-z0-9_][A-Za-z0-9_.:\\-]*$"_s);
    return re.match(id).hasMatch();
}

QList<QStringList> Validator::dependencyCycles(const Model &m)
{
    return DependencyGraph(m).cycles(m.allIds());
}

QList<Diagnostic> Validator::validate(const Model &m, const QString &file)
{
    QList<Diagnostic> out;
    Checker c(m, file, out);

    if (!(m.missionTimeHours > 0.0 && m.missionTimeHours <= limits::maxMissionHours)) {
        Diagnostic d;
        d.file = file;
        d.field = u"mission_time_hours"_s;
        d.message = tr("must be greater than 0 and at most %1 hours (found %2)")
                        .arg(limits::maxMissionHours, 0, 'g', 12)
                        .arg(m.missionTimeHours, 0, 'g', 12);
        out << d;
    }

    // Ids: present, well-formed, unique across the whole model.
    QHash<QString, ElementType> seen;
    auto checkId = [&](ElementType type, const QString &id, const QString &name) {
        if (id.isEmpty()) {
            c.error(type, id, name, u"id"_s, tr("missing: every element needs a unique id"));
            return;
        }
        if (!isValidId(id))
            c.error(type, id, name, u"id"_s,
                    tr("may only contain letters, digits, '_', '-', '.' and ':' (found '%1')").arg(id));
        const auto it = seen.constFind(id);
        if (it != seen.constEnd()) {
            c.error(type, id, name, u"id"_s,
                    tr("duplicate id: already used by a %1").arg(kinds::toString(*it)));
            return;
        }
        seen.insert(id, type);
    };
    for (const auto &e : m.components) checkId(ElementType::Component, e.id, e.name);
    for (const auto &e : m.containers) checkId(ElementType::Container, e.id, e.name);
    for (const auto &e : m.dependencies) checkId(ElementType::Dependency, e.id, QString());
    for (const auto &e : m.groups) checkId(ElementType::RedundancyGroup, e.id, e.name);
    for (const auto &e : m.failovers) checkId(ElementType::FailoverLink, e.id, QString());
    for (const auto &e : m.replications) checkId(ElementType::ReplicationLink, e.id, QString());
    for (const auto &e : m.quorums) checkId(ElementType::QuorumGroup, e.id, e.name);
    for (const auto &e : m.services) checkId(ElementType::Service, e.id, e.name);

    // Components.
    for (const Component &e : m.components) {
        c.checkFailure(ElementType::Component, e.id, e.name, e.failure);
        c.nonNegative(ElementType::Component, e.id, e.name, u"capacity"_s, e.capacity);
        c.nonNegative(ElementType::Component, e.id, e.name, u"cost_per_month"_s, e.costPerMonth);
        if (e.syncAcks < 0 || e.syncAcks > 1000)
            c.error(ElementType::Component, e.id, e.name, u"sync_acks"_s,
                    tr("must be between 0 (all synchronous replicas) and 1000 (found %1)").arg(e.syncAcks));
        c.checkSchedule(ElementType::Component, e.id, e.name, u"maintenance_interval_hours"_s, e.maintenanceIntervalHours,
                        u"maintenance_duration_hours"_s, e.maintenanceDurationHours);
        c.checkSchedule(ElementType::Component, e.id, e.name, u"test_interval_hours"_s, e.testIntervalHours,
                        u"test_duration_hours"_s, e.testDurationHours, 1.0, false);
    }

    // Containers: failure, children, single placement, nesting order, no cycles.
    QHash<QString, QString> placedIn;
    for (const Container &e : m.containers) {
        c.checkFailure(ElementType::Container, e.id, e.name, e.failure);
        for (const QString &child : e.children) {
            if (!c.checkRef(ElementType::Container, e.id, e.name, u"children"_s, child,
                            {ElementType::Component, ElementType::Container}))
                continue;
            if (child == e.id) {
                c.error(ElementType::Container, e.id, e.name, u"children"_s, tr("a container cannot contain itself"));
                continue;
            }
            const auto prev = placedIn.constFind(child);
            if (prev != placedIn.constEnd()) {
                c.error(ElementType::Container, e.id, e.name, u"children"_s,
                        tr("'%1' is already placed in container '%2'; an element can be in only one container")
                            .arg(m.displayName(child), m.displayName(*prev)));
                continue;
            }
            placedIn.insert(child, e.id);
            if (const Container *inner = m.container(child)) {
                if (kinds::nestingRank(inner->kind) <= kinds::nestingRank(e.kind))
                    c.error(ElementType::Container, e.id, e.name, u"children"_s,
                            tr("a %1 cannot contain the %2 '%3' (regions hold zones, zones hold racks and hosts)")
                                .arg(kinds::toString(e.kind), kinds::toString(inner->kind), m.displayName(child)));
            }
        }
    }

    // Dependencies.
    const auto nodeTypes = {ElementType::Component, ElementType::RedundancyGroup, ElementType::QuorumGroup};
    for (const DependencyLink &e : m.dependencies) {
        c.checkRef(ElementType::Dependency, e.id, QString(), u"from"_s, e.from, nodeTypes);
        c.checkRef(ElementType::Dependency, e.id, QString(), u"to"_s, e.to, nodeTypes);
        if (!e.from.isEmpty() && e.from == e.to)
            c.error(ElementType::Dependency, e.id, QString(), u"to"_s, tr("an element cannot depend on itself"));
        if (e.retries < 0 || e.retries > 1000)
            c.error(ElementType::Dependency, e.id, QString(), u"retries"_s,
                    tr("must be between 0 and 1000 (found %1)").arg(e.retries));
        c.checkRef(ElementType::Dependency, e.id, QString(), u"fallback"_s, e.fallback, nodeTypes, true);
    }

    // Redundancy groups.
    QHash<QString, QString> memberOf;
    for (const RedundancyGroup &g : m.groups) {
        const ElementType t = ElementType::RedundancyGroup;
        if (g.members.isEmpty())
            c.error(t, g.id, g.name, u"members"_s, tr("a redundancy group needs at least one member"));
        double totalCapacity = 0.0;
        bool allCapacities = true;
        for (const QString &member : g.members) {
            if (!c.checkRef(t, g.id, g.name, u"members"_s, member, {ElementType::Component}))
                continue;
            const auto prev = memberOf.constFind(member);
            if (prev != memberOf.constEnd())
                c.error(t, g.id, g.name, u"members"_s,
                        tr("'%1' is already a member of redundancy group '%2'").arg(m.displayName(member), m.displayName(*prev)));
            memberOf.insert(member, g.id);
            const double cap = m.component(member)->capacity;
            totalCapacity += cap;
            allCapacities = allCapacities && cap > 0.0;
        }
        if (g.members.size() != QSet<QString>(g.members.begin(), g.members.end()).size())
            c.error(t, g.id, g.name, u"members"_s, tr("lists a member more than once"));
        if (g.policy == RedundancyPolicy::ActivePassive && g.members.size() < 2)
            c.error(t, g.id, g.name, u"members"_s, tr("an active-passive group needs a primary and at least one standby"));
        if (g.declaredN < 0)
            c.error(t, g.id, g.name, u"declared_n"_s, tr("must not be negative (found %1)").arg(g.declaredN));
        if (g.declaredM < 0)
            c.error(t, g.id, g.name, u"declared_m"_s, tr("must not be negative (found %1)").arg(g.declaredM));
        if (g.hasDeclaredNM() && g.declaredN + g.declaredM != g.members.size())
            c.warning(t, g.id, g.name, u"declared_m"_s,
                      tr("declared N+M = %1+%2 but the group has %3 members").arg(g.declaredN).arg(g.declaredM).arg(g.members.size()));
        c.nonNegative(t, g.id, g.name, u"demand"_s, g.demand);
        if (g.demand > 0.0) {
            if (!allCapacities)
                c.error(t, g.id, g.name, u"demand"_s,
                        tr("a demand needs the capacity of every member; give each member a capacity"));
            else if (g.demand > totalCapacity * (1.0 + 1e-12))
                c.error(t, g.id, g.name, u"demand"_s,
                        tr("demand %1 exceeds the total capacity %2 of all members: the group is overloaded even with every member up")
                            .arg(g.demand).arg(totalCapacity));
        }
        if (!(g.ceiling > 0.0 && g.ceiling <= 1.0))
            c.error(t, g.id, g.name, u"ceiling"_s,
                    tr("must be greater than 0 and at most 1 (found %1); write 80 % as 0.8").arg(g.ceiling));
        if (g.maxUnavailable < 0 || g.maxUnavailable > g.members.size())
            c.error(t, g.id, g.name, u"max_unavailable"_s,
                    tr("must be between 0 and the number of members (found %1)").arg(g.maxUnavailable));
        if (g.minAvailable < 0 || g.minAvailable > g.members.size())
            c.error(t, g.id, g.name, u"min_available"_s,
                    tr("must be between 0 and the number of members (found %1)").arg(g.minAvailable));
        if (!(g.dormantFactor >= 0.0 && g.dormantFactor <= 1.0))
            c.error(t, g.id, g.name, u"dormant_factor"_s, tr("must be between 0 and 1 (found %1)").arg(g.dormantFactor));
        c.inRange(t, g.id, g.name, u"rebuild_hours"_s, g.rebuildHours, true, limits::maxRepairHours, tr(" hours"));
        if (!(g.rebuildStress >= 1.0 && g.rebuildStress <= 1e6))
            c.error(t, g.id, g.name, u"rebuild_stress"_s,
                    tr("must be between 1 and 1000000 (1 means no extra stress; found %1)").arg(g.rebuildStress));

        c.nonNegative(t, g.id, g.name, u"health_check_interval_seconds"_s, g.healthCheckIntervalSeconds);
        if (g.unhealthyThreshold < 0 || g.unhealthyThreshold > 1000)
            c.error(t, g.id, g.name, u"unhealthy_threshold"_s,
                    tr("must be between 0 and 1000 (found %1)").arg(g.unhealthyThreshold));
        c.nonNegative(t, g.id, g.name, u"detection_seconds"_s, g.detectionSeconds);
        if (g.policy == RedundancyPolicy::ActivePassive && g.detectionTime() > 0.0)
            c.warning(t, g.id, g.name, u"detection_seconds"_s,
                      tr("health-check detection applies to active-active groups; an active-passive group detects "
                         "failures through its failover links"));
        c.checkSchedule(t, g.id, g.name, u"maintenance_interval_hours"_s, g.maintenanceIntervalHours,
                        u"maintenance_duration_hours"_s, g.maintenanceDurationHours, double(g.members.size()));
        const int steps = g.maxUnavailable > 0 ? int((g.members.size() + g.maxUnavailable - 1) / g.maxUnavailable) : 1;
        c.checkSchedule(t, g.id, g.name, u"rolling_update_interval_hours"_s, g.rollingUpdateIntervalHours,
                        u"rolling_update_step_hours"_s, g.rollingUpdateStepHours, double(steps));
        if (g.rollingUpdateIntervalHours > 0.0 && g.maxUnavailable < 1)
            c.error(t, g.id, g.name, u"max_unavailable"_s,
                    tr("a rolling update takes members down max_unavailable at a time: give at least 1"));

        const CommonCauseModel &ccf = g.commonCause;
        const auto &f = ccf.factors;
        auto inUnit = [&](double x) { return x >= 0.0 && x <= 1.0; };
        switch (ccf.type) {
        case CommonCauseType::None: break;
        case CommonCauseType::BetaFactor:
            if (f.size() != 1 || !inUnit(f.first()))
                c.error(t, g.id, g.name, u"common_cause.factors"_s, tr("beta-factor needs one factor β between 0 and 1"));
            break;
        case CommonCauseType::MultipleGreekLetter:
            if (f.isEmpty() || f.size() > g.members.size() - 1
                || !std::all_of(f.begin(), f.end(), inUnit))
                c.error(t, g.id, g.name, u"common_cause.factors"_s,
                        tr("multiple Greek letter needs 1 to %1 factors (β, γ, ...) between 0 and 1")
                            .arg(std::max<qsizetype>(1, g.members.size() - 1)));
            break;
        case CommonCauseType::AlphaFactor: {
            double sum = 0.0;
            for (double x : f) sum += x;
            if (f.size() != g.members.size() || !std::all_of(f.begin(), f.end(), inUnit) || std::fabs(sum - 1.0) > 1e-6)
                c.error(t, g.id, g.name, u"common_cause.factors"_s,
                        tr("alpha-factor needs one factor per member (%1), each between 0 and 1, summing to 1")
                            .arg(g.members.size()));
            break;
        }
        }
        if (ccf.type != CommonCauseType::None && g.members.size() < 2)
            c.error(t, g.id, g.name, u"common_cause"_s, tr("common-cause failure needs at least two members"));
    }

    // Failover links.
    for (const FailoverLink &l : m.failovers) {
        const ElementType t = ElementType::FailoverLink;
        const bool okFrom = c.checkRef(t, l.id, QString(), u"from"_s, l.from, {ElementType::Component});
        const bool okTo = c.checkRef(t, l.id, QString(), u"to"_s, l.to, {ElementType::Component});
        if (okFrom && okTo) {
            const RedundancyGroup *g = m.group(memberOf.value(l.from));
            if (l.from == l.to)
                c.error(t, l.id, QString(), u"to"_s, tr("a component cannot fail over to itself"));
            else if (!g || !g->members.contains(l.to) || g->policy != RedundancyPolicy::ActivePassive)
                c.error(t, l.id, QString(), u"to"_s,
                        tr("'%1' and '%2' must both be members of one active-passive redundancy group")
                            .arg(m.displayName(l.from), m.displayName(l.to)));
        }
        if (!(l.coverage >= 0.0 && l.coverage <= 1.0))
            c.error(t, l.id, QString(), u"coverage"_s,
                    tr("must be a probability between 0 and 1 (found %1)").arg(l.coverage));
        c.nonNegative(t, l.id, QString(), u"detection_seconds"_s, l.detectionSeconds);
        c.nonNegative(t, l.id, QString(), u"heartbeat_interval_seconds"_s, l.heartbeatIntervalSeconds);
        c.nonNegative(t, l.id, QString(), u"heartbeat_misses"_s, l.heartbeatMisses);
        c.nonNegative(t, l.id, QString(), u"lease_seconds"_s, l.leaseSeconds);
        c.nonNegative(t, l.id, QString(), u"promotion_seconds"_s, l.promotionSeconds);
        c.nonNegative(t, l.id, QString(), u"reconnect_seconds"_s, l.reconnectSeconds);
        c.nonNegative(t, l.id, QString(), u"human_response_seconds"_s, l.humanResponseSeconds);
        for (const QString &need : l.needs)
            c.checkRef(t, l.id, QString(), u"requires"_s, need, nodeTypes);
        c.checkRef(t, l.id, QString(), u"mechanism"_s, l.mechanism, {ElementType::Component}, true);
        if (l.mechanismInSeries && l.mechanism.isEmpty())
            c.error(t, l.id, QString(), u"mechanism_in_series"_s, tr("needs a mechanism component"));
        c.nonNegative(t, l.id, QString(), u"failback_seconds"_s, l.failbackSeconds);
        if (l.failback == Failback::None && l.failbackSeconds > 0.0)
            c.warning(t, l.id, QString(), u"failback_seconds"_s,
                      tr("ignored: failback is 'none' (the standby stays primary after the repair)"));
        c.inRange(t, l.id, QString(), u"test_interval_hours"_s, l.testIntervalHours, true, limits::maxRepairHours,
                  tr(" hours"));
    }

    // Replication links.
    for (const ReplicationLink &l : m.replications) {
        const ElementType t = ElementType::ReplicationLink;
        c.checkRef(t, l.id, QString(), u"from"_s, l.from, {ElementType::Component});
        c.checkRef(t, l.id, QString(), u"to"_s, l.to, {ElementType::Component});
        if (!l.from.isEmpty() && l.from == l.to)
            c.error(t, l.id, QString(), u"to"_s, tr("a store cannot replicate to itself"));
        c.nonNegative(t, l.id, QString(), u"lag_seconds"_s, l.lagSeconds);
        c.nonNegative(t, l.id, QString(), u"distance_km"_s, l.distanceKm);
        c.nonNegative(t, l.id, QString(), u"rtt_ms"_s, l.rttMs);
        c.nonNegative(t, l.id, QString(), u"lag_alert_threshold_seconds"_s, l.lagAlertThresholdSeconds);
        if (!(l.routeFactor >= 1.0 && l.routeFactor <= 100.0))
            c.error(t, l.id, QString(), u"route_factor"_s,
                    tr("must be between 1 and 100: a fibre route is never shorter than the straight line (found %1)").arg(l.routeFactor));
        c.checkRef(t, l.id, QString(), u"lag_alert_route"_s, l.lagAlertRoute, {ElementType::Component}, true);
        for (const QString &writer : l.writers)
            c.checkRef(t, l.id, QString(), u"writers"_s, writer, {ElementType::Service});
        if (l.fallsBackToAsync && l.mode != ReplicationMode::Synchronous)
            c.warning(t, l.id, QString(), u"falls_back_to_async"_s, tr("ignored: the link is already asynchronous"));
    }

    // Quorum groups.
    for (const QuorumGroup &q : m.quorums) {
        const ElementType t = ElementType::QuorumGroup;
        if (q.voters.isEmpty())
            c.error(t, q.id, q.name, u"voters"_s, tr("a quorum group needs voters"));
        for (const QString &v : q.voters)
            c.checkRef(t, q.id, q.name, u"voters"_s, v, {ElementType::Component});
        if (q.voters.size() != QSet<QString>(q.voters.begin(), q.voters.end()).size())
            c.error(t, q.id, q.name, u"voters"_s, tr("lists a voter more than once"));
        if (q.kind == QuorumKind::Tunable) {
            const int n = q.replicaCount();
            if (q.n < 0 || q.n > q.voters.size())
                c.error(t, q.id, q.name, u"n"_s,
                        tr("must be between 1 and the number of replicas drawn (%1; found %2)").arg(q.voters.size()).arg(q.n));
            if (q.w < 1 || q.w > n)
                c.error(t, q.id, q.name, u"w"_s, tr("must be between 1 and N = %1 (found %2)").arg(n).arg(q.w));
            if (q.r < 1 || q.r > n)
                c.error(t, q.id, q.name, u"r"_s, tr("must be between 1 and N = %1 (found %2)").arg(n).arg(q.r));
        }
    }

    // Services.
    for (const Service &s : m.services) {
        const ElementType t = ElementType::Service;
        c.checkRef(t, s.id, s.name, u"entry"_s, s.entry, nodeTypes);
        if (s.availabilityTarget && !(*s.availabilityTarget > 0.0 && *s.availabilityTarget < 1.0))
            c.error(t, s.id, s.name, u"availability_target"_s,
                    tr("must be between 0 and 1, e.g. 0.9995 for 99.95 % (found %1)").arg(*s.availabilityTarget));
        if (s.rtoSeconds)
            c.nonNegative(t, s.id, s.name, u"rto_seconds"_s, *s.rtoSeconds);
        if (s.rpoSeconds)
            c.nonNegative(t, s.id, s.name, u"rpo_seconds"_s, *s.rpoSeconds);
        c.nonNegative(t, s.id, s.name, u"outage_cost_per_second"_s, s.outageCostPerSecond);
    }

    // Cycles: everything on a cycle would need itself to be up.
    for (const QStringList &cycle : dependencyCycles(m)) {
        QStringList names;
        for (const QString &id : cycle)
            names << m.displayName(id);
        const ElementRef ref = m.find(cycle.first());
        c.error(ref.isValid() ? ref.type : ElementType::Component, cycle.first(), m.nameOf(ref), QString(),
                tr("dependency cycle: %1").arg(names.join(u" \u2192 "_s)));
    }

    // Layout entries for elements that do not exist are dropped on save.
    for (auto it = m.layout.nodes.begin(); it != m.layout.nodes.end(); ++it)
        if (!seen.contains(it.key())) {
            Diagnostic d;
            d.severity = Diagnostic::Severity::Warning;
            d.file = file;
            d.field = u"layout.nodes."_s + it.key();
            d.message = tr("position of unknown element '%1' ignored").arg(it.key());
            out << d;
        }
    return out;
}

} // namespace nf
