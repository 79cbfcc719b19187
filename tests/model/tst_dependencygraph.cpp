// The one list of "X is up only if Y is up" edges: every kind of edge, and walks
// that agree with a brute-force reachability on random drawings.

#include "dependencygraph.h"
#include "modelbuilder.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nf;

class TestDependencyGraph : public QObject
{
    Q_OBJECT

private slots:
    void everyKindOfEdge();
    void postOrderPutsNeedsFirst();
    void walksAgreeWithBruteForce();
};

void TestDependencyGraph::everyKindOfEdge()
{
    test::ModelBuilder b;
    b.repairable(u"a"_s, 1000, 1).repairable(u"b"_s, 1000, 1).repairable(u"fb"_s, 1000, 1);
    b.repairable(u"p"_s, 1000, 1).repairable(u"s"_s, 1000, 1).repairable(u"need"_s, 1000, 1);
    b.repairable(u"mech"_s, 1000, 1).repairable(u"v1"_s, 1000, 1).repairable(u"v2"_s, 1000, 1);
    b.container(u"zone"_s, ContainerKind::Zone, {u"a"_s});
    b.container(u"region"_s, ContainerKind::Region, {u"zone"_s});
    b.dependency(u"a"_s, u"b"_s, u"fb"_s);
    b.group(u"g"_s, RedundancyPolicy::ActivePassive, {u"p"_s, u"s"_s});
    FailoverLink &f = b.failover(u"fo"_s, u"p"_s, u"s"_s);
    f.needs = {u"need"_s};
    f.mechanism = u"mech"_s;
    b.quorum(u"q"_s, {u"v1"_s, u"v2"_s});
    b.service(u"svc"_s, u"g"_s);
    const DependencyGraph graph(b.m);
    QCOMPARE(graph.needs(u"a"_s), (QStringList{u"zone"_s, u"b"_s, u"fb"_s}));
    QCOMPARE(graph.needs(u"zone"_s), QStringList{u"region"_s});
    QCOMPARE(graph.needs(u"g"_s), (QStringList{u"p"_s, u"s"_s, u"need"_s, u"mech"_s}));
    QCOMPARE(graph.needs(u"q"_s), (QStringList{u"v1"_s, u"v2"_s}));
    QCOMPARE(graph.needs(u"svc"_s), QStringList{u"g"_s});
    QVERIFY(graph.reaches(u"a"_s, u"region"_s));
    QVERIFY(graph.reaches(u"svc"_s, u"mech"_s));
    QVERIFY(!graph.reaches(u"b"_s, u"a"_s));
    QCOMPARE(graph.closure(u"a"_s), (QSet<QString>{u"zone"_s, u"region"_s, u"b"_s, u"fb"_s}));
    QVERIFY(graph.cycles(b.m.allIds()).isEmpty());
    // a failover link between members of different groups adds nothing
    b.group(u"h"_s, RedundancyPolicy::ActivePassive, {u"v1"_s, u"v2"_s});
    b.failover(u"odd"_s, u"p"_s, u"v2"_s).needs = {u"a"_s};
    QVERIFY(!DependencyGraph(b.m).needs(u"g"_s).contains(u"a"_s));
}

void TestDependencyGraph::postOrderPutsNeedsFirst()
{
    test::ModelBuilder b;
    for (int i = 0; i < 5; ++i)
        b.repairable(u"c%1"_s.arg(i), 1000, 1);
    b.dependency(u"c0"_s, u"c1"_s).dependency(u"c1"_s, u"c2"_s).dependency(u"c0"_s, u"c3"_s).dependency(u"c3"_s, u"c2"_s);
    int depth = 0;
    const QStringList order = DependencyGraph(b.m).postOrder({u"c0"_s, u"c4"_s}, &depth);
    QCOMPARE(order, (QStringList{u"c2"_s, u"c1"_s, u"c3"_s, u"c0"_s, u"c4"_s}));
    QCOMPARE(depth, 3); // c0 → c1 → c2
}

// Random drawings of dependencies, groups and containers: reaches() and
// closure() against reachability by repeated squaring of the adjacency, and
// postOrder() puts every element after everything it needs (on acyclic ones).
void TestDependencyGraph::walksAgreeWithBruteForce()
{
    QRandomGenerator rng(20261206);
    for (int trial = 0; trial < 200; ++trial) {
        const int n = 3 + int(rng.bounded(10));
        test::ModelBuilder b;
        QStringList ids;
        for (int i = 0; i < n; ++i) {
            b.repairable(u"c%1"_s.arg(i), 1000, 1);
            ids << u"c%1"_s.arg(i);
        }
        const bool acyclic = trial % 2 == 0;
        for (int k = 0; k < 2 * n; ++k) {
            int from = int(rng.bounded(n)), to = int(rng.bounded(n));
            if (from == to)
                continue;
            if (acyclic && from > to)
                std::swap(from, to);
            b.dependency(ids.at(from), ids.at(to), rng.bounded(4) == 0 ? ids.at(std::max(from, to)) : QString());
        }
        const DependencyGraph graph(b.m);
        // brute force: reach[i][j] by n rounds of relaxation
        QList<QList<bool>> reach(n, QList<bool>(n, false));
        for (int i = 0; i < n; ++i)
            for (const QString &w : graph.needs(ids.at(i)))
                reach[i][int(ids.indexOf(w))] = true;
        for (int round = 0; round < n; ++round)
            for (int i = 0; i < n; ++i)
                for (int j = 0; j < n; ++j)
                    if (reach[i][j])
                        for (int k = 0; k < n; ++k)
                            reach[i][k] = reach[i][k] || reach[j][k];
        bool anyCycle = false;
        for (int i = 0; i < n; ++i) {
            anyCycle = anyCycle || reach[i][i];
            const QSet<QString> closure = graph.closure(ids.at(i));
            for (int j = 0; j < n; ++j) {
                QCOMPARE(graph.reaches(ids.at(i), ids.at(j)), reach[i][j]);
                QCOMPARE(closure.contains(ids.at(j)), reach[i][j]);
            }
        }
        QCOMPARE(!graph.cycles(ids).isEmpty(), anyCycle);
        if (!anyCycle) {
            const QStringList order = graph.postOrder(ids);
            QCOMPARE(order.size(), n);
            for (int i = 0; i < n; ++i)
                for (int j = 0; j < n; ++j)
                    if (reach[i][j])
                        QVERIFY(order.indexOf(ids.at(j)) < order.indexOf(ids.at(i)));
        }
    }
}

QTEST_GUILESS_MAIN(TestDependencyGraph)
#include "tst_dependencygraph.moc"
