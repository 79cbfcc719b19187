// Edge cases of the architecture analysis and the rules behind its findings:
// zero repair times, unknown failure rates, failover counts with several
// standbys, HA/FT classification, and the thresholds of each finding. Every
// expected value is worked out by hand in the comments.

#include "architectureanalysis.h"
#include "modelbuilder.h"
#include "units.h"
#include "validator.h"

#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace nf;
using nf::test::ModelBuilder;

namespace {
bool close(double a, double b, double rel = 1e-9)
{
    return std::fabs(a - b) <= rel * std::max(std::fabs(a), std::fabs(b));
}

AnalysisResult analyse(const Model &m)
{
    for (const Diagnostic &d : Validator::validate(m, u"test"_s))
        if (d.isError())
            qFatal("invalid test model: %s", qPrintable(d.toString()));
    return ArchitectureAnalysis::run(m);
}

QList<const Finding *> findings(const AnalysisResult &r, const QString &code, const QString &element = QString())
{
    QList<const Finding *> out;
    for (const Finding &f : r.findings)
        if (f.code == code && (element.isEmpty() || f.elements.contains(element)))
            out << &f;
    return out;
}

const Finding *finding(const AnalysisResult &r, const QString &code, const QString &element = QString())
{
    const QList<const Finding *> all = findings(r, code, element);
    return all.isEmpty() ? nullptr : all.first();
}

const GroupReport &group(const AnalysisResult &r, const QString &id)
{
    for (const GroupReport &g : r.groups)
        if (g.id == id)
            return g;
    qFatal("no group %s", qPrintable(id));
}

const FailoverReport &failoverTo(const AnalysisResult &r, const QString &to)
{
    for (const FailoverReport &f : r.failovers)
        if (f.to == to)
            return f;
    qFatal("no failover to %s", qPrintable(to));
}

double avail(double mtbf, double mttr) { return mtbf / (mtbf + mttr); }
} // namespace

class TestFindingRules : public QObject
{
    Q_OBJECT

private slots:
    void zeroRepairTime();
    void unknownRatesMakeFrequencyALowerBound();
    void fixedAvailabilityWithRepairTime();
    void nonRedundantVersionKeepsGroupDependencies();
    void cyclesThroughFallbacksMechanismsAndPlacement();
    void failoversPerYearWithTwoStandbys();
    void undrawnStandbyFailover();
    void classification();
    void markovGroupIsNoSinglePoint();
    void overloadCascadeDoesNotHideOtherFindings();
    void maintenanceExposureWithDeclaredNPlusM();
    void disruptionBudgetAgainstTolerance();
    void failoverDependencyMustBeCoupled();
    void asyncDataLossJudgedByServedServices();
    void tunableWritesAndReadsSeparately();
    void tunablePerKeyReplicaSet();
    void sloMissPrintsDigitsThatDiffer();
    void sharedFailureDomainCausesAreAlternatives();
    void arrayWithoutDeclaredToleranceIsStated();
};

void TestFindingRules::zeroRepairTime()
{
    // MTBF 1,000 h, repaired at once: never down, but 8,766 / 1,000 = 8.766
    // failures a year.
    ModelBuilder b;
    b.repairable(u"a"_s, 1000, 0);
    b.service(u"svc"_s, u"a"_s);
    const AnalysisResult r = analyse(b.m);
    QCOMPARE(r.system.unavailability, 0.0);
    QCOMPARE(r.system.availability, 1.0);
    QVERIFY(close(r.system.failureFrequencyPerHour * 8766.0, 8.766));
    QVERIFY(r.system.frequencyComplete);
    QCOMPARE(r.system.meanOutageHours, 0.0);
}

void TestFindingRules::unknownRatesMakeFrequencyALowerBound()
{
    // a: an SLA of 99.9 % with no repair time, so no rate; b: MTBF 1,000 h,
    // MTTR 1 h. Only b's failures are counted: A_a · A_b · λ_b a year at least.
    ModelBuilder b;
    b.component(u"a"_s, 0.999).repairable(u"b"_s, 1000, 1);
    b.dependency(u"a"_s, u"b"_s);
    b.service(u"svc"_s, u"a"_s);
    const AnalysisResult r = analyse(b.m);
    const double perYear = 0.999 * avail(1000, 1) * 0.001 * 8766.0; // 8.748
    QVERIFY(close(r.system.failureFrequencyPerHour * 8766.0, perYear));
    QVERIFY(!r.system.frequencyComplete);
    const QString text = Units::failuresPerYear(r.system.failureFrequencyPerHour, r.system.frequencyComplete);
    QVERIFY2(text.startsWith(u"at least"_s), qPrintable(text));
    QVERIFY(Units::mtbf(r.system.mtbfHours, false).startsWith(u"at most"_s));
    // Nothing known at all: "unknown", not zero.
    QCOMPARE(Units::failuresPerYear(0.0, false), u"unknown"_s);
}

void TestFindingRules::fixedAvailabilityWithRepairTime()
{
    // 99.9 % with a 2 h repair: U = λ·MTTR/(1 + λ·MTTR) → λ = U/(A·MTTR); failures
    // a year A·λ·8,766 = U/MTTR·8,766 = 0.001/2·8,766 = 4.383.
    ModelBuilder b;
    b.component(u"a"_s, 0.999);
    b.m.components[0].failure = FailureModel::fixed(0.999, 2.0);
    b.service(u"svc"_s, u"a"_s);
    const AnalysisResult r = analyse(b.m);
    QVERIFY(close(r.system.unavailability, 0.001));
    QVERIFY(r.system.frequencyComplete);
    QVERIFY(close(r.system.failureFrequencyPerHour * 8766.0, 4.383));
    QVERIFY(close(r.system.meanOutageHours, 2.0));
}

void TestFindingRules::nonRedundantVersionKeepsGroupDependencies()
{
    // A pair (0.999 each) behind a load balancer (0.99) the group depends on.
    // Group: lb ∨ (p ∧ s) = 1 − 0.99·(1 − 10⁻⁶); one member instead: 1 − 0.99·0.999.
    ModelBuilder b;
    b.component(u"p"_s, 0.999).component(u"s"_s, 0.999).component(u"lb"_s, 0.99, 0, ComponentKind::LoadBalancer);
    b.group(u"g"_s, RedundancyPolicy::ActiveActive, {u"p"_s, u"s"_s});
    b.dependency(u"g"_s, u"lb"_s);
    b.service(u"svc"_s, u"g"_s);
    const AnalysisResult r = analyse(b.m);
    QVERIFY(close(group(r, u"g"_s).unavailability, 1.0 - 0.99 * (1.0 - 1e-6)));
    QVERIFY(close(group(r, u"g"_s).nonRedundantUnavailability, 1.0 - 0.99 * 0.999));
    QVERIFY(!finding(r, u"redundancy-paradox"_s));
}

void TestFindingRules::cyclesThroughFallbacksMechanismsAndPlacement()
{
    auto component = [](Model &m, const QString &id) {
        Component c;
        c.id = id;
        m.components << c;
    };
    auto dep = [](Model &m, const QString &from, const QString &to, const QString &fallback = QString()) {
        DependencyLink d;
        d.id = from + u"--"_s + to;
        d.from = from;
        d.to = to;
        d.fallback = fallback;
        m.dependencies << d;
    };
    auto cycleWith = [](const Model &m, const QStringList &ids) {
        for (const QStringList &cycle : Validator::dependencyCycles(m))
            if (std::all_of(ids.begin(), ids.end(), [&](const QString &id) { return cycle.contains(id); }))
                return true;
        return false;
    };
    {
        // a needs b, falling back on c; c needs a.
        Model m;
        for (const QString &id : {u"a"_s, u"b"_s, u"c"_s})
            component(m, id);
        dep(m, u"a"_s, u"b"_s, u"c"_s);
        QVERIFY(Validator::dependencyCycles(m).isEmpty());
        dep(m, u"c"_s, u"a"_s);
        QVERIFY(cycleWith(m, {u"a"_s, u"c"_s}));
    }
    {
        // The failover script of a pair needs the pair itself.
        Model m;
        for (const QString &id : {u"p"_s, u"s"_s, u"script"_s})
            component(m, id);
        RedundancyGroup g;
        g.id = u"g"_s;
        g.members = {u"p"_s, u"s"_s};
        m.groups << g;
        FailoverLink f;
        f.id = u"fo"_s;
        f.from = u"p"_s;
        f.to = u"s"_s;
        f.mechanism = u"script"_s;
        m.failovers << f;
        QVERIFY(Validator::dependencyCycles(m).isEmpty());
        dep(m, u"script"_s, u"g"_s);
        QVERIFY(cycleWith(m, {u"g"_s, u"script"_s}));
    }
    {
        // A zone that needs a switch placed inside it.
        Model m;
        component(m, u"switch"_s);
        Container z;
        z.id = u"zone"_s;
        z.kind = ContainerKind::Zone;
        z.children = {u"switch"_s};
        m.containers << z;
        QVERIFY(Validator::dependencyCycles(m).isEmpty());
        dep(m, u"zone"_s, u"switch"_s);
        QVERIFY(cycleWith(m, {u"zone"_s, u"switch"_s}));
    }
}

void TestFindingRules::failoversPerYearWithTwoStandbys()
{
    // Primary p, then s1, then s2 (hot, perfect switch-over). A failover to s1
    // happens when p fails while s1 is up; one to s2 when p fails while s1 is
    // down and s2 up, or when s1 fails while serving (p down) and s2 is up.
    ModelBuilder b;
    b.repairable(u"p"_s, 1000, 10).repairable(u"s1"_s, 2000, 20).repairable(u"s2"_s, 4000, 5);
    b.group(u"g"_s, RedundancyPolicy::ActivePassive, {u"p"_s, u"s1"_s, u"s2"_s});
    b.failover(u"f1"_s, u"p"_s, u"s1"_s).fencing = Fencing::Stonith;
    b.failover(u"f2"_s, u"p"_s, u"s2"_s).fencing = Fencing::Stonith;
    b.service(u"svc"_s, u"g"_s);
    const AnalysisResult r = analyse(b.m);
    const double ap = avail(1000, 10), a1 = avail(2000, 20), a2 = avail(4000, 5);
    const double toS1 = 8766.0 * ap / 1000.0 * a1;
    const double toS2 = 8766.0 * (ap / 1000.0 * (1 - a1) * a2 + (1 - ap) * a1 / 2000.0 * a2);
    QVERIFY(close(failoverTo(r, u"s1"_s).failoversPerYear, toS1));
    QVERIFY(close(failoverTo(r, u"s2"_s).failoversPerYear, toS2));
}

void TestFindingRules::undrawnStandbyFailover()
{
    // An active-passive pair of databases with no failover link drawn: the
    // translation assumes an automatic take-over, which is listed (not drawn) and
    // carries the split-brain risk of a promotion without fencing.
    ModelBuilder b;
    b.repairable(u"p"_s, 1000, 10, 0, ComponentKind::Database).repairable(u"s"_s, 1000, 10, 0, ComponentKind::Database);
    b.group(u"db"_s, RedundancyPolicy::ActivePassive, {u"p"_s, u"s"_s});
    b.service(u"svc"_s, u"db"_s);
    const AnalysisResult r = analyse(b.m);
    QCOMPARE(r.failovers.size(), 1);
    const FailoverReport &f = r.failovers.first();
    QVERIFY(!f.drawn);
    QVERIFY(f.id.isEmpty());
    QCOMPARE(f.rtoSeconds, 0.0);
    // p fails while s is up: 8,766 · A_p · λ_p · A_s.
    QVERIFY(close(f.failoversPerYear, 8766.0 * avail(1000, 10) / 1000.0 * avail(1000, 10)));
    const Finding *split = finding(r, u"split-brain-risk"_s, u"db"_s);
    QVERIFY(split);
    QVERIFY(split->elements.contains(u"p"_s) && split->elements.contains(u"s"_s));
    // Drawn, with fencing: no risk.
    b.failover(u"fo"_s, u"p"_s, u"s"_s).fencing = Fencing::Stonith;
    const AnalysisResult fenced = analyse(b.m);
    QVERIFY(fenced.failovers.first().drawn);
    QVERIFY(!finding(fenced, u"split-brain-risk"_s));
}

void TestFindingRules::classification()
{
    {
        // Active-active pair, no failover: fault tolerant.
        ModelBuilder b;
        b.repairable(u"a"_s, 1000, 1).repairable(u"b"_s, 1000, 1);
        b.group(u"g"_s, RedundancyPolicy::ActiveActive, {u"a"_s, u"b"_s});
        b.service(u"svc"_s, u"g"_s).rtoSeconds = 0;
        const AnalysisResult r = analyse(b.m);
        QCOMPARE(r.classifications.first().achieved, u"FT"_s);
        QVERIFY(!finding(r, u"rto-miss"_s));
    }
    {
        // Active-passive, even with an instant (assumed) take-over: an interruption.
        ModelBuilder b;
        b.repairable(u"a"_s, 1000, 1).repairable(u"b"_s, 1000, 1);
        b.group(u"g"_s, RedundancyPolicy::ActivePassive, {u"a"_s, u"b"_s});
        b.service(u"svc"_s, u"g"_s).rtoSeconds = 0;
        const AnalysisResult r = analyse(b.m);
        QCOMPARE(r.classifications.first().achieved, u"HA"_s);
        QVERIFY(finding(r, u"rto-miss"_s, u"svc"_s));
    }
    {
        // A single server repaired in 4 h against an RTO of one minute: the
        // recovery time is the repair time.
        ModelBuilder b;
        b.repairable(u"x"_s, 1000, 4);
        b.service(u"svc"_s, u"x"_s).rtoSeconds = 60;
        const AnalysisResult r = analyse(b.m);
        QCOMPARE(r.classifications.first().achievedRtoSeconds, 4 * 3600.0);
        QCOMPARE(r.classifications.first().rtoCause, u"x"_s);
        const Finding *miss = finding(r, u"rto-miss"_s, u"x"_s);
        QVERIFY(miss);
        QVERIFY2(miss->message.contains(u"4 h"_s), qPrintable(miss->message));
    }
}

void TestFindingRules::markovGroupIsNoSinglePoint()
{
    // A mirrored pair that rebuilds is solved as one Markov chain: one event, but
    // no single failure in it takes the service down. It is not fault tolerant
    // all the same (DOMAIN.md §12): a second failure during a rebuild loses the
    // data.
    ModelBuilder b;
    b.repairable(u"d1"_s, 10000, 24, 0, ComponentKind::Storage).repairable(u"d2"_s, 10000, 24, 0, ComponentKind::Storage);
    RedundancyGroup &g = b.group(u"mirror"_s, RedundancyPolicy::ActiveActive, {u"d1"_s, u"d2"_s});
    g.rebuildHours = 6;
    b.service(u"svc"_s, u"mirror"_s);
    const AnalysisResult r = analyse(b.m);
    QCOMPARE(group(r, u"mirror"_s).model, u"markov-k-of-n"_s);
    QVERIFY(!finding(r, u"spof"_s));
    QCOMPARE(r.classifications.first().achieved, u"HA"_s);
    QCOMPARE(r.classifications.first().haReasons.size(), 1);
    QVERIFY(r.classifications.first().haReasons.first().contains(u"during a rebuild"_s));
}

void TestFindingRules::overloadCascadeDoesNotHideOtherFindings()
{
    // 400 req/s on 3 × 150 (89 %): one failure leaves 400/300 = 133 %, a cascade.
    // Callers retry twice: 3 · 400 = 1,200 offered against 450 in all.
    ModelBuilder b;
    for (const QString &id : {u"a"_s, u"b"_s, u"c"_s})
        b.component(id, 0.999, 150);
    b.component(u"client"_s, 1.0);
    RedundancyGroup &g = b.group(u"api"_s, RedundancyPolicy::ActiveActive, {u"a"_s, u"b"_s, u"c"_s});
    g.demand = 400;
    g.ceiling = 0.8;
    b.dependency(u"client"_s, u"api"_s, QString(), 2);
    b.service(u"svc"_s, u"client"_s);
    const AnalysisResult r = analyse(b.m);
    const Finding *cascade = finding(r, u"overload-cascade"_s, u"api"_s);
    QVERIFY(cascade);
    // ⌈400 / (150 · 0.8)⌉ = 4 carry the load below the ceiling, plus one spare.
    QVERIFY2(cascade->fix.contains(u"at least 5 members"_s), qPrintable(cascade->fix));
    const Finding *storm = finding(r, u"retry-storm"_s, u"api"_s);
    QVERIFY(storm);
    QVERIFY2(storm->message.contains(u"1,200"_s) && storm->message.contains(u"450"_s), qPrintable(storm->message));
}

void TestFindingRules::maintenanceExposureWithDeclaredNPlusM()
{
    // Declared 3+1 with no load data, updated one member at a time: N+0 during it.
    ModelBuilder b;
    QStringList ids;
    for (int i = 0; i < 4; ++i) {
        ids << u"w%1"_s.arg(i);
        b.component(ids.last(), 0.999);
    }
    RedundancyGroup &g = b.group(u"web"_s, RedundancyPolicy::ActiveActive, ids);
    g.declaredN = 3;
    g.declaredM = 1;
    g.maxUnavailable = 1;
    b.service(u"svc"_s, u"web"_s);
    QVERIFY(finding(analyse(b.m), u"maintenance-exposure"_s, u"web"_s));
    b.m.groups[0].declaredN = 2;
    b.m.groups[0].declaredM = 2; // 2+2: the update leaves N+1
    QVERIFY(!finding(analyse(b.m), u"maintenance-exposure"_s));
}

void TestFindingRules::disruptionBudgetAgainstTolerance()
{
    // 200 on 3 × 100 at an 80 % ceiling: one failure leaves 100 % > 80 %, so the
    // group tolerates no failure; minAvailable 1 allows 2 drains: a warning.
    ModelBuilder b;
    for (const QString &id : {u"p1"_s, u"p2"_s, u"p3"_s})
        b.component(id, 0.999, 100);
    RedundancyGroup &g = b.group(u"web"_s, RedundancyPolicy::ActiveActive, {u"p1"_s, u"p2"_s, u"p3"_s});
    g.demand = 200;
    g.ceiling = 0.8;
    g.minAvailable = 1;
    b.service(u"svc"_s, u"web"_s);
    const AnalysisResult r = analyse(b.m);
    QCOMPARE(group(r, u"web"_s).effectiveM, 0);
    const Finding *f = finding(r, u"disruption-budget"_s, u"web"_s);
    QVERIFY(f);
    QCOMPARE(f->severity, Finding::Severity::Warning);
    // At a 100 % ceiling it tolerates one, and minAvailable 2 allows one: information.
    b.m.groups[0].ceiling = 1.0;
    b.m.groups[0].minAvailable = 2;
    const AnalysisResult ok = analyse(b.m);
    QCOMPARE(group(ok, u"web"_s).effectiveM, 1);
    QCOMPARE(finding(ok, u"disruption-budget"_s, u"web"_s)->severity, Finding::Severity::Info);
}

void TestFindingRules::failoverDependencyMustBeCoupled()
{
    // The failover needs a DNS service (99 %) that has nothing to do with the
    // primary: P(DNS down | primary down) = 0.01 = P(DNS down). Not coupled.
    ModelBuilder b;
    b.component(u"p"_s, 0.999, 0, ComponentKind::Database).component(u"s"_s, 0.999, 0, ComponentKind::Database);
    b.component(u"dns"_s, 0.99, 0, ComponentKind::Dns);
    b.group(u"db"_s, RedundancyPolicy::ActivePassive, {u"p"_s, u"s"_s});
    FailoverLink &f = b.failover(u"fo"_s, u"p"_s, u"s"_s);
    f.needs = {u"dns"_s};
    f.fencing = Fencing::Stonith;
    b.service(u"svc"_s, u"db"_s);
    const AnalysisResult r = analyse(b.m);
    QVERIFY(close(r.failovers.first().needsDownWhenNeeded, 0.01));
    QVERIFY(close(r.failovers.first().needsDown, 0.01));
    QVERIFY(!finding(r, u"failover-depends-on-primary"_s));
    // Placed in the primary's zone (99.5 %), the DNS goes down with it:
    // P(zone | p down) = 0.005 / (1 − 0.995·0.999) = 0.8342; unconditionally
    // 1 − 0.995·0.99 = 0.01495.
    Container zone;
    zone.id = u"zone-a"_s;
    zone.kind = ContainerKind::Zone;
    zone.children = {u"p"_s, u"dns"_s};
    zone.failure = FailureModel::fixed(0.995);
    b.m.containers << zone;
    const AnalysisResult coupled = analyse(b.m);
    const double pDown = 1 - 0.995 * 0.999;
    const double both = 0.005 + 0.995 * 0.001 * 0.01; // zone, or p and dns on their own
    QVERIFY(close(coupled.failovers.first().needsDownWhenNeeded, both / pDown));
    QVERIFY(close(coupled.failovers.first().needsDown, 1 - 0.995 * 0.99));
    const Finding *fd = finding(coupled, u"failover-depends-on-primary"_s, u"fo"_s);
    QVERIFY(fd);
    QCOMPARE(fd->severity, Finding::Severity::Critical);
}

void TestFindingRules::asyncDataLossJudgedByServedServices()
{
    // The orders database fails over onto a copy 120 s behind; orders may lose
    // 10 min. An unrelated ledger may lose 10 s, but does not use this failover.
    ModelBuilder b;
    b.component(u"p"_s, 0.999, 0, ComponentKind::Database).component(u"s"_s, 0.999, 0, ComponentKind::Database);
    b.component(u"ledger"_s, 0.999, 0, ComponentKind::Database);
    b.group(u"db"_s, RedundancyPolicy::ActivePassive, {u"p"_s, u"s"_s});
    b.failover(u"fo"_s, u"p"_s, u"s"_s).fencing = Fencing::Stonith;
    b.replication(u"rep"_s, u"p"_s, u"s"_s, ReplicationMode::Asynchronous).lagSeconds = 120;
    b.service(u"orders"_s, u"db"_s).rpoSeconds = 600;
    b.service(u"ledger-svc"_s, u"ledger"_s).rpoSeconds = 10;
    const AnalysisResult r = analyse(b.m);
    const Finding *loss = finding(r, u"async-data-loss"_s, u"rep"_s);
    QVERIFY(loss);
    QCOMPARE(loss->severity, Finding::Severity::Warning);
    // Orders allowed only 60 s: critical.
    b.m.services[0].rpoSeconds = 60;
    QCOMPARE(finding(analyse(b.m), u"async-data-loss"_s, u"rep"_s)->severity, Finding::Severity::Critical);
}

void TestFindingRules::tunableWritesAndReadsSeparately()
{
    // N = 3 replicas, two in zone A and one in zone B; W = 2, R = 1. Losing A
    // leaves 1: reads go on (R = 1), writes stop (W = 2). Losing B leaves 2: both.
    ModelBuilder b;
    for (const QString &id : {u"r1"_s, u"r2"_s, u"r3"_s})
        b.component(id, 0.999, 0, ComponentKind::Database);
    b.container(u"zone-a"_s, ContainerKind::Zone, {u"r1"_s, u"r2"_s});
    b.container(u"zone-b"_s, ContainerKind::Zone, {u"r3"_s});
    QuorumGroup &q = b.quorum(u"store"_s, {u"r1"_s, u"r2"_s, u"r3"_s}, QuorumKind::Tunable);
    q.n = 3;
    q.w = 2;
    q.r = 1;
    b.service(u"svc"_s, u"store"_s);
    const AnalysisResult r = analyse(b.m);
    const QuorumReport &rep = r.quorums.first();
    QCOMPARE(rep.losses.size(), 2);
    for (const QuorumScenario &s : rep.losses) {
        if (s.containers.first() == u"zone-a"_s) {
            QVERIFY(!s.writable);
            QVERIFY(s.readable);
        } else {
            QVERIFY(s.writable);
            QVERIFY(s.readable);
        }
    }
    const QList<const Finding *> lost = findings(r, u"no-quorum-after-zone-loss"_s);
    QCOMPARE(lost.size(), 1);
    QVERIFY(lost.first()->elements.contains(u"zone-a"_s));
    QVERIFY2(lost.first()->message.contains(u"W = 2: writes stop"_s), qPrintable(lost.first()->message));
}

void TestFindingRules::tunablePerKeyReplicaSet()
{
    // Five nodes, each key on N = 3 of them, W = R = 2: a key is unavailable when
    // 2 of its 3 replicas are down: 3·0.01²·0.99 + 0.01³ = 2.98e-4 (the five-node
    // figure, 3 of 5 down, would be 9.85e-6).
    ModelBuilder b;
    QStringList ids;
    for (int i = 0; i < 5; ++i) {
        ids << u"n%1"_s.arg(i);
        b.component(ids.last(), 0.99, 0, ComponentKind::Database);
    }
    QuorumGroup &q = b.quorum(u"store"_s, ids, QuorumKind::Tunable);
    q.n = 3;
    q.w = 2;
    q.r = 2;
    b.service(u"svc"_s, u"store"_s);
    const AnalysisResult r = analyse(b.m);
    QVERIFY(close(r.system.unavailability, 3 * 0.01 * 0.01 * 0.99 + 1e-6));
}

void TestFindingRules::sloMissPrintsDigitsThatDiffer()
{
    // 99.9496 % against 99.95 %: at the usual two significant digits of the
    // unavailability both print "99.95 %".
    ModelBuilder b;
    b.component(u"a"_s, 0.999496);
    b.service(u"svc"_s, u"a"_s).availabilityTarget = 0.9995;
    const AnalysisResult r = analyse(b.m);
    QCOMPARE(Units::availability(1 - 0.999496), Units::availability(0.0005));
    const Finding *f = finding(r, u"slo-miss"_s, u"svc"_s);
    QVERIFY(f);
    QVERIFY2(f->message.contains(u"99.9496 %"_s) && f->message.contains(u"99.9500 %"_s), qPrintable(f->message));
}

void TestFindingRules::sharedFailureDomainCausesAreAlternatives()
{
    // Both replicas sit in one zone and need one switch: either alone takes both.
    ModelBuilder b;
    b.component(u"r1"_s, 0.999).component(u"r2"_s, 0.999).component(u"sw"_s, 0.9999, 0, ComponentKind::NetworkSwitch);
    b.container(u"zone"_s, ContainerKind::Zone, {u"r1"_s, u"r2"_s, u"sw"_s}, 0.9995);
    b.dependency(u"r1"_s, u"sw"_s).dependency(u"r2"_s, u"sw"_s);
    b.group(u"g"_s, RedundancyPolicy::ActiveActive, {u"r1"_s, u"r2"_s});
    b.service(u"svc"_s, u"g"_s);
    const Finding *f = finding(analyse(b.m), u"shared-failure-domain"_s, u"g"_s);
    QVERIFY(f);
    QVERIFY2(f->message.contains(u"zone or sw fails"_s) || f->message.contains(u"sw or zone fails"_s), qPrintable(f->message));
}

void TestFindingRules::arrayWithoutDeclaredToleranceIsStated()
{
    ModelBuilder b;
    for (const QString &id : {u"d1"_s, u"d2"_s, u"d3"_s})
        b.repairable(id, 10000, 24, 0, ComponentKind::Storage);
    b.group(u"raid"_s, RedundancyPolicy::ActiveActive, {u"d1"_s, u"d2"_s, u"d3"_s}).rebuildHours = 10;
    b.service(u"svc"_s, u"raid"_s);
    const AnalysisResult r = analyse(b.m);
    QVERIFY(r.assumptions.join(u'\n').contains(u"declares neither N+M nor a demand"_s));
    b.m.groups[0].declaredN = 2;
    b.m.groups[0].declaredM = 1;
    QVERIFY(!analyse(b.m).assumptions.join(u'\n').contains(u"declares neither"_s));
}

QTEST_GUILESS_MAIN(TestFindingRules)
#include "tst_findingrules.moc"
