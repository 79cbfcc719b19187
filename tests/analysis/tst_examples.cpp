// The war-story examples must teach their lessons: the findings and figures the
// issue asks for, with element ids.

#include "architectureanalysis.h"
#include "modelreader.h"
#include "testsupport.h"

#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace nf;

namespace {
AnalysisResult analyseExample(const QString &name, Model *out = nullptr)
{
    const LoadResult r = ModelReader::readFile(test::examplePath(name));
    if (!r.ok())
        qFatal("%s", qPrintable(r.errorText()));
    if (out)
        *out = *r.model;
    return ArchitectureAnalysis::run(*r.model);
}

const Finding *finding(const AnalysisResult &r, const QString &code, const QStringList &elements)
{
    for (const Finding &f : r.findings) {
        if (f.code != code)
            continue;
        bool all = true;
        for (const QString &e : elements)
            all = all && f.elements.contains(e);
        if (all)
            return &f;
    }
    return nullptr;
}
} // namespace

class TestExamples : public QObject
{
    Q_OBJECT

private slots:
    void delta();
    void postgres();
};

void TestExamples::delta()
{
    Model m;
    const AnalysisResult r = analyseExample(u"delta-2016.ninefold"_s, &m);
    // The switchgear under both power paths is a single point of failure.
    const Finding *spof = finding(r, u"spof"_s, {u"switchgear"_s});
    QVERIFY(spof);
    QCOMPARE(spof->severity, Finding::Severity::Critical);
    // The site failover needs the primary database, which fails with the primary.
    const Finding *fo = finding(r, u"failover-depends-on-primary"_s, {u"site-failover"_s, u"db-primary"_s});
    QVERIFY(fo);
    QCOMPARE(fo->severity, Finding::Severity::Critical);
    // Availability essentially that of the Atlanta site alone: the secondary site
    // removes less than 10 % of its unavailability, while two independent sites
    // would be up all but (U_atl · U_sec) of the time.
    const double uSystem = r.system.unavailability;
    const double uAtlanta = r.element(u"gw-atl"_s)->unavailability;
    const double uSecondary = r.element(u"gw-sec"_s)->unavailability;
    QVERIFY2(uSystem >= 0.9 * uAtlanta && uSystem <= uAtlanta, qPrintable(u"%1 vs %2"_s.arg(uSystem).arg(uAtlanta)));
    QVERIFY(uSystem > 100.0 * uAtlanta * uSecondary);
    // And it misses its 99.95 % target.
    QVERIFY(finding(r, u"slo-miss"_s, {u"flight-ops"_s}));
    // The power "redundancy" is defeated by the site: every source sits in it.
    QVERIFY(finding(r, u"shared-failure-domain"_s, {u"atl-power"_s, u"atl-dc"_s}));
}

void TestExamples::postgres()
{
    Model m;
    const AnalysisResult r = analyseExample(u"postgres-failover.ninefold"_s, &m);
    // RPO of 6 hours is lost on failover.
    const Finding *loss = finding(r, u"async-data-loss"_s, {u"wal-stream"_s, u"pg-primary"_s, u"pg-standby"_s});
    QVERIFY(loss);
    QCOMPARE(loss->severity, Finding::Severity::Critical);
    QVERIFY2(loss->message.contains(u"6 h"_s), qPrintable(loss->message));
    QCOMPARE(r.replications.first().rpoSeconds, 6.0 * 3600.0);
    QVERIFY(finding(r, u"rpo-miss"_s, {u"orders"_s}));
    // Lag alerts to a mailbox nobody reads: no monitoring.
    QVERIFY(finding(r, u"lag-alerts-unwatched"_s, {u"wal-stream"_s, u"ops-mailbox"_s}));
    QVERIFY(!r.replications.first().monitored);
    // Manual failover: detection 60 s + a person 180 s + promotion 60 s + reconnect 30 s.
    const Finding *manual = finding(r, u"manual-failover"_s, {u"pg-failover"_s});
    QVERIFY(manual);
    QCOMPARE(r.failovers.first().rtoSeconds, 330.0);
    QVERIFY2(manual->message.contains(u"5 min 30 s"_s), qPrintable(manual->message));

    // Each failover interrupts the orders for those 330 s (DOMAIN §12: rate =
    // λ·A of what takes the primary out × P(takeover possible), the database pair
    // being in series with the orders). The primary leaves service when it fails
    // (MTBF 8,760 h, MTTR 4 h) or its zone does (43,800 h, 7 h) while the other
    // is up, and the standby takes over when it and its zone are up:
    //   failovers = 8,766 × (1/8,760 + 1/43,800) × qDb·qZone (the primary's side up
    //               before) × qDb·qZone (the standby's side up) = 1.198 a year.
    const double pDb = 4.0 / 8764.0, qDb = 1.0 - pDb, pZone = 7.0 / 43807.0, qZone = 1.0 - pZone;
    const double failovers = 8766.0 * (1.0 / 8760.0 + 1.0 / 43800.0) * qDb * qZone * qDb * qZone;
    const DowntimeBudget &b = r.services.first().budget;
    QVERIFY(std::fabs(b.failoverMinutes - failovers * 330.0 / 60.0) <= 1e-9 * b.failoverMinutes); // 6.60 min
    QVERIFY(std::fabs(b.interruptionsPerYear - failovers) <= 1e-9 * failovers);
    // The total (20.78 min, 99.9961 %) still passes the 99.95 % target: the failover
    // protects availability; the data is what it loses.
    QVERIFY(std::fabs(b.totalMinutes - (b.structuralMinutes + b.failoverMinutes)) <= 1e-9 * b.totalMinutes);
    QVERIFY(r.services.first().meetsTarget);
}

QTEST_GUILESS_MAIN(TestExamples)
#include "tst_examples.moc"
