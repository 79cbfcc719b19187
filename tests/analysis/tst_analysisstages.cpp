// Each stage of the architecture analysis run alone on a context the stages
// before it have filled, against figures worked out by hand.

#include "analysiscontext.h"
#include "analysisstages.h"
#include "bddanalysis.h"
#include "modelbuilder.h"
#include "validator.h"

#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace nf;
using nf::test::ModelBuilder;

namespace {
bool close(double a, double b, double rel = 1e-12)
{
    return std::fabs(a - b) <= rel * std::max(std::fabs(a), std::fabs(b));
}

// A 2-of-3 web tier (A = 0.99 each) in two zones (A = 0.999 each: w1, w2 in z1,
// w3 in z2), needing a database pair: primary p (A = 0.995) failing over to a
// standby s (A = 0.995) with coverage 0.9. One service on the web tier.
Model sample()
{
    ModelBuilder b;
    b.component(u"w1"_s, 0.99, 100).component(u"w2"_s, 0.99, 100).component(u"w3"_s, 0.99, 100);
    b.component(u"p"_s, 0.995).component(u"s"_s, 0.995);
    b.container(u"z1"_s, ContainerKind::Zone, {u"w1"_s, u"w2"_s}, 0.999);
    b.container(u"z2"_s, ContainerKind::Zone, {u"w3"_s}, 0.999);
    RedundancyGroup &web = b.group(u"web"_s, RedundancyPolicy::ActiveActive, {u"w1"_s, u"w2"_s, u"w3"_s});
    web.demand = 200;
    b.group(u"db"_s, RedundancyPolicy::ActivePassive, {u"p"_s, u"s"_s});
    b.failover(u"fo"_s, u"p"_s, u"s"_s).coverage = 0.9;
    b.dependency(u"web"_s, u"db"_s);
    b.service(u"shop"_s, u"web"_s);
    if (hasErrors(Validator::validate(b.m)))
        qFatal("invalid sample model");
    return b.m;
}

// Hand figures. Web: w1, w2 up with z1 (0.999 × 0.99 each), w3 with z2.
const double a = 0.99, z = 0.999;
// P(at least 2 of 3 web members up), conditioning on z1:
//   z1 up:   w1, w2 each a, w3 a·z  ->  P(≥2 of {a, a, a·z})
//   z1 down: w1, w2 down             ->  0
double webUp()
{
    const double a3 = a * z;
    const double atLeastTwo = a * a * a3 + a * a * (1 - a3) + 2 * a * (1 - a) * a3;
    return z * atLeastTwo;
}
// Database: up when p is up, or p down and the failover (0.9) to an up s works.
const double dbUp = 0.995 + 0.005 * 0.9 * 0.995;
} // namespace

class TestAnalysisStages : public QObject
{
    Q_OBJECT

private slots:
    void translateAndAuxiliaryRoots();
    void diagramAndServices();
    void cutSetsAndGroups();
    void failoversAndClassification();
    void missionTimeAndFindings();
};

void TestAnalysisStages::translateAndAuxiliaryRoots()
{
    const Model m = sample();
    AnalysisContext c(m, AnalysisOptions{});
    AnalysisStages::translate(c);
    QVERIFY(c.arch);
    QCOMPARE(c.arch->structure.eventCount(), 7 + 1); // 5 components, 2 zones, the failover's switch-over
    AnalysisStages::auxiliaryRoots(c);
    // web needs 2 of 3: its non-redundant version is its first two members in
    // series with the database it needs; every member down; the failover entry.
    QVERIFY(c.aux.nonRedundant.contains(u"web"_s));
    QVERIFY(c.aux.allDown.contains(u"web"_s));
    QVERIFY(c.aux.failoverEntry.contains(u"db:s"_s));
    const BddAnalysis bdd(c.arch->structure, BddAnalysis::Ordering::SharedFirst, c.aux.all());
    // P(w1 and w2 up with z1, and the database up)
    QVERIFY(close(bdd.probabilityOf(c.aux.nonRedundant.value(u"web"_s)).second, z * a * a * dbUp));
    // every web member down: z1 down and w3 (or z2) down, or z1 up and all three down
    const double w3Down = 1 - a * z;
    QVERIFY(close(bdd.probabilityOf(c.aux.allDown.value(u"web"_s)).first,
                  (1 - z) * w3Down + z * (1 - a) * (1 - a) * w3Down));
    // running on the standby: p down, the switch works, s up
    QVERIFY(close(bdd.probabilityOf(c.aux.failoverEntry.value(u"db:s"_s)).first, 0.005 * 0.9 * 0.995));
}

void TestAnalysisStages::diagramAndServices()
{
    const Model m = sample();
    AnalysisContext c(m, AnalysisOptions{});
    AnalysisStages::translate(c);
    AnalysisStages::auxiliaryRoots(c);
    AnalysisStages::diagram(c);
    QVERIFY(c.bdd);
    QVERIFY(close(c.result.system.availability, webUp() * dbUp));
    QCOMPARE(c.importance.size(), c.arch->structure.eventCount());
    AnalysisStages::services(c);
    QCOMPARE(c.result.services.size(), 1);
    QVERIFY(close(c.result.services.first().figures.availability, webUp() * dbUp));
    // z1 alone takes two of three web members down: the service with it
    QVERIFY(c.servicesDownedBy.value(u"z1"_s).contains(u"shop"_s));
    QVERIFY(!c.servicesDownedBy.contains(u"w1"_s));
    QVERIFY(!c.servicesDownedBy.contains(u"p"_s)); // the failover covers it (mostly)
    const ElementFigures *p = c.result.element(u"p"_s);
    QVERIFY(p && p->hasOwnEvent && close(p->ownUnavailability, 0.005));
}

void TestAnalysisStages::cutSetsAndGroups()
{
    const Model m = sample();
    AnalysisContext c(m, AnalysisOptions{});
    for (auto stage : {AnalysisStages::translate, AnalysisStages::auxiliaryRoots, AnalysisStages::diagram,
                       AnalysisStages::services})
        stage(c);
    AnalysisStages::cutSets(c);
    // order 1: z1; order 2: {w1, w3}, {w2, w3}, {w1, z2}, {w2, z2}, {w1, w2}? no: w1 and
    // w2 down leave w3 alone (1 of 3): yes, a cut set; {p, s}, {p, switch}.
    QCOMPARE(c.result.cutSetsByOrder.value(1), 1.0);
    QCOMPARE(c.result.cutSetsByOrder.value(2), 7.0);
    QCOMPARE(c.allDownCauses.value(u"web"_s), QStringList{}); // no single cause takes all three down
    AnalysisStages::groups(c);
    QCOMPARE(c.result.groups.size(), 2);
    const GroupReport &db = c.result.groups.at(1);
    QVERIFY(close(db.unavailability, 1 - dbUp));
    QVERIFY(close(db.nonRedundantUnavailability, 0.005)); // the primary alone
    QCOMPARE(c.result.groups.first().neededMembers, 2);
}

void TestAnalysisStages::failoversAndClassification()
{
    ModelBuilder b;
    b.repairable(u"p"_s, 730, 4).repairable(u"s"_s, 730, 4);
    b.group(u"db"_s, RedundancyPolicy::ActivePassive, {u"p"_s, u"s"_s});
    FailoverLink &f = b.failover(u"fo"_s, u"p"_s, u"s"_s);
    f.detectionSeconds = 30;
    f.promotionSeconds = 30;
    b.service(u"orders"_s, u"db"_s);
    AnalysisContext c(b.m, AnalysisOptions{});
    for (auto stage : {AnalysisStages::translate, AnalysisStages::auxiliaryRoots, AnalysisStages::diagram,
                       AnalysisStages::services, AnalysisStages::cutSets, AnalysisStages::groups})
        stage(c);
    AnalysisStages::failovers(c);
    QCOMPARE(c.result.failovers.size(), 1);
    // entries into "running on s": p fails (λ·A_p) while s is up (A_s)
    const double a = 730.0 / 734.0;
    const double perYear = 8766.0 / 730.0 * a * a;
    QVERIFY(close(c.result.failovers.first().failoversPerYear, perYear, 1e-9));
    QCOMPARE(c.result.failovers.first().rtoSeconds, 60.0);
    AnalysisStages::classification(c);
    // a minute per failover, counted for the service (the group is all it needs)
    QVERIFY(close(c.result.services.first().budget.failoverMinutes, perYear, 1e-9));
    QCOMPARE(c.result.classifications.first().achieved, u"HA"_s);
}

void TestAnalysisStages::missionTimeAndFindings()
{
    ModelBuilder b;
    b.repairable(u"x"_s, 1000, 1);
    b.service(u"svc"_s, u"x"_s);
    AnalysisContext c(b.m, AnalysisOptions{});
    for (auto stage : {AnalysisStages::translate, AnalysisStages::auxiliaryRoots, AnalysisStages::diagram,
                       AnalysisStages::services, AnalysisStages::cutSets, AnalysisStages::groups,
                       AnalysisStages::failovers, AnalysisStages::classification})
        stage(c);
    AnalysisStages::missionTime(c);
    // one exponential component: R(8,760 h) = e^(-8.76), MTTF 1,000 h
    QVERIFY(close(c.result.missionReliability, std::exp(-8.76), 1e-9));
    QVERIFY(close(c.result.mttfHours, 1000.0, 1e-5));
    AnalysisStages::findings(c);
    QVERIFY(std::any_of(c.result.findings.begin(), c.result.findings.end(),
                        [](const Finding &f) { return f.code == u"spof"_s && f.elements.contains(u"x"_s); }));
}

QTEST_GUILESS_MAIN(TestAnalysisStages)
#include "tst_analysisstages.moc"
