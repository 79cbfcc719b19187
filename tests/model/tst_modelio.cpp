// Reading and writing .ninefold files: round trips, byte-identical re-saves,
// migration of format 1, atomic saves.

#include "atomicfile.h"
#include "formatversion.h"
#include "jsonwriter.h"
#include "modelreader.h"
#include "modelwriter.h"
#include "ninefold_version.h"
#include "filesizelimit.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nf;

namespace {

// A model that sets every field to something other than its default.
Model everyFieldModel()
{
    Model m;
    m.name = u"Everything \"quoted\" — ünïcode"_s;
    m.description = u"Line one\nLine two\twith a tab"_s;
    m.currency = u"EUR"_s;
    m.loadUnit = u"orders/s"_s;
    m.missionTimeHours = 43800;

    Component a;
    a.id = u"a"_s;
    a.name = u"Alpha"_s;
    a.description = u"first"_s;
    a.kind = ComponentKind::Database;
    a.failure = FailureModel::rates(12345.5, 0.1);
    a.failure.distribution = LifeDistribution{DistributionType::Weibull, 1.7, 40000, 0, 1};
    a.capacity = 120.25;
    a.costPerMonth = 999.99;
    a.tags = {u"tier-1"_s, u"pci"_s};
    a.syncAcks = 1;
    a.maintenanceIntervalHours = 730;
    a.maintenanceDurationHours = 0.5;
    a.extra.insert(u"x_custom"_s, u"kept"_s);
    Component b;
    b.id = u"b"_s;
    b.name = u"Beta"_s;
    b.kind = ComponentKind::Monitoring;
    b.failure = FailureModel::fixed(0.99999999999, 0.5);
    b.failure.distribution = LifeDistribution{DistributionType::Lognormal, 1, 0, 5000, 0.8};
    b.attended = false;
    Component c;
    c.id = u"c"_s;
    c.kind = ComponentKind::Controller;
    c.failure = FailureModel::rates(1e7, 3);
    c.capacity = 120.25;
    c.testIntervalHours = 720;
    c.testDurationHours = 1;
    Component web1;
    web1.id = u"web1"_s;
    web1.failure = FailureModel::rates(2000, 1);
    Component web2 = web1;
    web2.id = u"web2"_s;
    m.components << a << b << c << web1 << web2;

    Container region;
    region.id = u"eu"_s;
    region.kind = ContainerKind::Region;
    region.name = u"Europe"_s;
    region.children = {u"z1"_s};
    Container zone;
    zone.id = u"z1"_s;
    zone.kind = ContainerKind::Zone;
    zone.failure = FailureModel::rates(8760, 4);
    zone.children = {u"a"_s, u"c"_s};
    m.containers << region << zone;

    DependencyLink d;
    d.id = u"d1"_s;
    d.from = u"b"_s;
    d.to = u"a"_s;
    d.kind = DependencyKind::Traffic;
    d.retries = 3;
    d.fallback = u"c"_s;
    d.description = u"reads"_s;
    m.dependencies << d;

    RedundancyGroup g;
    g.id = u"g"_s;
    g.name = u"Pair"_s;
    g.members = {u"a"_s, u"c"_s};
    g.policy = RedundancyPolicy::ActivePassive;
    g.standby = StandbyMode::Warm;
    g.dormantFactor = 0.25;
    g.declaredN = 1;
    g.declaredM = 1;
    g.demand = 100;
    g.ceiling = 0.8;
    g.maxUnavailable = 1;
    g.minAvailable = 1;
    g.commonCause = {CommonCauseType::BetaFactor, {0.05}};
    g.rebuildHours = 24;
    g.rebuildStress = 3;
    RedundancyGroup h;
    h.id = u"web"_s;
    h.members = {u"web1"_s, u"web2"_s};
    h.healthCheckIntervalSeconds = 10;
    h.unhealthyThreshold = 3;
    h.detectionSeconds = 45;
    h.maintenanceIntervalHours = 730;
    h.maintenanceDurationHours = 0.5;
    h.maxUnavailable = 1;
    h.rollingUpdateIntervalHours = 168;
    h.rollingUpdateStepHours = 0.25;
    m.groups << g << h;

    FailoverLink f;
    f.id = u"fo"_s;
    f.from = u"a"_s;
    f.to = u"c"_s;
    f.automatic = false;
    f.detectionSeconds = 5;
    f.heartbeatIntervalSeconds = 2;
    f.heartbeatMisses = 3;
    f.leaseSeconds = 15;
    f.promotionSeconds = 30;
    f.reconnectSeconds = 60;
    f.humanResponseSeconds = 300;
    f.coverage = 0.95;
    f.needs = {u"b"_s};
    f.mechanism = u"b"_s;
    f.mechanismInSeries = true;
    f.fencing = Fencing::Stonith;
    f.failback = Failback::Manual;
    f.failbackSeconds = 120;
    f.testIntervalHours = 2190;
    m.failovers << f;

    ReplicationLink r;
    r.id = u"rep"_s;
    r.from = u"a"_s;
    r.to = u"c"_s;
    r.mode = ReplicationMode::Synchronous;
    r.lagSeconds = 0.5;
    r.distanceKm = 4828;
    r.rttMs = 70.9;
    r.routeFactor = 1.4;
    r.lagAlertRoute = u"b"_s;
    r.lagAlertThresholdSeconds = 60;
    r.fallsBackToAsync = true;
    r.writers = {u"svc"_s};
    m.replications << r;

    QuorumGroup q;
    q.id = u"q"_s;
    q.name = u"Store"_s;
    q.kind = QuorumKind::Tunable;
    q.voters = {u"a"_s, u"b"_s, u"c"_s};
    q.n = 3;
    q.w = 2;
    q.r = 2;
    m.quorums << q;

    Service s;
    s.id = u"svc"_s;
    s.name = u"Checkout"_s;
    s.entry = u"g"_s;
    s.required = false;
    s.availabilityTarget = 0.9995;
    s.rtoSeconds = 30;
    s.rpoSeconds = 0;
    s.outageCostPerSecond = 1000;
    s.retryable = false;
    s.sloBasis = SloBasis::Requests;
    s.maintenanceCounts = false;
    s.readOnly = true;
    m.services << s;

    m.layout.nodes.insert(u"a"_s, NodeGeometry{QPointF(10.5, -20), QSizeF()});
    m.layout.nodes.insert(u"eu"_s, NodeGeometry{QPointF(0, 0), QSizeF(800, 600)});
    m.layout.bends.insert(u"d1"_s, {QPointF(1, 2), QPointF(3.25, 4)});
    return m;
}

} // namespace

class TestModelIO : public QObject
{
    Q_OBJECT

private slots:
    void roundTripEveryField();
    void resaveIsByteIdentical();
    void examplesResaveByteIdentical();
    void stableKeyOrderAndFormatting();
    void numberFormatting();
    void unknownFieldsAreKept();
    void migratesFormat1();
    void refusesNewerFormat();
    void atomicSaveKeepsOldFileOnFailure();
    void saveToMissingDirectoryFails();
    void fullDiskKeepsOldFile();
    void everyFieldFileIsCurrent();
};

void TestModelIO::roundTripEveryField()
{
    const Model m = everyFieldModel();
    const LoadResult r = ModelReader::readBytes(ModelWriter::toBytes(m), u"mem.ninefold"_s);
    QVERIFY2(r.model.has_value(), qPrintable(r.errorText()));
    QVERIFY2(!hasErrors(r.diagnostics), qPrintable(r.errorText()));
    const Model &back = *r.model;
    QCOMPARE(back.name, m.name);
    QCOMPARE(back.components, m.components);
    QCOMPARE(back.containers, m.containers);
    QCOMPARE(back.dependencies, m.dependencies);
    QCOMPARE(back.groups, m.groups);
    QCOMPARE(back.failovers, m.failovers);
    QCOMPARE(back.replications, m.replications);
    QCOMPARE(back.quorums, m.quorums);
    QCOMPARE(back.services, m.services);
    QVERIFY(back.layout == m.layout);
    QVERIFY(back == m);
}

void TestModelIO::resaveIsByteIdentical()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"m.ninefold"_s);
    QVERIFY(ModelWriter::save(everyFieldModel(), path));
    const QByteArray first = test::readAll(path);
    const LoadResult r = ModelReader::readFile(path);
    QVERIFY(r.model);
    QVERIFY(ModelWriter::save(*r.model, path));
    QCOMPARE(test::readAll(path), first);
}

void TestModelIO::examplesResaveByteIdentical()
{
    for (const QString &path : test::exampleFiles()) {
        const QByteArray bytes = test::readAll(path);
        const LoadResult r = ModelReader::readBytes(bytes, path);
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        QCOMPARE(ModelWriter::toBytes(*r.model), bytes);
    }
}

void TestModelIO::stableKeyOrderAndFormatting()
{
    Model m;
    m.name = u"Tiny"_s;
    Component c;
    c.id = u"web"_s;
    c.name = u"Web"_s;
    c.failure = FailureModel::rates(1000, 2);
    c.tags = {u"a"_s, u"b"_s};
    m.components << c;
    m.layout.nodes.insert(u"web"_s, NodeGeometry{QPointF(40, 80), QSizeF()});
    const QByteArray expected = R"({
  "format_version": 2,
  "app_version": ")" NINEFOLD_VERSION R"(",
  "name": "Tiny",
  "components": [
    {
      "id": "web",
      "kind": "service",
      "name": "Web",
      "mtbf_hours": 1000,
      "mttr_hours": 2,
      "tags": ["a", "b"]
    }
  ],
  "layout": {
    "nodes": {
      "web": {"x": 40, "y": 80}
    }
  }
}
)";
    QCOMPARE(ModelWriter::toBytes(m), expected);
}

void TestModelIO::numberFormatting()
{
    QCOMPARE(JsonWriter::formatNumber(8760), QByteArray("8760"));
    QCOMPARE(JsonWriter::formatNumber(0.1), QByteArray("0.1"));
    QCOMPARE(JsonWriter::formatNumber(-2.5), QByteArray("-2.5"));
    QCOMPARE(JsonWriter::formatNumber(0.99999999999), QByteArray("0.99999999999"));
    QCOMPARE(JsonWriter::formatNumber(1e-12), QByteArray("1e-12"));
    // Shortest form still reads back to the same double.
    const double third = 1.0 / 3.0;
    QCOMPARE(JsonWriter::formatNumber(third).toDouble(), third);
}

void TestModelIO::unknownFieldsAreKept()
{
    const QByteArray bytes = R"({"format_version": 2, "name": "x", "x_top": [1, 2],
        "components": [{"id": "a", "kind": "service", "x_owner": "team-a"}]})";
    const LoadResult r = ModelReader::readBytes(bytes, u"u.ninefold"_s);
    QVERIFY(r.ok());
    QCOMPARE(r.diagnostics.size(), 2); // a warning per unknown field
    QVERIFY(r.diagnostics.at(0).toString().contains(u"x_owner: unknown field, kept as it is"_s)
            || r.diagnostics.at(1).toString().contains(u"x_owner: unknown field, kept as it is"_s));
    const QJsonObject out = QJsonDocument::fromJson(ModelWriter::toBytes(*r.model)).object();
    QCOMPARE(out.value(u"x_top"_s).toArray().size(), 2);
    QCOMPARE(out.value(u"components"_s).toArray().at(0).toObject().value(u"x_owner"_s).toString(), u"team-a"_s);
}

void TestModelIO::migratesFormat1()
{
    const LoadResult r = ModelReader::readFile(test::dataPath(u"format1/legacy.ninefold"_s));
    QVERIFY2(r.ok(), qPrintable(r.errorText()));
    QCOMPARE(r.sourceFormatVersion, 1);
    const Model &m = *r.model;
    // placement moved onto the containers, rates renamed, groups renamed
    QCOMPARE(m.container(u"zone-a"_s)->children, QStringList{u"web-a"_s});
    QCOMPARE(m.container(u"zone-b"_s)->children, QStringList{u"web-b"_s});
    QCOMPARE(m.container(u"region"_s)->children, (QStringList{u"zone-a"_s, u"zone-b"_s}));
    QCOMPARE(m.component(u"web-a"_s)->failure.mode, FailureModel::Mode::Rates);
    QCOMPARE(m.component(u"web-a"_s)->failure.mtbfHours, 2000.0);
    QCOMPARE(m.component(u"web-a"_s)->failure.mttrHours, 1.0);
    QCOMPARE(m.container(u"zone-a"_s)->failure.mtbfHours, 8760.0);
    QCOMPARE(m.groups.size(), 1);
    QCOMPARE(m.groups.first().members, (QStringList{u"web-a"_s, u"web-b"_s}));
    QCOMPARE(m.containerChain(u"web-b"_s), (QStringList{u"zone-b"_s, u"region"_s}));
    // one warning says the file was converted; nothing else
    QCOMPARE(r.diagnostics.size(), 1);
    QVERIFY(r.diagnostics.first().message.contains(u"converted from file format 1"_s));
    // saving writes the current format
    const QJsonObject saved = QJsonDocument::fromJson(ModelWriter::toBytes(m)).object();
    QCOMPARE(saved.value(u"format_version"_s).toInt(), kFormatVersion);
    QVERIFY(!saved.contains(u"groups"_s));
}

void TestModelIO::refusesNewerFormat()
{
    const LoadResult r = ModelReader::readFile(test::dataPath(u"invalid/newer-version.ninefold"_s));
    QVERIFY(!r.model.has_value());
    QCOMPARE(r.diagnostics.size(), 1);
    QVERIFY(r.diagnostics.first().message.contains(u"newer Ninefold"_s));
}

void TestModelIO::atomicSaveKeepsOldFileOnFailure()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"keep.ninefold"_s);
    Model original;
    original.name = u"Original"_s;
    QVERIFY(ModelWriter::save(original, path));
    const QByteArray before = test::readAll(path);

    Model changed = everyFieldModel();
    AtomicFile::injectFault(AtomicFile::Fault::BeforeCommit);
    QString error;
    QVERIFY(!ModelWriter::save(changed, path, &error));
    QVERIFY2(error.contains(u"keep.ninefold"_s), qPrintable(error));
    QCOMPARE(test::readAll(path), before);
    // no temporary file left behind
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"keep.ninefold"_s});
    // and the next save works again
    QVERIFY(ModelWriter::save(changed, path));
    QCOMPARE(ModelReader::readFile(path).model->name, changed.name);
}

void TestModelIO::saveToMissingDirectoryFails()
{
    QString error;
    QVERIFY(!ModelWriter::save(Model(), u"/nonexistent-dir-for-ninefold/x.ninefold"_s, &error));
    QVERIFY(error.contains(u"x.ninefold"_s));
}

// A disk that fills up in the middle of a save (a file-size limit makes every
// write past 8 KB fail) must leave the previous file as it was and say why.
void TestModelIO::fullDiskKeepsOldFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"full.ninefold"_s);
    Model original;
    original.name = u"Original"_s;
    QVERIFY(ModelWriter::save(original, path));
    const QByteArray before = test::readAll(path);

    Model big;
    big.name = u"Big"_s;
    for (int i = 0; i < 400; ++i) {
        Component c;
        c.id = u"c%1"_s.arg(i);
        c.name = u"Component number %1"_s.arg(i);
        c.failure = FailureModel::rates(1000.0 + i, 2.0);
        big.components << c;
    }
    QVERIFY(ModelWriter::toBytes(big).size() > 16 * 1024);
    QString error;
    {
        test::FileSizeLimit limit(8 * 1024);
        QVERIFY(limit.active());
        QVERIFY(!ModelWriter::save(big, path, &error));
    }
    QVERIFY2(error.contains(QFileInfo(path).absoluteFilePath()), qPrintable(error));
    QVERIFY2(error.contains(u"larger than this system allows"_s), qPrintable(error));
    QCOMPARE(test::readAll(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"full.ninefold"_s});
    // with room again, the same save works
    QVERIFY(ModelWriter::save(big, path));
    QCOMPARE(ModelReader::readFile(path).model->components.size(), 400);
}

// tests/data/every-field.ninefold is what the writer makes of everyFieldModel();
// the schema test (tests/schema) validates that file, so the schema must describe
// every field the writer can emit. Regenerate with NINEFOLD_REGENERATE=1.
void TestModelIO::everyFieldFileIsCurrent()
{
    const QString path = test::dataPath(u"every-field.ninefold"_s);
    const QByteArray bytes = ModelWriter::toBytes(everyFieldModel());
    if (qEnvironmentVariableIsSet("NINEFOLD_REGENERATE"))
        QVERIFY(test::writeAll(path, bytes));
    QVERIFY2(test::readAll(path) == bytes,
             "tests/data/every-field.ninefold is out of date: run this test with NINEFOLD_REGENERATE=1");
}

QTEST_GUILESS_MAIN(TestModelIO)
#include "tst_modelio.moc"
