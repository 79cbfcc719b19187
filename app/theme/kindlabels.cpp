#include "kindlabels.h"

#include "linkkind.h"

namespace nf {

QString KindLabels::component(ComponentKind kind)
{
    switch (kind) {
    case ComponentKind::Service: return tr("Service");
    case ComponentKind::Database: return tr("Database");
    case ComponentKind::Cache: return tr("Cache");
    case ComponentKind::Queue: return tr("Queue");
    case ComponentKind::LoadBalancer: return tr("Load balancer");
    case ComponentKind::Dns: return tr("DNS");
    case ComponentKind::Storage: return tr("Storage / disk");
    case ComponentKind::NetworkSwitch: return tr("Network switch");
    case ComponentKind::PowerFeed: return tr("Power feed");
    case ComponentKind::Generator: return tr("Generator");
    case ComponentKind::Ups: return tr("UPS");
    case ComponentKind::Switchgear: return tr("Switchgear");
    case ComponentKind::Cooling: return tr("Cooling");
    case ComponentKind::Monitoring: return tr("Monitoring / alerting");
    case ComponentKind::OnCall: return tr("On-call human");
    case ComponentKind::ExternalSaas: return tr("External SaaS");
    case ComponentKind::Controller: return tr("Controller");
    }
    return QString();
}

QString KindLabels::container(ContainerKind kind)
{
    switch (kind) {
    case ContainerKind::Region: return tr("Region");
    case ContainerKind::Zone: return tr("Zone / data centre");
    case ContainerKind::Rack: return tr("Rack");
    case ContainerKind::Host: return tr("Host");
    }
    return QString();
}

QString KindLabels::elementType(ElementType type)
{
    switch (type) {
    case ElementType::Component: return tr("component");
    case ElementType::Container: return tr("container");
    case ElementType::Dependency: return tr("dependency");
    case ElementType::RedundancyGroup: return tr("redundancy group");
    case ElementType::FailoverLink: return tr("failover link");
    case ElementType::ReplicationLink: return tr("replication link");
    case ElementType::QuorumGroup: return tr("quorum group");
    case ElementType::Service: return tr("entry point");
    }
    return QString();
}

QString KindLabels::link(int linkKind)
{
    switch (LinkKind(linkKind)) {
    case LinkKind::Dependency: return tr("Dependency");
    case LinkKind::Traffic: return tr("Traffic");
    case LinkKind::Failover: return tr("Failover");
    case LinkKind::Replication: return tr("Replication");
    }
    return QString();
}

QList<ComponentKind> KindLabels::allComponentKinds()
{
    QList<ComponentKind> out;
    for (const QString &name : kinds::componentKindNames())
        out << *kinds::componentKind(name);
    return out;
}

QList<ContainerKind> KindLabels::allContainerKinds()
{
    QList<ContainerKind> out;
    for (const QString &name : kinds::containerKindNames())
        out << *kinds::containerKind(name);
    return out;
}

} // namespace nf
