#include "elementkind.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace nf::kinds {

namespace {
template<typename E, std::size_t N>
QString nameOf(const std::array<std::pair<E, const char16_t *>, N> &table, E value)
{
    for (const auto &[e, name] : table)
        if (e == value)
            return QString::fromUtf16(name);
    return QString();
}

template<typename E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, const char16_t *>, N> &table,
                         const QString &s)
{
    for (const auto &[e, name] : table)
        if (s == QStringView(name))
            return e;
    return std::nullopt;
}

template<typename E, std::size_t N>
QStringList namesOf(const std::array<std::pair<E, const char16_t *>, N> &table)
{
    QStringList out;
    for (const auto &entry : table)
        out << QString::fromUtf16(entry.second);
    return out;
}

constexpr std::array<std::pair<ComponentKind, const char16_t *>, 17> kComponentKinds{{
    {ComponentKind::Service, u"service"},
    {ComponentKind::Database, u"database"},
    {ComponentKind::Cache, u"cache"},
    {ComponentKind::Queue, u"queue"},
    {ComponentKind::LoadBalancer, u"load_balancer"},
    {ComponentKind::Dns, u"dns"},
    {ComponentKind::Storage, u"storage"},
    {ComponentKind::NetworkSwitch, u"network_switch"},
    {ComponentKind::PowerFeed, u"power_feed"},
    {ComponentKind::Generator, u"generator"},
    {ComponentKind::Ups, u"ups"},
    {ComponentKind::Switchgear, u"switchgear"},
    {ComponentKind::Cooling, u"cooling"},
    {ComponentKind::Monitoring, u"monitoring"},
    {ComponentKind::OnCall, u"oncall"},
    {ComponentKind::ExternalSaas, u"external_saas"},
    {ComponentKind::Controller, u"controller"},
}};

constexpr std::array<std::pair<ContainerKind, const char16_t *>, 4> kContainerKinds{{
    {ContainerKind::Region, u"region"},
    {ContainerKind::Zone, u"zone"},
    {ContainerKind::Rack, u"rack"},
    {ContainerKind::Host, u"host"},
}};

constexpr std::array<std::pair<DependencyKind, const char16_t *>, 2> kDependencyKinds{{
    {DependencyKind::Requires, u"requires"},
    {DependencyKind::Traffic, u"traffic"},
}};

constexpr std::array<std::pair<RedundancyPolicy, const char16_t *>, 2> kPolicies{{
    {RedundancyPolicy::ActiveActive, u"active-active"},
    {RedundancyPolicy::ActivePassive, u"active-passive"},
}};

constexpr std::array<std::pair<StandbyMode, const char16_t *>, 3> kStandby{{
    {StandbyMode::Hot, u"hot"},
    {StandbyMode::Warm, u"warm"},
    {StandbyMode::Cold, u"cold"},
}};

constexpr std::array<std::pair<CommonCauseType, const char16_t *>, 4> kCcf{{
    {CommonCauseType::None, u"none"},
    {CommonCauseType::BetaFactor, u"beta-factor"},
    {CommonCauseType::MultipleGreekLetter, u"mgl"},
    {CommonCauseType::AlphaFactor, u"alpha-factor"},
}};

constexpr std::array<std::pair<ReplicationMode, const char16_t *>, 2> kReplication{{
    {ReplicationMode::Synchronous, u"sync"},
    {ReplicationMode::Asynchronous, u"async"},
}};

constexpr std::array<std::pair<QuorumKind, const char16_t *>, 2> kQuorum{{
    {QuorumKind::Consensus, u"consensus"},
    {QuorumKind::Tunable, u"tunable"},
}};

constexpr std::array<std::pair<Fencing, const char16_t *>, 4> kFencing{{
    {Fencing::None, u"none"},
    {Fencing::Quorum, u"quorum"},
    {Fencing::Lease, u"lease"},
    {Fencing::Stonith, u"stonith"},
}};

constexpr std::array<std::pair<DistributionType, const char16_t *>, 3> kDistributions{{
    {DistributionType::Exponential, u"exponential"},
    {DistributionType::Weibull, u"weibull"},
    {DistributionType::Lognormal, u"lognormal"},
}};

constexpr std::array<std::pair<Failback, const char16_t *>, 3> kFailback{{
    {Failback::None, u"none"},
    {Failback::Automatic, u"automatic"},
    {Failback::Manual, u"manual"},
}};

constexpr std::array<std::pair<SloBasis, const char16_t *>, 2> kSloBasis{{
    {SloBasis::Time, u"time"},
    {SloBasis::Requests, u"requests"},
}};

constexpr std::array<std::pair<ElementType, const char16_t *>, 8> kElementTypes{{
    {ElementType::Component, u"component"},
    {ElementType::Container, u"container"},
    {ElementType::Dependency, u"dependency"},
    {ElementType::RedundancyGroup, u"redundancy group"},
    {ElementType::FailoverLink, u"failover link"},
    {ElementType::ReplicationLink, u"replication link"},
    {ElementType::QuorumGroup, u"quorum group"},
    {ElementType::Service, u"service"},
}};
} // namespace

QString toString(ComponentKind v) { return nameOf(kComponentKinds, v); }
QString toString(ContainerKind v) { return nameOf(kContainerKinds, v); }
QString toString(DependencyKind v) { return nameOf(kDependencyKinds, v); }
QString toString(RedundancyPolicy v) { return nameOf(kPolicies, v); }
QString toString(StandbyMode v) { return nameOf(kStandby, v); }
QString toString(CommonCauseType v) { return nameOf(kCcf, v); }
QString toString(ReplicationMode v) { return nameOf(kReplication, v); }
QString toString(QuorumKind v) { return nameOf(kQuorum, v); }
QString toString(Fencing v) { return nameOf(kFencing, v); }
QString toString(DistributionType v) { return nameOf(kDistributions, v); }
QString toString(Failback v) { return nameOf(kFailback, v); }
QString toString(SloBasis v) { return nameOf(kSloBasis, v); }
QString toString(ElementType v) { return nameOf(kElementTypes, v); }

std::optional<ComponentKind> componentKind(const QString &s) { return valueOf(kComponentKinds, s); }
std::optional<ContainerKind> containerKind(const QString &s) { return valueOf(kContainerKinds, s); }
std::optional<DependencyKind> dependencyKind(const QString &s) { return valueOf(kDependencyKinds, s); }
std::optional<RedundancyPolicy> redundancyPolicy(const QString &s) { return valueOf(kPolicies, s); }
std::optional<StandbyMode> standbyMode(const QString &s) { return valueOf(kStandby, s); }
std::optional<CommonCauseType> commonCauseType(const QString &s) { return valueOf(kCcf, s); }
std::optional<ReplicationMode> replicationMode(const QString &s) { return valueOf(kReplication, s); }
std::optional<QuorumKind> quorumKind(const QString &s) { return valueOf(kQuorum, s); }
std::optional<Fencing> fencing(const QString &s) { return valueOf(kFencing, s); }
std::optional<DistributionType> distributionType(const QString &s) { return valueOf(kDistributions, s); }
std::optional<Failback> failback(const QString &s) { return valueOf(kFailback, s); }
std::optional<SloBasis> sloBasis(const QString &s) { return valueOf(kSloBasis, s); }

QStringList componentKindNames() { return namesOf(kComponentKinds); }
QStringList containerKindNames() { return namesOf(kContainerKinds); }

int nestingRank(ContainerKind kind)
{
    switch (kind) {
    case ContainerKind::Region: return 0;
    case ContainerKind::Zone: return 1;
    case ContainerKind::Rack: return 2;
    case ContainerKind::Host: return 3;
    }
    return 0;
}

} // namespace nf::kinds
