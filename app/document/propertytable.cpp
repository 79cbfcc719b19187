#include "propertytable.h"

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
    d.unit = NumberFormat::Time::Seconds;
    return d;
}

// A duration stored in hours.
template<typename T>
PropertyDef hours(const QString &key, const QString &label, const QString &section, double T::*field)
{
    PropertyDef d = member<T>(key, label, section, Editor::Duration, field);
    d.unit = NumberFormat::Time::Hours;
    return d;
}

// The mission-time life distribution (no repair): exponential from the MTBF, or
// Weibull / lognormal with their own parameters.
template<typename T>
void addLifeDistribution(QList<PropertyDef> &defs, const QString &section)
{
    PropertyDef type;
    type.key = u"distribution.type"_s;
    type.label = PropertyTable::tr("Life distribution");
    type.section = section;
    type.editor = Editor::Choice;
    type.toolTip = PropertyTable::tr("How long it lives without repair, for R(t), the MTTF and the simulation.");
    type.choices = choices<DistributionType>({{DistributionType::Exponential, PropertyTable::tr("Exponential (from the MTBF)")},
                                              {DistributionType::Weibull, PropertyTable::tr("Weibull")},
                                              {DistributionType::Lognormal, PropertyTable::tr("Lognormal")}});
    type.get = [](const ElementValue &v) {
        const auto &d = std::get<T>(v).failure.distribution;
        return QVariant(kinds::toString(d ? d->type : DistributionType::Exponential));
    };
    type.set = [](ElementValue &v, const QVariant &x) {
        FailureModel &f = std::get<T>(v).failure;
        const auto t = kinds::distributionType(x.toString());
        if (!t)
            return;
        if (*t == DistributionType::Exponential) {
            f.distribution.reset();
            return;
        }
        // A valid starting point with the element's mean life where it has one.
        LifeDistribution d = f.distribution.value_or(LifeDistribution{});
        d.type = *t;
        const double mean = f.mode == FailureModel::Mode::Rates && f.mtbfHours > 0.0 ? f.mtbfHours : 8760.0;
        if (*t == DistributionType::Weibull && !(d.scaleHours > 0.0)) {
            d.shape = 1.5;
            d.scaleHours = mean;
        }
        if (*t == DistributionType::Lognormal && !(d.medianHours > 0.0)) {
            d.sigma = 1.0;
            d.medianHours = mean;
        }
        f.distribution = d;
    };
    type.visible = [](const ElementValue &v) { return std::get<T>(v).failure.mode != FailureModel::Mode::Perfect; };
    defs << type;
    auto parameter = [&](const QString &key, const QString &label, Editor editor, double LifeDistribution::*field,
                         DistributionType shownFor) {
        PropertyDef d;
        d.key = key;
        d.label = label;
        d.section = section;
        d.editor = editor;
        d.unit = NumberFormat::Time::Hours;
        d.get = [field](const ElementValue &v) {
            const auto &dist = std::get<T>(v).failure.distribution;
            return dist ? QVariant((*dist).*field) : QVariant(0.0);
        };
        d.set = [field](ElementValue &v, const QVariant &x) {
            auto &dist = std::get<T>(v).failure.distribution;
            if (dist)
                (*dist).*field = x.toDouble();
        };
        d.visible = [shownFor](const ElementValue &v) {
            const auto &dist = std::get<T>(v).failure.distribution;
            return dist && dist->type == shownFor;
        };
        defs << d;
    };
    parameter(u"distribution.shape"_s, PropertyTable::tr("Weibull shape β"), Editor::Number, &LifeDistribution::shape,
              DistributionType::Weibull);
    parameter(u"distribution.scale_hours"_s, PropertyTable::tr("Weibull scale η"), Editor::Duration,
              &LifeDistribution::scaleHours, DistributionType::Weibull);
    parameter(u"distribution.median_hours"_s, PropertyTable::tr("Median life"), Editor::Duration,
              &LifeDistribution::medianHours, DistributionType::Lognormal);
    parameter(u"distribution.sigma"_s, PropertyTable::tr("Lognormal σ"), Editor::Number, &LifeDistribution::sigma,
              DistributionType::Lognormal);
}

// The failure parameters shared by components and containers.
template<typename T>
void addFailure(QList<PropertyDef> &defs)
{
    const QString section = PropertyTable::tr("Failure and repair");
    PropertyDef mode;
    mode.key = u"failure_mode"_s;
    mode.label = PropertyTable::tr("Fails");
    mode.section = section;
    mode.editor = Editor::Choice;
    mode.choices = {{u"perfect"_s, PropertyTable::tr("Never (perfect)")},
                    {u"rates"_s, PropertyTable::tr("MTBF and MTTR")},
                    {u"fixed"_s, PropertyTable::tr("Fixed availability (SLA)")}};
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
        d.unit = NumberFormat::Time::Hours;
        d.get = [field](const ElementValue &v) { return QVariant(std::get<T>(v).failure.*field); };
        d.set = [field](ElementValue &v, const QVariant &x) { std::get<T>(v).failure.*field = x.toDouble(); };
        d.visible = [visible](const ElementValue &v) { return visible(std::get<T>(v).failure); };
        return d;
    };
    defs << failureNumber(u"mtbf_hours"_s, PropertyTable::tr("MTBF"), Editor::Duration, &FailureModel::mtbfHours,
                          [](const FailureModel &f) { return f.mode == FailureModel::Mode::Rates; });
    defs << failureNumber(u"availability"_s, PropertyTable::tr("Availability"), Editor::Percent,
                          &FailureModel::availability,
                          [](const FailureModel &f) { return f.mode == FailureModel::Mode::FixedAvailability; });
    defs << failureNumber(u"mttr_hours"_s, PropertyTable::tr("MTTR"), Editor::Duration, &FailureModel::mttrHours,
                          [](const FailureModel &f) { return f.mode != FailureModel::Mode::Perfect; });
    addLifeDistribution<T>(defs, section);
}

QList<PropertyDef> componentDefs()
{
    QList<PropertyDef> defs;
    const QString general = PropertyTable::tr("General");
    defs << member<Component>(u"name"_s, PropertyTable::tr("Name"), general, Editor::Text, &Component::name);
    QList<QPair<QString, QString>> kindChoices;
    for (ComponentKind k : KindLabels::allComponentKinds())
        kindChoices << qMakePair(kinds::toString(k), KindLabels::component(k));
    defs << choice<Component>(u"kind"_s, PropertyTable::tr("Kind"), general, &Component::kind, &kinds::componentKind,
                              kindChoices);
    defs << member<Component>(u"description"_s, PropertyTable::tr("Description"), general, Editor::LongText,
                              &Component::description);
    defs << member<Component>(u"tags"_s, PropertyTable::tr("Tags"), general, Editor::Tags, &Component::tags);
    PropertyDef attended = member<Component>(u"attended"_s, PropertyTable::tr("Somebody watches it"), general,
                                             Editor::Bool, &Component::attended);
    attended.toolTip = PropertyTable::tr("Off: alerts sent here reach nobody (an unwatched mailbox).");
    attended.visible = [](const ElementValue &v) {
        const auto k = std::get<Component>(v).kind;
        return k == ComponentKind::Monitoring || k == ComponentKind::OnCall;
    };
    defs << attended;
    addFailure<Component>(defs);
    const QString capacity = PropertyTable::tr("Capacity and cost");
    PropertyDef cap = member<Component>(u"capacity"_s, PropertyTable::tr("Capacity"), capacity, Editor::Number,
                                        &Component::capacity);
    cap.suffix = u"{load}"_s;
    cap.toolTip = PropertyTable::tr("Load one instance can serve (0: not given).");
    defs << cap;
    PropertyDef cost = member<Component>(u"cost_per_month"_s, PropertyTable::tr("Cost per month"), capacity,
                                         Editor::Number, &Component::costPerMonth);
    cost.suffix = u"{currency}"_s;
    defs << cost;
    PropertyDef acks = member<Component>(u"sync_acks"_s, PropertyTable::tr("Synchronous acknowledgements"), capacity,
                                         Editor::Integer, &Component::syncAcks);
    acks.toolTip = PropertyTable::tr("A store with synchronous replicas: how many of them a write waits for "
                                  "(0: all of them).");
    defs << acks;
    const QString planned = PropertyTable::tr("Maintenance and tests");
    PropertyDef every = hours<Component>(u"maintenance_interval_hours"_s, PropertyTable::tr("Maintenance every"), planned,
                                         &Component::maintenanceIntervalHours);
    every.toolTip = PropertyTable::tr("Planned maintenance (patching): how often the component is taken down (0: never).");
    defs << every;
    defs << hours<Component>(u"maintenance_duration_hours"_s, PropertyTable::tr("Maintenance takes"), planned,
                             &Component::maintenanceDurationHours);
    PropertyDef tests = hours<Component>(u"test_interval_hours"_s, PropertyTable::tr("Tested every"), planned,
                                         &Component::testIntervalHours);
    tests.toolTip = PropertyTable::tr("A standby or backup whose failures only a test reveals: how often it is tested "
                                   "(0: its failures show at once).");
    defs << tests;
    defs << hours<Component>(u"test_duration_hours"_s, PropertyTable::tr("Test takes"), planned,
                             &Component::testDurationHours);
    return defs;
}

QList<PropertyDef> containerDefs()
{
    QList<PropertyDef> defs;
    const QString general = PropertyTable::tr("General");
    defs << member<Container>(u"name"_s, PropertyTable::tr("Name"), general, Editor::Text, &Container::name);
    QList<QPair<QString, QString>> kindChoices;
    for (ContainerKind k : KindLabels::allContainerKinds())
        kindChoices << qMakePair(kinds::toString(k), KindLabels::container(k));
    defs << choice<Container>(u"kind"_s, PropertyTable::tr("Kind"), general, &Container::kind, &kinds::containerKind,
                              kindChoices);
    defs << member<Container>(u"description"_s, PropertyTable::tr("Description"), general, Editor::LongText,
                              &Container::description);
    addFailure<Container>(defs);
    return defs;
}

QList<PropertyDef> dependencyDefs()
{
    QList<PropertyDef> defs;
    const QString general = PropertyTable::tr("General");
    defs << choice<DependencyLink>(u"kind"_s, PropertyTable::tr("Kind"), general, &DependencyLink::kind,
                                   &kinds::dependencyKind,
                                   choices<DependencyKind>({{DependencyKind::Requires, PropertyTable::tr("Requires")},
                                                            {DependencyKind::Traffic, PropertyTable::tr("Traffic (request flow)")}}));
    defs << member<DependencyLink>(u"description"_s, PropertyTable::tr("Description"), general, Editor::LongText,
                                   &DependencyLink::description);
    const QString resilience = PropertyTable::tr("Resilience");
    defs << member<DependencyLink>(u"retries"_s, PropertyTable::tr("Retries"), resilience, Editor::Integer,
                                   &DependencyLink::retries);
    PropertyDef fallback = member<DependencyLink>(u"fallback"_s, PropertyTable::tr("Fallback"), resilience,
                                                  Editor::Reference, &DependencyLink::fallback);
    fallback.optional = true;
    fallback.referenceTypes = {ElementType::Component, ElementType::RedundancyGroup, ElementType::QuorumGroup};
    fallback.toolTip = PropertyTable::tr("What a circuit breaker uses while the target is down.");
    defs << fallback;
    return defs;
}

QList<PropertyDef> groupDefs()
{
    QList<PropertyDef> defs;
    const QString general = PropertyTable::tr("General");
    defs << member<RedundancyGroup>(u"name"_s, PropertyTable::tr("Name"), general, Editor::Text, &RedundancyGroup::name);
    defs << member<RedundancyGroup>(u"description"_s, PropertyTable::tr("Description"), general, Editor::LongText,
                                    &RedundancyGroup::description);
    PropertyDef members = member<RedundancyGroup>(u"members"_s, PropertyTable::tr("Members"), general, Editor::IdList,
                                                  &RedundancyGroup::members);
    members.referenceTypes = {ElementType::Component};
    members.toolTip = PropertyTable::tr("Component ids, the primary first for active-passive.");
    defs << members;
    const QString policy = PropertyTable::tr("Redundancy policy");
    defs << choice<RedundancyGroup>(u"policy"_s, PropertyTable::tr("Policy"), policy, &RedundancyGroup::policy,
                                    &kinds::redundancyPolicy,
                                    choices<RedundancyPolicy>({{RedundancyPolicy::ActiveActive, PropertyTable::tr("Active-active")},
                                                               {RedundancyPolicy::ActivePassive, PropertyTable::tr("Active-passive")}}));
    auto activePassive = [](const ElementValue &v) {
        return std::get<RedundancyGroup>(v).policy == RedundancyPolicy::ActivePassive;
    };
    PropertyDef standby = choice<RedundancyGroup>(u"standby"_s, PropertyTable::tr("Standby"), policy,
                                                  &RedundancyGroup::standby, &kinds::standbyMode,
                                                  choices<StandbyMode>({{StandbyMode::Hot, PropertyTable::tr("Hot")},
                                                                        {StandbyMode::Warm, PropertyTable::tr("Warm")},
                                                                        {StandbyMode::Cold, PropertyTable::tr("Cold")}}));
    standby.visible = activePassive;
    defs << standby;
    PropertyDef dormant = member<RedundancyGroup>(u"dormant_factor"_s, PropertyTable::tr("Dormant failure factor"), policy,
                                                  Editor::Number, &RedundancyGroup::dormantFactor);
    dormant.visible = [](const ElementValue &v) {
        const auto &g = std::get<RedundancyGroup>(v);
        return g.policy == RedundancyPolicy::ActivePassive && g.standby == StandbyMode::Warm;
    };
    defs << dormant;
    defs << member<RedundancyGroup>(u"declared_n"_s, PropertyTable::tr("Declared N"), policy, Editor::Integer,
                                    &RedundancyGroup::declaredN);
    defs << member<RedundancyGroup>(u"declared_m"_s, PropertyTable::tr("Declared M"), policy, Editor::Integer,
                                    &RedundancyGroup::declaredM);
    const QString load = PropertyTable::tr("Load and maintenance");
    PropertyDef demand = member<RedundancyGroup>(u"demand"_s, PropertyTable::tr("Demand"), load, Editor::Number,
                                                 &RedundancyGroup::demand);
    demand.suffix = u"{load}"_s;
    defs << demand;
    defs << member<RedundancyGroup>(u"ceiling"_s, PropertyTable::tr("Utilisation ceiling"), load, Editor::Percent,
                                    &RedundancyGroup::ceiling);
    defs << member<RedundancyGroup>(u"max_unavailable"_s, PropertyTable::tr("Max unavailable (rolling update)"), load,
                                    Editor::Integer, &RedundancyGroup::maxUnavailable);
    defs << member<RedundancyGroup>(u"min_available"_s, PropertyTable::tr("Min available (disruption budget)"), load,
                                    Editor::Integer, &RedundancyGroup::minAvailable);
    auto activeActive = [](const ElementValue &v) {
        return std::get<RedundancyGroup>(v).policy == RedundancyPolicy::ActiveActive;
    };
    PropertyDef rollEvery = hours<RedundancyGroup>(u"rolling_update_interval_hours"_s,
                                                   PropertyTable::tr("Rolling update every"), load,
                                                   &RedundancyGroup::rollingUpdateIntervalHours);
    rollEvery.toolTip = PropertyTable::tr("How often a rolling update takes members down, max unavailable at a time "
                                       "(0: never).");
    defs << rollEvery;
    defs << hours<RedundancyGroup>(u"rolling_update_step_hours"_s, PropertyTable::tr("Each update step takes"), load,
                                   &RedundancyGroup::rollingUpdateStepHours);
    defs << hours<RedundancyGroup>(u"maintenance_interval_hours"_s, PropertyTable::tr("Maintenance of each member every"),
                                   load, &RedundancyGroup::maintenanceIntervalHours);
    defs << hours<RedundancyGroup>(u"maintenance_duration_hours"_s, PropertyTable::tr("Maintenance takes"), load,
                                   &RedundancyGroup::maintenanceDurationHours);
    const QString health = PropertyTable::tr("Health checks");
    PropertyDef interval = seconds(member<RedundancyGroup>(u"health_check_interval_seconds"_s,
                                                           PropertyTable::tr("Check interval"), health, Editor::Duration,
                                                           &RedundancyGroup::healthCheckIntervalSeconds));
    interval.visible = activeActive;
    defs << interval;
    PropertyDef threshold = member<RedundancyGroup>(u"unhealthy_threshold"_s, PropertyTable::tr("Unhealthy threshold"),
                                                    health, Editor::Integer, &RedundancyGroup::unhealthyThreshold);
    threshold.toolTip = PropertyTable::tr("Failed checks in a row before a member is taken out.");
    threshold.visible = activeActive;
    defs << threshold;
    PropertyDef detection = seconds(member<RedundancyGroup>(u"detection_seconds"_s, PropertyTable::tr("Detection"),
                                                            health, Editor::Duration,
                                                            &RedundancyGroup::detectionSeconds));
    detection.toolTip = PropertyTable::tr("How long a dead member keeps receiving requests (when no interval and "
                                       "threshold are given).");
    detection.visible = activeActive;
    defs << detection;
    const QString ccf = PropertyTable::tr("Common-cause failure");
    PropertyDef ccfType;
    ccfType.key = u"common_cause"_s;
    ccfType.label = PropertyTable::tr("Model");
    ccfType.section = ccf;
    ccfType.editor = Editor::Choice;
    ccfType.choices = choices<CommonCauseType>({{CommonCauseType::None, PropertyTable::tr("None")},
                                                {CommonCauseType::BetaFactor, PropertyTable::tr("Beta factor")},
                                                {CommonCauseType::MultipleGreekLetter, PropertyTable::tr("Multiple Greek letter")},
                                                {CommonCauseType::AlphaFactor, PropertyTable::tr("Alpha factor")}});
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
    factors.label = PropertyTable::tr("Factors");
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
    const QString rebuild = PropertyTable::tr("Rebuild (arrays)");
    PropertyDef rebuildHours = member<RedundancyGroup>(u"rebuild_hours"_s, PropertyTable::tr("Rebuild time"), rebuild,
                                                       Editor::Duration, &RedundancyGroup::rebuildHours);
    rebuildHours.unit = NumberFormat::Time::Hours;
    defs << rebuildHours;
    defs << member<RedundancyGroup>(u"rebuild_stress"_s, PropertyTable::tr("Stress while rebuilding"), rebuild,
                                    Editor::Number, &RedundancyGroup::rebuildStress);
    return defs;
}

QList<PropertyDef> failoverDefs()
{
    QList<PropertyDef> defs;
    const QString general = PropertyTable::tr("General");
    defs << member<FailoverLink>(u"description"_s, PropertyTable::tr("Description"), general, Editor::LongText,
                                 &FailoverLink::description);
    defs << member<FailoverLink>(u"automatic"_s, PropertyTable::tr("Automatic"), general, Editor::Bool,
                                 &FailoverLink::automatic);
    PropertyDef coverage = member<FailoverLink>(u"coverage"_s, PropertyTable::tr("Coverage"), general, Editor::Percent,
                                                &FailoverLink::coverage);
    coverage.toolTip = PropertyTable::tr("Probability that the switch-over works when needed.");
    defs << coverage;
    const QString timing = PropertyTable::tr("Timing");
    defs << seconds(member<FailoverLink>(u"detection_seconds"_s, PropertyTable::tr("Detection"), timing, Editor::Duration,
                                         &FailoverLink::detectionSeconds));
    defs << seconds(member<FailoverLink>(u"heartbeat_interval_seconds"_s, PropertyTable::tr("Heartbeat interval"), timing,
                                         Editor::Duration, &FailoverLink::heartbeatIntervalSeconds));
    defs << member<FailoverLink>(u"heartbeat_misses"_s, PropertyTable::tr("Missed heartbeats"), timing, Editor::Integer,
                                 &FailoverLink::heartbeatMisses);
    defs << seconds(member<FailoverLink>(u"lease_seconds"_s, PropertyTable::tr("Lease"), timing, Editor::Duration,
                                         &FailoverLink::leaseSeconds));
    defs << seconds(member<FailoverLink>(u"promotion_seconds"_s, PropertyTable::tr("Promotion"), timing, Editor::Duration,
                                         &FailoverLink::promotionSeconds));
    defs << seconds(member<FailoverLink>(u"reconnect_seconds"_s, PropertyTable::tr("Client reconnect / DNS TTL"), timing,
                                         Editor::Duration, &FailoverLink::reconnectSeconds));
    PropertyDef human = seconds(member<FailoverLink>(u"human_response_seconds"_s, PropertyTable::tr("Human response"),
                                                     timing, Editor::Duration, &FailoverLink::humanResponseSeconds));
    human.visible = [](const ElementValue &v) { return !std::get<FailoverLink>(v).automatic; };
    defs << human;
    const QString mechanism = PropertyTable::tr("Mechanism");
    PropertyDef needs = member<FailoverLink>(u"requires"_s, PropertyTable::tr("Needs"), mechanism, Editor::IdList,
                                             &FailoverLink::needs);
    needs.referenceTypes = {ElementType::Component, ElementType::RedundancyGroup, ElementType::QuorumGroup};
    needs.toolTip = PropertyTable::tr("Element ids that must be up for the failover to work.");
    defs << needs;
    PropertyDef mech = member<FailoverLink>(u"mechanism"_s, PropertyTable::tr("Performed by"), mechanism,
                                            Editor::Reference, &FailoverLink::mechanism);
    mech.optional = true;
    mech.referenceTypes = {ElementType::Component};
    defs << mech;
    defs << member<FailoverLink>(u"mechanism_in_series"_s, PropertyTable::tr("Mechanism can cause outages"), mechanism,
                                 Editor::Bool, &FailoverLink::mechanismInSeries);
    defs << choice<FailoverLink>(u"fencing"_s, PropertyTable::tr("Fencing"), mechanism, &FailoverLink::fencing,
                                 &kinds::fencing,
                                 choices<Fencing>({{Fencing::None, PropertyTable::tr("None")},
                                                   {Fencing::Quorum, PropertyTable::tr("Quorum")},
                                                   {Fencing::Lease, PropertyTable::tr("Lease")},
                                                   {Fencing::Stonith, PropertyTable::tr("STONITH")}}));
    const QString after = PropertyTable::tr("Failback and tests");
    defs << choice<FailoverLink>(u"failback"_s, PropertyTable::tr("Failback"), after, &FailoverLink::failback,
                                 &kinds::failback,
                                 choices<Failback>({{Failback::None, PropertyTable::tr("None (stay on the standby)")},
                                                    {Failback::Automatic, PropertyTable::tr("Automatic")},
                                                    {Failback::Manual, PropertyTable::tr("Manual")}}));
    PropertyDef failback = seconds(member<FailoverLink>(u"failback_seconds"_s, PropertyTable::tr("Failback interruption"),
                                                        after, Editor::Duration, &FailoverLink::failbackSeconds));
    failback.visible = [](const ElementValue &v) { return std::get<FailoverLink>(v).failback != Failback::None; };
    defs << failback;
    PropertyDef drill = hours<FailoverLink>(u"test_interval_hours"_s, PropertyTable::tr("Exercised every"), after,
                                            &FailoverLink::testIntervalHours);
    drill.toolTip = PropertyTable::tr("How often the failover is tested on purpose; between tests a broken standby "
                                   "stays hidden (0: never).");
    defs << drill;
    return defs;
}

QList<PropertyDef> replicationDefs()
{
    QList<PropertyDef> defs;
    const QString general = PropertyTable::tr("General");
    defs << member<ReplicationLink>(u"description"_s, PropertyTable::tr("Description"), general, Editor::LongText,
                                    &ReplicationLink::description);
    defs << choice<ReplicationLink>(u"mode"_s, PropertyTable::tr("Mode"), general, &ReplicationLink::mode,
                                    &kinds::replicationMode,
                                    choices<ReplicationMode>({{ReplicationMode::Synchronous, PropertyTable::tr("Synchronous")},
                                                              {ReplicationMode::Asynchronous, PropertyTable::tr("Asynchronous")}}));
    PropertyDef lag = seconds(member<ReplicationLink>(u"lag_seconds"_s, PropertyTable::tr("Lag"), general,
                                                      Editor::Duration, &ReplicationLink::lagSeconds));
    lag.visible = [](const ElementValue &v) { return std::get<ReplicationLink>(v).mode == ReplicationMode::Asynchronous; };
    defs << lag;
    const QString distance = PropertyTable::tr("Distance");
    PropertyDef km = member<ReplicationLink>(u"distance_km"_s, PropertyTable::tr("Distance"), distance, Editor::Number,
                                             &ReplicationLink::distanceKm);
    km.suffix = PropertyTable::tr("km");
    defs << km;
    PropertyDef rtt = member<ReplicationLink>(u"rtt_ms"_s, PropertyTable::tr("Measured RTT"), distance, Editor::Number,
                                              &ReplicationLink::rttMs);
    rtt.suffix = PropertyTable::tr("ms");
    defs << rtt;
    defs << member<ReplicationLink>(u"route_factor"_s, PropertyTable::tr("Route factor"), distance, Editor::Number,
                                    &ReplicationLink::routeFactor);
    const QString alerts = PropertyTable::tr("Lag alerts");
    PropertyDef route = member<ReplicationLink>(u"lag_alert_route"_s, PropertyTable::tr("Alerts go to"), alerts,
                                                Editor::Reference, &ReplicationLink::lagAlertRoute);
    route.optional = true;
    route.referenceTypes = {ElementType::Component};
    defs << route;
    defs << seconds(member<ReplicationLink>(u"lag_alert_threshold_seconds"_s, PropertyTable::tr("Alert threshold"), alerts,
                                            Editor::Duration, &ReplicationLink::lagAlertThresholdSeconds));
    const QString writes = PropertyTable::tr("Writes");
    PropertyDef writers = member<ReplicationLink>(u"writers"_s, PropertyTable::tr("Services writing through it"), writes,
                                                  Editor::IdList, &ReplicationLink::writers);
    writers.referenceTypes = {ElementType::Service};
    defs << writers;
    PropertyDef fallsBack = member<ReplicationLink>(u"falls_back_to_async"_s,
                                                    PropertyTable::tr("Goes on alone when the replica is gone"), writes,
                                                    Editor::Bool, &ReplicationLink::fallsBackToAsync);
    fallsBack.toolTip = PropertyTable::tr("Off: writes block while the synchronous replica is down.");
    fallsBack.visible = [](const ElementValue &v) {
        return std::get<ReplicationLink>(v).mode == ReplicationMode::Synchronous;
    };
    defs << fallsBack;
    return defs;
}

QList<PropertyDef> quorumDefs()
{
    QList<PropertyDef> defs;
    const QString general = PropertyTable::tr("General");
    defs << member<QuorumGroup>(u"name"_s, PropertyTable::tr("Name"), general, Editor::Text, &QuorumGroup::name);
    defs << member<QuorumGroup>(u"description"_s, PropertyTable::tr("Description"), general, Editor::LongText,
                                &QuorumGroup::description);
    const QString quorum = PropertyTable::tr("Quorum");
    defs << choice<QuorumGroup>(u"kind"_s, PropertyTable::tr("Kind"), quorum, &QuorumGroup::kind, &kinds::quorumKind,
                                choices<QuorumKind>({{QuorumKind::Consensus, PropertyTable::tr("Consensus (majority)")},
                                                     {QuorumKind::Tunable, PropertyTable::tr("Tunable (N, W, R)")}}));
    PropertyDef voters = member<QuorumGroup>(u"voters"_s, PropertyTable::tr("Voters"), quorum, Editor::IdList,
                                             &QuorumGroup::voters);
    voters.referenceTypes = {ElementType::Component};
    defs << voters;
    auto tunable = [](const ElementValue &v) { return std::get<QuorumGroup>(v).kind == QuorumKind::Tunable; };
    for (auto [key, label, field] : {std::tuple{u"n"_s, PropertyTable::tr("N (replicas per key)"), &QuorumGroup::n},
                                     std::tuple{u"w"_s, PropertyTable::tr("W (write acknowledgements)"), &QuorumGroup::w},
                                     std::tuple{u"r"_s, PropertyTable::tr("R (read replies)"), &QuorumGroup::r}}) {
        PropertyDef d = member<QuorumGroup>(key, label, quorum, Editor::Integer, field);
        d.visible = tunable;
        defs << d;
    }
    return defs;
}

QList<PropertyDef> serviceDefs()
{
    QList<PropertyDef> defs;
    const QString general = PropertyTable::tr("General");
    defs << member<Service>(u"name"_s, PropertyTable::tr("Name"), general, Editor::Text, &Service::name);
    defs << member<Service>(u"description"_s, PropertyTable::tr("Description"), general, Editor::LongText,
                            &Service::description);
    PropertyDef entry = member<Service>(u"entry"_s, PropertyTable::tr("Served by"), general, Editor::Reference,
                                        &Service::entry);
    entry.referenceTypes = {ElementType::Component, ElementType::RedundancyGroup, ElementType::QuorumGroup};
    defs << entry;
    defs << member<Service>(u"required"_s, PropertyTable::tr("Required for the system"), general, Editor::Bool,
                            &Service::required);
    const QString req = PropertyTable::tr("Requirements");
    defs << optionalNumber<Service>(u"availability_target"_s, PropertyTable::tr("Availability target (SLO)"), req,
                                    Editor::Percent, &Service::availabilityTarget);
    PropertyDef rto = optionalNumber<Service>(u"rto_seconds"_s, PropertyTable::tr("RTO"), req, Editor::Duration,
                                              &Service::rtoSeconds);
    rto.unit = NumberFormat::Time::Seconds;
    defs << rto;
    PropertyDef rpo = optionalNumber<Service>(u"rpo_seconds"_s, PropertyTable::tr("RPO"), req, Editor::Duration,
                                              &Service::rpoSeconds);
    rpo.unit = NumberFormat::Time::Seconds;
    defs << rpo;
    PropertyDef cost = member<Service>(u"outage_cost_per_second"_s, PropertyTable::tr("Outage cost per second"), req,
                                       Editor::Number, &Service::outageCostPerSecond);
    cost.suffix = u"{currency}"_s;
    defs << cost;
    defs << member<Service>(u"retryable"_s, PropertyTable::tr("Users can retry"), req, Editor::Bool, &Service::retryable);
    defs << choice<Service>(u"slo_basis"_s, PropertyTable::tr("SLO counts"), req, &Service::sloBasis, &kinds::sloBasis,
                            choices<SloBasis>({{SloBasis::Time, PropertyTable::tr("Time")},
                                               {SloBasis::Requests, PropertyTable::tr("Requests")}}));
    defs << member<Service>(u"planned_maintenance_counts"_s, PropertyTable::tr("Planned maintenance counts"), req,
                            Editor::Bool, &Service::maintenanceCounts);
    defs << member<Service>(u"read_only"_s, PropertyTable::tr("Read-only (writes do not count)"), req, Editor::Bool,
                            &Service::readOnly);
    return defs;
}

} // namespace

const QList<PropertyDef> &PropertyTable::of(ElementType type)
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

const PropertyDef *PropertyTable::find(ElementType type, const QString &key)
{
    for (const PropertyDef &d : of(type))
        if (d.key == key)
            return &d;
    return nullptr;
}

QString PropertyTable::suffixFor(const PropertyDef &def, const Document &document)
{
    if (def.suffix == u"{load}"_s)
        return document.model().loadUnit;
    if (def.suffix == u"{currency}"_s)
        return document.model().currency;
    return def.suffix;
}

} // namespace nf
