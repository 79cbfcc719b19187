#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace nf {

// What a component is. The kind chooses the palette icon and sensible defaults;
// the analysis treats every kind alike except where noted (monitoring and on-call
// components can be "unattended").
enum class ComponentKind {
    Service,
    Database,
    Cache,
    Queue,
    LoadBalancer,
    Dns,
    Storage,
    NetworkSwitch,
    PowerFeed,
    Generator,
    Ups,
    Switchgear,
    Cooling,
    Monitoring,
    OnCall,
    ExternalSaas,
    Controller,
};

// Failure-domain containers, nested region ⊃ zone ⊃ rack/host.
enum class ContainerKind { Region, Zone, Rack, Host };

enum class DependencyKind { Requires, Traffic };
enum class RedundancyPolicy { ActiveActive, ActivePassive };
enum class StandbyMode { Hot, Warm, Cold };
enum class CommonCauseType { None, BetaFactor, MultipleGreekLetter, AlphaFactor };
enum class ReplicationMode { Synchronous, Asynchronous };
enum class QuorumKind { Consensus, Tunable };
enum class Fencing { None, Quorum, Lease, Stonith };
enum class DistributionType { Exponential, Weibull, Lognormal };
enum class Failback { None, Automatic, Manual };
enum class SloBasis { Time, Requests };

// The element types a document holds, for messages and lookups.
enum class ElementType {
    Component,
    Container,
    Dependency,
    RedundancyGroup,
    FailoverLink,
    ReplicationLink,
    QuorumGroup,
    Service,
};

// Conversions between enums and the identifiers used in files. toX() returns
// nullopt for an unknown identifier so readers can report it.
namespace kinds {
QString toString(ComponentKind kind);
QString toString(ContainerKind kind);
QString toString(DependencyKind kind);
QString toString(RedundancyPolicy policy);
QString toString(StandbyMode mode);
QString toString(CommonCauseType type);
QString toString(ReplicationMode mode);
QString toString(QuorumKind kind);
QString toString(Fencing fencing);
QString toString(DistributionType type);
QString toString(Failback failback);
QString toString(SloBasis basis);
QString toString(ElementType type); // "component", "redundancy group", ...

std::optional<ComponentKind> componentKind(const QString &s);
std::optional<ContainerKind> containerKind(const QString &s);
std::optional<DependencyKind> dependencyKind(const QString &s);
std::optional<RedundancyPolicy> redundancyPolicy(const QString &s);
std::optional<StandbyMode> standbyMode(const QString &s);
std::optional<CommonCauseType> commonCauseType(const QString &s);
std::optional<ReplicationMode> replicationMode(const QString &s);
std::optional<QuorumKind> quorumKind(const QString &s);
std::optional<Fencing> fencing(const QString &s);
std::optional<DistributionType> distributionType(const QString &s);
std::optional<Failback> failback(const QString &s);
std::optional<SloBasis> sloBasis(const QString &s);

// All identifiers of an enum, in declaration order (for messages and the schema).
QStringList componentKindNames();
QStringList containerKindNames();

// Nesting rank of a container kind: a container may only hold containers of a
// strictly larger rank (region 0 ⊃ zone 1 ⊃ rack 2 ⊃ host 3).
int nestingRank(ContainerKind kind);
} // namespace kinds

} // namespace nf
