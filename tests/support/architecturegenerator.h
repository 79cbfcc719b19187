#pragma once

// Generates large, realistic architectures for benchmarks and performance tests:
// regions × zones with their own power and network, tiers of redundancy groups
// spread over zones, dependencies from tier to tier, a few quorums, services on top.

#include "model.h"

#include <QRandomGenerator>

namespace nf::test {

inline Model generateArchitecture(int components, int groups, int regions = 3, int zonesPerRegion = 3,
                                  quint32 seed = 1)
{
    using namespace Qt::StringLiterals;
    QRandomGenerator rng(seed);
    Model m;
    m.name = u"Generated architecture: %1 components, %2 groups"_s.arg(components).arg(groups);
    QStringList zones;
    QHash<QString, QStringList> zoneInfra; // zone -> power and network ids
    int count = 0;
    auto component = [&](const QString &id, ComponentKind kind, double mtbf, double mttr, double capacity = 0) {
        Component c;
        c.id = id;
        c.name = id;
        c.kind = kind;
        c.failure = FailureModel::rates(mtbf, mttr);
        c.capacity = capacity;
        m.components << c;
        ++count;
        return c.id;
    };
    for (int r = 0; r < regions; ++r) {
        Container region;
        region.id = u"region-%1"_s.arg(r);
        region.name = region.id;
        region.kind = ContainerKind::Region;
        region.failure = FailureModel::rates(87600, 12);
        for (int z = 0; z < zonesPerRegion; ++z) {
            Container zone;
            zone.id = u"zone-%1-%2"_s.arg(r).arg(z);
            zone.name = zone.id;
            zone.kind = ContainerKind::Zone;
            zone.failure = FailureModel::rates(43800, 6);
            const QString power = component(zone.id + u"-power"_s, ComponentKind::PowerFeed, 6257, 5.6);
            const QString net = component(zone.id + u"-net"_s, ComponentKind::NetworkSwitch, 50000, 4);
            zone.children << power << net;
            zoneInfra.insert(zone.id, {power, net});
            region.children << zone.id;
            zones << zone.id;
            m.containers << zone;
        }
        m.containers << region;
    }
    auto place = [&](const QString &id, const QString &zone) {
        for (Container &c : m.containers)
            if (c.id == zone) {
                c.children << id;
                break;
            }
        for (const QString &infra : zoneInfra.value(zone)) {
            DependencyLink d;
            d.id = id + u"-on-"_s + infra;
            d.from = id;
            d.to = infra;
            m.dependencies << d;
        }
    };
    // Groups: tiers of 3 to 6 replicas spread over zones (as deployments are);
    // each tier needs one or two tiers below it.
    QStringList tiers;
    for (int g = 0; g < groups && count < components; ++g) {
        RedundancyGroup group;
        group.id = u"tier-%1"_s.arg(g);
        group.name = group.id;
        const int members = std::min(3 + int(rng.bounded(4)), std::max(2, components - count));
        const bool quorum = g % 10 == 9;
        for (int i = 0; i < members && count < components; ++i) {
            const QString id = component(u"%1-%2"_s.arg(group.id).arg(i),
                                         quorum ? ComponentKind::Database : ComponentKind::Service, 4380 + rng.bounded(4380),
                                         0.5 + rng.generateDouble(), 100);
            place(id, zones.at((g + i) % zones.size()));
            group.members << id;
        }
        if (quorum) {
            QuorumGroup q;
            q.id = group.id;
            q.name = group.id;
            q.voters = group.members;
            m.quorums << q;
        } else {
            group.policy = g % 7 == 3 ? RedundancyPolicy::ActivePassive : RedundancyPolicy::ActiveActive;
            if (group.policy == RedundancyPolicy::ActiveActive)
                group.demand = 100.0 * std::max(1.0, std::floor(members * 0.6));
            m.groups << group;
            if (group.policy == RedundancyPolicy::ActivePassive)
                for (qsizetype s = 1; s < group.members.size(); ++s) {
                    FailoverLink f;
                    f.id = group.id + u"-fo%1"_s.arg(s);
                    f.from = group.members.first();
                    f.to = group.members.at(s);
                    f.coverage = 0.99;
                    f.detectionSeconds = 10;
                    f.promotionSeconds = 20;
                    f.fencing = Fencing::Quorum;
                    m.failovers << f;
                }
        }
        // a tier needs one or two of the tiers built before it
        const int needs = tiers.isEmpty() ? 0 : 1 + int(rng.bounded(2));
        QStringList chosen;
        for (int k = 0; k < needs; ++k) {
            const QString below = tiers.at(int(rng.bounded(tiers.size())));
            if (chosen.contains(below))
                continue;
            chosen << below;
            DependencyLink d;
            d.id = group.id + u"-needs-"_s + below;
            d.from = group.id;
            d.to = below;
            m.dependencies << d;
        }
        tiers << group.id;
    }
    // Entry points: load balancers on the top tiers.
    for (int s = 0; s < 5 && !tiers.isEmpty(); ++s) {
        const QString lb = component(u"lb-%1"_s.arg(s), ComponentKind::LoadBalancer, 100000, 0.5);
        DependencyLink d;
        d.id = lb + u"-to-"_s + tiers.at(tiers.size() - 1 - s % tiers.size());
        d.from = lb;
        d.to = tiers.at(tiers.size() - 1 - s % tiers.size());
        m.dependencies << d;
        Service svc;
        svc.id = u"service-%1"_s.arg(s);
        svc.name = svc.id;
        svc.entry = lb;
        svc.availabilityTarget = 0.9995;
        m.services << svc;
    }
    // Fill up with stand-alone instances (batch workers, agents, tools) that need
    // some tier; the services do not depend on them.
    while (count < components) {
        const QString id = component(u"worker-%1"_s.arg(count), ComponentKind::Service, 8760, 1);
        place(id, zones.at(count % zones.size()));
        if (!tiers.isEmpty()) {
            DependencyLink d;
            d.id = id + u"-needs"_s;
            d.from = id;
            d.to = tiers.at(int(rng.bounded(tiers.size())));
            m.dependencies << d;
        }
    }
    // Lay it out on a grid so the editor can open it too.
    int i = 0;
    for (const Component &c : m.components) {
        m.layout.nodes.insert(c.id, NodeGeometry{QPointF((i % 50) * 160.0, (i / 50) * 110.0), QSizeF()});
        ++i;
    }
    return m;
}

// The same architecture with the time-aware parts of DOMAIN.md §12 on it:
// health checks on every active-active tier (30 s), a 60 s automatic failback on
// every failover, weekly rolling updates on every third active-active tier (15 min
// steps, one member at a time), monthly patching of the load balancers,
// asynchronous replication behind each active-passive tier, request-based SLOs.
inline Model generateTimeAwareArchitecture(int components, int groups, quint32 seed = 1)
{
    using namespace Qt::StringLiterals;
    Model m = generateArchitecture(components, groups, 3, 3, seed);
    int activeActive = 0;
    for (RedundancyGroup &g : m.groups) {
        if (g.policy == RedundancyPolicy::ActiveActive) {
            g.healthCheckIntervalSeconds = 10;
            g.unhealthyThreshold = 3;
            if (activeActive++ % 3 == 0) {
                g.maxUnavailable = 1;
                g.rollingUpdateIntervalHours = 168;
                g.rollingUpdateStepHours = 0.25;
            }
        } else {
            ReplicationLink r;
            r.id = g.id + u"-wal"_s;
            r.from = g.members.first();
            r.to = g.members.value(1);
            r.lagSeconds = 5;
            m.replications << r;
        }
    }
    for (FailoverLink &f : m.failovers) {
        f.failback = Failback::Automatic;
        f.failbackSeconds = 60;
    }
    for (Component &c : m.components)
        if (c.kind == ComponentKind::LoadBalancer) {
            c.maintenanceIntervalHours = 730;
            c.maintenanceDurationHours = 0.25;
        }
    for (Service &s : m.services)
        s.sloBasis = SloBasis::Requests;
    return m;
}

} // namespace nf::test
