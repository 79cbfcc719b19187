#pragma once

// Builds models in tests with little ceremony.

#include "model.h"

#include <QStringList>

namespace nf::test {

class ModelBuilder
{
public:
    // A component with a fixed availability (as in DOMAIN.md's reference cases).
    ModelBuilder &component(const QString &id, double availability, double capacity = 0.0,
                            ComponentKind kind = ComponentKind::Service)
    {
        Component c;
        c.id = id;
        c.name = id;
        c.kind = kind;
        if (availability < 1.0)
            c.failure = FailureModel::fixed(availability);
        c.capacity = capacity;
        m.components << c;
        return *this;
    }
    ModelBuilder &repairable(const QString &id, double mtbf, double mttr, double capacity = 0.0,
                             ComponentKind kind = ComponentKind::Service)
    {
        Component c;
        c.id = id;
        c.name = id;
        c.kind = kind;
        c.failure = FailureModel::rates(mtbf, mttr);
        c.capacity = capacity;
        m.components << c;
        return *this;
    }
    ModelBuilder &container(const QString &id, ContainerKind kind, const QStringList &children, double availability = 1.0)
    {
        Container c;
        c.id = id;
        c.name = id;
        c.kind = kind;
        if (availability < 1.0)
            c.failure = FailureModel::fixed(availability);
        c.children = children;
        m.containers << c;
        return *this;
    }
    ModelBuilder &dependency(const QString &from, const QString &to, const QString &fallback = QString(), int retries = 0)
    {
        DependencyLink d;
        d.id = from + u"--" + to;
        d.from = from;
        d.to = to;
        d.fallback = fallback;
        d.retries = retries;
        m.dependencies << d;
        return *this;
    }
    RedundancyGroup &group(const QString &id, RedundancyPolicy policy, const QStringList &members)
    {
        RedundancyGroup g;
        g.id = id;
        g.name = id;
        g.policy = policy;
        g.members = members;
        m.groups << g;
        return m.groups.last();
    }
    FailoverLink &failover(const QString &id, const QString &from, const QString &to)
    {
        FailoverLink f;
        f.id = id;
        f.from = from;
        f.to = to;
        m.failovers << f;
        return m.failovers.last();
    }
    ReplicationLink &replication(const QString &id, const QString &from, const QString &to, ReplicationMode mode)
    {
        ReplicationLink r;
        r.id = id;
        r.from = from;
        r.to = to;
        r.mode = mode;
        m.replications << r;
        return m.replications.last();
    }
    QuorumGroup &quorum(const QString &id, const QStringList &voters, QuorumKind kind = QuorumKind::Consensus)
    {
        QuorumGroup q;
        q.id = id;
        q.name = id;
        q.kind = kind;
        q.voters = voters;
        m.quorums << q;
        return m.quorums.last();
    }
    Service &service(const QString &id, const QString &entry)
    {
        Service s;
        s.id = id;
        s.name = id;
        s.entry = entry;
        m.services << s;
        return m.services.last();
    }

    Model m;
};

} // namespace nf::test
