// Time-aware availability (DOMAIN.md §12): every reference case, written as a
// .ninefold file, read and analysed; the expected figures are DOMAIN's formulas
// evaluated here, checked to 1e-9 relative.

#include "architectureanalysis.h"
#include "architecturestructure.h"
#include "modelreader.h"

#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace nf;

namespace {
constexpr double kYearHours = 8766.0;
constexpr double kYearMinutes = 525960.0;

bool close(double a, double b, double rel = 1e-9)
{
    return std::fabs(a - b) <= rel * std::max(std::fabs(a), std::fabs(b)) || (a == 0.0 && b == 0.0);
}

AnalysisResult analyse(const QByteArray &json)
{
    const LoadResult r = ModelReader::readBytes(json, u"reference.ninefold"_s);
    if (!r.ok())
        qFatal("invalid reference model: %s", qPrintable(r.errorText()));
    AnalysisResult result = ArchitectureAnalysis::run(*r.model);
    if (!result.ok())
        qFatal("analysis failed: %s", qPrintable(result.error));
    return result;
}

const ServiceFigures &service(const AnalysisResult &r, const QString &id)
{
    for (const ServiceFigures &s : r.services)
        if (s.id == id)
            return s;
    qFatal("no service %s", qPrintable(id));
}

// Primary MTBF 730 h, MTTR 4 h; a standby that never fails; a manual failover
// of 37 minutes (detection 2 min + promotion 1 min + a person 34 min).
QByteArray manualFailover(const QByteArray &failback = QByteArray(), const QByteArray &timing = QByteArray())
{
    const QByteArray link = timing.isEmpty() ? QByteArray(R"("automatic": false, "detection_seconds": 120,
        "promotion_seconds": 60, "human_response_seconds": 2040)")
                                             : timing;
    return R"({"format_version": 2,
      "components": [{"id": "p", "kind": "database", "mtbf_hours": 730, "mttr_hours": 4},
                     {"id": "s", "kind": "database"}],
      "redundancy_groups": [{"id": "g", "policy": "active-passive", "members": ["p", "s"]}],
      "failover_links": [{"id": "fo", "from": "p", "to": "s", )" + link + failback + R"(}],
      "services": [{"id": "db", "entry": "g", "availability_target": 0.9995}]})";
}
} // namespace

class TestTimeAware : public QObject
{
    Q_OBJECT

private slots:
    void manualFailoverInterruptions();
    void failbackAfterRepair();
    void detectionGapRequestWeighted();
    void plannedMaintenanceSingleServer();
    void plannedMaintenanceOnAPair();
    void writePathOneSynchronousStandby();
    void writePathAnyOneOfTwo();
    void writesFallingBackToAsyncDoNotBlock();
    void rollingUpdateThatOverloads();
    void periodicTestsHideFailures();
    void dataLossOfAsyncFailover();
    void faultToleranceNeedsNoGapAndNoLoss();
};

void TestTimeAware::manualFailoverInterruptions()
{
    const AnalysisResult r = analyse(manualFailover());
    // Failovers a year = 8,766/730 × 730/734 = 8,766/734; each costs 37 minutes.
    const double failovers = kYearHours / 730.0 * (730.0 / 734.0);
    const double minutes = failovers * 37.0;
    QVERIFY(close(r.failovers.first().failoversPerYear, failovers));
    const DowntimeBudget &b = service(r, u"db"_s).budget;
    QCOMPARE(b.structuralMinutes, 0.0); // "100 %" by structure alone
    QVERIFY(close(b.failoverMinutes, minutes));
    QVERIFY2(close(b.failoverMinutes, 441.88, 1e-5), qPrintable(QString::number(b.failoverMinutes)));
    QVERIFY(close(b.availability, 1.0 - minutes / kYearMinutes));
    QVERIFY(close(b.availability, 0.99915985, 1e-8));
    QVERIFY(!service(r, u"db"_s).meetsTarget);
    QVERIFY(close(r.systemBudget.totalMinutes, minutes));
    QVERIFY(close(r.system.unavailability, 0.0) || r.system.unavailability == 0.0);
}

void TestTimeAware::failbackAfterRepair()
{
    const AnalysisResult r = analyse(manualFailover(R"(, "failback": "automatic", "failback_seconds": 120)"));
    const double failovers = kYearHours / 734.0;
    const DowntimeBudget &b = service(r, u"db"_s).budget;
    QVERIFY(close(b.failbackMinutes, failovers * 2.0));
    QVERIFY2(close(b.failbackMinutes, 23.89, 2e-4), qPrintable(QString::number(b.failbackMinutes)));
    QVERIFY(close(b.totalMinutes, failovers * 39.0));
    // a failback of kind "none" costs nothing
    const AnalysisResult none = analyse(manualFailover(R"(, "failback": "none")"));
    QCOMPARE(service(none, u"db"_s).budget.failbackMinutes, 0.0);
}

void TestTimeAware::detectionGapRequestWeighted()
{
    const QByteArray model = R"({"format_version": 2,
      "components": [{"id": "w1", "mtbf_hours": 2000, "mttr_hours": 1}, {"id": "w2", "mtbf_hours": 2000, "mttr_hours": 1},
                     {"id": "w3", "mtbf_hours": 2000, "mttr_hours": 1}, {"id": "w4", "mtbf_hours": 2000, "mttr_hours": 1}],
      "redundancy_groups": [{"id": "web", "policy": "active-active", "members": ["w1", "w2", "w3", "w4"],
                             "detection_seconds": 60}],
      "services": [{"id": "api", "entry": "web", "slo_basis": "requests"},
                   {"id": "api-time", "entry": "web"}]})";
    const AnalysisResult r = analyse(model);
    // Member failures a year = 4 × 8,766/2,001; each sends a quarter of the
    // requests to a dead member for 60 s.
    const double failures = 4.0 * kYearHours * (1.0 / 2000.0) * (2000.0 / 2001.0);
    QVERIFY2(close(failures, 17.5232, 1e-5), qPrintable(QString::number(failures)));
    const double minutes = failures * 60.0 / 4.0 / 60.0;
    QVERIFY2(close(minutes * 60.0, 262.85, 1e-5), qPrintable(QString::number(minutes * 60.0)));
    const DowntimeBudget &requests = service(r, u"api"_s).budget;
    QVERIFY2(close(requests.detectionMinutes, minutes), qPrintable(QString::number(requests.detectionMinutes, 'g', 12)));
    QVERIFY(requests.detectionCounted);
    QVERIFY(close(requests.totalMinutes - requests.structuralMinutes, minutes));
    // A time-based SLO reports the gap but does not count it.
    const DowntimeBudget &time = service(r, u"api-time"_s).budget;
    QVERIFY(close(time.detectionMinutes, minutes));
    QVERIFY(!time.detectionCounted);
    QVERIFY(close(time.totalMinutes, time.structuralMinutes));
}

void TestTimeAware::plannedMaintenanceSingleServer()
{
    const QByteArray counts = R"({"format_version": 2,
      "components": [{"id": "server", "maintenance_interval_hours": 730, "maintenance_duration_hours": 0.5}],
      "services": [{"id": "app", "entry": "server"}, {"id": "app-excl", "entry": "server", "planned_maintenance_counts": false}]})";
    const AnalysisResult r = analyse(counts);
    const double u = 0.5 / 730.0;
    QVERIFY(close(u, 6.849315e-4, 1e-6));
    const DowntimeBudget &b = service(r, u"app"_s).budget;
    QVERIFY(close(b.unavailability, u));
    QVERIFY2(close(b.totalMinutes, 360.25, 1e-5), qPrintable(QString::number(b.totalMinutes)));
    const DowntimeBudget &excluded = service(r, u"app-excl"_s).budget;
    QCOMPARE(excluded.unavailability, 0.0);
    QVERIFY(close(excluded.maintenanceMinutes, u * kYearMinutes)); // shown, not counted
    // the server never fails: no cut set, no finding that calls it a single point of failure
    QCOMPARE(r.cutSetCount, 0.0);
    QCOMPARE(r.system.unavailability, 0.0);
}

void TestTimeAware::plannedMaintenanceOnAPair()
{
    const QByteArray model = R"({"format_version": 2,
      "components": [{"id": "a", "mtbf_hours": 8760, "mttr_hours": 8}, {"id": "b", "mtbf_hours": 8760, "mttr_hours": 8}],
      "redundancy_groups": [{"id": "pair", "policy": "active-active", "members": ["a", "b"],
                             "maintenance_interval_hours": 730, "maintenance_duration_hours": 0.5}],
      "services": [{"id": "svc", "entry": "pair"}]})";
    const AnalysisResult r = analyse(model);
    const double ui = 8.0 / 8768.0;
    QVERIFY(close(ui, 9.124088e-4, 1e-6));
    const double us = ui * ui;
    QVERIFY(close(us, 8.324897e-7, 1e-6));
    const double p = 0.5 / 730.0;
    const double expected = (1.0 - 2.0 * p) * us + 2.0 * p * ui;
    QVERIFY(close(expected, 2.081224e-6, 1e-6));
    const DowntimeBudget &b = service(r, u"svc"_s).budget;
    QVERIFY(close(b.readUnavailability, us));
    QVERIFY2(close(b.unavailability, expected), qPrintable(QString::number(b.unavailability, 'g', 12)));
    QVERIFY2(close(b.totalMinutes, 1.0946, 1e-4), qPrintable(QString::number(b.totalMinutes)));
}

void TestTimeAware::writePathOneSynchronousStandby()
{
    const QByteArray model = R"({"format_version": 2,
      "components": [{"id": "p", "kind": "database", "availability": 0.999},
                     {"id": "s", "kind": "database", "availability": 0.999}],
      "redundancy_groups": [{"id": "g", "policy": "active-passive", "members": ["p", "s"]}],
      "replication_links": [{"id": "r", "from": "p", "to": "s", "mode": "sync", "writers": ["db"]}],
      "services": [{"id": "db", "entry": "g"}, {"id": "reports", "entry": "g", "read_only": true}]})";
    const AnalysisResult r = analyse(model);
    const DowntimeBudget &b = service(r, u"db"_s).budget;
    QVERIFY(close(1.0 - b.writeUnavailability, 0.998001));
    QVERIFY(close(1.0 - b.readUnavailability, 0.999999));
    QVERIFY(b.writesCounted);
    QVERIFY(close(b.availability, 0.998001)); // the write figure is what the SLO uses
    QVERIFY(close(b.writePathMinutes, (0.001999 - 0.000001) * kYearMinutes));
    const DowntimeBudget &reads = service(r, u"reports"_s).budget;
    QVERIFY(!reads.writesCounted);
    QVERIFY(close(reads.availability, 0.999999));
}

void TestTimeAware::writePathAnyOneOfTwo()
{
    const QByteArray model = R"({"format_version": 2,
      "components": [{"id": "p", "kind": "database", "availability": 0.999, "sync_acks": 1},
                     {"id": "s1", "kind": "database", "availability": 0.999},
                     {"id": "s2", "kind": "database", "availability": 0.999}],
      "redundancy_groups": [{"id": "g", "policy": "active-passive", "members": ["p", "s1", "s2"]}],
      "replication_links": [{"id": "r1", "from": "p", "to": "s1", "mode": "sync", "writers": ["db"]},
                            {"id": "r2", "from": "p", "to": "s2", "mode": "sync", "writers": ["db"]}],
      "services": [{"id": "db", "entry": "g"}]})";
    const AnalysisResult r = analyse(model);
    QVERIFY(close(1.0 - service(r, u"db"_s).budget.writeUnavailability, 0.998999001));
    // waiting for both: A_p · A_s1 · A_s2
    QByteArray both = model;
    both.replace(R"(, "sync_acks": 1)", "");
    QVERIFY(close(1.0 - service(analyse(both), u"db"_s).budget.writeUnavailability, 0.999 * 0.999 * 0.999));
}

void TestTimeAware::writesFallingBackToAsyncDoNotBlock()
{
    const QByteArray model = R"({"format_version": 2,
      "components": [{"id": "p", "availability": 0.999}, {"id": "s", "availability": 0.999}],
      "redundancy_groups": [{"id": "g", "policy": "active-passive", "members": ["p", "s"]}],
      "replication_links": [{"id": "r", "from": "p", "to": "s", "mode": "sync", "writers": ["db"],
                             "falls_back_to_async": true}],
      "services": [{"id": "db", "entry": "g"}]})";
    const AnalysisResult r = analyse(model);
    // writes need the primary only
    QVERIFY(close(1.0 - service(r, u"db"_s).budget.writeUnavailability, 0.999));
}

void TestTimeAware::rollingUpdateThatOverloads()
{
    // Demand of 4 members on 5 (N+1), updated one at a time: during each step
    // of 15 min the group is at N+0 and any failure overloads it. Steps: 5 a
    // week. U = U_s + Σ_steps p (U(down | one member out) - U_s), with U(4 of 4)
    // = 1 - a⁴ for the four left.
    const QByteArray model = R"({"format_version": 2,
      "components": [{"id": "w1", "mtbf_hours": 1000, "mttr_hours": 2, "capacity": 100},
                     {"id": "w2", "mtbf_hours": 1000, "mttr_hours": 2, "capacity": 100},
                     {"id": "w3", "mtbf_hours": 1000, "mttr_hours": 2, "capacity": 100},
                     {"id": "w4", "mtbf_hours": 1000, "mttr_hours": 2, "capacity": 100},
                     {"id": "w5", "mtbf_hours": 1000, "mttr_hours": 2, "capacity": 100}],
      "redundancy_groups": [{"id": "web", "policy": "active-active", "members": ["w1", "w2", "w3", "w4", "w5"],
                             "demand": 400, "max_unavailable": 1, "rolling_update_interval_hours": 168,
                             "rolling_update_step_hours": 0.25}],
      "services": [{"id": "api", "entry": "web"}]})";
    const AnalysisResult r = analyse(model);
    const double a = 1000.0 / 1002.0, u = 2.0 / 1002.0;
    const double us = 1.0 - std::pow(a, 5) - 5.0 * std::pow(a, 4) * u; // fewer than 4 of 5 up
    const double given = 1.0 - std::pow(a, 4);                            // fewer than 4 of the other 4
    const double p = 0.25 / 168.0;
    const double expected = us + 5.0 * p * (given - us);
    QVERIFY(close(service(r, u"api"_s).budget.unavailability, expected));
}

void TestTimeAware::periodicTestsHideFailures()
{
    // A standby generator (λ = 1e-4/h, MTTR 8 h) whose failures only a monthly
    // test (720 h) reveals: renewal cycle of τ plus a repair when found failed.
    const QByteArray model = R"({"format_version": 2,
      "components": [{"id": "gen", "kind": "generator", "mtbf_hours": 10000, "mttr_hours": 8, "test_interval_hours": 720}],
      "services": [{"id": "power", "entry": "gen"}]})";
    const AnalysisResult r = analyse(model);
    const double lambda = 1e-4, tau = 720.0, mttr = 8.0;
    const double found = 1.0 - std::exp(-lambda * tau);
    const double expected = (tau - found / lambda + found * mttr) / (tau + found * mttr);
    QVERIFY2(close(r.system.unavailability, expected), qPrintable(QString::number(r.system.unavailability, 'g', 12)));
    // about λτ/2 + λ·MTTR for small λτ
    QVERIFY(close(expected, lambda * tau / 2.0 + lambda * mttr, 0.05));
    // without the test interval: MTTR / (MTBF + MTTR)
    QByteArray untested = model;
    untested.replace(R"(, "test_interval_hours": 720)", "");
    QVERIFY(!untested.contains("test_interval"));
    QVERIFY(close(analyse(untested).system.unavailability, 8.0 / 10008.0));
    // the closed form for tiny λτ keeps its digits
    const auto [p, q] = ArchitectureTranslator::latentUnavailability(1e-12, 0.0, 10.0);
    QVERIFY(close(p, 1e-12 * 10.0 / 2.0, 1e-9));
    QVERIFY(close(q, 1.0 - 5e-12, 1e-15));
}

void TestTimeAware::dataLossOfAsyncFailover()
{
    QByteArray model = manualFailover();
    model.replace(R"("services")", R"("replication_links": [{"id": "rep", "from": "p", "to": "s", "mode": "async",
        "lag_seconds": 30}], "services")");
    const AnalysisResult r = analyse(model);
    const double failovers = kYearHours / 734.0;
    QCOMPARE(r.dataLoss.size(), 1);
    const DataLossReport &d = r.dataLoss.first();
    QCOMPARE(d.source, u"rep"_s);
    QVERIFY(close(d.eventsPerYear, failovers));
    QVERIFY(d.secondsLostPerYear && close(*d.secondsLostPerYear, failovers * 30.0));
    QVERIFY(close(d.probabilityPerYear, 1.0 - std::exp(-failovers)));
    QVERIFY(close(service(r, u"db"_s).dataLossSecondsPerYear, failovers * 30.0));
}

void TestTimeAware::faultToleranceNeedsNoGapAndNoLoss()
{
    // Stateless replicas behind a load balancer whose health checks take a minute.
    const QByteArray lb = R"({"format_version": 2,
      "components": [{"id": "w1", "mtbf_hours": 2000, "mttr_hours": 1}, {"id": "w2", "mtbf_hours": 2000, "mttr_hours": 1}],
      "redundancy_groups": [{"id": "web", "policy": "active-active", "members": ["w1", "w2"], "detection_seconds": 60}],
      "services": [{"id": "api", "entry": "web", "rto_seconds": 0}]})";
    AnalysisResult r = analyse(lb);
    QCOMPARE(r.classifications.first().achieved, u"HA"_s);
    QVERIFY(r.classifications.first().haReasons.join(u' ').contains(u"health checks"_s));
    QByteArray instant = lb;
    instant.replace(R"(, "detection_seconds": 60)", "");
    QCOMPARE(analyse(instant).classifications.first().achieved, u"FT"_s);
    // A tunable store acknowledging writes on one replica loses them with it.
    const QByteArray w1 = R"({"format_version": 2,
      "components": [{"id": "r1", "mtbf_hours": 5000, "mttr_hours": 2}, {"id": "r2", "mtbf_hours": 5000, "mttr_hours": 2},
                     {"id": "r3", "mtbf_hours": 5000, "mttr_hours": 2}],
      "quorum_groups": [{"id": "store", "kind": "tunable", "voters": ["r1", "r2", "r3"], "n": 3, "w": 1, "r": 1}],
      "services": [{"id": "kv", "entry": "store", "rto_seconds": 0, "rpo_seconds": 0}]})";
    r = analyse(w1);
    QCOMPARE(r.classifications.first().achieved, u"HA"_s);
    QCOMPARE(r.dataLoss.size(), 1);
    QCOMPARE(r.dataLoss.first().kind, u"single-replica-write"_s);
    QVERIFY(close(r.dataLoss.first().eventsPerYear, 3.0 * kYearHours * (1.0 / 5000.0) * (5000.0 / 5002.0)));
}

QTEST_GUILESS_MAIN(TestTimeAware)
#include "tst_timeaware.moc"
