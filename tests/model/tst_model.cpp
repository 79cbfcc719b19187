// The model's value semantics: lookups, placement chains, failure figures.

#include "defaultparameters.h"
#include "model.h"
#include "validator.h"

#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace nf;

class TestModel : public QObject
{
    Q_OBJECT

private slots:
    void lookups();
    void mutableLookupsDetach();
    void containerChain();
    void steadyStateFigures();
    void fixedAvailabilityRate();
    void perfectNeverFails();
    void heartbeatDetection();
    void kindNamesRoundTrip();
    void defaultsAreSourcedAndValid();
};

void TestModel::mutableLookupsDetach()
{
    // Model is a value type: editing a copy through its mutable lookups must not
    // change the original (the lists are implicitly shared until written).
    Model original;
    Component c;
    c.id = u"db"_s;
    c.failure = FailureModel::rates(1000, 1);
    original.components << c;
    Container z;
    z.id = u"z"_s;
    original.containers << z;
    RedundancyGroup g;
    g.id = u"g"_s;
    original.groups << g;
    Model copy = original;
    copy.component(u"db"_s)->failure.mttrHours = 5;
    copy.container(u"z"_s)->children << u"db"_s;
    copy.group(u"g"_s)->members << u"db"_s;
    QCOMPARE(original.component(u"db"_s)->failure.mttrHours, 1.0);
    QVERIFY(original.container(u"z"_s)->children.isEmpty());
    QVERIFY(original.group(u"g"_s)->members.isEmpty());
    QCOMPARE(copy.component(u"db"_s)->failure.mttrHours, 5.0);
}

void TestModel::lookups()
{
    Model m;
    Component c;
    c.id = u"db"_s;
    c.name = u"Database"_s;
    m.components << c;
    RedundancyGroup g;
    g.id = u"g"_s;
    m.groups << g;
    QCOMPARE(m.find(u"db"_s).type, ElementType::Component);
    QCOMPARE(m.find(u"g"_s).type, ElementType::RedundancyGroup);
    QVERIFY(!m.find(u"nope"_s).isValid());
    QCOMPARE(m.displayName(u"db"_s), u"Database"_s);
    QCOMPARE(m.displayName(u"g"_s), u"g"_s); // no name: the id
    m.component(u"db"_s)->capacity = 5;
    QCOMPARE(m.components.first().capacity, 5.0);
    Model copy = m;
    QVERIFY(copy == m);
    copy.components[0].name = u"Other"_s;
    QVERIFY(!(copy == m));
}

void TestModel::containerChain()
{
    Model m;
    Container r{u"r"_s, u"Region"_s, {}, ContainerKind::Region, {}, {u"z"_s}, {}};
    Container z{u"z"_s, u"Zone"_s, {}, ContainerKind::Zone, {}, {u"h"_s}, {}};
    Container h{u"h"_s, u"Host"_s, {}, ContainerKind::Host, {}, {u"vm"_s}, {}};
    m.containers << r << z << h;
    QCOMPARE(m.parentOf(u"vm"_s), u"h"_s);
    QCOMPARE(m.containerChain(u"vm"_s), (QStringList{u"h"_s, u"z"_s, u"r"_s}));
    QVERIFY(m.containerChain(u"r"_s).isEmpty());
}

void TestModel::steadyStateFigures()
{
    // A = MTBF / (MTBF + MTTR); U computed directly, without 1 - A.
    const FailureModel f = FailureModel::rates(999, 1);
    QCOMPARE(f.steadyAvailability(), 0.999);
    QCOMPARE(f.steadyUnavailability(), 0.001);
    QCOMPARE(f.failureRate(), 1.0 / 999.0);
    QCOMPARE(f.repairRate(), 1.0);
    // 11 nines: U = 1e-11 exactly representable from the rates.
    const FailureModel s3 = FailureModel::rates(1e11 - 1, 1);
    QCOMPARE(s3.steadyUnavailability(), 1e-11);
}

void TestModel::fixedAvailabilityRate()
{
    // A = 0.999 with MTTR 2 h: U/(A·MTTR) = 0.001/(0.999·2) per hour
    const FailureModel f = FailureModel::fixed(0.999, 2);
    QVERIFY(std::fabs(f.failureRate() - 0.001 / 1.998) < 1e-15);
    QCOMPARE(FailureModel::fixed(0.999).failureRate(), 0.0); // no repair time: unknown
}

void TestModel::perfectNeverFails()
{
    const FailureModel f;
    QVERIFY(!f.canFail());
    QCOMPARE(f.steadyUnavailability(), 0.0);
    QCOMPARE(f.steadyAvailability(), 1.0);
}

void TestModel::heartbeatDetection()
{
    FailoverLink l;
    l.detectionSeconds = 7;
    QCOMPARE(l.detectionTime(), 7.0);
    l.leaseSeconds = 15;
    QCOMPARE(l.detectionTime(), 15.0);
    l.heartbeatIntervalSeconds = 2;
    l.heartbeatMisses = 3;
    QCOMPARE(l.detectionTime(), 6.0);
}

void TestModel::kindNamesRoundTrip()
{
    for (const QString &name : kinds::componentKindNames())
        QCOMPARE(kinds::toString(*kinds::componentKind(name)), name);
    QCOMPARE(kinds::componentKindNames().size(), 17);
    QVERIFY(!kinds::componentKind(u"toaster"_s));
    QVERIFY(kinds::nestingRank(ContainerKind::Region) < kinds::nestingRank(ContainerKind::Zone));
}

void TestModel::defaultsAreSourcedAndValid()
{
    // Every kind has a starting point with its source, and it validates.
    Model m;
    for (const QString &name : kinds::componentKindNames()) {
        Component c;
        c.id = name;
        c.kind = *kinds::componentKind(name);
        const DefaultParameters::Defaults d = DefaultParameters::component(c.kind);
        QVERIFY2(!d.source.isEmpty(), qPrintable(name));
        c.failure = d.failure;
        m.components << c;
    }
    for (const QString &name : kinds::containerKindNames()) {
        Container c;
        c.id = u"c-"_s + name;
        c.kind = *kinds::containerKind(name);
        c.failure = DefaultParameters::container(c.kind).failure;
        QVERIFY(!DefaultParameters::container(c.kind).source.isEmpty());
        m.containers << c;
    }
    QVERIFY(!hasErrors(Validator::validate(m)));
    // Power feed: EIA's 1.4 interruptions and 7.8 h a year → MTBF 8760/1.4 ≈ 6,257 h,
    // MTTR 7.8/1.4 ≈ 5.6 h. Disk: 1.57 % a year → 8766/0.0157 ≈ 558,000 h.
    const FailureModel power = DefaultParameters::component(ComponentKind::PowerFeed).failure;
    QVERIFY(std::fabs(power.mtbfHours - 8760.0 / 1.4) < 1.0);
    QVERIFY(std::fabs(power.mttrHours - 7.8 / 1.4) < 0.05);
    QVERIFY(std::fabs(DefaultParameters::component(ComponentKind::Storage).failure.mtbfHours - 8766.0 / 0.0157)
            < 500.0);
    QCOMPARE(DefaultParameters::component(ComponentKind::LoadBalancer).failure.availability, 0.9999);
}

QTEST_GUILESS_MAIN(TestModel)
#include "tst_model.moc"
