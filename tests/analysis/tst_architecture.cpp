// The architecture analysis against DOMAIN.md §6–§11, with expected values
// worked out by hand in the comments.

#include "architectureanalysis.h"
#include "modelbuilder.h"
#include "replicationanalysis.h"
#include "validator.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;
using namespace nf;
using nf::test::ModelBuilder;

namespace {
bool close(double a, double b, double rel = 1e-12)
{
    return std::fabs(a - b) <= rel * std::max(std::fabs(a), std::fabs(b));
}

AnalysisResult analyse(const Model &m)
{
    const QList<Diagnostic> problems = Validator::validate(m, u"test"_s);
    for (const Diagnostic &d : problems)
        if (d.isError())
            qFatal("invalid test model: %s", qPrintable(d.toString()));
    return ArchitectureAnalysis::run(m);
}

const Finding *finding(const AnalysisResult &r, const QString &code, const QString &element = QString())
{
    for (const Finding &f : r.findings)
        if (f.code == code && (element.isEmpty() || f.elements.contains(element)))
            return &f;
    return nullptr;
}

const GroupReport &group(const AnalysisResult &r, const QString &id)
{
    for (const GroupReport &g : r.groups)
        if (g.id == id)
            return g;
    qFatal("no group %s", qPrintable(id));
}
} // namespace

class TestArchitecture : public QObject
{
    Q_OBJECT

private slots:
    void parallelPair();
    void twoOfThreeByCapacity();
    void threeInSeries();
    void sharedZone();
    void redundancyParadox();
    void raid5();
    void nPlusM75Percent();
    void nPlusM80PercentCascades();
    void rollingUpdate();
    void disruptionBudget();
    void retryStorm();
    void quorumTwoZones();
    void quorumThreeZones();
    void evenQuorum();
    void splitBrain();
    void tunableQuorum();
    void replicationLatency();
    void quorumWriteWaitsForWthReplica();
    void asyncDataLossAndMonitoring();
    void failoverRtoAndCost();
    void failoverDependsOnPrimary();
    void fallbackDependsOnProtected();
    void betaFactorCommonCause();
    void capacityWeightedGroup();
    void targetsAndSpof();
    void sloMissNamesOnlyWhatTheServiceNeeds();
    void partialRedundancyIsNoParadox();
    void singleServerIsNotFaultTolerant();
    void tunableSplitWritesOnBothSides();
    void deepDependencyChain();
    void analysisNeverThrows();
};

void TestArchitecture::parallelPair()
{
    // Two replicas A = 0.99, any one suffices: 1 - 0.01² = 0.9999.
    ModelBuilder b;
    b.component(u"a"_s, 0.99).component(u"b"_s, 0.99);
    b.group(u"g"_s, RedundancyPolicy::ActiveActive, {u"a"_s, u"b"_s});
    b.service(u"svc"_s, u"g"_s);
    const AnalysisResult r = analyse(b.m);
    QVERIFY(close(r.system.availability, 0.9999));
    QVERIFY(close(r.system.unavailability, 1e-4));
}

void TestArchitecture::twoOfThreeByCapacity()
{
    // Demand 200 on three members of capacity 100: two must be up. A = 0.999702.
    ModelBuilder b;
    for (const QString &id : {u"a"_s, u"b"_s, u"c"_s})
        b.component(id, 0.99, 100);
    b.group(u"g"_s, RedundancyPolicy::ActiveActive, {u"a"_s, u"b"_s, u"c"_s}).demand = 200;
    b.service(u"svc"_s, u"g"_s);
    const AnalysisResult r = analyse(b.m);
    QVERIFY(close(r.system.availability, 0.999702));
    QCOMPARE(group(r, u"g"_s).neededMembers, 2);
}

void TestArchitecture::threeInSeries()
{
    // web needs app needs db, each 0.999: 0.997002999.
    ModelBuilder b;
    b.component(u"web"_s, 0.999).component(u"app"_s, 0.999).component(u"db"_s, 0.999);
    b.dependency(u"web"_s, u"app"_s).dependency(u"app"_s, u"db"_s);
    b.service(u"svc"_s, u"web"_s);
    const AnalysisResult r = analyse(b.m);
    QVERIFY(close(r.system.availability, 0.997002999));
    QCOMPARE(r.cutSetsByOrder.value(1), 3.0);
    QVERIFY(finding(r, u"spof"_s, u"db"_s));
}

void TestArchitecture::sharedZone()
{
    // Two replicas A = 0.999 in one zone of A = 0.9995: 0.9995·(1 - 0.001²) =
    // 0.9994990005; the naive independent-paths figure 0.99999775 is wrong.
    ModelBuilder b;
    b.component(u"r1"_s, 0.999).component(u"r2"_s, 0.999);
    b.container(u"zone"_s, ContainerKind::Zone, {u"r1"_s, u"r2"_s}, 0.9995);
    b.group(u"g"_s, RedundancyPolicy::ActiveActive, {u"r1"_s, u"r2"_s});
    b.service(u"svc"_s, u"g"_s);
    const AnalysisResult r = analyse(b.m);
    QVERIFY(close(r.system.availability, 0.9994990005));
    QVERIFY(!close(r.system.availability, 0.99999775, 1e-9));
    const Finding *f = finding(r, u"shared-failure-domain"_s, u"g"_s);
    QVERIFY(f);
    QVERIFY(f->elements.contains(u"zone"_s));
    QCOMPARE(f->severity, Finding::Severity::Critical);
    QCOMPARE(group(r, u"g"_s).sharedDomain, u"zone"_s);
    QVERIFY(finding(r, u"spof"_s, u"zone"_s));
}

void TestArchitecture::redundancyParadox()
{
    // Active-passive pair of A = 0.99 with coverage 0.5: 0.99 + 0.01·0.5·0.99 = 0.99495,
    // better than one node. With the failover script (A = 0.99) in series:
    // 0.99495 · 0.99 = 0.9850005 < 0.99: the paradox.
    ModelBuilder b;
    b.component(u"p"_s, 0.99, 0, ComponentKind::Cache).component(u"s"_s, 0.99, 0, ComponentKind::Cache);
    b.component(u"script"_s, 0.99, 0, ComponentKind::Controller);
    b.group(u"pair"_s, RedundancyPolicy::ActivePassive, {u"p"_s, u"s"_s});
    FailoverLink &f = b.failover(u"fo"_s, u"p"_s, u"s"_s);
    f.coverage = 0.5;
    f.fencing = Fencing::Lease;
    b.service(u"svc"_s, u"pair"_s);
    AnalysisResult r = analyse(b.m);
    QVERIFY(close(r.system.availability, 0.99495));
    QVERIFY(!finding(r, u"redundancy-paradox"_s));

    b.m.failovers[0].mechanism = u"script"_s;
    b.m.failovers[0].mechanismInSeries = true;
    r = analyse(b.m);
    QVERIFY(close(r.system.availability, 0.9850005));
    const Finding *paradox = finding(r, u"redundancy-paradox"_s, u"pair"_s);
    QVERIFY(paradox);
    QVERIFY(paradox->elements.contains(u"script"_s));
    QVERIFY(close(group(r, u"pair"_s).nonRedundantUnavailability, 0.01));
}

void TestArchitecture::raid5()
{
    // 4 disks, MTBF 100,000 h, rebuild 24 h, survivors 3× stressed (DOMAIN §11):
    // MTTDL = (a + b + μ)/(a·b), a = 4λ, b = 9λ, μ = 1/24 → 1.161e7 h;
    // P(second failure during one rebuild) = 1 - e^{-9λ·24} = 0.002158.
    ModelBuilder b;
    QStringList disks;
    for (int i = 0; i < 4; ++i) {
        b.repairable(u"disk%1"_s.arg(i), 100000, 0, 0, ComponentKind::Storage);
        b.m.components.last().failure.mttrHours = 0.0;
        disks << u"disk%1"_s.arg(i);
    }
    // MTTR 0 would mean "never down"; the rebuild is the repair.
    for (Component &c : b.m.components)
        c.failure = FailureModel::rates(100000, 1e-9);
    RedundancyGroup &g = b.group(u"raid"_s, RedundancyPolicy::ActiveActive, disks);
    g.declaredN = 3;
    g.declaredM = 1;
    g.rebuildHours = 24;
    g.rebuildStress = 3;
    b.container(u"host"_s, ContainerKind::Host, disks);
    b.service(u"svc"_s, u"raid"_s);
    const AnalysisResult r = analyse(b.m);
    const GroupReport &rep = group(r, u"raid"_s);
    QCOMPARE(rep.model, u"markov-k-of-n"_s);
    const double a = 4e-5, bb = 9e-5, mu = 1.0 / (24 + 1e-9);
    QVERIFY(close(rep.mttfHours, (a + bb + mu) / (a * bb), 1e-9));
    QVERIFY(std::fabs(rep.mttfHours - 1.161e7) < 0.001e7);
    QVERIFY(std::fabs(rep.failureDuringRebuild - 0.002158) < 5e-7);
}

void TestArchitecture::nPlusM75Percent()
{
    // 3 replicas at 75 %: demand 225 on capacity 100 each. One failure: 112.5 %
    // per survivor → M_eff = 0, a cascade (no real N+1).
    ModelBuilder b;
    for (const QString &id : {u"p1"_s, u"p2"_s, u"p3"_s})
        b.component(id, 0.999, 100);
    RedundancyGroup &g = b.group(u"pods"_s, RedundancyPolicy::ActiveActive, {u"p1"_s, u"p2"_s, u"p3"_s});
    g.demand = 225;
    g.declaredN = 2;
    g.declaredM = 1;
    b.service(u"svc"_s, u"pods"_s);
    const AnalysisResult r = analyse(b.m);
    const GroupReport &rep = group(r, u"pods"_s);
    QCOMPARE(rep.rows.size(), 3);
    QVERIFY(close(rep.rows.at(0).utilisation, 0.75));
    QVERIFY(close(rep.rows.at(1).utilisation, 1.125));
    QVERIFY(close(rep.rows.at(1).loadPerSurvivor, 112.5));
    QCOMPARE(rep.effectiveM, 0);
    QCOMPARE(rep.cascadeAfter, 1);
    QCOMPARE(rep.neededMembers, 3); // the structure needs all three: 0.999³
    QVERIFY(close(r.system.availability, 0.999 * 0.999 * 0.999));
    QVERIFY(finding(r, u"overload-cascade"_s, u"pods"_s));
    // A group that needs every member has no redundancy to be paradoxical about:
    // 0.999³ < 0.999, but one member alone cannot carry the 225 either, so "less
    // available than one member" would compare with a design that does not work.
    QVERIFY(!finding(r, u"redundancy-paradox"_s));
}

void TestArchitecture::nPlusM80PercentCascades()
{
    // 3 replicas at 80 %: 120 % after one failure.
    ModelBuilder b;
    for (const QString &id : {u"p1"_s, u"p2"_s, u"p3"_s})
        b.component(id, 0.999, 100);
    b.group(u"pods"_s, RedundancyPolicy::ActiveActive, {u"p1"_s, u"p2"_s, u"p3"_s}).demand = 240;
    b.service(u"svc"_s, u"pods"_s);
    const AnalysisResult r = analyse(b.m);
    QVERIFY(close(group(r, u"pods"_s).rows.at(1).utilisation, 1.2));
    QCOMPARE(group(r, u"pods"_s).rows.at(1).status, HeadroomRow::Status::Overload);
    QVERIFY(finding(r, u"overload-cascade"_s, u"pods"_s));
}

void TestArchitecture::rollingUpdate()
{
    // Demand of 4 replicas on 5 (N+1): maxUnavailable 1 leaves N+0; one crash
    // during the update → 3 < 4 → overload. On 6 (N+2) the update leaves N+1.
    auto build = [](int n) {
        ModelBuilder b;
        QStringList ids;
        for (int i = 0; i < n; ++i) {
            ids << u"w%1"_s.arg(i);
            b.component(ids.last(), 0.999, 100);
        }
        RedundancyGroup &g = b.group(u"web"_s, RedundancyPolicy::ActiveActive, ids);
        g.demand = 400;
        g.maxUnavailable = 1;
        b.service(u"svc"_s, u"web"_s);
        return analyse(b.m);
    };
    const AnalysisResult five = build(5);
    QCOMPARE(group(five, u"web"_s).effectiveM, 1);
    QCOMPARE(group(five, u"web"_s).toleranceDuringUpdate, 0);
    QCOMPARE(group(five, u"web"_s).rows.at(2).status, HeadroomRow::Status::Overload); // 400/3 per survivor
    QVERIFY(finding(five, u"maintenance-exposure"_s, u"web"_s));
    const AnalysisResult six = build(6);
    QCOMPARE(group(six, u"web"_s).effectiveM, 2);
    QCOMPARE(group(six, u"web"_s).toleranceDuringUpdate, 1);
    QVERIFY(!finding(six, u"maintenance-exposure"_s));
}

void TestArchitecture::disruptionBudget()
{
    // minAvailable 2 on 3 replicas: 1 voluntary disruption allowed.
    ModelBuilder b;
    for (const QString &id : {u"p1"_s, u"p2"_s, u"p3"_s})
        b.component(id, 0.999, 100);
    RedundancyGroup &g = b.group(u"web"_s, RedundancyPolicy::ActiveActive, {u"p1"_s, u"p2"_s, u"p3"_s});
    g.demand = 100;
    g.minAvailable = 2;
    b.service(u"svc"_s, u"web"_s);
    const AnalysisResult r = analyse(b.m);
    QCOMPARE(group(r, u"web"_s).voluntaryDisruptions, 1);
    QVERIFY(finding(r, u"disruption-budget"_s, u"web"_s));
}

void TestArchitecture::retryStorm()
{
    // Demand 300 on 3 × 150 = 450; callers retry twice: up to 3 × 300 = 900 offered.
    ModelBuilder b;
    for (const QString &id : {u"a"_s, u"b"_s, u"c"_s})
        b.component(id, 0.999, 150);
    b.component(u"client"_s, 1.0);
    b.group(u"api"_s, RedundancyPolicy::ActiveActive, {u"a"_s, u"b"_s, u"c"_s}).demand = 300;
    b.dependency(u"client"_s, u"api"_s, QString(), 2);
    b.service(u"svc"_s, u"client"_s);
    const AnalysisResult r = analyse(b.m);
    QCOMPARE(group(r, u"api"_s).callerRetries, 2);
    QVERIFY(close(group(r, u"api"_s).offeredLoadWithRetries, 900));
    QVERIFY(group(r, u"api"_s).retryStorm);
    QVERIFY(finding(r, u"retry-storm"_s, u"api"_s));
}

void TestArchitecture::quorumTwoZones()
{
    // 5 voters as 3 + 2 in two zones: losing the 3-zone stops writes.
    ModelBuilder b;
    QStringList voters;
    for (int i = 0; i < 5; ++i) {
        voters << u"v%1"_s.arg(i);
        b.component(voters.last(), 0.999);
    }
    b.container(u"za"_s, ContainerKind::Zone, voters.mid(0, 3), 0.9995);
    b.container(u"zb"_s, ContainerKind::Zone, voters.mid(3), 0.9995);
    b.quorum(u"etcd"_s, voters);
    b.service(u"svc"_s, u"etcd"_s);
    const AnalysisResult r = analyse(b.m);
    const QuorumReport &q = r.quorums.first();
    QCOMPARE(q.quorum, 3);
    QCOMPARE(q.tolerated, 2);
    QCOMPARE(q.losses.size(), 2);
    QCOMPARE(q.losses.at(0).votersLeft, 2);
    QVERIFY(!q.losses.at(0).writable); // losing za
    QVERIFY(q.losses.at(1).writable);  // losing zb: 3 left
    QCOMPARE(q.splits.size(), 1);
    QCOMPARE(q.splits.first().sideWithQuorum, u"first"_s);
    QVERIFY(finding(r, u"no-quorum-after-zone-loss"_s, u"za"_s));
    QVERIFY(!finding(r, u"no-quorum-after-zone-loss"_s, u"zb"_s));
    QVERIFY(finding(r, u"spof"_s, u"za"_s)); // exact structure agrees: za alone stops writes
}

void TestArchitecture::quorumThreeZones()
{
    // 2 + 2 + 1 in three zones: every single zone loss keeps quorum; every split
    // leaves quorum on one side (3 vs 2).
    ModelBuilder b;
    QStringList voters;
    for (int i = 0; i < 5; ++i) {
        voters << u"v%1"_s.arg(i);
        b.component(voters.last(), 0.999);
    }
    b.container(u"za"_s, ContainerKind::Zone, voters.mid(0, 2), 0.9995);
    b.container(u"zb"_s, ContainerKind::Zone, voters.mid(2, 2), 0.9995);
    b.container(u"zc"_s, ContainerKind::Zone, voters.mid(4), 0.9995);
    b.quorum(u"etcd"_s, voters);
    b.service(u"svc"_s, u"etcd"_s);
    const AnalysisResult r = analyse(b.m);
    const QuorumReport &q = r.quorums.first();
    QCOMPARE(q.losses.size(), 3);
    for (const QuorumScenario &s : q.losses)
        QVERIFY(s.writable);
    QCOMPARE(q.splits.size(), 3); // 2^(3-1) - 1
    for (const QuorumScenario &s : q.splits)
        QVERIFY(!s.sideWithQuorum.isEmpty());
    QVERIFY(!finding(r, u"no-quorum-after-zone-loss"_s));
    QCOMPARE(r.cutSetsByOrder.value(1), 0.0);
}

void TestArchitecture::evenQuorum()
{
    // 4 voters: quorum 3, tolerates 1 failure, like 3 voters.
    ModelBuilder b;
    QStringList voters;
    for (int i = 0; i < 4; ++i) {
        voters << u"v%1"_s.arg(i);
        b.component(voters.last(), 0.99);
    }
    b.quorum(u"zk"_s, voters);
    b.service(u"svc"_s, u"zk"_s);
    const AnalysisResult r = analyse(b.m);
    QCOMPARE(r.quorums.first().quorum, 3);
    QCOMPARE(r.quorums.first().tolerated, 1);
    QVERIFY(r.quorums.first().evenSize);
    QVERIFY(finding(r, u"even-quorum"_s, u"zk"_s));
    // Writable with at least 3 of 4 up: 0.99⁴ + 4·0.99³·0.01
    QVERIFY(close(r.system.availability, std::pow(0.99, 4) + 4 * std::pow(0.99, 3) * 0.01));
}

void TestArchitecture::splitBrain()
{
    ModelBuilder b;
    b.component(u"p"_s, 0.999, 0, ComponentKind::Database).component(u"s"_s, 0.999, 0, ComponentKind::Database);
    b.group(u"db"_s, RedundancyPolicy::ActivePassive, {u"p"_s, u"s"_s});
    b.failover(u"fo"_s, u"p"_s, u"s"_s);
    b.service(u"svc"_s, u"db"_s);
    QVERIFY(finding(analyse(b.m), u"split-brain-risk"_s, u"fo"_s));
    b.m.failovers[0].fencing = Fencing::Stonith;
    QVERIFY(!finding(analyse(b.m), u"split-brain-risk"_s));
}

void TestArchitecture::tunableQuorum()
{
    auto build = [](int w, int r) {
        ModelBuilder b;
        QStringList replicas;
        for (int i = 0; i < 3; ++i) {
            replicas << u"r%1"_s.arg(i);
            b.component(replicas.last(), 0.99, 0, ComponentKind::Database);
        }
        QuorumGroup &q = b.quorum(u"store"_s, replicas, QuorumKind::Tunable);
        q.n = 3;
        q.w = w;
        q.r = r;
        b.service(u"svc"_s, u"store"_s);
        return analyse(b.m);
    };
    const AnalysisResult strong = build(2, 2);
    QVERIFY(strong.quorums.first().readYourWrites);      // 2 + 2 > 3
    QVERIFY(strong.quorums.first().singleWriteQuorum);   // 2 > 1.5
    QVERIFY(!finding(strong, u"weak-quorum"_s));
    // W = R = 2 of 3 up: 0.99³ + 3·0.99²·0.01 = 0.999702
    QVERIFY(close(strong.system.availability, 0.999702));
    const AnalysisResult eventual = build(1, 1);
    QVERIFY(!eventual.quorums.first().readYourWrites);
    QVERIFY(!eventual.quorums.first().singleWriteQuorum);
    QVERIFY(finding(eventual, u"weak-quorum"_s, u"store"_s));
    QVERIFY(close(eventual.system.availability, 1 - 1e-6)); // any one of three
}

void TestArchitecture::replicationLatency()
{
    // 3,000 miles = 4,828 km; light in fibre 204,190 km/s (index 1.4682):
    // 23.6 ms one way, 47.3 ms round trip, 70.9 ms with route factor 1.5.
    QVERIFY(std::fabs(ReplicationAnalysis::roundTripMs(4828.03, 1.0) - 47.3) < 0.05);
    QVERIFY(std::fabs(ReplicationAnalysis::roundTripMs(4828.03, 1.5) - 70.9) < 0.05);
    ModelBuilder b;
    b.component(u"east"_s, 0.999, 0, ComponentKind::Database).component(u"west"_s, 0.999, 0, ComponentKind::Database);
    ReplicationLink &l = b.replication(u"rep"_s, u"east"_s, u"west"_s, ReplicationMode::Synchronous);
    l.distanceKm = 4828.03;
    b.service(u"svc"_s, u"east"_s);
    const AnalysisResult r = analyse(b.m);
    const ReplicationReport &rep = r.replications.first();
    QCOMPARE(rep.rpoSeconds, 0.0);
    QVERIFY(std::fabs(rep.addedWriteLatencyMs - 70.9) < 0.05);
    QVERIFY(finding(r, u"sync-replication-latency"_s, u"rep"_s));
    // A measured RTT wins over the distance.
    b.m.replications[0].rttMs = 62;
    QCOMPARE(analyse(b.m).replications.first().addedWriteLatencyMs, 62.0);
}

void TestArchitecture::quorumWriteWaitsForWthReplica()
{
    // Source with synchronous replicas at 10, 50 and 80 ms: W = 2 waits for the
    // fastest other replica (10 ms), W = 3 for the second (50 ms); without a
    // quorum every synchronous replica (80 ms).
    auto build = [](int w) {
        ModelBuilder b;
        QStringList nodes{u"n0"_s, u"n1"_s, u"n2"_s, u"n3"_s};
        for (const QString &n : nodes)
            b.component(n, 0.999, 0, ComponentKind::Database);
        const double rtt[] = {10, 50, 80};
        for (int i = 1; i <= 3; ++i)
            b.replication(u"r%1"_s.arg(i), u"n0"_s, nodes.at(i), ReplicationMode::Synchronous).rttMs = rtt[i - 1];
        if (w > 0) {
            QuorumGroup &q = b.quorum(u"store"_s, nodes, QuorumKind::Tunable);
            q.n = 4;
            q.w = w;
            q.r = 4 - w + 1;
        }
        b.service(u"svc"_s, u"n0"_s);
        return analyse(b.m);
    };
    QCOMPARE(build(2).replications.first().storeWriteLatencyMs, 10.0);
    QCOMPARE(build(3).replications.first().storeWriteLatencyMs, 50.0);
    QCOMPARE(build(0).replications.first().storeWriteLatencyMs, 80.0);
}

void TestArchitecture::asyncDataLossAndMonitoring()
{
    ModelBuilder b;
    b.component(u"p"_s, 0.999, 0, ComponentKind::Database).component(u"s"_s, 0.999, 0, ComponentKind::Database);
    b.component(u"mailbox"_s, 1.0, 0, ComponentKind::Monitoring);
    b.m.components.last().attended = false;
    b.group(u"db"_s, RedundancyPolicy::ActivePassive, {u"p"_s, u"s"_s});
    b.failover(u"fo"_s, u"p"_s, u"s"_s).fencing = Fencing::Stonith;
    ReplicationLink &l = b.replication(u"rep"_s, u"p"_s, u"s"_s, ReplicationMode::Asynchronous);
    l.lagSeconds = 21600;
    l.lagAlertRoute = u"mailbox"_s;
    b.service(u"svc"_s, u"db"_s).rpoSeconds = 300;
    const AnalysisResult r = analyse(b.m);
    QCOMPARE(r.replications.first().rpoSeconds, 21600.0);
    QVERIFY(!r.replications.first().monitored);
    QVERIFY(r.replications.first().usedByFailover);
    QCOMPARE(finding(r, u"async-data-loss"_s, u"rep"_s)->severity, Finding::Severity::Critical);
    QVERIFY(finding(r, u"lag-alerts-unwatched"_s, u"mailbox"_s));
    QVERIFY(finding(r, u"rpo-miss"_s, u"svc"_s));
    QCOMPARE(r.failovers.first().rpoSeconds, 21600.0);
    // Sent to someone who watches: monitored, no finding about it.
    b.m.components[2].attended = true;
    const AnalysisResult watched = analyse(b.m);
    QVERIFY(watched.replications.first().monitored);
    QVERIFY(!finding(watched, u"lag-alerts-unwatched"_s));
}

void TestArchitecture::failoverRtoAndCost()
{
    // $1,000/s payment gateway, 30 s failover (10 s detection as 5 s × 2 missed
    // heartbeats, 15 s promotion, 5 s reconnect): at least $30,000 per failover.
    // The primary fails 4 times a year (MTBF 2,191.5 h = 8,766 h / 4) and is
    // repaired in 1 h: failures/year = 8,766 · A_p · λ_p = 4 · 2191.5/2192.5; the
    // service fails over when the standby is up then (A_s = 2191.5/2192.5).
    ModelBuilder b;
    b.repairable(u"p"_s, 2191.5, 1).repairable(u"s"_s, 2191.5, 1);
    b.group(u"gw"_s, RedundancyPolicy::ActivePassive, {u"p"_s, u"s"_s});
    FailoverLink &f = b.failover(u"fo"_s, u"p"_s, u"s"_s);
    f.heartbeatIntervalSeconds = 5;
    f.heartbeatMisses = 2;
    f.promotionSeconds = 15;
    f.reconnectSeconds = 5;
    f.fencing = Fencing::Quorum;
    Service &svc = b.service(u"payments"_s, u"gw"_s);
    svc.outageCostPerSecond = 1000;
    svc.rtoSeconds = 0;
    svc.retryable = false;
    const AnalysisResult r = analyse(b.m);
    const FailoverReport &fo = r.failovers.first();
    QCOMPARE(fo.rtoSeconds, 30.0);
    QCOMPARE(fo.costPerFailover, 30000.0);
    const double perYear = 4.0 * 2191.5 / 2192.5 * 2191.5 / 2192.5;
    QVERIFY(close(fo.failoversPerYear, perYear, 1e-9));
    QVERIFY(close(fo.costPerYear, 30000.0 * perYear, 1e-9));
    QCOMPARE(r.classifications.first().required, u"FT"_s);
    QCOMPARE(r.classifications.first().achieved, u"HA"_s);
    QVERIFY(finding(r, u"rto-miss"_s, u"payments"_s));
    // Manual: a person's response adds to the RTO.
    b.m.failovers[0].automatic = false;
    b.m.failovers[0].humanResponseSeconds = 300;
    const AnalysisResult manual = analyse(b.m);
    QCOMPARE(manual.failovers.first().rtoSeconds, 330.0);
    QVERIFY(finding(manual, u"manual-failover"_s, u"fo"_s));
}

void TestArchitecture::failoverDependsOnPrimary()
{
    // The standby site can take over only if the primary database answers; the
    // database sits in the primary site. P(db down | primary down) computed by
    // hand: primary site entry down = site ∨ gw ∨ db; db down = site ∨ db.
    ModelBuilder b;
    b.component(u"gw1"_s, 0.999).component(u"gw2"_s, 0.999).component(u"db"_s, 0.998);
    b.container(u"site1"_s, ContainerKind::Zone, {u"gw1"_s, u"db"_s}, 0.9995);
    b.container(u"site2"_s, ContainerKind::Zone, {u"gw2"_s}, 0.9995);
    b.dependency(u"gw1"_s, u"db"_s);
    b.group(u"sites"_s, RedundancyPolicy::ActivePassive, {u"gw1"_s, u"gw2"_s});
    b.failover(u"fo"_s, u"gw1"_s, u"gw2"_s).needs = {u"db"_s};
    b.service(u"svc"_s, u"sites"_s);
    const AnalysisResult r = analyse(b.m);
    const double site = 0.0005, gw = 0.001, db = 0.002;
    const double dbDown = 1 - (1 - site) * (1 - db);
    const double primaryDown = 1 - (1 - site) * (1 - gw) * (1 - db);
    QVERIFY(close(r.failovers.first().needsDownWhenNeeded, dbDown / primaryDown, 1e-9));
    const Finding *f = finding(r, u"failover-depends-on-primary"_s, u"fo"_s);
    QVERIFY(f);
    QVERIFY(f->elements.contains(u"db"_s));
    QCOMPARE(f->severity, Finding::Severity::Critical);
    // System: up if gw1 side up, or failover works: primaryUp ∨ (dbUp ∧ gw2 up ∧ site2 up)
    const double pUp = 1 - primaryDown;
    const double expected = pUp + (1 - site) * (1 - db) * gw * (1 - gw) * (1 - site);
    QVERIFY(close(r.system.availability, expected, 1e-12));
}

void TestArchitecture::fallbackDependsOnProtected()
{
    ModelBuilder b;
    b.component(u"checkout"_s, 0.9999).component(u"recs"_s, 0.99).component(u"cache"_s, 0.999);
    b.dependency(u"checkout"_s, u"recs"_s, u"cache"_s);
    b.dependency(u"cache"_s, u"recs"_s); // the fallback needs what it protects against
    b.service(u"svc"_s, u"checkout"_s);
    const AnalysisResult r = analyse(b.m);
    QVERIFY(finding(r, u"fallback-depends-on-protected"_s, u"cache"_s));
    // checkout up needs recs up or cache (which needs recs) up: 0.9999·0.99
    QVERIFY(close(r.system.availability, 0.9999 * 0.99));
    // An independent fallback helps: 0.9999·(1 - 0.01·0.001)
    b.m.dependencies.removeLast();
    const AnalysisResult ok = analyse(b.m);
    QVERIFY(!finding(ok, u"fallback-depends-on-protected"_s));
    QVERIFY(close(ok.system.availability, 0.9999 * (1 - 0.01 * 0.001)));
}

void TestArchitecture::betaFactorCommonCause()
{
    // Two identical members, λ = 1e-3/h, μ = 0.1/h, β = 0.1: independent parts
    // λ1 = 0.9e-3, common event λc = 1e-4 (same μ).
    // U = Uc + (1 - Uc)·U1² with U1 = λ1/(λ1+μ), Uc = λc/(λc+μ).
    ModelBuilder b;
    b.repairable(u"a"_s, 1000, 10).repairable(u"b"_s, 1000, 10);
    RedundancyGroup &g = b.group(u"pair"_s, RedundancyPolicy::ActiveActive, {u"a"_s, u"b"_s});
    g.commonCause = {CommonCauseType::BetaFactor, {0.1}};
    b.service(u"svc"_s, u"pair"_s);
    const AnalysisResult r = analyse(b.m);
    const double u1 = 0.9e-3 / (0.9e-3 + 0.1), uc = 1e-4 / (1e-4 + 0.1);
    const double expected = uc + (1 - uc) * u1 * u1;
    QVERIFY(close(r.system.unavailability, expected, 1e-12));
    // share from common causes: (U - U without the common event)/U = (U - U1²)/U
    QVERIFY(close(group(r, u"pair"_s).commonCauseShare, (expected - u1 * u1) / expected, 1e-9));
    QVERIFY(finding(r, u"common-cause-dominates"_s, u"pair"_s));
}

void TestArchitecture::capacityWeightedGroup()
{
    // Capacities 100, 100, 50 and demand 150 (DOMAIN §3: the up members' capacity
    // covers the demand): up sets {1,2}, {1,3}, {2,3}, {1,2,3} →
    // 0.9·0.9 + 0.9·0.1·0.8 + 0.1·0.9·0.8 = 0.954.
    ModelBuilder b;
    b.component(u"a"_s, 0.9, 100).component(u"b"_s, 0.9, 100).component(u"c"_s, 0.8, 50);
    b.group(u"g"_s, RedundancyPolicy::ActiveActive, {u"a"_s, u"b"_s, u"c"_s}).demand = 150;
    b.service(u"svc"_s, u"g"_s);
    const AnalysisResult r = analyse(b.m);
    QVERIFY(close(r.system.availability, 0.954));
    // worst case first: the two 100s fail first → one failure leaves 150 on 150
    QVERIFY(close(group(r, u"g"_s).rows.at(1).utilisation, 1.0));
    QCOMPARE(group(r, u"g"_s).rows.at(2).status, HeadroomRow::Status::Overload);
}

void TestArchitecture::targetsAndSpof()
{
    // 99.95 % target: 262.98 min of budget; a single component of A = 0.999 misses it.
    ModelBuilder b;
    b.component(u"only"_s, 0.999);
    b.service(u"svc"_s, u"only"_s).availabilityTarget = 0.9995;
    const AnalysisResult r = analyse(b.m);
    QVERIFY(!r.services.first().meetsTarget);
    const Finding *f = finding(r, u"slo-miss"_s, u"svc"_s);
    QVERIFY(f);
    QVERIFY2(f->message.contains(u"262.98 min"_s), qPrintable(f->message));
    QVERIFY(close(r.system.downtimeMinutesPerYear, 0.001 * 525960, 1e-9));
}

void TestArchitecture::sloMissNamesOnlyWhatTheServiceNeeds()
{
    // Two independent services: "weak" (A = 0.999) misses its 99.95 % target;
    // "other" needs only "big", which causes most of the system's downtime
    // (U = 0.01) but cannot take "weak" down. The fix must not point at it.
    ModelBuilder b;
    b.component(u"weak-part"_s, 0.999);
    b.component(u"big"_s, 0.99);
    b.service(u"weak"_s, u"weak-part"_s).availabilityTarget = 0.9995;
    b.service(u"other"_s, u"big"_s);
    const AnalysisResult r = analyse(b.m);
    const Finding *f = finding(r, u"slo-miss"_s, u"weak"_s);
    QVERIFY(f);
    QVERIFY(f->elements.contains(u"weak-part"_s));
    QVERIFY2(!f->elements.contains(u"big"_s), qPrintable(f->elements.join(u", "_s)));
    QVERIFY2(!f->fix.contains(u"big"_s), qPrintable(f->fix));
}

void TestArchitecture::partialRedundancyIsNoParadox()
{
    // 2-of-3 at A = 0.4: 3·0.4²·0.6 + 0.4³ = 0.352. Its non-redundant version is
    // the two members the load needs, in series: 0.4² = 0.16. Better, not a paradox.
    ModelBuilder b;
    for (const QString &id : {u"a"_s, u"b"_s, u"c"_s})
        b.component(id, 0.4, 100);
    b.group(u"g"_s, RedundancyPolicy::ActiveActive, {u"a"_s, u"b"_s, u"c"_s}).demand = 200;
    b.service(u"svc"_s, u"g"_s);
    const AnalysisResult r = analyse(b.m);
    QVERIFY(close(r.system.availability, 0.352));
    QVERIFY(close(group(r, u"g"_s).nonRedundantUnavailability, 1 - 0.16));
    QVERIFY(!finding(r, u"redundancy-paradox"_s));
}

void TestArchitecture::singleServerIsNotFaultTolerant()
{
    // No failover, so no failover delay, but one server: its failure interrupts
    // the service. An RTO of 0 (FT) is not achieved.
    ModelBuilder b;
    b.component(u"server"_s, 0.999);
    b.service(u"svc"_s, u"server"_s).rtoSeconds = 0;
    const AnalysisResult r = analyse(b.m);
    QCOMPARE(r.classifications.first().required, u"FT"_s);
    QCOMPARE(r.classifications.first().achieved, u"HA"_s);
    QVERIFY(finding(r, u"rto-miss"_s, u"svc"_s));
    // Two lock-step members (active-active, any one suffices): FT achieved.
    b.component(u"twin"_s, 0.999);
    b.group(u"pair"_s, RedundancyPolicy::ActiveActive, {u"server"_s, u"twin"_s});
    b.m.services[0].entry = u"pair"_s;
    const AnalysisResult ft = analyse(b.m);
    QCOMPARE(ft.classifications.first().achieved, u"FT"_s);
    QVERIFY(!finding(ft, u"rto-miss"_s));
}

void TestArchitecture::tunableSplitWritesOnBothSides()
{
    // N = 3 over three zones with W = 1: after any split both sides have a
    // replica, so both take writes; with W = 2 only the side with two does.
    auto build = [](int w) {
        ModelBuilder b;
        QStringList replicas;
        for (int i = 0; i < 3; ++i) {
            replicas << u"r%1"_s.arg(i);
            b.component(replicas.last(), 0.999, 0, ComponentKind::Database);
            b.container(u"z%1"_s.arg(i), ContainerKind::Zone, {replicas.last()});
        }
        QuorumGroup &q = b.quorum(u"store"_s, replicas, QuorumKind::Tunable);
        q.n = 3;
        q.w = w;
        q.r = w;
        b.service(u"svc"_s, u"store"_s);
        return analyse(b.m);
    };
    const AnalysisResult loose = build(1);
    QCOMPARE(loose.quorums.first().splits.size(), 3);
    for (const QuorumScenario &s : loose.quorums.first().splits)
        QCOMPARE(s.sideWithQuorum, u"both"_s);
    const AnalysisResult strict = build(2);
    for (const QuorumScenario &s : strict.quorums.first().splits)
        QVERIFY(s.sideWithQuorum == u"first"_s || s.sideWithQuorum == u"second"_s);
}

// 10,000 components, each needing the next: translated without a stack
// overflow; all in series, A = (10,000 / 10,002)^10,000.
void TestArchitecture::deepDependencyChain()
{
    constexpr int n = 10000;
    ModelBuilder b;
    for (int i = 0; i < n; ++i)
        b.repairable(u"c%1"_s.arg(i), 10000.0, 2.0);
    for (int i = 0; i + 1 < n; ++i)
        b.dependency(u"c%1"_s.arg(i), u"c%1"_s.arg(i + 1));
    b.service(u"svc"_s, u"c0"_s);
    AnalysisOptions options;
    options.timeFigures = false;
    options.curvePoints = 0;
    options.cutSetOrder = 1;
    const AnalysisResult r = ArchitectureAnalysis::run(b.m, options);
    QVERIFY2(r.ok(), qPrintable(r.error));
    const double expected = std::pow(10000.0 / 10002.0, n);
    QVERIFY(close(r.system.availability, expected, 1e-9));
    QCOMPARE(r.cutSetsByOrder.value(1), double(n)); // every component is a single point of failure
}

// The analysis is a boundary: called directly on values the validator would
// refuse (a Weibull scale of 1e300, a mission time of infinity), it returns a
// result or an error, never an exception.
void TestArchitecture::analysisNeverThrows()
{
    ModelBuilder b;
    b.repairable(u"a"_s, 1000.0, 2.0).repairable(u"b"_s, 1000.0, 2.0);
    b.m.components[0].failure.distribution = LifeDistribution{DistributionType::Weibull, 2.0, 1e300, 0.0, 1.0};
    b.m.components[1].failure.distribution = LifeDistribution{DistributionType::Lognormal, 1.0, 0.0, 1e300, 1.0};
    b.group(u"g"_s, RedundancyPolicy::ActiveActive, {u"a"_s, u"b"_s});
    b.service(u"svc"_s, u"g"_s);
    for (double mission : {8760.0, 1e300, std::numeric_limits<double>::infinity()}) {
        b.m.missionTimeHours = mission;
        AnalysisResult r;
        try {
            r = ArchitectureAnalysis::run(b.m);
        } catch (...) {
            QFAIL("ArchitectureAnalysis::run threw");
        }
        if (r.ok())
            QVERIFY(std::isfinite(r.system.unavailability));
        else
            QVERIFY(!r.error.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestArchitecture)
#include "tst_architecture.moc"
