#include "properties.h"

#include "document.h"
#include "kindlabels.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace nf {

namespace {

using Editor = PropertyDef::Editor;

// A property stored in a plain member of element type T.
template<typename T, typename M>
PropertyDef member(const QString &key, const QString &label, const QString &section, Editor editor, M T::*field)
{
    PropertyDef d;
    d.key = key;
    d.label = label;
    d.section = section;
    d.editor = editor;
    d.get = [field](const ElementValue &v) { return QVariant::fromValue(std::get<T>(v).*field); };
    d.set = [field](ElementValue &v, const QVariant &x) { std::get<T>(v).*field = x.value<M>(); };
    return d;
}

// A property of type std::optional<double>: empty text clears it.
template<typename T>
PropertyDef optionalNumber(const QString &key, const QString &label, const QString &section, Editor editor,
                           std::optional<double> T::*field)
{
    PropertyDef d;
    d.key = key;
    d.label = label;
    d.section = section;
    d.editor = editor;
    d.optional = true;
    d.get = [field](const ElementValue &v) {
        const auto &o = std::get<T>(v).*field;
        return o ? QVariant(*o) : QVariant();
    };
    d.set = [field](ElementValue &v, const QVariant &x) {
        std::get<T>(v).*field = x.isValid() ? std::optional<double>(x.toDouble()) : std::nullopt;
    };
    return d;
}

template<typename E>
QList<QPair<QString, QString>> choices(std::initializer_list<std::pair<E, QString>> list)
{
    QList<QPair<QString, QString>> out;
    for (const auto &[e, label] : list)
        out << qMakePair(kinds::toString(e), label);
    return out;
}

// An enum property stored as its file identifier.
template<typename T, typename E>
PropertyDef choice(const QString &key, const QString &label, const QString &section, E T::*field,
                   std::optional<E> (*parse)(const QString &), QList<QPair<QString, QString>> options)
{
    PropertyDef d;
    d.key = key;
    d.label = label;
    d.section = section;
    d.editor = Editor::Choice;
    d.choices = std::move(options);
    d.get = [field](const ElementValue &v) { return QVariant(kinds::toString(std::get<T>(v).*field)); };
    d.set = [field, parse](ElementValue &v, const QVariant &x) {
        if (const auto e = parse(x.toString()))
            std::get<T>(v).*field = *e;
    };
    return d;
}

PropertyDef seconds(PropertyDef d)
{
    d.unit = Units::Time::Seconds;
    return d;
}

// A duration stored in hours.
template<typename T>
PropertyDef hours(const QString &key, const QString &label, const QString &section, double T::*field)
{
    PropertyDef d = member<T>(key, label, section, Editor::Duration, field);
    d.unit = Units::Time::Hours;
    return d;
}

// The failure parameters shared by components and containers.
template<typename T>
void addFailure(QList<PropertyDef> &defs)
{
    const QString section = Properties::tr("Failure and repair");
    PropertyDef mode;
    mode.key = u"failure_mode"_s;
    mode.label = Properties::tr("Fails");
    mode.section = section;
    mode.editor = Editor::Choice;
    mode.choices = {{u"perfect"_s, Properties::tr("Never (perfect)")},
                    {u"rates"_s, Properties::tr("MTBF and MTTR")},
                    {u"fixed"_s, Properties::tr("Fixed availability (SLA)")}};
    mode.get = [](const ElementValue &v) {
        switch (std::get<T>(v).failure.mode) {
        case FailureModel::Mode::Perfect: return QVariant(u"perfect"_s);
        case FailureModel::Mode::Rates: return QVariant(u"rates"_s);
        case FailureModel::Mode::FixedAvailability: return QVariant(u"fixed"_s);
        }
        return QVariant();
    };
    mode.set = [](ElementValue &v, const QVariant &x) {
        FailureModel &f = std::get<T>(v).failure;
        const QString m = x.toString();
        if (m == u"perfect"_s) {
            f.mode = FailureModel::Mode::Perfect;
        } else if (m == u"rates"_s && f.mode != FailureModel::Mode::Rates) {
            const double a = f.steadyAvailability();
            f.mode = FailureModel::Mode::Rates;
            if (!(f.mttrHours > 0))
                f.mttrHours = 1.0;
            // Keep the availability the element had, where there was one.
            f.mtbfHours = a < 1.0 && a > 0.0 ? f.mttrHours * a / (1.0 - a) : 8760.0;
        } else if (m == u"fixed"_s && f.mode != FailureModel::Mode::FixedAvailability) {
            const double a = f.canFail() ? f.steadyAvailability() : 0.999;
            f.mode = FailureModel::Mode::FixedAvailability;
            f.availability = a;
        }
    };
    defs << mode;

    auto failureNumber = [&](const QString &key, const QString &label, Editor editor, double FailureModel::*field,
                             std::function<bool(const FailureModel &)> visible) {
        PropertyDef d;
        d.key = key;
        d.label = label;
        d.section = section;
        d.editor = editor;
        d.unit = Units::Time::Hours;
        d.get = [field](const ElementValue &v) { return QVariant(std::get<T>(v).failure.*field); };
        d.set = [field](ElementValue &v, const QVariant &x) { std::get<T>(v).failure.*field = x.toDouble(); };
        d.visible = [visible](const ElementValue &v) { return visible(std::get<T>(v).failure); };
        return d;
    };
    defs << failureNumber(u"mtbf_hours"_s, Properties::tr("MTBF"), Editor::Duration, &FailureModel::mtbfHours,
                          [](const FailureModel &f) { return f.mode == FailureModel::Mode::Rates; });
    defs << failureNumber(u"availability"_s, Properties::tr("Availability"), Editor::Percent,
                          &FailureModel::availability,
                          [](const FailureModel &f) { return f.mode == FailureModel::Mode::FixedAvailability; });
    defs << failureNumber(u"mttr_hours"_s, Properties::tr("MTTR"), Editor::Duration, &FailureModel::mttrHours,
                          [](const FailureModel &f) { return f.mode != FailureModel::Mode::Perfect; });
}

QList<PropertyDef> componentDefs()
{
    QList<PropertyDef> defs;
    const QString general = Properties::tr("General");
    defs << member<Component>(u"name"_s, Properties::tr("Name"), general, Editor::Text, &Component::name);
    QList<QPair<QString, QString>> kindChoices;
    for (ComponentKind k : KindLabels::allComponentKinds())
        kindChoices << qMakePair(kinds::toString(k), KindLabels::component(k));
    defs << choice<Component>(u"kind"_s, Properties::tr("Kind"), general, &Component::kind, &kinds::componentKind,
                              kindChoices);
    defs << member<Component>(u"description"_s, Properties::tr("Description"), general, Editor::LongText,
                              &Component::description);
    defs << member<Component>(u"tags"_s, Properties::tr("Tags"), general, Editor::Tags, &Component::tags);
    PropertyDef attended = member<Component>(u"attended"_s, Properties::tr("Somebody watches it"), general,
                                             Editor::Bool, &Component::attended);
    attended.toolTip = Properties::tr("Off: alerts sent here reach nobody (an unwatched mailbox).");
    attended.visible = [](const ElementValue &v) {
        const auto k = std::get<Component>(v).kind;
        return k == ComponentKind::Monitoring || k == ComponentKind::OnCall;
    };
    defs << attended;
    addFailure<Component>(defs);
    const QString capacity = Properties::tr("Capacity and cost");
    PropertyDef cap = member<Component>(u"capacity"_s, Properties::tr("Capacity"), capacity, Editor::Number,
                                        &Component::capacity);
    cap.suffix = u"{load}"_s;
    cap.toolTip = Properties::tr("Load one instance can serve (0: not given).");
    defs << cap;
    PropertyDef cost = member<Component>(u"cost_per_month"_s, Properties::tr("Cost per month"), capacity,
                                         Editor::Number, &Component::costPerMonth);
    cost.suffix = u"{currency}"_s;
    defs << cost;
    PropertyDef acks = member<Component>(u"sync_acks"_s, Properties::tr("Synchronous acknowledgements"), capacity,
                                         Editor::Integer, &Component::syncAcks);
    acks.toolTip = Properties::tr("A store with synchronous replicas: how many of them a write waits for "
                                  "(0: all of them).");
    defs << acks;
    const QString planned = Properties::tr("Maintenance and tests");
    PropertyDef every = hours<Component>(u"maintenance_interval_hours"_s, Properties::tr("Maintenance every"), planned,
                                         &Component::maintenanceIntervalHours);
    every.toolTip = Properties::tr("Planned maintenance (patching): how often the component is taken down (0: never).");
    defs << every;
    defs << hours<Component>(u"maintenance_duration_hours"_s, Properties::tr("Maintenance takes"), planned,
                             &Component::maintenanceDurationHours);
    PropertyDef tests = hours<Component>(u"test_interval_hours"_s, Properties::tr("Tested every"), planned,
                                         &Component::testIntervalHours);
    tests.toolTip = Properties::tr("A standby or backup whose failures only a test reveals: how often it is tested "
                                   "(0: its failures show at once).");
    defs << tests;
    defs << hours<Component>(u"test_duration_hours"_s, Properties::tr("Test takes"), planned,
                             &Component::testDurationHours);
    return defs;
}

QList<PropertyDef> containerDefs()
{
    QList<PropertyDef> defs;
    const QString general = Properties::tr("General");
    defs << member<Container>(u"name"_s, Properties::tr("Name"), general, Editor::Text, &Container::name);
    QList<QPair<QString, QString>> kindChoices;
    for (ContainerKind k : KindLabels::allContainerKinds())
        kindChoices << qMakePair(kinds::toString(k), KindLabels::container(k));
    defs << choice<Container>(u"kind"_s, Properties::tr("Kind"), general, &Container::kind, &kinds::containerKind,
                              kindChoices);
    defs << member<Container>(u"description"_s, Properties::tr("Description"), general, Editor::LongText,
                              &Container::description);
    addFailure<Container>(defs);
    return defs;
}

QList<PropertyDef> dependencyDefs()
{
    QList<PropertyDef> defs;
    const QString general = Properties::tr("General");
    defs << choice<DependencyLink>(u"kind"_s, Properties::tr("Kind"), general, &DependencyLink::kind,
                                   &kinds::dependencyKind,
                                   choices<DependencyKind>({{DependencyKind::Requires, Properties::tr("Requires")},
                                                            {DependencyKind::Traffic, Properties::tr("Traffic (request flow)")}}));
    defs << member<DependencyLink>(u"description"_s, Properties::tr("Description"), general, Editor::LongText,
                                   &DependencyLink::description);
    const QString resilience = Properties::tr("Resilience");
    defs << member<DependencyLink>(u"retries"_s, Properties::tr("Retries"), resilience, Editor::Integer,
                                   &DependencyLink::retries);
    PropertyDef fallback = member<DependencyLink>(u"fallback"_s, Properties::tr("Fallback"), resilience,
                                                  Editor::Reference, &DependencyLink::fallback);
    fallback.optional = true;
    fallback.referenceTypes = {ElementType::Component, ElementType::RedundancyGroup, ElementType::QuorumGroup};
    fallback.toolTip = Properties::tr("What a circuit breaker uses while the target is down.");
    defs << fallback;
    return defs;
}

QList<PropertyDef> groupDefs()
{
    QList<PropertyDef> defs;
    const QString general = Properties::tr("General");
    defs << member<RedundancyGroup>(u"name"_s, Properties::tr("Name"), general, Editor::Text, &RedundancyGroup::name);
    defs << member<RedundancyGroup>(u"description"_s, Properties::tr("Description"), general, Editor::LongText,
                                    &RedundancyGroup::description);
    PropertyDef members = member<RedundancyGroup>(u"members"_s, Properties::tr("Members"), general, Editor::IdList,
                                                  &RedundancyGroup::members);
    members.referenceTypes = {ElementType::Component};
    members.toolTip = Properties::tr("Component ids, the primary first for active-passive.");
    defs << members;
    const QString policy = Properties::tr("Redundancy policy");
    defs << choice<RedundancyGroup>(u"policy"_s, Properties::tr("Policy"), policy, &RedundancyGroup::policy,
                                    &kinds::redundancyPolicy,
                                    choices<RedundancyPolicy>({{RedundancyPolicy::ActiveActive, Properties::tr("Active-active")},
                                                               {RedundancyPolicy::ActivePassive, Properties::tr("Active-passive")}}));
    auto activePassive = [](const ElementValue &v) {
        return std::get<RedundancyGroup>(v).policy == RedundancyPolicy::ActivePassive;
    };
    PropertyDef standby = choice<RedundancyGroup>(u"standby"_s, Properties::tr("Standby"), policy,
                                                  &RedundancyGroup::standby, &kinds::standbyMode,
                                                  choices<StandbyMode>({{StandbyMode::Hot, Properties::tr("Hot")},
                                                                        {StandbyMode::Warm, Properties::tr("Warm")},
                                                                        {StandbyMode::Cold, Properties::tr("Cold")}}));
    standby.visible = activePassive;
    defs << standby;
    PropertyDef dormant = member<RedundancyGroup>(u"dormant_factor"_s, Properties::tr("Dormant failure factor"), policy,
                                                  Editor::Number, &RedundancyGroup::dormantFactor);
    dormant.visible = [](const ElementValue &v) {
        const auto &g = std::get<RedundancyGroup>(v);
        return g.policy == RedundancyPolicy::ActivePassive && g.standby == StandbyMode::Warm;
    };
    defs << dormant;
    defs << member<RedundancyGroup>(u"declared_n"_s, Properties::tr("Declared N"), policy, Editor::Integer,
                                    &RedundancyGroup::declaredN);
    defs << member<RedundancyGroup>(u"declared_m"_s, Properties::tr("Declared M"), policy, Editor::Integer,
                                    &RedundancyGroup::declaredM);
    const QString load = Properties::tr("Load and maintenance");
    PropertyDef demand = member<RedundancyGroup>(u"demand"_s, Properties::tr("Demand"), load, Editor::Number,
                                                 &RedundancyGroup::demand);
    demand.suffix = u"{load}"_s;
    defs << demand;
    defs << member<RedundancyGroup>(u"ceiling"_s, Properties::tr("Utilisation ceiling"), load, Editor::Percent,
                                    &RedundancyGroup::ceiling);
    defs << member<RedundancyGroup>(u"max_unavailable"_s, Properties::tr("Max unavailable (rolling update)"), load,
                                    Editor::Integer, &RedundancyGroup::maxUnavailable);
    defs << member<RedundancyGroup>(u"min_available"_s, Properties::tr("Min available (disruption budget)"), load,
                                    Editor::Integer, &RedundancyGroup::minAvailable);
    auto activeActive = [](const ElementValue &v) {
        return std::get<RedundancyGroup>(v).policy == RedundancyPolicy::ActiveActive;
    };
    PropertyDef rollEvery = hours<RedundancyGroup>(u"rolling_update_interval_hours"_s,
                                                   Properties::tr("Rolling update every"), load,
                                                   &RedundancyGroup::rollingUpdateIntervalHours);
    rollEvery.toolTip = Properties::tr("How often a rolling update takes members down, max unavailable at a time "
                                       "(0: never).");
    defs << rollEvery;
    defs << hours<RedundancyGroup>(u"rolling_update_step_hours"_s, Properties::tr("Each update step takes"), load,
                                   &RedundancyGroup::rollingUpdateStepHours);
    defs << hours<RedundancyGroup>(u"maintenance_interval_hours"_s, Properties::tr("Maintenance of each member every"),
                                   load, &RedundancyGroup::maintenanceIntervalHours);
    defs << hours<RedundancyGroup>(u"maintenance_duration_hours"_s, Properties::tr("Maintenance takes"), load,
                                   &RedundancyGroup::maintenanceDurationHours);
    const QString health = Properties::tr("Health checks");
    PropertyDef interval = seconds(member<RedundancyGroup>(u"health_check_interval_seconds"_s,
                                                           Properties::tr("Check interval"), health, Editor::Duration,
                                                           &RedundancyGroup::healthCheckIntervalSeconds));
    interval.visible = activeActive;
    defs << interval;
    PropertyDef threshold = member<RedundancyGroup>(u"unhealthy_threshold"_s, Properties::tr("Unhealthy threshold"),
                                                    health, Editor::Integer, &RedundancyGroup::unhealthyThreshold);
    threshold.toolTip = Properties::tr("Failed checks in a row before a member is taken out.");
    threshold.visible = activeActive;
    defs << threshold;
    PropertyDef detection = seconds(member<RedundancyGroup>(u"detection_seconds"_s, Properties::tr("Detection"),
                                                            health, Editor::Duration,
                                                            &RedundancyGroup::detectionSeconds));
    detection.toolTip = Properties::tr("How long a dead member keeps receiving requests (when no interval and "
                                       "threshold are given).");
    detection.visible = activeActive;
    defs << detection;
    const QString ccf = Properties::tr("Common-cause failure");
    PropertyDef ccfType;
    ccfType.key = u"common_cause"_s;
    ccfType.label = Properties::tr("Model");
    ccfType.section = ccf;
    ccfType.editor = Editor::Choice;
    ccfType.choices = choices<CommonCauseType>({{CommonCauseType::None, Properties::tr("None")},
                                                {CommonCauseType::BetaFactor, Properties::tr("Beta factor")},
                                                {CommonCauseType::MultipleGreekLetter, Properties::tr("Multiple Greek letter")},
                                                {CommonCauseType::AlphaFactor, Properties::tr("Alpha factor")}});
    ccfType.get = [](const ElementValue &v) {
        return QVariant(kinds::toString(std::get<RedundancyGroup>(v).commonCause.type));
    };
    ccfType.set = [](ElementValue &v, const QVariant &x) {
        auto &c = std::get<RedundancyGroup>(v).commonCause;
        const auto t = kinds::commonCauseType(x.toString());
        if (!t || *t == c.type)
            return;
        c.type = *t;
        const auto n = std::get<RedundancyGroup>(v).members.size();
        switch (*t) { // a valid starting point for each model
        case CommonCauseType::None: c.factors.clear(); break;
        case CommonCauseType::BetaFactor:
        case CommonCauseType::MultipleGreekLetter: c.factors = {0.05}; break;
        case CommonCauseType::AlphaFactor:
            c.factors.clear();
            for (qsizetype i = 0; i < n; ++i)
                c.factors << (i == 0 ? 0.95 : (n > 1 ? 0.05 / double(n - 1) : 0.0));
            break;
        }
    };
    defs << ccfType;
    PropertyDef factors;
    factors.key = u"common_cause.factors"_s;
    factors.label = Properties::tr("Factors");
    factors.section = ccf;
    factors.editor = Editor::NumberList;
    factors.get = [](const ElementValue &v) {
        QVariantList out;
        for (double f : std::get<RedundancyGroup>(v).commonCause.factors)
            out << f;
        return QVariant(out);
    };
    factors.set = [](ElementValue &v, const QVariant &x) {
        QList<double> out;
        for (const QVariant &f : x.toList())
            out << f.toDouble();
        std::get<RedundancyGroup>(v).commonCause.factors = out;
    };
    factors.visible = [](const ElementValue &v) {
        return std::get<RedundancyGroup>(v).commonCause.type != CommonCauseType::None;
    };
    defs << factors;
    const QString rebuild = Properties::tr("Rebuild (arrays)");
    PropertyDef rebuildHours = member<RedundancyGroup>(u"rebuild_hours"_s, Properties::tr("Rebuild time"), rebuild,
                                                       Editor::Duration, &RedundancyGroup::rebuildHours);
    rebuildHours.unit = Units::Time::Hours;
    defs << rebuildHours;
    defs << member<RedundancyGroup>(u"rebuild_stress"_s, Properties::tr("Stress while rebuilding"), rebuild,
                                    Editor::Number, &RedundancyGroup::rebuildStress);
    return defs;
}

QList<PropertyDef> failoverDefs()
{
    QList<PropertyDef> defs;
    const QString general = Properties::tr("General");
    defs << member<FailoverLink>(u"description"_s, Properties::tr("Description"), general, Editor::LongText,
                                 &FailoverLink::description);
    defs << member<FailoverLink>(u"automatic"_s, Properties::tr("Automatic"), general, Editor::Bool,
                                 &FailoverLink::automatic);
    PropertyDef coverage = member<FailoverLink>(u"coverage"_s, Properties::tr("Coverage"), general, Editor::Percent,
                                                &FailoverLink::coverage);
    coverage.toolTip = Properties::tr("Probability that the switch-over works when needed.");
    defs << coverage;
    const QString timing = Properties::tr("Timing");
    defs << seconds(member<FailoverLink>(u"detection_seconds"_s, Properties::tr("Detection"), timing, Editor::Duration,
                                         &FailoverLink::detectionSeconds));
    defs << seconds(member<FailoverLink>(u"heartbeat_interval_seconds"_s, Properties::tr("Heartbeat interval"), timing,
                                         Editor::Duration, &FailoverLink::heartbeatIntervalSeconds));
    defs << member<FailoverLink>(u"heartbeat_misses"_s, Properties::tr("Missed heartbeats"), timing, Editor::Integer,
                                 &FailoverLink::heartbeatMisses);
    defs << seconds(member<FailoverLink>(u"lease_seconds"_s, Properties::tr("Lease"), timing, Editor::Duration,
                                         &FailoverLink::leaseSeconds));
    defs << seconds(member<FailoverLink>(u"promotion_seconds"_s, Properties::tr("Promotion"), timing, Editor::Duration,
                                         &FailoverLink::promotionSeconds));
    defs << seconds(member<FailoverLink>(u"reconnect_seconds"_s, Properties::tr("Client reconnect / DNS TTL"), timing,
                                         Editor::Duration, &FailoverLink::reconnectSeconds));
    PropertyDef human = seconds(member<FailoverLink>(u"human_response_seconds"_s, Properties::tr("Human response"),
                                                     timing, Editor::Duration, &FailoverLink::humanResponseSeconds));
    human.visible = [](const ElementValue &v) { return !std::get<FailoverLink>(v).automatic; };
    defs << human;
    const QString mechanism = Properties::tr("Mechanism");
    PropertyDef needs = member<FailoverLink>(u"requires"_s, Properties::tr("Needs"), mechanism, Editor::IdList,
                                             &FailoverLink::needs);
    needs.referenceTypes = {ElementType::Component, ElementType::RedundancyGroup, ElementType::QuorumGroup};
    needs.toolTip = Properties::tr("Element ids that must be up for the failover to work.");
    defs << needs;
    PropertyDef mech = member<FailoverLink>(u"mechanism"_s, Properties::tr("Performed by"), mechanism,
                                            Editor::Reference, &FailoverLink::mechanism);
    mech.optional = true;
    mech.referenceTypes = {ElementType::Component};
    defs << mech;
    defs << member<FailoverLink>(u"mechanism_in_series"_s, Properties::tr("Mechanism can cause outages"), mechanism,
                                 Editor::Bool, &FailoverLink::mechanismInSeries);
    defs << choice<FailoverLink>(u"fencing"_s, Properties::tr("Fencing"), mechanism, &FailoverLink::fencing,
                                 &kinds::fencing,
                                 choices<Fencing>({{Fencing::None, Properties::tr("None")},
                                                   {Fencing::Quorum, Properties::tr("Quorum")},
                                                   {Fencing::Lease, Properties::tr("Lease")},
                                                   {Fencing::Stonith, Properties::tr("STONITH")}}));
    const QString after = Properties::tr("Failback and tests");
    defs << choice<FailoverLink>(u"failback"_s, Properties::tr("Failback"), after, &FailoverLink::failback,
                                 &kinds::failback,
                                 choices<Failback>({{Failback::None, Properties::tr("None (stay on the standby)")},
                                                    {Failback::Automatic, Properties::tr("Automatic")},
                                                    {Failback::Manual, Properties::tr("Manual")}}));
    PropertyDef failback = seconds(member<FailoverLink>(u"failback_seconds"_s, Properties::tr("Failback interruption"),
                                                        after, Editor::Duration, &FailoverLink::failbackSeconds));
    failback.visible = [](const ElementValue &v) { return std::get<FailoverLink>(v).failback != Failback::None; };
    defs << failback;
    PropertyDef drill = hours<FailoverLink>(u"test_interval_hours"_s, Properties::tr("Exercised every"), after,
                                            &FailoverLink::testIntervalHours);
    drill.toolTip = Properties::tr("How often the failover is tested on purpose; between tests a broken standby "
                                   "stays hidden (0: never).");
    defs << drill;
    return defs;
}

QList<PropertyDef> replicationDefs()
{
    QList<PropertyDef> defs;
    const QString general = Properties::tr("General");
    defs << member<ReplicationLink>(u"description"_s, Properties::tr("Description"), general, Editor::LongText,
                                    &ReplicationLink::description);
    defs << choice<ReplicationLink>(u"mode"_s, Properties::tr("Mode"), general, &ReplicationLink::mode,
                                    &kinds::replicationMode,
                                    choices<ReplicationMode>({{ReplicationMode::Synchronous, Properties::tr("Synchronous")},
                                                              {ReplicationMode::Asynchronous, Properties::tr("Asynchronous")}}));
    PropertyDef lag = seconds(member<ReplicationLink>(u"lag_seconds"_s, Properties::tr("Lag"), general,
                                                      Editor::Duration, &ReplicationLink::lagSeconds));
    lag.visible = [](const ElementValue &v) { return std::get<ReplicationLink>(v).mode == ReplicationMode::Asynchronous; };
    defs << lag;
    const QString distance = Properties::tr("Distance");
    PropertyDef km = member<ReplicationLink>(u"distance_km"_s, Properties::tr("Distance"), distance, Editor::Number,
                                             &ReplicationLink::distanceKm);
    km.suffix = Properties::tr("km");
    defs << km;
    PropertyDef rtt = member<ReplicationLink>(u"rtt_ms"_s, Properties::tr("Measured RTT"), distance, Editor::Number,
                                              &ReplicationLink::rttMs);
    rtt.suffix = Properties::tr("ms");
    defs << rtt;
    defs << member<ReplicationLink>(u"route_factor"_s, Properties::tr("Route factor"), distance, Editor::Number,
                                    &ReplicationLink::routeFactor);
    const QString alerts = Properties::tr("Lag alerts");
    PropertyDef route = member<ReplicationLink>(u"lag_alert_route"_s, Properties::tr("Alerts go to"), alerts,
                                                Editor::Reference, &ReplicationLink::lagAlertRoute);
    route.optional = true;
    route.referenceTypes = {ElementType::Component};
    defs << route;
    defs << seconds(member<ReplicationLink>(u"lag_alert_threshold_seconds"_s, Properties::tr("Alert threshold"), alerts,
                                            Editor::Duration, &ReplicationLink::lagAlertThresholdSeconds));
    const QString writes = Properties::tr("Writes");
    PropertyDef writers = member<ReplicationLink>(u"writers"_s, Properties::tr("Services writing through it"), writes,
                                                  Editor::IdList, &ReplicationLink::writers);
    writers.referenceTypes = {ElementType::Service};
    defs << writers;
    PropertyDef fallsBack = member<ReplicationLink>(u"falls_back_to_async"_s,
                                                    Properties::tr("Goes on alone when the replica is gone"), writes,
                                                    Editor::Bool, &ReplicationLink::fallsBackToAsync);
    fallsBack.toolTip = Properties::tr("Off: writes block while the synchronous replica is down.");
    fallsBack.visible = [](const ElementValue &v) {
        return std::get<ReplicationLink>(v).mode == ReplicationMode::Synchronous;
    };
    defs << fallsBack;
    return defs;
}

QList<PropertyDef> quorumDefs()
{
    QList<PropertyDef> defs;
    const QString general = Properties::tr("General");
    defs << member<QuorumGroup>(u"name"_s, Properties::tr("Name"), general, Editor::Text, &QuorumGroup::name);
    defs << member<QuorumGroup>(u"description"_s, Properties::tr("Description"), general, Editor::LongText,
                                &QuorumGroup::description);
    const QString quorum = Properties::tr("Quorum");
    defs << choice<QuorumGroup>(u"kind"_s, Properties::tr("Kind"), quorum, &QuorumGroup::kind, &kinds::quorumKind,
                                choices<QuorumKind>({{QuorumKind::Consensus, Properties::tr("Consensus (majority)")},
                                                     {QuorumKind::Tunable, Properties::tr("Tunable (N, W, R)")}}));
    PropertyDef voters = member<QuorumGroup>(u"voters"_s, Properties::tr("Voters"), quorum, Editor::IdList,
                                             &QuorumGroup::voters);
    voters.referenceTypes = {ElementType::Component};
    defs << voters;
    auto tunable = [](const ElementValue &v) { return std::get<QuorumGroup>(v).kind == QuorumKind::Tunable; };
    for (auto [key, label, field] : {std::tuple{u"n"_s, Properties::tr("N (replicas per key)"), &QuorumGroup::n},
                                     std::tuple{u"w"_s, Properties::tr("W (write acknowledgements)"), &QuorumGroup::w},
                                     std::tuple{u"r"_s, Properties::tr("R (read replies)"), &QuorumGroup::r}}) {
        PropertyDef d = member<QuorumGroup>(key, label, quorum, Editor::Integer, field);
        d.visible = tunable;
        defs << d;
    }
    return defs;
}

QList<PropertyDef> serviceDefs()
{
    QList<PropertyDef> defs;
    const QString general = Properties::tr("General");
    defs << member<Service>(u"name"_s, Properties::tr("Name"), general, Editor::Text, &Service::name);
    defs << member<Service>(u"description"_s, Properties::tr("Description"), general, Editor::LongText,
                            &Service::description);
    PropertyDef entry = member<Service>(u"entry"_s, Properties::tr("Served by"), general, Editor::Reference,
                                        &Service::entry);
    entry.referenceTypes = {ElementType::Component, ElementType::RedundancyGroup, ElementType::QuorumGroup};
    defs << entry;
    defs << member<Service>(u"required"_s, Properties::tr("Required for the system"), general, Editor::Bool,
                            &Service::required);
    const QString req = Properties::tr("Requirements");
    defs << optionalNumber<Service>(u"availability_target"_s, Properties::tr("Availability target (SLO)"), req,
                                    Editor::Percent, &Service::availabilityTarget);
    PropertyDef rto = optionalNumber<Service>(u"rto_seconds"_s, Properties::tr("RTO"), req, Editor::Duration,
                                              &Service::rtoSeconds);
    rto.unit = Units::Time::Seconds;
    defs << rto;
    PropertyDef rpo = optionalNumber<Service>(u"rpo_seconds"_s, Properties::tr("RPO"), req, Editor::Duration,
                                              &Service::rpoSeconds);
    rpo.unit = Units::Time::Seconds;
    defs << rpo;
    PropertyDef cost = member<Service>(u"outage_cost_per_second"_s, Properties::tr("Outage cost per second"), req,
                                       Editor::Number, &Service::outageCostPerSecond);
    cost.suffix = u"{currency}"_s;
    defs << cost;
    defs << member<Service>(u"retryable"_s, Properties::tr("Users can retry"), req, Editor::Bool, &Service::retryable);
    defs << choice<Service>(u"slo_basis"_s, Properties::tr("SLO counts"), req, &Service::sloBasis, &kinds::sloBasis,
                            choices<SloBasis>({{SloBasis::Time, Properties::tr("Time")},
                                               {SloBasis::Requests, Properties::tr("Requests")}}));
    defs << member<Service>(u"planned_maintenance_counts"_s, Properties::tr("Planned maintenance counts"), req,
                            Editor::Bool, &Service::maintenanceCounts);
    defs << member<Service>(u"read_only"_s, Properties::tr("Read-only (writes do not count)"), req, Editor::Bool,
                            &Service::readOnly);
    return defs;
}

} // namespace

const QList<PropertyDef> &Properties::of(ElementType type)
{
    // Built on first use, after the translator is installed.
    static QHash<int, QList<PropertyDef>> cache;
    auto it = cache.find(int(type));
    if (it == cache.end()) {
        QList<PropertyDef> defs;
        switch (type) {
        case ElementType::Component: defs = componentDefs(); break;
        case ElementType::Container: defs = containerDefs(); break;
        case ElementType::Dependency: defs = dependencyDefs(); break;
        case ElementType::RedundancyGroup: defs = groupDefs(); break;
        case ElementType::FailoverLink: defs = failoverDefs(); break;
        case ElementType::ReplicationLink: defs = replicationDefs(); break;
        case ElementType::QuorumGroup: defs = quorumDefs(); break;
        case ElementType::Service: defs = serviceDefs(); break;
        }
        it = cache.insert(int(type), defs);
    }
    return *it;
}

const PropertyDef *Properties::find(ElementType type, const QString &key)
{
    for (const PropertyDef &d : of(type))
        if (d.key == key)
            return &d;
    return nullptr;
}

QString Properties::suffixFor(const PropertyDef &def, const Document &document)
{
    if (def.suffix == u"{load}"_s)
        return document.model().loadUnit;
    if (def.suffix == u"{currency}"_s)
        return document.model().currency;
    return def.suffix;
}

} // namespace nf
