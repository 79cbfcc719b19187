// The example gallery (issue 8) must teach its lessons: each example yields the
// findings its lesson needs, on the elements involved, and the figures its guide
// page quotes. Every expected number is worked out here from the example's
// parameters (by hand formulas, DOMAIN.md §6–§11, or enumeration of states),
// never copied from Ninefold's output.

#include "architectureanalysis.h"
#include "modelreader.h"
#include "testsupport.h"
#include "numberformat.h"

#include <QTest>

#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;
using namespace nf;

namespace {

AnalysisResult analyseExample(const QString &name)
{
    const LoadResult r = ModelReader::readFile(test::examplePath(name));
    if (!r.ok())
        qFatal("%s", qPrintable(r.errorText()));
    return ArchitectureAnalysis::run(*r.model);
}

// Findings with `code` whose elements include all of `elements`.
QList<const Finding *> findings(const AnalysisResult &r, const QString &code, const QStringList &elements = {})
{
    QList<const Finding *> out;
    for (const Finding &f : r.findings) {
        if (f.code != code)
            continue;
        bool all = true;
        for (const QString &e : elements)
            all = all && f.elements.contains(e);
        if (all)
            out << &f;
    }
    return out;
}

const Finding *finding(const AnalysisResult &r, const QString &code, const QStringList &elements = {})
{
    const QList<const Finding *> all = findings(r, code, elements);
    return all.isEmpty() ? nullptr : all.first();
}

// Whether any finding with `code` mentions `element`.
bool mentions(const AnalysisResult &r, const QString &code, const QString &element)
{
    return finding(r, code, {element}) != nullptr;
}

// A year of 8,766 hours (365.25 days), in hours and minutes (DOMAIN §2).
constexpr double kYear = 8766.0;
constexpr double kMinutesPerYear = 525960.0;

bool close(double actual, double expected, double rel = 1e-9)
{
    return std::fabs(actual - expected) <= rel * std::fabs(expected);
}

#define QVERIFY_CLOSE(actual, expected, rel)                                                                          \
    QVERIFY2(close((actual), (expected), (rel)),                                                                      \
             qPrintable(u"%1 = %2, expected %3"_s.arg(QString::fromLatin1(#actual)).arg((actual), 0, 'g', 12)         \
                            .arg((expected), 0, 'g', 12)))

template <typename T>
const T &byId(const QList<T> &list, const QString &id)
{
    for (const T &x : list)
        if (x.id == id)
            return x;
    qFatal("no %s", qPrintable(id));
}

const ServiceFigures &service(const AnalysisResult &r, const QString &id) { return byId(r.services, id); }
const GroupReport &group(const AnalysisResult &r, const QString &id) { return byId(r.groups, id); }
const QuorumReport &quorum(const AnalysisResult &r, const QString &id) { return byId(r.quorums, id); }
const ReplicationReport &replication(const AnalysisResult &r, const QString &id) { return byId(r.replications, id); }
const FailoverReport &failover(const AnalysisResult &r, const QString &id) { return byId(r.failovers, id); }

const ServiceClassification &classification(const AnalysisResult &r, const QString &service)
{
    for (const ServiceClassification &c : r.classifications)
        if (c.service == service)
            return c;
    qFatal("no classification of %s", qPrintable(service));
}

// Unavailability of a repairable element: MTTR / (MTBF + MTTR).
double down(double mtbf, double mttr)
{
    return mttr / (mtbf + mttr);
}

// Either of two independent causes: p + q − pq.
double either(double p, double q)
{
    return p + q - p * q;
}

double binomial(int n, int k)
{
    double r = 1.0;
    for (int i = 1; i <= k; ++i)
        r = r * (n - k + i) / i;
    return r;
}

// P(at least `failed` of n independent members are down), each down with p:
// summed over the down states, so tiny results keep their digits.
double atLeastDown(int n, int failed, double p)
{
    double u = 0.0;
    for (int j = failed; j <= n; ++j)
        u += binomial(n, j) * std::pow(p, j) * std::pow(1.0 - p, n - j);
    return u;
}

// A consensus quorum whose voters sit in zones: voter i is up when it and its zone
// are up. Enumerates every state of zones and voters and adds up the probability
// of the states with fewer than `needed` voters up.
double quorumUnavailability(const QList<int> &zoneOfVoter, const QList<double> &voterDown, int zones, double zoneDown,
                            int needed)
{
    const int n = int(zoneOfVoter.size());
    const int events = zones + n;
    double u = 0.0;
    for (quint32 s = 0; s < (quint32(1) << events); ++s) {
        double p = 1.0;
        for (int z = 0; z < zones; ++z)
            p *= (s >> z) & 1 ? zoneDown : 1.0 - zoneDown;
        int up = 0;
        for (int v = 0; v < n; ++v) {
            const bool vDown = (s >> (zones + v)) & 1;
            p *= vDown ? voterDown.at(v) : 1.0 - voterDown.at(v);
            if (!vDown && !((s >> zoneOfVoter.at(v)) & 1))
                ++up;
        }
        if (up < needed)
            u += p;
    }
    return u;
}

// Probability that `condition` holds over independent events (bit i of a state:
// event i is down), with event `fixed` forced down (1) or up (0), or free (-1).
double probabilityByEnumeration(const QList<double> &downP, const std::function<bool(quint32)> &condition,
                                int fixed = -1, int fixedDown = 0)
{
    const int n = int(downP.size());
    double total = 0.0;
    for (quint32 s = 0; s < (quint32(1) << n); ++s) {
        if (fixed >= 0 && int((s >> fixed) & 1) != fixedDown)
            continue;
        double p = 1.0;
        for (int i = 0; i < n; ++i)
            if (i != fixed)
                p *= (s >> i) & 1 ? downP.at(i) : 1.0 - downP.at(i);
        if (condition(s))
            total += p;
    }
    return total;
}

// How often a year `condition` starts to hold (DOMAIN §4): each event's failures
// (A_i·λ_i an hour) that find it critical, Σ max(0, P(X | i down) − P(X | i up))·A_i·λ_i,
// every probability by enumerating the states.
double frequencyByEnumeration(const QList<double> &downP, const QList<double> &failuresPerHour,
                              const std::function<bool(quint32)> &condition)
{
    double w = 0.0;
    for (int i = 0; i < downP.size(); ++i) {
        const double birnbaum = probabilityByEnumeration(downP, condition, i, 1)
                                - probabilityByEnumeration(downP, condition, i, 0);
        w += std::max(0.0, birnbaum) * failuresPerHour.at(i);
    }
    return w * kYear;
}

} // namespace

class TestGallery : public QObject
{
    Q_OBJECT

private slots:
    void k8sRedundancyLab();
    void nPlusMCapacity();
    void quorumTwoVsThreeZones();
    void tunableQuorumStore();
    void multiRegionActiveActive();
    void redisFailoverScript();
    void paymentGatewayHaVsFt();
    void circuitBreakerFallback();
    void raid5Rebuild();
    void objectStorageElevenNines();
    void patientPortalVsSurgicalTelemetry();
    void manualVsAutomaticFailover();
};

void TestGallery::k8sRedundancyLab()
{
    const AnalysisResult r = analyseExample(u"k8s-redundancy-lab.ninefold"_s);
    // All three replicas on the only node: the node takes every member down.
    const Finding *shared = finding(r, u"shared-failure-domain"_s, {u"web-single"_s, u"node-only"_s});
    QVERIFY(shared);
    QCOMPARE(shared->severity, Finding::Severity::Critical);
    QVERIFY(finding(r, u"spof"_s, {u"node-only"_s, u"svc-single"_s}));
    // Spread over three nodes: no node is shared by all replicas, none is a SPOF.
    QVERIFY(!mentions(r, u"shared-failure-domain"_s, u"web-spread"_s));
    for (const QString &node : {u"node-1"_s, u"node-2"_s, u"node-3"_s})
        QVERIFY(!mentions(r, u"spof"_s, node));
    // minAvailable 2 of 3: one voluntary disruption at a time, in both variants.
    QVERIFY(finding(r, u"disruption-budget"_s, {u"web-spread"_s}));
    QVERIFY(finding(r, u"disruption-budget"_s, {u"web-single"_s}));
    QCOMPARE(group(r, u"web-single"_s).voluntaryDisruptions, 3 - 2);

    // Pod: MTBF 720 h, MTTR 0.01 h; node: MTBF 16,000 h, MTTR 1 h.
    const double pod = down(720, 0.01);    // 1.3889e-5
    const double node = down(16000, 1);    // 6.2496e-5
    // Spread: each pod down with its own node (7.64e-5); the Service is down when all three are.
    const double perPod = either(pod, node);
    QVERIFY_CLOSE(service(r, u"svc-spread"_s).figures.unavailability, perPod * perPod * perPod, 1e-9); // 4.46e-13
    // One node: the node, or all three pods at once on a working node.
    const double single = node + (1.0 - node) * pod * pod * pod;                                      // 6.2496e-5
    QVERIFY_CLOSE(service(r, u"svc-single"_s).figures.unavailability, single, 1e-9);
    // 32.87 minutes a year against a few microseconds.
    QVERIFY_CLOSE(service(r, u"svc-single"_s).figures.downtimeMinutesPerYear, single * 525960.0, 1e-9);

    // Detection gaps (DOMAIN §12): the probe gives up after 5 s × 3 = 15 s, and until
    // then a third of the requests go to the dead pod. Both SLOs count requests.
    const double seconds = 5.0 * 3.0;
    const double qPod = 1.0 - pod, qNode = 1.0 - node;
    // Spread: a member (pod with its node) fails at λ_pod + λ_node when both were up
    // (q_pod·q_node), counted while the other two are not both down (1 − u²).
    const double spreadFailures = 3.0 * (1.0 - perPod * perPod) * qPod * qNode * (1.0 / 720.0 + 1.0 / 16000.0) * kYear;
    const double spreadGap = spreadFailures * seconds / 3.0 / 60.0; // 3.18 min
    // One node: only pods failing on a working node, the other two not both down.
    const double singleFailures = 3.0 * (1.0 / 720.0) * qPod * qNode * (1.0 - pod * pod) * kYear;
    const double singleGap = singleFailures * seconds / 3.0 / 60.0; // 3.04 min
    const DowntimeBudget &spreadBudget = service(r, u"svc-spread"_s).budget;
    const DowntimeBudget &singleBudget = service(r, u"svc-single"_s).budget;
    QVERIFY(spreadBudget.detectionCounted);
    QVERIFY(singleBudget.detectionCounted);
    QVERIFY_CLOSE(spreadBudget.detectionMinutes, spreadGap, 1e-9);
    QVERIFY_CLOSE(singleBudget.detectionMinutes, singleGap, 1e-9);
    QCOMPARE(spreadBudget.failoverMinutes, 0.0);
    QCOMPARE(spreadBudget.maintenanceMinutes, 0.0);
    // The totals the SLO uses: 3.18 min (99.9994 %) and 35.91 min (99.9932 %).
    QVERIFY_CLOSE(spreadBudget.unavailability, perPod * perPod * perPod + spreadGap / kMinutesPerYear, 1e-9);
    QVERIFY_CLOSE(singleBudget.unavailability, single + singleGap / kMinutesPerYear, 1e-9);
    QVERIFY_CLOSE(singleBudget.totalMinutes, single * kMinutesPerYear + singleGap, 1e-9);
    // The spread design is no longer fault tolerant: its detection gap sets its RTO.
    const ServiceClassification &spreadClass = classification(r, u"svc-spread"_s);
    QCOMPARE(spreadClass.achieved, u"HA"_s);
    QCOMPARE(spreadClass.achievedRtoSeconds, seconds);
}

void TestGallery::nPlusMCapacity()
{
    const AnalysisResult r = analyseExample(u"n-plus-m-capacity.ninefold"_s);
    // 3 replicas of 400 req/s at 900 req/s (75 %): one crash leaves 900/800 = 112.5 %.
    const GroupReport &checkout = group(r, u"checkout"_s);
    QVERIFY_CLOSE(checkout.rows.at(0).utilisation, 900.0 / 1200.0, 1e-12);
    QVERIFY_CLOSE(checkout.rows.at(1).utilisation, 900.0 / 800.0, 1e-12);
    QCOMPARE(checkout.effectiveM, 0);
    QCOMPARE(checkout.cascadeAfter, 1);
    QCOMPARE(checkout.neededMembers, 3);
    const Finding *cascade = finding(r, u"overload-cascade"_s, {u"checkout"_s});
    QVERIFY(cascade);
    QCOMPARE(cascade->severity, Finding::Severity::Critical);
    QVERIFY2(cascade->message.contains(u"112.5 %"_s), qPrintable(cascade->message));
    // Needing all three, it is no redundancy at all: no paradox finding for it.
    QVERIFY(!mentions(r, u"redundancy-paradox"_s, u"checkout"_s));

    // 1,600 req/s needs 4 of 5: N+1, but maxUnavailable 1 leaves N+0 (DOMAIN §6).
    const GroupReport &five = group(r, u"catalogue-5"_s);
    QCOMPARE(five.neededMembers, 4);
    QCOMPARE(five.effectiveM, 1);
    QCOMPARE(five.toleranceDuringUpdate, 1 - 1);
    QVERIFY_CLOSE(five.rows.at(2).utilisation, 1600.0 / 1200.0, 1e-12); // a crash during the update: 133 %
    QVERIFY(finding(r, u"maintenance-exposure"_s, {u"catalogue-5"_s}));
    QVERIFY(!mentions(r, u"overload-cascade"_s, u"catalogue-5"_s));
    // Six replicas: N+2; the update leaves N+1.
    const GroupReport &six = group(r, u"catalogue-6"_s);
    QCOMPARE(six.effectiveM, 2);
    QCOMPARE(six.toleranceDuringUpdate, 2 - 1);
    QVERIFY_CLOSE(six.rows.at(2).utilisation, 1600.0 / 1600.0, 1e-12);
    QVERIFY(!mentions(r, u"maintenance-exposure"_s, u"catalogue-6"_s));

    // Replica: MTBF 2,000 h, MTTR 0.1 h, p = 5.0e-5.
    const double p = down(2000, 0.1);
    // 3-of-3: down when any replica is (≈ 3p = 1.5e-4, 78.9 min a year).
    QVERIFY_CLOSE(service(r, u"svc-checkout"_s).figures.unavailability, atLeastDown(3, 1, p), 1e-9);
    // 4-of-5: down with two failures (≈ 10p² = 2.5e-8).
    QVERIFY_CLOSE(service(r, u"svc-catalogue-5"_s).figures.unavailability, atLeastDown(5, 2, p), 1e-9);
    // 4-of-6: down with three (≈ 20p³ = 2.5e-12).
    QVERIFY_CLOSE(service(r, u"svc-catalogue-6"_s).figures.unavailability, atLeastDown(6, 3, p), 1e-9);

    // Detection gaps: readiness probes every 10 s, 3 failures: 30 s with a share of the
    // requests. A catalogue replica's failure (λ = 1/2,000 h, from up: q) counts while
    // the service stays up: the other four all up on five replicas, at most one of the
    // other five down on six. Checkout has none: any failure takes all of it down.
    const double lambda = 1.0 / 2000.0, q = 1.0 - p;
    const double gap5 = 5.0 * lambda * q * std::pow(q, 4) * kYear * 30.0 / 5.0 / 60.0;                  // 2.19 min
    const double gap6 = 6.0 * lambda * q * (std::pow(q, 5) + 5.0 * p * std::pow(q, 4)) * kYear * 30.0 / 6.0 / 60.0;
    const DowntimeBudget &b3 = service(r, u"svc-checkout"_s).budget;
    const DowntimeBudget &b5 = service(r, u"svc-catalogue-5"_s).budget;
    const DowntimeBudget &b6 = service(r, u"svc-catalogue-6"_s).budget;
    QCOMPARE(b3.detectionMinutes, 0.0);
    QVERIFY_CLOSE(b5.detectionMinutes, gap5, 1e-9);
    QVERIFY_CLOSE(b6.detectionMinutes, gap6, 1e-9);
    // Weekly rolling updates, one replica at a time for 0.1 h of 168 h: five (six)
    // steps, each leaving the service on the other four (five) replicas.
    const double step = 0.1 / 168.0;
    const double update5 = 5.0 * step * (atLeastDown(4, 1, p) - atLeastDown(5, 2, p)) * kMinutesPerYear; // 18.8 s
    const double update6 = 6.0 * step * (atLeastDown(5, 2, p) - atLeastDown(6, 3, p)) * kMinutesPerYear; // 0.003 s
    QVERIFY_CLOSE(b5.maintenanceMinutes, update5, 1e-9);
    QVERIFY_CLOSE(b6.maintenanceMinutes, update6, 1e-9);
    QCOMPARE(b3.maintenanceMinutes, 0.0);
    // Totals: 2.52 min (99.99952 %) and 2.19 min (99.99958 %).
    QVERIFY_CLOSE(b5.totalMinutes, atLeastDown(5, 2, p) * kMinutesPerYear + gap5 + update5, 1e-9);
    QVERIFY_CLOSE(b6.totalMinutes, atLeastDown(6, 3, p) * kMinutesPerYear + gap6 + update6, 1e-9);
    QVERIFY_CLOSE(b3.totalMinutes, atLeastDown(3, 1, p) * kMinutesPerYear, 1e-9);
    // The update alone never takes the five replicas down, so no maintenance-downtime
    // finding (it is 18.8 s a year), but the N+0 exposure is reported.
    QVERIFY(!finding(r, u"maintenance-downtime"_s));
}

void TestGallery::quorumTwoVsThreeZones()
{
    const AnalysisResult r = analyseExample(u"quorum-two-vs-three-zones.ninefold"_s);
    // 3+2: losing the zone with three leaves 2 of 5, below the quorum of 3.
    const Finding *lost = finding(r, u"no-quorum-after-zone-loss"_s, {u"q-two-zones"_s, u"two-zone-a"_s});
    QVERIFY(lost);
    QCOMPARE(lost->severity, Finding::Severity::Critical);
    QCOMPARE(findings(r, u"no-quorum-after-zone-loss"_s).size(), 1); // only that one
    const QuorumReport &two = quorum(r, u"q-two-zones"_s);
    QCOMPARE(two.quorum, 5 / 2 + 1);
    QCOMPARE(two.tolerated, 2);
    for (const QuorumScenario &s : two.losses) {
        const bool zoneA = s.containers.contains(u"two-zone-a"_s);
        QCOMPARE(s.votersLeft, zoneA ? 2 : 3);
        QCOMPARE(s.writable, !zoneA);
    }
    QCOMPARE(two.splits.size(), 1);
    QCOMPARE(two.splits.first().sideWithQuorum, u"first"_s); // the side with zone A's three
    // 2+2+1 and 3+3+1 survive the loss of any one zone.
    for (const QString &id : {u"q-three-zones"_s, u"q-witness"_s})
        for (const QuorumScenario &s : quorum(r, id).losses)
            QVERIFY2(s.writable, qPrintable(s.description));
    QCOMPARE(quorum(r, u"q-witness"_s).quorum, 7 / 2 + 1);
    QCOMPARE(quorum(r, u"q-witness"_s).tolerated, 3);

    // Voters: MTBF 16,000 h, MTTR 1 h; zones: MTBF 43,800 h, MTTR 7 h; the witness
    // at a fixed 99.5 %. Every state of zones and voters enumerated.
    const double v = down(16000, 1), z = down(43800, 7);
    const QList<double> five(5, v);
    const double uTwo = quorumUnavailability({0, 0, 0, 1, 1}, five, 2, z, 3);       // ≈ z: 1.6e-4
    const double uThree = quorumUnavailability({0, 0, 1, 1, 2}, five, 3, z, 3);     // ≈ 3z²: 7.7e-8 + voters
    QList<double> seven(6, v);
    seven << 0.005;
    const double uWitness = quorumUnavailability({0, 0, 0, 1, 1, 1, 2}, seven, 3, z, 4); // ≈ 2z·0.005: 1.6e-6
    QVERIFY_CLOSE(service(r, u"svc-two-zones"_s).figures.unavailability, uTwo, 1e-9);
    QVERIFY_CLOSE(service(r, u"svc-three-zones"_s).figures.unavailability, uThree, 1e-9);
    QVERIFY_CLOSE(service(r, u"svc-witness"_s).figures.unavailability, uWitness, 1e-9);
    QVERIFY(uTwo > 1000.0 * uThree);
}

void TestGallery::tunableQuorumStore()
{
    const AnalysisResult r = analyseExample(u"tunable-quorum-store.ninefold"_s);
    // W = R = 2, N = 3: 2 + 2 > 3 and 2 > 3/2, no finding.
    const QuorumReport &orders = quorum(r, u"orders-quorum"_s);
    QVERIFY(orders.readYourWrites);
    QVERIFY(orders.singleWriteQuorum);
    QCOMPARE(orders.quorum, 2);
    QVERIFY(!mentions(r, u"weak-quorum"_s, u"orders-quorum"_s));
    // W = R = 1: 1 + 1 ≤ 3 (stale reads) and 1 ≤ 3/2 (conflicting writes): two findings.
    const QuorumReport &sessions = quorum(r, u"sessions-one"_s);
    QVERIFY(!sessions.readYourWrites);
    QVERIFY(!sessions.singleWriteQuorum);
    QCOMPARE(sessions.quorum, 1);
    QCOMPARE(findings(r, u"weak-quorum"_s, {u"sessions-one"_s}).size(), 2);

    // A replica is down with its node (MTBF 16,000 h, MTTR 4 h) or its zone
    // (43,800 h, 7 h): u = 4.1e-4. QUORUM needs 2 of 3, ONE needs 1 of 3.
    const double u = either(down(16000, 4), down(43800, 7));
    QVERIFY_CLOSE(service(r, u"svc-orders"_s).figures.unavailability, atLeastDown(3, 2, u), 1e-9);   // ≈ 3u² = 5.0e-7
    QVERIFY_CLOSE(service(r, u"svc-sessions"_s).figures.unavailability, u * u * u, 1e-9);           // ≈ 6.9e-11

    // W = 1 acknowledges a write on one replica: each node failure (from up,
    // 8,766/16,000 × 16,000/16,004 a year) can lose it. 1.64 a year, 80.7 % a year.
    QCOMPARE(r.dataLoss.size(), 1);
    const DataLossReport &loss = r.dataLoss.first();
    QCOMPARE(loss.source, u"sessions-one"_s);
    QCOMPARE(loss.kind, u"single-replica-write"_s);
    const double losses = 3.0 * kYear / 16000.0 * (1.0 - down(16000, 4));
    QVERIFY_CLOSE(loss.eventsPerYear, losses, 1e-9);
    QVERIFY_CLOSE(loss.probabilityPerYear, 1.0 - std::exp(-losses), 1e-9);
    QVERIFY(!loss.secondsLostPerYear); // no lag between the replicas is known
    QVERIFY(finding(r, u"data-loss-expected"_s, {u"sessions-one"_s, u"svc-sessions"_s}));
    // ONE is highly available, not fault tolerant; QUORUM survives any single failure.
    QCOMPARE(classification(r, u"svc-sessions"_s).achieved, u"HA"_s);
    QCOMPARE(classification(r, u"svc-orders"_s).achieved, u"FT"_s);
}

void TestGallery::multiRegionActiveActive()
{
    const AnalysisResult r = analyseExample(u"multi-region-active-active.ninefold"_s);
    // Light in fibre: c / 1.4682 = 204,190 km/s. 3,000 miles = 4,828 km with a route
    // 1.5 times longer: 2 · 4,828 · 1.5 / 204,190 s = 70.9 ms (DOMAIN §8).
    const double fibre = 299792.458 / 1.4682;
    const double rttWest = 2.0 * 4828.0 * 1.5 / fibre * 1000.0;
    const double rttEurope = 2.0 * 5440.0 * 1.5 / fibre * 1000.0; // 79.9 ms
    QCOMPARE(std::round(rttWest * 10.0) / 10.0, 70.9);
    const ReplicationReport &west = replication(r, u"repl-sync-usw"_s);
    QVERIFY_CLOSE(west.addedWriteLatencyMs, rttWest, 1e-12);
    QCOMPARE(west.rpoSeconds, 0.0);
    // The primary's writes wait for the slower, Irish, replica.
    QVERIFY_CLOSE(west.storeWriteLatencyMs, rttEurope, 1e-12);
    // One finding for the primary's writes: they wait 79.9 ms, for the Irish copy.
    const Finding *latency = finding(r, u"sync-replication-latency"_s, {u"repl-sync-usw"_s, u"repl-sync-euw"_s});
    QVERIFY(latency);
    QCOMPARE(latency->severity, Finding::Severity::Warning); // ≥ 50 ms
    QVERIFY2(latency->message.contains(u"waits 79.9 ms"_s), qPrintable(latency->message));
    QVERIFY2(latency->message.contains(u"70.9 ms"_s), qPrintable(latency->message));
    int latencyFindings = 0;
    for (const Finding &f : r.findings)
        latencyFindings += f.code == u"sync-replication-latency"_s;
    QCOMPARE(latencyFindings, 1);
    // Asynchronous: no latency, an RPO of the 5 s lag, watched by the pager.
    for (const QString &id : {u"repl-async-usw"_s, u"repl-async-euw"_s}) {
        const ReplicationReport &a = replication(r, id);
        QCOMPARE(a.rpoSeconds, 5.0);
        QCOMPARE(a.addedWriteLatencyMs, 0.0);
        QVERIFY(a.monitored);
        const Finding *loss = finding(r, u"async-data-loss"_s, {id});
        QVERIFY(loss);
        QCOMPARE(loss->severity, Finding::Severity::Warning); // 5 s is within the 60 s RPO
        QVERIFY(!mentions(r, u"sync-replication-latency"_s, id));
    }
    QVERIFY(!finding(r, u"rpo-miss"_s));
    // Failover: 3 × 10 s of health checks + 120 s promotion + 60 s TTL.
    QCOMPARE(failover(r, u"promote-async-usw"_s).rtoSeconds, 3 * 10.0 + 120.0 + 60.0);

    // Availability: DNS 0.99999; per region (MTBF 26,280 h, MTTR 8 h) an app of
    // 0.9999 and a database of 0.9995. Given the three regions' states, apps and
    // databases are independent: the app tier needs one app, the database group
    // one database (a hot standby, failover always works).
    const double region = down(26280, 8), dns = 0.99999, app = 0.9999, db = 0.9995;
    double up = 0.0;
    for (int s = 0; s < 8; ++s) {
        double p = 1.0, appsDown = 1.0, dbsDown = 1.0;
        for (int i = 0; i < 3; ++i) {
            const bool regionUp = !((s >> i) & 1);
            p *= regionUp ? 1.0 - region : region;
            appsDown *= regionUp ? 1.0 - app : 1.0;
            dbsDown *= regionUp ? 1.0 - db : 1.0;
        }
        up += p * dns * (1.0 - appsDown) * (1.0 - dbsDown);
    }
    // ≈ 1e-5 from DNS: 5.26 min a year. Both variants read equally well.
    QVERIFY_CLOSE(service(r, u"svc-async"_s).figures.unavailability, 1.0 - up, 1e-6);
    QVERIFY_CLOSE(service(r, u"svc-sync"_s).figures.unavailability, 1.0 - up, 1e-6);
    QVERIFY(finding(r, u"spof"_s, {u"dns-async"_s}));

    // Writes (DOMAIN §12): the synchronous links list the service as a writer and
    // never fall back, so a write needs the primary and both replicas, each with its
    // region, then DNS and one app: 0.99999 · (ρ·0.9995)³ · (1 − 0.0001³) = 0.99758.
    const double writeUp = dns * std::pow((1.0 - region) * db, 3) * (1.0 - std::pow(1.0 - app, 3));
    const DowntimeBudget &sync = service(r, u"svc-sync"_s).budget;
    QVERIFY(sync.writesCounted);
    QVERIFY_CLOSE(sync.writeUnavailability, 1.0 - writeUp, 1e-9);                     // 1,273 min a year
    QVERIFY_CLOSE(sync.writePathMinutes, (up - writeUp) * kMinutesPerYear, 1e-6);    // 1,268 min blocked
    QVERIFY_CLOSE(sync.unavailability, 1.0 - writeUp, 1e-9);                         // 99.76 %
    QCOMPARE(sync.failoverMinutes, 0.0); // the primary's downtime is already blocked writes
    QVERIFY(finding(r, u"write-path-unavailable"_s, {u"svc-sync"_s, u"db-sync-usw"_s, u"db-sync-euw"_s}));

    // The asynchronous design writes on; each failover interrupts it for 210 s. The
    // events: DNS, three regions, three apps, three databases (bit i: event i down).
    // DNS and the regional stacks are fixed availabilities with a repair time:
    // A·λ = U / MTTR (DOMAIN §2); regions A·λ = 1 / (MTBF + MTTR).
    const QList<double> downP{1.0 - dns, region, region, region, 1.0 - app, 1.0 - app, 1.0 - app,
                              1.0 - db, 1.0 - db, 1.0 - db};
    const QList<double> perHour{(1.0 - dns) / 0.5, 1.0 / 26288.0, 1.0 / 26288.0, 1.0 / 26288.0, (1.0 - app) / 1.0,
                                (1.0 - app) / 1.0, (1.0 - app) / 1.0, (1.0 - db) / 1.0, (1.0 - db) / 1.0,
                                (1.0 - db) / 1.0};
    const auto bit = [](quint32 s, int i) { return ((s >> i) & 1) != 0; };
    const auto dbUp = [&](quint32 s, int i) { return !bit(s, 1 + i) && !bit(s, 7 + i); };
    // Failovers to US-West: the primary's side goes down while US-West's is up; to
    // EU-West: the primary's and US-West's sides down, EU-West's up.
    const auto westServes = [&](quint32 s) { return !dbUp(s, 0) && dbUp(s, 1); };
    const auto europeServes = [&](quint32 s) { return !dbUp(s, 0) && !dbUp(s, 1) && dbUp(s, 2); };
    QVERIFY_CLOSE(failover(r, u"promote-async-usw"_s).failoversPerYear,
                  frequencyByEnumeration(downP, perHour, westServes), 1e-9);   // 4.71
    QVERIFY_CLOSE(failover(r, u"promote-async-euw"_s).failoversPerYear,
                  frequencyByEnumeration(downP, perHour, europeServes), 1e-9); // 0.0076
    // Each interrupts the service for its RTO: the database group is in series
    // with it, so DOMAIN §12 counts every failover whole.
    const double toWest = frequencyByEnumeration(downP, perHour, westServes);
    const double toEurope = frequencyByEnumeration(downP, perHour, europeServes);
    const DowntimeBudget &async = service(r, u"svc-async"_s).budget;
    QVERIFY(!async.writesCounted);
    QVERIFY_CLOSE(async.failoverMinutes, (toWest + toEurope) * 210.0 / 60.0, 1e-9);      // 16.52 min
    QVERIFY_CLOSE(async.totalMinutes, (1.0 - up) * kMinutesPerYear + (toWest + toEurope) * 3.5, 1e-6); // 21.78
    // and loses up to 5 s of acknowledged writes at each failover: 23.6 s a year.
    QVERIFY_CLOSE(service(r, u"svc-async"_s).dataLossSecondsPerYear,
                  (failover(r, u"promote-async-usw"_s).failoversPerYear
                   + failover(r, u"promote-async-euw"_s).failoversPerYear) * 5.0, 1e-9);
    QVERIFY(async.unavailability < sync.unavailability / 50.0);
}

void TestGallery::redisFailoverScript()
{
    const AnalysisResult r = analyseExample(u"redis-failover-script.ninefold"_s);
    // Redis nodes A = 0.999, failover coverage 0.5, the script 0.999 (DOMAIN §9 with
    // the course's 99.9 % nodes).
    const double a = 0.999, c = 0.5, script = 0.999;
    const double single = 1.0 - a;                                                 // 0.001
    // Script in the request path: down when the script is, or when the primary is
    // and the switch-over fails or the replica is down:
    // (1 − 0.999) + 0.999 · 0.001 · (1 − 0.5 · 0.999) = 0.0014999995.
    const double inPath = (1.0 - script) + script * (1.0 - a) * (1.0 - c * a);
    // Script only promotes: 0.001 · (1 − 0.5 · 0.999 · 0.999) = 5.009995e-4.
    const double outOfPath = (1.0 - a) * (1.0 - c * a * script);
    QVERIFY_CLOSE(service(r, u"svc-single"_s).figures.unavailability, single, 1e-9);
    QVERIFY_CLOSE(group(r, u"pair-inpath"_s).unavailability, inPath, 1e-9);
    QVERIFY_CLOSE(group(r, u"pair-inpath"_s).nonRedundantUnavailability, single, 1e-9);
    QVERIFY_CLOSE(group(r, u"pair-outofpath"_s).unavailability, outOfPath, 1e-9);
    QVERIFY(inPath > single && outOfPath < single);
    // The paradox is flagged for the pair with the script in the path, naming it.
    const Finding *paradox = finding(r, u"redundancy-paradox"_s, {u"pair-inpath"_s, u"script-inpath"_s});
    QVERIFY(paradox);
    QCOMPARE(paradox->severity, Finding::Severity::Critical);
    QVERIFY(!mentions(r, u"redundancy-paradox"_s, u"pair-outofpath"_s));
    // No fencing in either home-made failover: split-brain risk.
    QVERIFY(finding(r, u"split-brain-risk"_s, {u"failover-inpath"_s}));
    QVERIFY(finding(r, u"split-brain-risk"_s, {u"failover-outofpath"_s}));

    // Each failover that works interrupts for 3 + 2 + 5 = 10 s. The primary fails
    // A·λ = U / MTTR = 0.001 / 0.5 h an hour; the switch-over works with c and needs
    // the replica and the script up: 17.532 × 0.5 × 0.999 × 0.999 = 8.75 a year.
    const double failovers = kYear * (1.0 - a) / 0.5 * c * a * script;
    for (const QString &svc : {u"svc-inpath"_s, u"svc-outofpath"_s}) {
        const DowntimeBudget &b = service(r, svc).budget;
        QVERIFY_CLOSE(b.failoverMinutes, failovers * 10.0 / 60.0, 1e-9); // 1.46 min
        QVERIFY_CLOSE(b.totalMinutes, b.structuralMinutes + failovers * 10.0 / 60.0, 1e-9);
    }
    QVERIFY_CLOSE(service(r, u"svc-inpath"_s).budget.unavailability, inPath + failovers * 10.0 / 60.0 / kMinutesPerYear,
                  1e-9); // 790.40 min
}

void TestGallery::paymentGatewayHaVsFt()
{
    const AnalysisResult r = analyseExample(u"payment-gateway-ha-vs-ft.ninefold"_s);
    // RTO = 3 heartbeats × 5 s + 10 s promotion + 5 s reconnect = 30 s.
    const FailoverReport &fo = failover(r, u"gw-ha-failover"_s);
    QCOMPARE(fo.rtoSeconds, 3 * 5.0 + 10.0 + 5.0);
    // At $1,000 a second: $30,000 per failover (DOMAIN §9).
    QCOMPARE(fo.costPerFailover, 30.0 * 1000.0);
    // The primary fails A·λ = (16,000/16,001)·(1/16,000) = 1/16,001 times an hour,
    // and the service fails over when the standby is up then (A = 16,000/16,001):
    // 8,766/16,001 · 16,000/16,001 = 0.548 times a year, about $16,434 a year.
    const double perYear = 8766.0 / 16001.0 * 16000.0 / 16001.0;
    QVERIFY_CLOSE(fo.failoversPerYear, perYear, 1e-9);
    QVERIFY_CLOSE(fo.costPerYear, 30000.0 * perYear, 1e-9);
    const Finding *cost = finding(r, u"failover-cost"_s, {u"gw-ha-failover"_s});
    QVERIFY(cost);
    QVERIFY2(cost->message.contains(u"$30,000"_s), qPrintable(cost->message));
    // Payments require RTO 0 and RPO 0: fault tolerance. The HA pair misses both.
    QVERIFY(finding(r, u"rto-miss"_s, {u"svc-ha"_s}));
    QVERIFY(finding(r, u"rpo-miss"_s, {u"svc-ha"_s}));
    QVERIFY(!mentions(r, u"rto-miss"_s, u"svc-ft"_s));
    QVERIFY(!mentions(r, u"rpo-miss"_s, u"svc-ft"_s));
    QCOMPARE(classification(r, u"svc-ha"_s).required, u"FT"_s);
    QCOMPARE(classification(r, u"svc-ha"_s).achieved, u"HA"_s);
    QCOMPARE(classification(r, u"svc-ft"_s).required, u"FT"_s);
    QCOMPARE(classification(r, u"svc-ft"_s).achieved, u"FT"_s);
    // Both need two servers down at once (p = 1/16,001 each): the same p².
    const double p = down(16000, 1);
    QVERIFY_CLOSE(service(r, u"svc-ha"_s).figures.unavailability, p * p, 1e-9);
    QVERIFY_CLOSE(service(r, u"svc-ft"_s).figures.unavailability, p * p, 1e-9);
    QVERIFY_CLOSE(service(r, u"svc-ft"_s).outageCostPerYear, p * p * 525960.0 * 60.0 * 1000.0, 1e-9); // $123

    // What separates them is time (DOMAIN §12): the HA pair stops for 30 s at each of
    // its 0.548 failovers a year, 16.4 s, over a hundred times its structural 0.12 s.
    const DowntimeBudget &ha = service(r, u"svc-ha"_s).budget;
    const DowntimeBudget &ft = service(r, u"svc-ft"_s).budget;
    QVERIFY_CLOSE(ha.structuralMinutes, p * p * kMinutesPerYear, 1e-9);
    QVERIFY_CLOSE(ha.failoverMinutes, perYear * 30.0 / 60.0, 1e-9);
    QVERIFY_CLOSE(ha.interruptionsPerYear, perYear, 1e-9);
    QVERIFY_CLOSE(ha.unavailability, p * p + perYear * 30.0 / 60.0 / kMinutesPerYear, 1e-9); // 99.999948 %
    QCOMPARE(ft.failoverMinutes, 0.0);
    QVERIFY_CLOSE(ft.unavailability, p * p, 1e-9);                                          // 99.99999961 %
    QVERIFY(ha.unavailability > 100.0 * ft.unavailability);
    // $16,557 a year of downtime against $123.
    QVERIFY_CLOSE(service(r, u"svc-ha"_s).outageCostPerYear, (p * p * kMinutesPerYear * 60.0 + perYear * 30.0) * 1000.0,
                  1e-9);
    // Each failover loses up to the 1 s lag: 0.548 s of payments a year, 1 − e^(−0.548) = 42 %.
    QCOMPARE(r.dataLoss.size(), 1);
    QCOMPARE(r.dataLoss.first().source, u"gw-ha-state"_s);
    QVERIFY_CLOSE(r.dataLoss.first().eventsPerYear, perYear, 1e-9);
    QVERIFY_CLOSE(*r.dataLoss.first().secondsLostPerYear, perYear * 1.0, 1e-9);
    QVERIFY_CLOSE(r.dataLoss.first().probabilityPerYear, 1.0 - std::exp(-perYear), 1e-9);
}

void TestGallery::circuitBreakerFallback()
{
    const AnalysisResult r = analyseExample(u"circuit-breaker-fallback.ninefold"_s);
    // The read-through cache needs the recommender it stands in for.
    const Finding *f = finding(r, u"fallback-depends-on-protected"_s,
                               {u"page-reco-1"_s, u"page-cache"_s, u"reco-cache"_s, u"reco-readthrough"_s});
    QVERIFY(f);
    QCOMPARE(f->severity, Finding::Severity::Critical);
    QVERIFY(!mentions(r, u"fallback-depends-on-protected"_s, u"page-reco-2"_s));
    QVERIFY(finding(r, u"spof"_s, {u"reco-cache"_s}));
    QVERIFY(!mentions(r, u"spof"_s, u"reco-static"_s));
    // Page 0.9999, recommender 0.999, cache 0.999, static list 0.9999.
    // Cache fallback: down with the page or the recommender: 1e-4 + 0.9999 · 1e-3.
    QVERIFY_CLOSE(service(r, u"svc-cache"_s).figures.unavailability, 1e-4 + 0.9999 * 1e-3, 1e-9);
    // Static fallback: the page, or the recommender and the list together.
    QVERIFY_CLOSE(service(r, u"svc-static"_s).figures.unavailability, 1e-4 + 0.9999 * (1e-3 * 1e-4), 1e-9);
}

void TestGallery::raid5Rebuild()
{
    const AnalysisResult r = analyseExample(u"raid5-rebuild.ninefold"_s);
    const double lambda = 1.0 / 100000.0, mu = 1.0 / 24.0;
    // DOMAIN §11: MTTDL = (a + b + μ)/(a·b), a = 4λ, b = 3·3λ: 1.161e7 h;
    // P(second failure in one rebuild) = 1 − e^(−3·3·λ·24) = 0.002158.
    const GroupReport &raid5 = group(r, u"raid5-array"_s);
    QCOMPARE(raid5.model, u"markov-k-of-n"_s);
    const double a = 4 * lambda, b = 9 * lambda;
    QVERIFY_CLOSE(raid5.mttfHours, (a + b + mu) / (a * b), 1e-9);
    QVERIFY_CLOSE(raid5.mttfHours, 1.161e7, 1e-3);
    QVERIFY_CLOSE(raid5.failureDuringRebuild, 1.0 - std::exp(-9.0 * lambda * 24.0), 1e-9);
    QVERIFY_CLOSE(raid5.failureDuringRebuild, 0.002158, 1e-3);
    // Steady state of the birth-death chain 0 → 1 → 2 failed (4λ, 9λ; repairs μ):
    // π2 = (4λ/μ)(9λ/μ) / (1 + 4λ/μ + 36λ²/μ²).
    const double r1 = a / mu, r2 = r1 * b / mu;
    QVERIFY_CLOSE(service(r, u"svc-raid5"_s).figures.unavailability, r2 / (1 + r1 + r2), 1e-9);
    // Without rebuild stress: b = 3λ; the second-failure risk is a third.
    const GroupReport &plain = group(r, u"raid5-datasheet-array"_s);
    QVERIFY_CLOSE(plain.mttfHours, (a + 3 * lambda + mu) / (a * 3 * lambda), 1e-9); // 3.478e7 h
    QVERIFY_CLOSE(plain.failureDuringRebuild, 1.0 - std::exp(-3.0 * lambda * 24.0), 1e-9); // 7.197e-4
    // RAID 6 on 5 disks, stressed: 0 → 1 at 5λ, 1 → 2 at 4sλ, 2 → loss at 3sλ, repairs μ.
    // T2 = (1 + μT1)/(A2 + μ), T1 = (1 + A1·T2 + μ·T0)/(A1 + μ), T0 = 1/(5λ) + T1 give
    // T1 = (1 + A1/(A2 + μ) + μ/(5λ)) · (A2 + μ)/(A1·A2).
    const double s = 3, A1 = 4 * s * lambda, A2 = 3 * s * lambda;
    const double t1 = (1 + A1 / (A2 + mu) + mu / (5 * lambda)) * (A2 + mu) / (A1 * A2);
    const GroupReport &raid6 = group(r, u"raid6-array"_s);
    QVERIFY_CLOSE(raid6.mttfHours, 1.0 / (5 * lambda) + t1, 1e-9); // 3.23e9 h
    QVERIFY_CLOSE(raid6.failureDuringRebuild, 1.0 - std::exp(-4.0 * s * lambda * 24.0), 1e-9);
    QVERIFY(raid6.mttfHours > 100.0 * raid5.mttfHours);

    // A loss beyond the redundancy during a rebuild is a data-loss event (DOMAIN §12):
    // 8,766 h / MTTDL a year, so none of the three is fault tolerant.
    const double raid5Losses = kYear * (a * b) / (a + b + mu);                 // 7.55e-4 a year
    const double raid6Losses = kYear / (1.0 / (5 * lambda) + t1);               // 2.72e-6 a year
    QCOMPARE(r.dataLoss.size(), 3);
    for (const DataLossReport &d : r.dataLoss) {
        QCOMPARE(d.kind, u"array-rebuild"_s);
        QVERIFY(!d.secondsLostPerYear); // how much is lost depends on the last backup
        QVERIFY_CLOSE(d.probabilityPerYear, 1.0 - std::exp(-d.eventsPerYear), 1e-9);
        if (d.source == u"raid5-array"_s)
            QVERIFY_CLOSE(d.eventsPerYear, raid5Losses, 1e-9);
        else if (d.source == u"raid6-array"_s)
            QVERIFY_CLOSE(d.eventsPerYear, raid6Losses, 1e-9);
        else
            QVERIFY_CLOSE(d.eventsPerYear, kYear * (a * 3 * lambda) / (a + 3 * lambda + mu), 1e-9);
    }
    for (const QString &svc : {u"svc-raid5"_s, u"svc-raid5-datasheet"_s, u"svc-raid6"_s})
        QCOMPARE(classification(r, svc).achieved, u"HA"_s);
    const Finding *loss = finding(r, u"data-loss-expected"_s, {u"raid5-array"_s, u"svc-raid5"_s});
    QVERIFY(loss);
    QCOMPARE(loss->severity, Finding::Severity::Warning); // no RPO stated
}

void TestGallery::objectStorageElevenNines()
{
    const AnalysisResult r = analyseExample(u"object-storage-eleven-nines.ninefold"_s);
    // A copy is down with its node (MTBF 16,000 h, MTTR 0.5 h) or its zone
    // (43,800 h, 7 h): u = 3.1e-5 + 1.6e-4 = 1.91e-4.
    const double node = down(16000, 0.5), zone = down(43800, 7);
    const double u = either(node, zone);
    // Three zones: u³ = 6.97e-12, more than eleven nines.
    const double three = u * u * u;
    const ServiceFigures &s3 = service(r, u"svc-3az"_s);
    QVERIFY_CLOSE(s3.figures.unavailability, three, 1e-9);
    QVERIFY(s3.figures.nines > 11.0);
    const QString printed = NumberFormat::availability(s3.figures.unavailability);
    QVERIFY2(printed.startsWith(u"99.999999999"_s), qPrintable(printed));
    QVERIFY(finding(r, u"shared-failure-domain"_s, {u"copies-1az"_s, u"onezone"_s}) != nullptr);
    QVERIFY(!mentions(r, u"shared-failure-domain"_s, u"copies-3az"_s));
    // One zone: the zone, or all three nodes on a working zone: ≈ 1.6e-4, 99.984 %.
    QVERIFY_CLOSE(service(r, u"svc-1az"_s).figures.unavailability, zone + (1 - zone) * node * node * node, 1e-9);
    QVERIFY(finding(r, u"spof"_s, {u"onezone"_s}));
    // Synchronous copies 50 km apart cost 2 · 50 · 1.5 / 204,190 s = 0.73 ms a write: no finding (< 5 ms).
    QVERIFY_CLOSE(replication(r, u"write-a-b"_s).addedWriteLatencyMs, 2 * 50 * 1.5 / (299792.458 / 1.4682) * 1000, 1e-12);
    QVERIFY(!finding(r, u"sync-replication-latency"_s));
}

void TestGallery::patientPortalVsSurgicalTelemetry()
{
    const AnalysisResult r = analyseExample(u"patient-portal-vs-surgical-telemetry.ninefold"_s);
    // Portal: RTO 60 s required (HA), 3 × 2 s + 2 s + 2 s = 10 s achieved (HA).
    const ServiceClassification &portal = classification(r, u"svc-portal"_s);
    QCOMPARE(portal.required, u"HA"_s);
    QCOMPARE(portal.achieved, u"HA"_s);
    QCOMPARE(portal.achievedRtoSeconds, 3 * 2.0 + 2.0 + 2.0);
    // Lock-step telemetry: RTO 0 required (FT); no failover, synchronous state (FT).
    const ServiceClassification &ft = classification(r, u"svc-telemetry"_s);
    QCOMPARE(ft.required, u"FT"_s);
    QCOMPARE(ft.achieved, u"FT"_s);
    QCOMPARE(ft.achievedRtoSeconds, 0.0);
    QCOMPARE(ft.achievedRpoSeconds, 0.0);
    // Telemetry on the portal's design: FT required, HA achieved (10 s, 0.5 s lost).
    const ServiceClassification &mismatch = classification(r, u"svc-telemetry-ha"_s);
    QCOMPARE(mismatch.required, u"FT"_s);
    QCOMPARE(mismatch.achieved, u"HA"_s);
    QCOMPARE(mismatch.achievedRpoSeconds, 0.5);
    QVERIFY(finding(r, u"rto-miss"_s, {u"svc-telemetry-ha"_s}));
    QVERIFY(finding(r, u"rpo-miss"_s, {u"svc-telemetry-ha"_s}));
    for (const QString &ok : {u"svc-portal"_s, u"svc-telemetry"_s}) {
        QVERIFY(!mentions(r, u"rto-miss"_s, ok));
        QVERIFY(!mentions(r, u"rpo-miss"_s, ok));
    }
    // Same availability for all three: a member is down with its server (16,000 h,
    // 1 h) or its room (43,800 h, 7 h); the pair is down when both are.
    const double member = either(down(16000, 1), down(43800, 7));
    for (const QString &id : {u"svc-portal"_s, u"svc-telemetry"_s, u"svc-telemetry-ha"_s})
        QVERIFY_CLOSE(service(r, id).figures.unavailability, member * member, 1e-9); // 4.9e-8

    // But the active-passive designs stop for 10 s at every failover: the primary's
    // server or room fails (from both up) while the standby's side is up, 0.748 a year.
    const double serverUp = 1.0 - down(16000, 1), roomUp = 1.0 - down(43800, 7);
    const double failovers = kYear * (1.0 / 16000.0 + 1.0 / 43800.0) * serverUp * roomUp * (1.0 - member);
    for (const QString &id : {u"portal-failover"_s, u"telemetry-ha-failover"_s})
        QVERIFY_CLOSE(failover(r, id).failoversPerYear, failovers, 1e-9);
    for (const QString &id : {u"svc-portal"_s, u"svc-telemetry-ha"_s}) {
        const DowntimeBudget &b = service(r, id).budget;
        QVERIFY_CLOSE(b.failoverMinutes, failovers * 10.0 / 60.0, 1e-9);                           // 7.5 s
        QVERIFY_CLOSE(b.unavailability, member * member + failovers * 10.0 / 60.0 / kMinutesPerYear, 1e-9); // 9.0 s
    }
    // The lock-step telemetry: no interruption, only the structure (1.6 s a year).
    QCOMPARE(service(r, u"svc-telemetry"_s).budget.failoverMinutes, 0.0);
    QVERIFY_CLOSE(service(r, u"svc-telemetry"_s).budget.unavailability, member * member, 1e-9);
}

void TestGallery::manualVsAutomaticFailover()
{
    const AnalysisResult r = analyseExample(u"manual-vs-automatic-failover.ninefold"_s);
    // Every node: MTBF 730 h, MTTR 4 h (DOMAIN §12's manual-failover case).
    const double p = down(730, 4), q = 1.0 - p, lambda = 1.0 / 730.0; // p = 4/734
    // Structure: the three nodes are down together p³ (0.085 min a year), the pair p²
    // (15.62 min): the three nodes are about 180 times better.
    const ServiceFigures &three = service(r, u"orders-three"_s);
    const ServiceFigures &pair = service(r, u"orders-pair"_s);
    QVERIFY_CLOSE(three.figures.unavailability, p * p * p, 1e-9);
    QVERIFY_CLOSE(pair.figures.unavailability, p * p, 1e-9);
    QVERIFY_CLOSE(three.budget.structuralMinutes, p * p * p * kMinutesPerYear, 1e-9);
    QVERIFY_CLOSE(pair.budget.structuralMinutes, p * p * kMinutesPerYear, 1e-9);
    // RTO: alert 120 s + a person 1,800 s + promotion 240 s + DNS TTL 60 s = 37 min;
    // the managed pair's automatic failover 120 s.
    const double manualRto = 120.0 + 1800.0 + 240.0 + 60.0;
    for (const QString &id : {u"pg-promote-2"_s, u"pg-promote-3"_s}) {
        QCOMPARE(failover(r, id).rtoSeconds, manualRto);
        QVERIFY(!failover(r, id).automatic);
    }
    QCOMPARE(failover(r, u"rds-failover"_s).rtoSeconds, 120.0);
    // Failovers a year: to node 2 (or the standby) when the primary fails, from up,
    // while it is up: 8,766 · λ · q² = 11.8777. To node 3 when the primary fails
    // while node 2 is down, or node 2 fails while it serves (the primary down), node 3
    // up either way: 8,766 · 2 · λ · q · p · q = 0.1295.
    const double toSecond = kYear * lambda * q * q;
    const double toThird = kYear * 2.0 * lambda * q * p * q;
    QVERIFY_CLOSE(failover(r, u"pg-promote-2"_s).failoversPerYear, toSecond, 1e-9);
    QVERIFY_CLOSE(failover(r, u"pg-promote-3"_s).failoversPerYear, toThird, 1e-9);
    QVERIFY_CLOSE(failover(r, u"rds-failover"_s).failoversPerYear, toSecond, 1e-9);
    // Interruptions: 12.0072 × 37 min = 444.26 min against 11.8777 × 2 min = 23.76 min.
    QVERIFY_CLOSE(three.budget.failoverMinutes, (toSecond + toThird) * manualRto / 60.0, 1e-9);
    QVERIFY_CLOSE(pair.budget.failoverMinutes, toSecond * 120.0 / 60.0, 1e-9);
    QVERIFY_CLOSE(three.budget.interruptionsPerYear, toSecond + toThird, 1e-9);
    // Totals: 444.35 min (99.9155 %) against 39.38 min (99.9925 %).
    const double uThree = p * p * p + (toSecond + toThird) * manualRto / 60.0 / kMinutesPerYear;
    const double uPair = p * p + toSecond * 2.0 / kMinutesPerYear;
    QVERIFY_CLOSE(three.budget.unavailability, uThree, 1e-9);
    QVERIFY_CLOSE(pair.budget.unavailability, uPair, 1e-9);
    QVERIFY_CLOSE(three.budget.totalMinutes, uThree * kMinutesPerYear, 1e-9);
    // The target of 99.95 % allows 262.98 min: the better structure fails it, the pair passes.
    QVERIFY(uThree > 0.0005 && uPair < 0.0005);
    QVERIFY(!three.meetsTarget);
    QVERIFY(pair.meetsTarget);
    QVERIFY(three.figures.unavailability * 100.0 < pair.figures.unavailability);
    const Finding *miss = finding(r, u"slo-miss"_s, {u"orders-three"_s});
    QVERIFY(miss);
    QVERIFY2(miss->message.contains(u"failover interruptions"_s), qPrintable(miss->message));
    QVERIFY(!mentions(r, u"slo-miss"_s, u"orders-pair"_s));
    // The failover to node 2 alone costs more than the whole budget: critical.
    const Finding *failovers = finding(r, u"failover-downtime"_s, {u"pg-promote-2"_s, u"orders-three"_s});
    QVERIFY(failovers);
    QCOMPARE(failovers->severity, Finding::Severity::Critical);
    QVERIFY(!mentions(r, u"failover-downtime"_s, u"rds-failover"_s)); // 9 % of the pair's budget
    // Both are HA: each failover interrupts.
    QCOMPARE(classification(r, u"orders-three"_s).achievedRtoSeconds, manualRto);
    QCOMPARE(classification(r, u"orders-pair"_s).achievedRtoSeconds, 120.0);
}

QTEST_GUILESS_MAIN(TestGallery)
#include "tst_gallery.moc"
