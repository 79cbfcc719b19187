#pragma once

// Small hand-made models for the GUI tests; every position is chosen so that
// expected results can be worked out by hand.

#include "model.h"

namespace nf::test {

inline Component component(const QString &id, ComponentKind kind = ComponentKind::Service)
{
    Component c;
    c.id = id;
    c.name = id.toUpper();
    c.kind = kind;
    c.failure = FailureModel::rates(8760.0, 1.0);
    return c;
}

inline void place(Model &m, const QString &id, double x, double y, double w = 0, double h = 0)
{
    NodeGeometry g;
    g.pos = QPointF(x, y);
    if (w > 0)
        g.size = QSizeF(w, h);
    m.layout.nodes.insert(id, g);
}

// Zone z1 (0,0 600x400) holding a (40,60) and b (300,60); c (800,60) outside;
// c needs b.
inline Model zoneModel()
{
    Model m;
    m.name = QStringLiteral("Fixture");
    m.components << component(QStringLiteral("a")) << component(QStringLiteral("b"), ComponentKind::Database)
                 << component(QStringLiteral("c"));
    Container z;
    z.id = QStringLiteral("z1");
    z.name = QStringLiteral("Zone one");
    z.kind = ContainerKind::Zone;
    z.children = {QStringLiteral("a"), QStringLiteral("b")};
    m.containers << z;
    DependencyLink d;
    d.id = QStringLiteral("c-needs-b");
    d.from = QStringLiteral("c");
    d.to = QStringLiteral("b");
    m.dependencies << d;
    place(m, QStringLiteral("z1"), 0, 0, 600, 400);
    place(m, QStringLiteral("a"), 40, 60);
    place(m, QStringLiteral("b"), 300, 60);
    place(m, QStringLiteral("c"), 800, 60);
    return m;
}

// p1, p2 in zone z1 with a dependency, a replication and a redundancy group
// between them; x outside, needed by p2.
inline Model groupModel()
{
    Model m = zoneModel();
    m.components.clear();
    m.dependencies.clear();
    m.layout = Layout();
    m.components << component(QStringLiteral("p1"), ComponentKind::Database)
                 << component(QStringLiteral("p2"), ComponentKind::Database) << component(QStringLiteral("x"));
    m.containers[0].children = {QStringLiteral("p1"), QStringLiteral("p2")};
    DependencyLink d;
    d.id = QStringLiteral("p1-needs-p2");
    d.from = QStringLiteral("p1");
    d.to = QStringLiteral("p2");
    DependencyLink out;
    out.id = QStringLiteral("p2-needs-x");
    out.from = QStringLiteral("p2");
    out.to = QStringLiteral("x");
    m.dependencies << d << out;
    ReplicationLink r;
    r.id = QStringLiteral("p1-to-p2");
    r.from = QStringLiteral("p1");
    r.to = QStringLiteral("p2");
    m.replications << r;
    RedundancyGroup g;
    g.id = QStringLiteral("g");
    g.name = QStringLiteral("Pair");
    g.members = {QStringLiteral("p1"), QStringLiteral("p2")};
    m.groups << g;
    place(m, QStringLiteral("z1"), 0, 0, 600, 400);
    place(m, QStringLiteral("p1"), 40, 60);
    place(m, QStringLiteral("p2"), 40, 200);
    place(m, QStringLiteral("x"), 800, 200);
    m.layout.bends.insert(QStringLiteral("p1-to-p2"), {QPointF(300, 88), QPointF(300, 228)});
    return m;
}

} // namespace nf::test
