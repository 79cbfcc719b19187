// The exact engine against hand-computed textbook cases (DOMAIN.md §11) and
// against brute-force enumeration of random structures.

#include "bddanalysis.h"
#include "memorybudget.h"
#include "moduledetection.h"
#include "structure.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <string>

using namespace Qt::StringLiterals;
using namespace nf;

namespace {

// A basic event whose occurrence is a failure with probability 1 - a.
int component(Structure &s, const QString &id, double a)
{
    BasicEvent e;
    e.id = id;
    e.p = 1.0 - a;
    e.q = a;
    return s.addEvent(e);
}

int eventP(Structure &s, const QString &id, double p)
{
    BasicEvent e;
    e.id = id;
    e.p = p;
    e.q = 1.0 - p;
    return s.addEvent(e);
}

bool close(double a, double b, double rel = 1e-12, double abs = 1e-15)
{
    return std::fabs(a - b) <= std::max(abs, rel * std::max(std::fabs(a), std::fabs(b)));
}

// Minimal true points of the structure by enumeration (the minimal cut sets).
QList<QList<int>> bruteForceMinimalCutSets(const Structure &s)
{
    const int n = s.eventCount();
    QList<quint32> minimal;
    std::vector<quint32> masks(std::size_t(1) << n);
    for (quint32 m = 0; m < masks.size(); ++m)
        masks[m] = m;
    std::stable_sort(masks.begin(), masks.end(),
                     [](quint32 a, quint32 b) { return std::popcount(a) < std::popcount(b); });
    std::vector<char> state(static_cast<std::size_t>(n));
    for (quint32 m : masks) {
        bool covered = false;
        for (quint32 k : minimal)
            if ((k & m) == k) {
                covered = true;
                break;
            }
        if (covered)
            continue;
        for (int i = 0; i < n; ++i)
            state[std::size_t(i)] = (m >> i) & 1;
        if (s.evaluate(state))
            minimal << m;
    }
    QList<QList<int>> out;
    for (quint32 k : minimal) {
        QList<int> set;
        for (int i = 0; i < n; ++i)
            if ((k >> i) & 1)
                set << i;
        out << set;
    }
    std::sort(out.begin(), out.end());
    return out;
}

QList<QList<int>> engineCutSets(const BddAnalysis &a)
{
    QList<QList<int>> out;
    for (const CutSet &c : a.minimalCutSets().sets)
        out << c.events;
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

class TestBdd : public QObject
{
    Q_OBJECT

private slots:
    void parallelPair();
    void twoOfThree();
    void threeInSeries();
    void bridge();
    void sharedZone();
    void redundancyParadox();
    void elevenNines();
    void weightedCapacity();
    void notAndXor();
    void importanceTheatre();
    void cutSetsWithOrderLimitAndCutoff();
    void randomStructuresMatchEnumeration();
    void boundedListingOfHugeFamilies();
    void bestFirstListingMatchesFullListing();
    void orderLimitOnNonCoherentTrees();
    void orderLimitZeroOnNegation();
    void hundredThousandInputOr();
    void sixtyThousandDeepChain();
    void modulesFoundAndComposed();
    void memoryBudgetStopsCleanly();
    void importanceNeverNegativeOnCoherentTrees();
};

void TestBdd::parallelPair()
{
    // System fails only if both fail: U = 0.01², A = 0.9999.
    Structure s;
    const int a = component(s, u"a"_s, 0.99), b = component(s, u"b"_s, 0.99);
    s.setTop(s.andOf({s.event(a), s.event(b)}));
    BddAnalysis an(s);
    QVERIFY(close(an.complement(), 0.9999));
    QVERIFY(close(an.probability(), 1e-4));
    QCOMPARE(an.minimalCutSets().count, 1.0);
}

void TestBdd::twoOfThree()
{
    // Up when at least 2 of 3 are up = fails when at least 2 of 3 fail.
    // A = 3·0.99²·0.01 + 0.99³ = 0.999702
    Structure s;
    QList<Structure::NodeId> fails;
    for (int i = 0; i < 3; ++i)
        fails << s.event(component(s, u"c%1"_s.arg(i), 0.99));
    s.setTop(s.atLeast(2, fails));
    BddAnalysis an(s);
    QVERIFY(close(an.complement(), 0.999702));
    QVERIFY(close(an.probability(), 0.000298));
    const CutSetResult mcs = an.minimalCutSets();
    QCOMPARE(mcs.count, 3.0);
    QCOMPARE(mcs.countByOrder.value(2), 3.0);
}

void TestBdd::threeInSeries()
{
    Structure s;
    QList<Structure::NodeId> fails;
    for (int i = 0; i < 3; ++i)
        fails << s.event(component(s, u"c%1"_s.arg(i), 0.999));
    s.setTop(s.orOf(fails));
    BddAnalysis an(s);
    QVERIFY(close(an.complement(), 0.997002999));
    QCOMPARE(an.minimalCutSets().countByOrder.value(1), 3.0); // three single points of failure
}

void TestBdd::bridge()
{
    // Bridge: paths 1-4, 2-5, 1-3-5, 2-3-4 (R = 0.9 each). Up-function built from
    // the minimal path sets; the engine must give R = 0.97848.
    Structure s;
    QList<Structure::NodeId> up;
    for (int i = 1; i <= 5; ++i)
        up << s.notOf(s.event(component(s, u"e%1"_s.arg(i), 0.9)));
    auto e = [&](int i) { return up.at(i - 1); };
    const auto upFn = s.orOf({s.andOf({e(1), e(4)}), s.andOf({e(2), e(5)}), s.andOf({e(1), e(3), e(5)}),
                              s.andOf({e(2), e(3), e(4)})});
    s.setTop(s.notOf(upFn));
    BddAnalysis an(s);
    QVERIFY(close(an.complement(), 0.97848));
    // Minimal cut sets of the bridge: {1,2}, {4,5}, {1,3,5}, {2,3,4}.
    QCOMPARE(engineCutSets(an), (QList<QList<int>>{{0, 1}, {0, 2, 4}, {1, 2, 3}, {3, 4}}));
}

void TestBdd::sharedZone()
{
    // Two replicas A = 0.999 in one zone A = 0.9995: exact 0.9994990005, not the
    // naive independent-paths figure 0.99999775.
    Structure s;
    const int zone = component(s, u"zone"_s, 0.9995);
    const int r1 = component(s, u"r1"_s, 0.999), r2 = component(s, u"r2"_s, 0.999);
    const auto path1 = s.orOf({s.event(zone), s.event(r1)});
    const auto path2 = s.orOf({s.event(zone), s.event(r2)});
    s.setTop(s.andOf({path1, path2}));
    BddAnalysis an(s);
    QVERIFY(close(an.complement(), 0.9994990005));
    QVERIFY(!close(an.complement(), 0.99999775, 1e-9));
    const CutSetResult mcs = an.minimalCutSets();
    QCOMPARE(mcs.sets.first().events, QList<int>{zone}); // the zone is a single point of failure
}

void TestBdd::redundancyParadox()
{
    // Pair of A = 0.99 with coverage 0.5: up = P ∨ (C ∧ S): 0.99 + 0.01·0.5·0.99.
    Structure s;
    const int primary = component(s, u"primary"_s, 0.99);
    const int standby = component(s, u"standby"_s, 0.99);
    const int coverage = component(s, u"coverage"_s, 0.5);
    const int mechanism = component(s, u"mechanism"_s, 0.99);
    const auto pairFails = s.andOf({s.event(primary), s.orOf({s.event(coverage), s.event(standby)})});
    s.setTop(pairFails);
    QVERIFY(close(BddAnalysis(s).complement(), 0.99495));
    s.setTop(s.orOf({pairFails, s.event(mechanism)}));
    QVERIFY(close(BddAnalysis(s).complement(), 0.9850005));
}

void TestBdd::elevenNines()
{
    // Three synchronous copies, each down 1e-4 of the time independently:
    // U = 1e-12 must come out exactly, not as 1 - 0.999999999999 rounded.
    Structure s;
    QList<Structure::NodeId> fails;
    for (int i = 0; i < 3; ++i) {
        BasicEvent e;
        e.id = u"copy%1"_s.arg(i);
        e.p = 1e-4;
        e.q = 0.9999;
        fails << s.event(s.addEvent(e));
    }
    s.setTop(s.andOf(fails));
    BddAnalysis an(s);
    QVERIFY(close(an.probability(), 1e-12, 1e-14));
    QVERIFY(close(-std::log10(an.probability()), 12.0, 1e-12));
}

void TestBdd::weightedCapacity()
{
    // Members of capacity 100, 100, 50; demand 150: up while up capacity >= 150.
    // Up states: {1,2}, {1,3}, {2,3}, {1,2,3}. With A = 0.9, 0.9, 0.8:
    // A = 0.9·0.9 (any c) + 0.9·0.1·0.8 + 0.1·0.9·0.8 = 0.81 + 0.072 + 0.072 = 0.954
    Structure s;
    QList<Structure::NodeId> up;
    up << s.notOf(s.event(component(s, u"a"_s, 0.9)));
    up << s.notOf(s.event(component(s, u"b"_s, 0.9)));
    up << s.notOf(s.event(component(s, u"c"_s, 0.8)));
    s.setTop(s.notOf(s.weightedAtLeast(150, up, {100, 100, 50})));
    QVERIFY(close(BddAnalysis(s).complement(), 0.954));
    QVERIFY(close(BddAnalysis(s).complement(), 1.0 - s.bruteForceProbability()));
}

void TestBdd::notAndXor()
{
    Structure s;
    const int a = eventP(s, u"a"_s, 0.3), b = eventP(s, u"b"_s, 0.6);
    s.setTop(s.xorOf({s.event(a), s.event(b)}));
    // P(a xor b) = 0.3·0.4 + 0.7·0.6 = 0.54
    QVERIFY(close(BddAnalysis(s).probability(), 0.54));
    s.setTop(s.andOf({s.event(a), s.notOf(s.event(b))}));
    QVERIFY(close(BddAnalysis(s).probability(), 0.12));
    // Constants fold away.
    QCOMPARE(s.andOf({s.constant(true), s.event(a)}), s.event(a));
    QCOMPARE(s.orOf({s.constant(true), s.event(a)}), s.constant(true));
    const Structure::Node &folded = s.node(s.atLeast(2, {s.constant(true), s.event(a), s.event(b)}));
    QCOMPARE(folded.kind, Structure::Kind::Or);
    QCOMPARE(folded.inputs, (QList<Structure::NodeId>{s.event(a), s.event(b)}));
}

void TestBdd::importanceTheatre()
{
    // Theatre = Mains AND (Gen OR Relay), p = 0.03 / 0.02 / 0.05 (reference values
    // from the Open-PSA corpus README, SCRAM exact importance).
    Structure s;
    const int mains = eventP(s, u"Mains_Fail"_s, 0.03);
    const int gen = eventP(s, u"Gen_Fail"_s, 0.02);
    const int relay = eventP(s, u"Relay_Fail"_s, 0.05);
    s.setTop(s.andOf({s.event(mains), s.orOf({s.event(gen), s.event(relay)})}));
    BddAnalysis an(s);
    QVERIFY(close(an.probability(), 0.00207));
    const QList<Importance> imp = an.importance();
    QVERIFY(close(imp[mains].birnbaum, 0.069));
    QVERIFY(close(imp[relay].birnbaum, 0.0294));
    QVERIFY(close(imp[gen].birnbaum, 0.0285));
    QVERIFY(close(imp[mains].criticality, 1.0));
    QVERIFY(close(imp[relay].criticality, 0.710145, 5e-6));
    QVERIFY(close(imp[gen].criticality, 0.275362, 5e-6));
    QVERIFY(close(imp[mains].diagnostic, 1.0));
    QVERIFY(close(imp[relay].diagnostic, 0.724638, 5e-6));
    QVERIFY(close(imp[mains].raw, 33.3333, 5e-6));
    QVERIFY(close(imp[relay].raw, 14.4928, 5e-6));
    QVERIFY(std::isinf(imp[mains].rrw)); // P(S|¬Mains) = 0
    QVERIFY(close(imp[relay].rrw, 3.45, 5e-6));
    QVERIFY(close(imp[gen].rrw, 1.38, 5e-6));
    // Fussell-Vesely equals criticality when computed exactly.
    QVERIFY(close(imp[gen].fussellVesely, imp[gen].criticality));
}

void TestBdd::cutSetsWithOrderLimitAndCutoff()
{
    // top = a OR (b AND c) OR (d AND e AND f)
    Structure s;
    QList<Structure::NodeId> e;
    const double p[] = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6};
    for (int i = 0; i < 6; ++i)
        e << s.event(eventP(s, QString(QChar(u'a' + i)), p[i]));
    s.setTop(s.orOf({e[0], s.andOf({e[1], e[2]}), s.andOf({e[3], e[4], e[5]})}));
    BddAnalysis an(s);
    CutSetResult all = an.minimalCutSets();
    QCOMPARE(all.count, 3.0);
    QCOMPARE(all.countByOrder, (QList<double>{0, 1, 1, 1}));
    // ranked by probability: {d,e,f} 0.12, {a} 0.1, {b,c} 0.06
    QCOMPARE(all.sets.at(0).events, (QList<int>{3, 4, 5}));
    QVERIFY(close(all.sets.at(0).probability, 0.12));
    QCOMPARE(all.sets.at(1).events, QList<int>{0});
    CutSetOptions o;
    o.maxOrder = 2;
    QCOMPARE(an.minimalCutSets(o).count, 2.0);
    o = {};
    o.cutoff = 0.07;
    const CutSetResult cut = an.minimalCutSets(o);
    QCOMPARE(cut.count, 3.0); // the count is exact even when the list is cut
    QCOMPARE(cut.sets.size(), 2);
    QVERIFY(cut.listTruncated);
}

void TestBdd::randomStructuresMatchEnumeration()
{
    QRandomGenerator rng(20261126);
    for (int round = 0; round < 500; ++round) {
        Structure s;
        const int n = 1 + int(rng.bounded(18));
        QList<Structure::NodeId> pool;
        for (int i = 0; i < n; ++i) {
            // a mix of ordinary, tiny and large probabilities
            const double r = rng.generateDouble();
            const double p = r < 0.2 ? std::pow(10.0, -3.0 - 6.0 * rng.generateDouble())
                                     : (r < 0.9 ? rng.generateDouble() * 0.3 : rng.generateDouble());
            pool << s.event(eventP(s, u"e%1"_s.arg(i), p));
        }
        const int gates = 1 + int(rng.bounded(12));
        const bool coherent = rng.bounded(4) != 0; // most structures monotone; some with NOT/XOR
        for (int g = 0; g < gates; ++g) {
            QList<Structure::NodeId> in;
            const int arity = 2 + int(rng.bounded(4));
            for (int k = 0; k < arity; ++k)
                in << pool.at(int(rng.bounded(pool.size()))); // shared sub-structures
            Structure::NodeId node;
            switch (rng.bounded(coherent ? 4 : 6)) {
            case 0: node = s.andOf(in); break;
            case 1: node = s.orOf(in); break;
            case 2: node = s.atLeast(1 + int(rng.bounded(in.size())), in); break;
            case 3: {
                QList<double> w;
                double total = 0;
                for (int k = 0; k < in.size(); ++k) {
                    w << double(1 + rng.bounded(4));
                    total += w.last();
                }
                node = s.weightedAtLeast(1 + double(rng.bounded(int(total))), in, w);
                break;
            }
            case 4: node = s.notOf(in.first()); break;
            default: node = s.xorOf(in.mid(0, 2)); break;
            }
            pool << node;
        }
        // top combines the last gates so most events matter
        s.setTop(s.orOf(pool.mid(std::max<qsizetype>(0, pool.size() - 2))));
        const double brute = s.bruteForceProbability();
        BddAnalysis an(s);
        QVERIFY2(close(an.probability(), brute), qPrintable(u"round %1: %2 vs %3"_s.arg(round).arg(an.probability(), 0, 'g', 17).arg(brute, 0, 'g', 17)));
        QVERIFY(close(an.probability() + an.complement(), 1.0, 1e-12));
        QCOMPARE(engineCutSets(an), bruteForceMinimalCutSets(s));
        // any intermediate node, not only the top
        const Structure::NodeId inner = pool.at(int(rng.bounded(pool.size())));
        QVERIFY(close(an.probabilityOf(inner).first, s.bruteForceProbability(inner)));
        // conditional probabilities against enumeration, for a few events
        if (round % 10 == 0) {
            const QList<Importance> imp = an.importance();
            for (int e = 0; e < std::min(n, 3); ++e) {
                Structure fixed = s;
                fixed.eventAt(e).p = 1.0;
                fixed.eventAt(e).q = 0.0;
                QVERIFY(close(imp[e].probabilityIfOccurred, fixed.bruteForceProbability(), 1e-10, 1e-14));
                fixed.eventAt(e).p = 0.0;
                fixed.eventAt(e).q = 1.0;
                QVERIFY(close(imp[e].probabilityIfNotOccurred, fixed.bruteForceProbability(), 1e-9, 1e-14));
            }
        }
    }
}

void TestBdd::boundedListingOfHugeFamilies()
{
    // AND of 26 ORs {a_i, b_i}: 2^26 = 67,108,864 minimal cut sets. Asking for the 3
    // most probable must not enumerate them all (about 10 GB): the listing runs in a
    // child process whose address space may grow by 512 MB at most, so a listing
    // that is not bounded fails here instead of exhausting the machine.
    // p(a_i) = 0.1, p(b_i) = 0.05 - 0.001·i, so the best sets are
    //   {a_0..a_25}: 0.1^26,  then b_0 for a_0: 0.1^25·0.05,  then b_1 for a_1: 0.1^25·0.049.
    Structure s;
    QList<Structure::NodeId> ors;
    for (int i = 0; i < 26; ++i) {
        const int a = eventP(s, u"a%1"_s.arg(i), 0.1);
        const int b = eventP(s, u"b%1"_s.arg(i), 0.05 - 0.001 * i);
        ors << s.orOf({s.event(a), s.event(b)});
    }
    s.setTop(s.andOf(ors));
    const BddAnalysis an(s);

    const pid_t child = fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        long vmKb = 0;
        std::ifstream status("/proc/self/status");
        for (std::string line; std::getline(status, line);)
            if (line.rfind("VmSize:", 0) == 0)
                vmKb = std::stol(line.substr(7));
        const rlim_t limit = rlim_t(vmKb + 512 * 1024) * 1024;
        const rlimit r{limit, limit};
        setrlimit(RLIMIT_AS, &r);
        alarm(60);
        CutSetOptions o;
        o.maxListed = 3;
        CutSetResult mcs;
        try {
            mcs = an.minimalCutSets(o);
        } catch (...) { // std::bad_alloc at the limit; QtTest's handler cannot run in a forked child
            _exit(2);
        }
        bool ok = mcs.count == std::ldexp(1.0, 26) && mcs.sets.size() == 3 && mcs.listTruncated;
        if (ok) {
            QList<int> best;
            for (int i = 0; i < 26; ++i)
                best << 2 * i; // a_i
            QList<int> second = best, third = best;
            second[0] = 1; // b_0
            third[1] = 3;  // b_1
            std::sort(second.begin(), second.end());
            std::sort(third.begin(), third.end());
            ok = mcs.sets[0].events == best && mcs.sets[1].events == second && mcs.sets[2].events == third
                 && close(mcs.sets[0].probability, std::pow(0.1, 26))
                 && close(mcs.sets[1].probability, std::pow(0.1, 25) * 0.05)
                 && close(mcs.sets[2].probability, std::pow(0.1, 25) * 0.049);
        }
        _exit(ok ? 0 : 1);
    }
    int status = 0;
    QCOMPARE(waitpid(child, &status, 0), child);
    QVERIFY2(WIFEXITED(status), "the listing ran out of time (killed by a signal)");
    QVERIFY2(WEXITSTATUS(status) != 2, "the listing ran out of memory");
    QCOMPARE(WEXITSTATUS(status), 0);
}

void TestBdd::bestFirstListingMatchesFullListing()
{
    // The k most probable sets (maxListed = k) are the first k of the full listing,
    // up to the order of sets of equal probability; the cut-off applies to both.
    QRandomGenerator rng(4242);
    for (int round = 0; round < 200; ++round) {
        Structure s;
        QList<Structure::NodeId> pool;
        const int n = 2 + int(rng.bounded(14));
        for (int i = 0; i < n; ++i)
            pool << s.event(eventP(s, u"e%1"_s.arg(i), rng.bounded(4) == 0 ? 0.25 : 0.01 + 0.5 * rng.generateDouble()));
        for (int g = 0; g < 2 + int(rng.bounded(10)); ++g) {
            QList<Structure::NodeId> in;
            for (int k = 0; k < 2 + int(rng.bounded(3)); ++k)
                in << pool.at(int(rng.bounded(pool.size())));
            pool << (rng.bounded(3) == 0 ? s.andOf(in) : (rng.bounded(4) == 0 ? s.atLeast(2, in) : s.orOf(in)));
        }
        s.setTop(s.andOf(pool.mid(pool.size() - 2)));
        const BddAnalysis an(s);
        const CutSetResult all = an.minimalCutSets();
        QSet<QList<int>> everySet;
        for (const CutSet &c : all.sets)
            everySet.insert(c.events);
        for (int k : {0, 1, 3, 10, 1000}) {
            CutSetOptions o;
            o.maxListed = k;
            o.cutoff = round % 3 == 0 ? 1e-3 : 0.0;
            const CutSetResult top = an.minimalCutSets(o);
            QCOMPARE(top.count, all.count);
            QCOMPARE(top.countByOrder, all.countByOrder);
            qsizetype expected = 0;
            for (const CutSet &c : all.sets)
                expected += c.probability >= o.cutoff ? 1 : 0;
            expected = std::min<qsizetype>(expected, k);
            QCOMPARE(top.sets.size(), expected);
            QCOMPARE(top.listTruncated, double(expected) < all.count);
            for (qsizetype i = 0; i < top.sets.size(); ++i) {
                QVERIFY(everySet.contains(top.sets[i].events));
                QVERIFY(close(top.sets[i].probability, all.sets[i].probability));
            }
        }
    }
}

namespace {

// A random non-coherent structure: every tree has NOT or XOR gates somewhere.
Structure randomNonCoherent(QRandomGenerator &rng, int events)
{
    Structure s;
    QList<Structure::NodeId> pool;
    for (int i = 0; i < events; ++i)
        pool << s.event(eventP(s, u"e%1"_s.arg(i), 0.02 + 0.4 * rng.generateDouble()));
    const int gates = 3 + int(rng.bounded(10));
    bool negated = false;
    for (int g = 0; g < gates; ++g) {
        QList<Structure::NodeId> in;
        const int arity = 2 + int(rng.bounded(3));
        for (int k = 0; k < arity; ++k)
            in << pool.at(int(rng.bounded(pool.size())));
        Structure::NodeId node;
        const quint32 kind = (g == gates / 2 && !negated) ? 4 : rng.bounded(7);
        switch (kind) {
        case 0: case 1: node = s.andOf(in); break;
        case 2: node = s.orOf(in); break;
        case 3: node = s.atLeast(2, in); break;
        case 4: case 5: node = s.notOf(in.first()); negated = true; break;
        default: node = s.xorOf(in.mid(0, 2)); negated = true; break;
        }
        pool << node;
    }
    s.setTop(s.orOf(pool.mid(pool.size() - 3)));
    return s;
}

QList<QList<int>> listedSets(const CutSetResult &r)
{
    QList<QList<int>> out;
    for (const CutSet &c : r.sets)
        out << c.events;
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

void TestBdd::orderLimitOnNonCoherentTrees()
{
    // Issue 16: on trees with NOT gates, an order limit L lost sets of order exactly
    // L. For every limit, the limited family must be the unlimited family filtered
    // by order, and the unlimited one the minimal true points found by enumeration.
    QRandomGenerator rng(16016);
    int trees = 0, limitedSetsChecked = 0;
    for (int round = 0; round < 600; ++round) {
        const int n = 3 + int(rng.bounded(12));
        const Structure s = randomNonCoherent(rng, n);
        const BddAnalysis an(s);
        QVERIFY2(close(an.probability(), s.bruteForceProbability()), qPrintable(u"round %1"_s.arg(round)));
        const CutSetResult all = an.minimalCutSets();
        const QList<QList<int>> every = listedSets(all);
        QCOMPARE(every, bruteForceMinimalCutSets(s));
        int largest = 0;
        for (const QList<int> &set : every)
            largest = std::max(largest, int(set.size()));
        for (int limit = 1; limit <= largest + 1; ++limit) {
            CutSetOptions o;
            o.maxOrder = limit;
            const CutSetResult limited = an.minimalCutSets(o);
            QList<QList<int>> expected;
            for (const QList<int> &set : every)
                if (set.size() <= limit)
                    expected << set;
            QVERIFY2(listedSets(limited) == expected,
                     qPrintable(u"round %1, limit %2: %3 sets instead of %4"_s.arg(round).arg(limit)
                                    .arg(limited.sets.size()).arg(expected.size())));
            QCOMPARE(limited.count, double(expected.size()));
            for (int order = 0; order < limited.countByOrder.size(); ++order)
                QCOMPARE(limited.countByOrder[order], order < all.countByOrder.size() ? all.countByOrder[order] : 0.0);
            limitedSetsChecked += int(expected.size());
        }
        ++trees;
    }
    QCOMPARE(trees, 600);
    QVERIFY2(limitedSetsChecked > 1000, qPrintable(QString::number(limitedSetsChecked)));
}

void TestBdd::orderLimitZeroOnNegation()
{
    // top = (a ∧ ¬b) ∨ c: minimal true points {a} (b not occurred) and {c}. Under
    // the limit 1, {a} comes from the branch a = 1 with the limit 0 left below it,
    // where ¬b ∨ c is already true with nothing more occurred.
    Structure s;
    const int a = eventP(s, u"a"_s, 0.1), b = eventP(s, u"b"_s, 0.2), c = eventP(s, u"c"_s, 0.3);
    s.setTop(s.orOf({s.andOf({s.event(a), s.notOf(s.event(b))}), s.event(c)}));
    const BddAnalysis an(s);
    CutSetOptions o;
    o.maxOrder = 1;
    const CutSetResult r = an.minimalCutSets(o);
    QCOMPARE(listedSets(r), (QList<QList<int>>{{a}, {c}}));
    QCOMPARE(r.count, 2.0);
    // P = P(c) + P(¬c)·P(a)·P(¬b) = 0.3 + 0.7 · 0.1 · 0.8
    QVERIFY(close(an.probability(), 0.3 + 0.7 * 0.1 * 0.8));
}

void TestBdd::hundredThousandInputOr()
{
    // Issue 12: a 100,000-input OR overflowed the stack (Zbdd::countBySize recursed
    // once per set). The BDD and the ZBDD are chains of 100,000 nodes. With every
    // p = 1e-6: P = 1 - (1 - 1e-6)^100000, 100,000 sets of order 1.
    Structure s;
    QList<Structure::NodeId> in;
    const int n = 100000;
    for (int i = 0; i < n; ++i)
        in << s.event(eventP(s, u"e%1"_s.arg(i), 1e-6));
    s.setTop(s.orOf(in));
    const BddAnalysis an(s);
    QVERIFY(close(an.probability(), -std::expm1(n * std::log1p(-1e-6)), 1e-10));
    QVERIFY(close(an.complement(), std::exp(n * std::log1p(-1e-6)), 1e-10));
    CutSetOptions o;
    o.maxListed = 5;
    const CutSetResult r = an.minimalCutSets(o);
    QCOMPARE(r.count, double(n));
    QCOMPARE(r.countByOrder, (QList<double>{0.0, double(n)}));
    QCOMPARE(r.sets.size(), 5);
    // every set listed (explicit-stack listing), and the importance of one event:
    // Birnbaum = P(rest fail to occur) = (1 - 1e-6)^99999
    QCOMPARE(an.minimalCutSets().sets.size(), n);
    QVERIFY(close(an.importance().at(17).birnbaum, std::exp((n - 1) * std::log1p(-1e-6)), 1e-10));
}

void TestBdd::modulesFoundAndComposed()
{
    // g1 = a ∧ b and g2 = d ∨ e reach events nothing else uses: modules. g3 = c ∧ g2
    // and g4 = c ∧ f share c: not modules. g6 = g5 ∧ z and g7 = g5 ∧ w share
    // g5 = x ∨ y, which is a module itself. The top is a module.
    Structure s;
    auto ev = [&](const QString &id, double p) { return s.event(eventP(s, id, p)); };
    const auto a = ev(u"a"_s, 0.1), b = ev(u"b"_s, 0.2), c = ev(u"c"_s, 0.3), d = ev(u"d"_s, 0.4), e = ev(u"e"_s, 0.5),
               f = ev(u"f"_s, 0.6), x = ev(u"x"_s, 0.15), y = ev(u"y"_s, 0.25), z = ev(u"z"_s, 0.35), w = ev(u"w"_s, 0.45);
    const auto g1 = s.andOf({a, b}), g2 = s.orOf({d, e}), g3 = s.andOf({c, g2}), g4 = s.andOf({c, f});
    const auto g5 = s.orOf({x, y}), g6 = s.andOf({g5, z}), g7 = s.andOf({g5, w});
    const auto top = s.orOf({g1, g3, g4, s.notOf(s.orOf({g6, g7}))});
    s.setTop(top);
    const std::vector<char> m = ModuleDetection::modules(s, top);
    QList<Structure::NodeId> found;
    for (Structure::NodeId i = 0; i < s.nodeCount(); ++i)
        if (m[std::size_t(i)])
            found << i;
    const auto notGate = s.node(top).inputs.last(), orGate = s.node(notGate).inputs.first();
    QCOMPARE(found, (QList<Structure::NodeId>{g1, g2, g5, orGate, notGate, top}));
    // Built module by module and composed: the exact probability by hand.
    // P(g1) = 0.02; c ∧ (g2 ∨ f) with P(g2) = 0.7: 0.3·(1 − 0.3·0.4) = 0.264;
    // P(g6 ∨ g7) = P(g5)·P(z ∨ w) = 0.3625·0.6425; the three parts are independent.
    const double pg1 = 0.02, pc = 0.3 * (1 - 0.3 * 0.4), pnot = 1 - 0.3625 * 0.6425;
    const BddAnalysis an(s);
    QVERIFY(close(an.probability(), 1 - (1 - pg1) * (1 - pc) * (1 - pnot), 1e-14));
    QVERIFY(close(an.probability(), s.bruteForceProbability(), 1e-14));
    QVERIFY(close(an.complement(), (1 - pg1) * (1 - pc) * (1 - pnot), 1e-14));
    // Minimal true points: {a, b}, {c, d}, {c, e}, {c, f} and the empty set (the
    // NOT branch is true with nothing occurred).
    QCOMPARE(an.minimalCutSets().count, 1.0); // the empty set subsumes every other
    // The events of each module are neighbours in the order (the module's block).
    const std::vector<int> &order = an.variableOrder();
    auto levelOf = [&](const QString &id) {
        return int(std::find(order.begin(), order.end(), s.findEvent(id)) - order.begin());
    };
    QCOMPARE(std::abs(levelOf(u"a"_s) - levelOf(u"b"_s)), 1);
    QCOMPARE(std::abs(levelOf(u"d"_s) - levelOf(u"e"_s)), 1);
    QCOMPARE(std::abs(levelOf(u"x"_s) - levelOf(u"y"_s)), 1);
}

void TestBdd::sixtyThousandDeepChain()
{
    // 60,000 events in series as a chain of 2-input gates g_i = AND(e_i, g_{i+1})
    // (60,000 nested gates), and an alternating AND/OR chain of the same depth.
    const int n = 60000;
    {
        Structure s;
        std::vector<int> events;
        for (int i = 0; i < n; ++i)
            events.push_back(eventP(s, u"e%1"_s.arg(i), 0.999));
        Structure::NodeId g = s.event(events.back());
        for (int i = n - 2; i >= 0; --i)
            g = s.andOf({s.event(events[std::size_t(i)]), g});
        s.setTop(g);
        const BddAnalysis an(s);
        QVERIFY(close(an.probability(), std::pow(0.999, n), 1e-9));
        const CutSetResult r = an.minimalCutSets();
        QCOMPARE(r.count, 1.0);
        QCOMPARE(r.countByOrder.size(), n + 1);
        QCOMPARE(r.countByOrder.last(), 1.0);
        QCOMPARE(r.sets.size(), 1);
        QCOMPARE(r.sets.first().events.size(), n);
        CutSetOptions limited;
        limited.maxOrder = 3;
        QCOMPARE(an.minimalCutSets(limited).count, 0.0);
    }
    {
        // g_i = e_i OR (e'_i AND g_{i+1}): minimal cut sets {e_0}, {e'_0, e_1}, {e'_0, e'_1, e_2}, ...
        Structure s;
        Structure::NodeId g = s.event(eventP(s, u"last"_s, 0.5));
        for (int i = n / 2 - 1; i >= 0; --i) {
            const int a = eventP(s, u"a%1"_s.arg(i), 0.01), b = eventP(s, u"b%1"_s.arg(i), 0.5);
            g = s.orOf({s.event(a), s.andOf({s.event(b), g})});
        }
        s.setTop(g);
        const BddAnalysis an(s);
        // P = a0 + (1-a0)·b0·P(g1) ..., by the recurrence from the bottom
        double p = 0.5;
        for (int i = n / 2 - 1; i >= 0; --i)
            p = 0.01 + 0.99 * 0.5 * p;
        QVERIFY(close(an.probability(), p, 1e-12));
        const CutSetResult r = an.minimalCutSets(CutSetOptions{0, 0.0, 3});
        QCOMPARE(r.count, double(n / 2 + 1));
        QCOMPARE(r.sets.first().events.size(), 1);
        CutSetOptions limited;
        limited.maxOrder = 3;
        QCOMPARE(an.minimalCutSets(limited).count, 3.0); // {a0}, {b0, a1}, {b0, b1, a2}
    }
}

void TestBdd::memoryBudgetStopsCleanly()
{
    // The AND of 18 ORs of two events, each event also in a second, distant OR,
    // under a budget of 1 MB: the engine must stop with MemoryBudget::Exceeded,
    // not std::bad_alloc, and say which budget it was.
    Structure s;
    QList<Structure::NodeId> ev;
    for (int i = 0; i < 400; ++i)
        ev << s.event(eventP(s, u"e%1"_s.arg(i), 0.01));
    QList<Structure::NodeId> terms;
    for (int i = 0; i < 200; ++i)
        terms << s.andOf({ev[i], ev[399 - i], ev[(i * 37) % 400]});
    s.setTop(s.orOf(terms));
    bool stopped = false;
    try {
        const BddAnalysis an(s, BddAnalysis::Ordering::DepthFirst, {}, std::size_t(1) << 20);
        an.minimalCutSets();
    } catch (const MemoryBudget::Exceeded &e) {
        stopped = true;
        QCOMPARE(e.limit(), std::size_t(1) << 20);
        QVERIFY(QString::fromUtf8(e.what()).contains(u"memory budget of 1 MB"_s));
    }
    QVERIFY(stopped);
}

void TestBdd::importanceNeverNegativeOnCoherentTrees()
{
    // Issue 16, item 4: on coherent trees every factor is >= 0 in exact
    // arithmetic; rounding made tiny ones -3e-17. Events of 1e-9 beside events of
    // 0.5 give factors far below the rounding error of P.
    QRandomGenerator rng(777);
    int tiny = 0;
    for (int round = 0; round < 300; ++round) {
        Structure s;
        QList<Structure::NodeId> pool;
        const int n = 3 + int(rng.bounded(10));
        for (int i = 0; i < n; ++i)
            pool << s.event(eventP(s, u"e%1"_s.arg(i), rng.bounded(2) ? 1e-9 * (1 + rng.bounded(9)) : 0.1 + 0.4 * rng.generateDouble()));
        for (int g = 0; g < 2 + int(rng.bounded(6)); ++g) {
            QList<Structure::NodeId> in;
            for (int k = 0; k < 2 + int(rng.bounded(3)); ++k)
                in << pool.at(int(rng.bounded(pool.size())));
            pool << (rng.bounded(2) ? s.orOf(in) : (rng.bounded(2) ? s.andOf(in) : s.atLeast(2, in)));
        }
        s.setTop(s.orOf(pool.mid(pool.size() - 2)));
        const BddAnalysis an(s);
        for (const Importance &imp : an.importance()) {
            QVERIFY(imp.birnbaum >= 0.0);
            QVERIFY(imp.criticality >= 0.0);
            QVERIFY(imp.fussellVesely >= 0.0);
            QVERIFY(imp.diagnostic >= 0.0);
            tiny += imp.fussellVesely > 0.0 && imp.fussellVesely < 1e-14 ? 1 : 0;
        }
    }
    QVERIFY(tiny > 10); // the regime where the rounding showed
}

QTEST_GUILESS_MAIN(TestBdd)
#include "tst_bdd.moc"
