// Every validation error of the file format, checked against hand-written broken
// files: the message must name the file, the element and the field.

#include "modelreader.h"
#include "validator.h"
#include "testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace nf;

class TestValidator : public QObject
{
    Q_OBJECT

private slots:
    void brokenFiles_data();
    void brokenFiles();
    void cycleNamesEveryElement();
    void validModelHasNoErrors();
    void idRules();
    void tunableQuorumBounds();
    void commonCauseFactors();
    void valueRanges_data();
    void valueRanges();
    void formatVersionMustBeWhole();
    void longChainsAndCycles();
};

void TestValidator::brokenFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("expected"); // substrings of one error line

    QTest::newRow("malformed JSON") << u"malformed"_s
                                    << QStringList{u"malformed.ninefold:4:50: error: not valid JSON"_s};
    QTest::newRow("missing id") << u"missing-id"_s
                                << QStringList{u"error: component"_s, u"(Nameless web)"_s, u"id: missing"_s};
    QTest::newRow("duplicate id") << u"duplicate-id"_s
                                  << QStringList{u"component 'web' (Web 2): id: duplicate id: already used by a component"_s};
    QTest::newRow("unknown reference")
        << u"unknown-reference"_s << QStringList{u"dependency 'd1': to: refers to unknown element 'nowhere'"_s};
    QTest::newRow("negative MTBF")
        << u"negative-mtbf"_s
        << QStringList{u"component 'db' (Database): mtbf_hours: must be greater than 0 hours (found -100)"_s};
    QTest::newRow("zero MTBF") << u"zero-mtbf"_s
                               << QStringList{u"component 'db' (Database): mtbf_hours: must be greater than 0 hours (found 0)"_s};
    QTest::newRow("negative MTTR") << u"negative-mttr"_s
                                   << QStringList{u"component 'cache' (Cache): mttr_hours: must not be negative (found -2)"_s};
    QTest::newRow("availability above 1")
        << u"availability-out-of-range"_s
        << QStringList{u"component 'saas' (Payments API): availability: must be greater than 0 and at most 1 (found 1.5)"_s};
    QTest::newRow("availability 0")
        << u"availability-out-of-range"_s
        << QStringList{u"component 'dns' (DNS): availability: must be greater than 0 and at most 1 (found 0)"_s};
    QTest::newRow("dependency cycle")
        << u"dependency-cycle"_s << QStringList{u"dependency cycle: Orders \u2192 Billing \u2192 Ledger \u2192 Orders"_s};
    QTest::newRow("placed in two containers")
        << u"two-containers"_s
        << QStringList{u"container 'zone-b' (Zone B): children: 'VM 1' is already placed in container 'Zone A'"_s};
    QTest::newRow("quorum without voters")
        << u"quorum-no-voters"_s << QStringList{u"quorum group 'etcd' (etcd cluster): voters: a quorum group needs voters"_s};
    QTest::newRow("demand beyond capacity")
        << u"demand-exceeds-capacity"_s
        << QStringList{u"redundancy group 'pods' (Web pods): demand: demand 250 exceeds the total capacity 200"_s};
    QTest::newRow("newer format")
        << u"newer-version"_s
        << QStringList{u"newer-version.ninefold: error: format_version: this file uses format 99, written by Ninefold 9.0.0; "
                       "this Ninefold reads formats up to 2"_s};
    QTest::newRow("wrong field type")
        << u"wrong-field-type"_s
        << QStringList{u"component 'db' (Database): mtbf_hours: must be a number, found a string"_s};
    QTest::newRow("unknown kind") << u"unknown-kind"_s
                                  << QStringList{u"component 't' (Toaster): kind: unknown value 'toaster'"_s};
    QTest::newRow("region in a rack")
        << u"container-nesting"_s << QStringList{u"container 'rack1' (Rack 1): children: a rack cannot contain the region 'EU'"_s};
    QTest::newRow("failover outside a group")
        << u"failover-outside-group"_s
        << QStringList{u"failover link 'fo': to: 'Primary' and 'Standby' must both be members of one active-passive redundancy group"_s};
}

void TestValidator::brokenFiles()
{
    QFETCH(QString, file);
    QFETCH(QStringList, expected);
    const QString path = test::dataPath(u"invalid/"_s + file + u".ninefold"_s);
    const LoadResult r = ModelReader::readFile(path);
    QVERIFY2(!r.ok(), qPrintable(path + u" was accepted"_s));
    bool found = false;
    for (const Diagnostic &d : r.diagnostics) {
        const QString line = d.toString();
        if (!d.isError())
            continue;
        bool all = line.startsWith(path);
        for (const QString &e : expected)
            all = all && line.contains(e);
        found = found || all;
    }
    QVERIFY2(found, qPrintable(u"no error matching "_s + expected.join(u" | "_s) + u" in:\n"_s + r.errorText()));
}

void TestValidator::cycleNamesEveryElement()
{
    Model m;
    for (const QString &id : {u"a"_s, u"b"_s, u"c"_s, u"d"_s}) {
        Component c;
        c.id = id;
        m.components << c;
    }
    auto dep = [&](const QString &id, const QString &from, const QString &to) {
        DependencyLink d;
        d.id = id;
        d.from = from;
        d.to = to;
        m.dependencies << d;
    };
    dep(u"ab"_s, u"a"_s, u"b"_s);
    dep(u"bc"_s, u"b"_s, u"c"_s);
    dep(u"cd"_s, u"c"_s, u"d"_s);
    dep(u"db"_s, u"d"_s, u"b"_s); // cycle b → c → d → b, entered from a
    const QList<QStringList> cycles = Validator::dependencyCycles(m);
    QCOMPARE(cycles.size(), 1);
    QCOMPARE(cycles.first(), (QStringList{u"b"_s, u"c"_s, u"d"_s, u"b"_s}));

    // A member depending on its own group is a cycle too.
    RedundancyGroup g;
    g.id = u"g"_s;
    g.members = {u"a"_s};
    m.groups << g;
    dep(u"ag"_s, u"a"_s, u"g"_s);
    QCOMPARE(Validator::dependencyCycles(m).size(), 2);
}

void TestValidator::validModelHasNoErrors()
{
    const QStringList examples = test::exampleFiles();
    QVERIFY(!examples.isEmpty());
    for (const QString &path : examples) {
        const LoadResult r = ModelReader::readFile(path);
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        for (const Diagnostic &d : r.diagnostics)
            QVERIFY2(false, qPrintable(u"example has a warning: "_s + d.toString()));
    }
}

void TestValidator::idRules()
{
    QVERIFY(Validator::isValidId(u"db-primary"_s));
    QVERIFY(Validator::isValidId(u"us-east-1a:web.1"_s));
    QVERIFY(!Validator::isValidId(u""_s));
    QVERIFY(!Validator::isValidId(u"has space"_s));
    QVERIFY(!Validator::isValidId(u"-leading-dash"_s));
}

void TestValidator::tunableQuorumBounds()
{
    Model m;
    QuorumGroup q;
    q.id = u"store"_s;
    q.kind = QuorumKind::Tunable;
    for (int i = 0; i < 3; ++i) {
        Component c;
        c.id = u"r%1"_s.arg(i);
        m.components << c;
        q.voters << c.id;
    }
    q.w = 4; // more acknowledgements than replicas
    q.r = 0;
    m.quorums << q;
    const QString text = [&] {
        QStringList lines;
        for (const Diagnostic &d : Validator::validate(m, u"t.ninefold"_s))
            lines << d.toString();
        return lines.join(u'\n');
    }();
    QVERIFY2(text.contains(u"quorum group 'store': w: must be between 1 and N = 3 (found 4)"_s), qPrintable(text));
    QVERIFY2(text.contains(u"quorum group 'store': r: must be between 1 and N = 3 (found 0)"_s), qPrintable(text));
}

void TestValidator::commonCauseFactors()
{
    Model m;
    RedundancyGroup g;
    g.id = u"g"_s;
    for (int i = 0; i < 3; ++i) {
        Component c;
        c.id = u"c%1"_s.arg(i);
        m.components << c;
        g.members << c.id;
    }
    g.commonCause.type = CommonCauseType::AlphaFactor;
    g.commonCause.factors = {0.9, 0.05, 0.04}; // sums to 0.99
    m.groups << g;
    QVERIFY(hasErrors(Validator::validate(m)));
    m.groups[0].commonCause.factors = {0.9, 0.06, 0.04};
    QVERIFY(!hasErrors(Validator::validate(m)));
    m.groups[0].commonCause = {CommonCauseType::BetaFactor, {1.2}};
    QVERIFY(hasErrors(Validator::validate(m)));
}

// Values the arithmetic cannot use (1e308 hours, a Weibull scale at which Boost
// would overflow, -0 typed into a field) are refused with the field named.
void TestValidator::valueRanges_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("MTBF 1e308") << u"mtbf_hours"_s << 1e308 << u"mtbf_hours: must be at most 1e+15 hours (found 1e+308)"_s;
    QTest::newRow("MTTR 1e308") << u"mttr_hours"_s << 1e308 << u"mttr_hours: must be at most 10000000 hours (found 1e+308)"_s;
    QTest::newRow("MTTR -0") << u"mttr_hours"_s << -0.0 << u"mttr_hours: must not be negative (found -0)"_s;
    QTest::newRow("Weibull scale 1e200") << u"distribution.scale_hours"_s << 1e200
                                         << u"distribution.scale_hours: must be at most 1e+15 hours (found 1e+200)"_s;
    QTest::newRow("Weibull shape 0") << u"distribution.shape"_s << 0.0 << u"distribution.shape: must be greater than 0 (found 0)"_s;
    QTest::newRow("Weibull shape 1e3") << u"distribution.shape"_s << 1e3 << u"distribution.shape: must be at most 100 (found 1000)"_s;
    QTest::newRow("lognormal median 1e300") << u"distribution.median_hours"_s << 1e300
                                            << u"distribution.median_hours: must be at most 1e+15 hours (found 1e+300)"_s;
    QTest::newRow("lognormal sigma 50") << u"distribution.sigma"_s << 50.0 << u"distribution.sigma: must be at most 20 (found 50)"_s;
    QTest::newRow("detection 1e300 s") << u"detection_seconds"_s << 1e300
                                       << u"detection_seconds: must be at most 1000000000 seconds (found 1e+300)"_s;
    QTest::newRow("mission time 1e300") << u"mission_time_hours"_s << 1e300
                                        << u"mission_time_hours: must be greater than 0 and at most 10000000 hours (found 1e+300)"_s;
}

void TestValidator::valueRanges()
{
    QFETCH(QString, field);
    QFETCH(double, value);
    QFETCH(QString, expected);
    Model m;
    Component c;
    c.id = u"db"_s;
    c.failure = FailureModel::rates(1000.0, 2.0);
    LifeDistribution life;
    if (field.contains(u"median"_s) || field.contains(u"sigma"_s)) {
        life.type = DistributionType::Lognormal;
        life.medianHours = 5000.0;
        life.sigma = 1.0;
    } else {
        life.type = DistributionType::Weibull;
        life.shape = 2.0;
        life.scaleHours = 5000.0;
    }
    c.failure.distribution = life;
    Component s = c;
    s.id = u"db2"_s;
    m.components << c << s;
    RedundancyGroup g;
    g.id = u"pair"_s;
    g.policy = RedundancyPolicy::ActivePassive;
    g.members = {u"db"_s, u"db2"_s};
    m.groups << g;
    FailoverLink f;
    f.id = u"fo"_s;
    f.from = u"db"_s;
    f.to = u"db2"_s;
    m.failovers << f;
    QVERIFY2(!hasErrors(Validator::validate(m)), "the model before the change is valid");
    if (field == u"mtbf_hours"_s) m.components[0].failure.mtbfHours = value;
    else if (field == u"mttr_hours"_s) m.components[0].failure.mttrHours = value;
    else if (field == u"distribution.scale_hours"_s) m.components[0].failure.distribution->scaleHours = value;
    else if (field == u"distribution.shape"_s) m.components[0].failure.distribution->shape = value;
    else if (field == u"distribution.median_hours"_s) m.components[0].failure.distribution->medianHours = value;
    else if (field == u"distribution.sigma"_s) m.components[0].failure.distribution->sigma = value;
    else if (field == u"detection_seconds"_s) m.failovers[0].detectionSeconds = value;
    else if (field == u"mission_time_hours"_s) m.missionTimeHours = value;
    QStringList lines;
    for (const Diagnostic &d : Validator::validate(m, u"t.ninefold"_s))
        lines << d.toString();
    const QString text = lines.join(u'\n');
    QVERIFY2(text.contains(expected), qPrintable(text));
    QCOMPARE(lines.size(), 1);
}

void TestValidator::formatVersionMustBeWhole()
{
    const LoadResult r = ModelReader::readBytes(R"({"format_version": 2.5, "components": []})", u"half.ninefold"_s);
    QVERIFY(!r.model);
    QVERIFY2(r.errorText().contains(u"half.ninefold: error: format_version: must be a whole number (found 2.5)"_s),
             qPrintable(r.errorText()));
}

// A dependency chain of 100,000 links is walked without recursion: no cycle is
// reported for the chain, and closing it makes exactly one cycle of all links.
void TestValidator::longChainsAndCycles()
{
    constexpr int n = 100000;
    Model m;
    m.components.reserve(n);
    for (int i = 0; i < n; ++i) {
        Component c;
        c.id = u"c%1"_s.arg(i);
        m.components << c;
    }
    for (int i = 0; i + 1 < n; ++i) {
        DependencyLink d;
        d.id = u"d%1"_s.arg(i);
        d.from = m.components.at(i).id;
        d.to = m.components.at(i + 1).id;
        m.dependencies << d;
    }
    QVERIFY(Validator::dependencyCycles(m).isEmpty());
    DependencyLink back;
    back.id = u"back"_s;
    back.from = m.components.last().id;
    back.to = m.components.first().id;
    m.dependencies << back;
    const QList<QStringList> cycles = Validator::dependencyCycles(m);
    QCOMPARE(cycles.size(), 1);
    QCOMPARE(cycles.first().size(), n + 1);
    QCOMPARE(cycles.first().first(), cycles.first().last());
}

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
