// Steady-state figures, time-dependent reliability and Markov sub-models against
// closed forms worked out by hand (and DOMAIN.md §11).

#include "bddanalysis.h"
#include "markov.h"
#include "steadystate.h"
#include "structure.h"
#include "timeanalysis.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;
using namespace nf;

namespace {
bool close(double a, double b, double rel = 1e-12, double abs = 1e-300)
{
    return std::fabs(a - b) <= std::max(abs, rel * std::max(std::fabs(a), std::fabs(b)));
}

// A repairable component: exponential failure λ and repair μ.
int repairable(Structure &s, const QString &id, double lambda, double mu)
{
    BasicEvent e;
    e.id = id;
    e.p = lambda / (lambda + mu);
    e.q = mu / (lambda + mu);
    e.rate = lambda;
    e.life.type = EventLife::Type::Exponential;
    e.life.lambda = lambda;
    e.life.mu = mu;
    return s.addEvent(e);
}
} // namespace

class TestFigures : public QObject
{
    Q_OBJECT

private slots:
    void downtimeOf9995();
    void seriesFrequency();
    void parallelFrequencyAndOutage();
    void exponentialMttf();
    void kOfNMttf();
    void weibullAndLognormalMttf();
    void hugeLivesAndInfiniteTime();
    void availabilityCurve();
    void raid5();
    void hotStandbyChain();
    void coldStandbyChain();
    void standbyCoverage();
    void tinySteadyStateKeepsPrecision();
    void absorptionByUniformisation();
};

void TestFigures::downtimeOf9995()
{
    // 99.95 % availability: 0.0005 × 525,960 = 262.98 minutes a year.
    QVERIFY(close(SteadyState::downtimeMinutesPerYear(0.0005), 262.98, 1e-12));
    QVERIFY(close(SteadyState::nines(1e-4), 4.0));
    QVERIFY(std::isinf(SteadyState::nines(0.0)));
}

void TestFigures::seriesFrequency()
{
    // Series a, b: w = A_a·A_b·(λa + λb); MTBF = 1/w; mean outage = U/w.
    const double la = 1.0 / 1000, ma = 1.0 / 2, lb = 1.0 / 5000, mb = 1.0 / 8;
    Structure s;
    const int a = repairable(s, u"a"_s, la, ma), b = repairable(s, u"b"_s, lb, mb);
    s.setTop(s.orOf({s.event(a), s.event(b)}));
    BddAnalysis an(s);
    const SteadyStateFigures f = SteadyState::compute(an);
    const double Aa = ma / (la + ma), Ab = mb / (lb + mb);
    QVERIFY(close(f.availability, Aa * Ab));
    QVERIFY(close(f.failureFrequencyPerHour, Aa * Ab * (la + lb)));
    QVERIFY(close(f.mtbfHours, 1.0 / (Aa * Ab * (la + lb))));
    QVERIFY(close(f.meanOutageHours, (1.0 - Aa * Ab) / (Aa * Ab * (la + lb)), 1e-10));
    QVERIFY(f.frequencyComplete);
}

void TestFigures::parallelFrequencyAndOutage()
{
    // Identical pair with independent repair: U = u², w = 2·u·a·λ, mean outage = 1/(2μ).
    const double l = 1.0 / 2000, m = 1.0 / 4;
    Structure s;
    const int a = repairable(s, u"a"_s, l, m), b = repairable(s, u"b"_s, l, m);
    s.setTop(s.andOf({s.event(a), s.event(b)}));
    const SteadyStateFigures f = SteadyState::compute(BddAnalysis(s));
    const double u = l / (l + m), av = m / (l + m);
    QVERIFY(close(f.unavailability, u * u));
    QVERIFY(close(f.failureFrequencyPerHour, 2 * u * av * l));
    QVERIFY(close(f.meanOutageHours, 1.0 / (2 * m), 1e-12));
}

void TestFigures::exponentialMttf()
{
    const double l = 1e-4;
    Structure s;
    const int a = repairable(s, u"a"_s, l, 0.5), b = repairable(s, u"b"_s, l, 0.5);
    s.setTop(s.event(a));
    QVERIFY(close(TimeAnalysis(BddAnalysis(s)).mttf(), 1.0 / l, 1e-8));
    s.setTop(s.andOf({s.event(a), s.event(b)})); // parallel: 3/(2λ)
    QVERIFY(close(TimeAnalysis(BddAnalysis(s)).mttf(), 1.5 / l, 1e-8));
    s.setTop(s.orOf({s.event(a), s.event(b)})); // series: 1/(2λ)
    QVERIFY(close(TimeAnalysis(BddAnalysis(s)).mttf(), 0.5 / l, 1e-8));
    // R(t) of the series pair at t = 1000 h: e^{-2λt}
    const auto [r, f] = TimeAnalysis(BddAnalysis(s)).at(1000, TimeAnalysis::Measure::Reliability);
    QVERIFY(close(r, std::exp(-2 * l * 1000)));
    QVERIFY(close(f, -std::expm1(-2 * l * 1000)));
}

void TestFigures::kOfNMttf()
{
    // 2-of-3 without repair: MTTF = 1/(3λ) + 1/(2λ) = 5/(6λ).
    const double l = 2e-5;
    Structure s;
    QList<Structure::NodeId> fails;
    for (int i = 0; i < 3; ++i)
        fails << s.event(repairable(s, u"c%1"_s.arg(i), l, 1.0));
    s.setTop(s.atLeast(2, fails));
    QVERIFY(close(TimeAnalysis(BddAnalysis(s)).mttf(), 5.0 / (6.0 * l), 1e-8));
}

void TestFigures::weibullAndLognormalMttf()
{
    Structure s;
    BasicEvent w;
    w.id = u"w"_s;
    w.life.type = EventLife::Type::Weibull;
    w.life.shape = 1.5;
    w.life.scale = 40000;
    const int wi = s.addEvent(w);
    s.setTop(s.event(wi));
    // mean of a Weibull: η·Γ(1 + 1/β)
    QVERIFY(close(TimeAnalysis(BddAnalysis(s)).mttf(), 40000 * std::tgamma(1 + 1 / 1.5), 1e-8));
    BasicEvent ln;
    ln.id = u"ln"_s;
    ln.life.type = EventLife::Type::Lognormal;
    ln.life.median = 20000;
    ln.life.sigma = 0.8;
    Structure t;
    t.setTop(t.event(t.addEvent(ln)));
    // mean of a lognormal: median·e^{σ²/2}
    QVERIFY(close(TimeAnalysis(BddAnalysis(t)).mttf(), 20000 * std::exp(0.32), 1e-7));
    // F(t) of the Weibull at t = η is 1 - 1/e
    double q = 0;
    QVERIFY(close(w.life.unreliability(40000, &q), 1 - std::exp(-1.0)));
    QVERIFY(close(q, std::exp(-1.0)));
}

// The largest lives the validator accepts (1e15 hours) and an infinite time
// (the MTTF quadrature's upper end, a mission time of inf): limits from the
// closed forms, never an exception from Boost.Math.
void TestFigures::hugeLivesAndInfiniteTime()
{
    EventLife w;
    w.type = EventLife::Type::Weibull;
    w.shape = 2.0;
    w.scale = 1e15;
    double q = 0;
    // F(t) = 1 - exp(-(t/η)^β): at t = 8,760 h, (8.76e-12)² = 7.67376e-23
    QVERIFY(close(w.unreliability(8760, &q), 7.67376e-23, 1e-6));
    QCOMPARE(w.unreliability(std::numeric_limits<double>::infinity(), &q), 1.0);
    QCOMPARE(q, 0.0);
    EventLife ln;
    ln.type = EventLife::Type::Lognormal;
    ln.median = 1e15;
    ln.sigma = 1.0;
    QCOMPARE(ln.unreliability(std::numeric_limits<double>::infinity(), &q), 1.0);
    QCOMPARE(q, 0.0);
    EventLife never;
    never.type = EventLife::Type::Exponential;
    never.lambda = 0.0;
    QCOMPARE(never.unreliability(std::numeric_limits<double>::infinity(), &q), 0.0);
    QCOMPARE(q, 1.0);
    // MTTF of a Weibull of scale 1e15 h: η·Γ(1 + 1/β), through the quadrature to ∞
    Structure s;
    BasicEvent e;
    e.id = u"w"_s;
    e.life = w;
    s.setTop(s.event(s.addEvent(e)));
    QVERIFY(close(TimeAnalysis(BddAnalysis(s)).mttf(), 1e15 * std::tgamma(1.5), 1e-6));
}

void TestFigures::availabilityCurve()
{
    // A(t) = μ/(λ+μ) + λ/(λ+μ)·e^{-(λ+μ)t} for one repairable component.
    const double l = 0.01, m = 0.5;
    Structure s;
    s.setTop(s.event(repairable(s, u"a"_s, l, m)));
    BddAnalysis an(s);
    const TimeAnalysis ta(an);
    for (double t : {0.0, 0.5, 2.0, 10.0, 100.0}) {
        const auto [a, u] = ta.at(t, TimeAnalysis::Measure::Availability);
        QVERIFY(close(a, m / (l + m) + l / (l + m) * std::exp(-(l + m) * t)));
        QVERIFY(close(u, l / (l + m) * -std::expm1(-(l + m) * t), 1e-12, 1e-300));
    }
    const QList<CurvePoint> curve = ta.sample(100, 11, TimeAnalysis::Measure::Reliability);
    QCOMPARE(curve.size(), 11);
    QVERIFY(close(curve.at(10).value, std::exp(-l * 100)));
    QCOMPARE(curve.at(5).hours, 50.0);
}

void TestFigures::raid5()
{
    // DOMAIN.md §11: 4 disks, MTBF 100,000 h, rebuild 24 h, survivors 3× stressed:
    // MTTDL = (a + b + μ)/(a·b), a = 4λ, b = 3·3λ, μ = 1/24: 1.161 × 10⁷ h;
    // P(second failure during one rebuild) = 1 - e^{-bT} = 0.002158.
    KOfNRepairModel raid;
    raid.n = 4;
    raid.k = 3;
    raid.lambda = 1e-5;
    raid.mu = 1.0 / 24;
    raid.stress = 3;
    const double a = 4e-5, b = 9e-5, mu = 1.0 / 24;
    QVERIFY(close(raid.meanTimeToFailure(), (a + b + mu) / (a * b), 1e-10));
    QVERIFY(close(raid.meanTimeToFailure(), 1.161e7, 5e-4));
    QVERIFY(close(raid.probabilityOfFailureDuringRepair(24), 0.002158, 5e-4));
    QVERIFY(close(raid.solve().mttfHours, raid.meanTimeToFailure()));
}

void TestFigures::hotStandbyChain()
{
    // Hot pair, one repair crew: MTTF = (3λ + μ)/(2λ²);
    // U = 2λ²/(μ² + 2λμ + 2λ²).
    const double l = 1e-3, m = 0.1;
    StandbyModel hot{l, l, m, 1.0};
    const MarkovFigures f = hot.solve();
    QVERIFY(close(f.mttfHours, (3 * l + m) / (2 * l * l), 1e-10));
    QVERIFY(close(f.unavailability, 2 * l * l / (m * m + 2 * l * m + 2 * l * l), 1e-12));
    QVERIFY(close(f.availability + f.unavailability, 1.0));
    // The same from the k-of-n model: 1-of-2 without stress.
    KOfNRepairModel pair{2, 1, l, m, 1.0};
    QVERIFY(close(pair.solve().unavailability, f.unavailability, 1e-12));
}

void TestFigures::coldStandbyChain()
{
    // Cold standby, perfect switch: MTTF = (2λ + μ)/λ²; U = r²/(1 + r + r²), r = λ/μ.
    const double l = 2e-3, m = 0.25, r = l / m;
    const MarkovFigures f = StandbyModel{l, 0.0, m, 1.0}.solve();
    QVERIFY(close(f.mttfHours, (2 * l + m) / (l * l), 1e-10));
    QVERIFY(close(f.unavailability, r * r / (1 + r + r * r), 1e-12));
}

void TestFigures::standbyCoverage()
{
    // Without repair and with coverage c, a cold pair lives 1/λ + c/λ on average.
    const double l = 1e-3;
    QVERIFY(close(StandbyModel{l, 0.0, 0.0, 0.7}.solve().mttfHours, (1 + 0.7) / l, 1e-10));
}

void TestFigures::tinySteadyStateKeepsPrecision()
{
    // λ = 1e-7, μ = 1: U = 2λ²/(μ² + 2λμ + 2λ²) ≈ 2e-14 must keep 12 digits.
    const double l = 1e-7, m = 1.0;
    const MarkovFigures f = StandbyModel{l, l, m, 1.0}.solve();
    QVERIFY(close(f.unavailability, 2 * l * l / (m * m + 2 * l * m + 2 * l * l), 1e-12));
}

void TestFigures::absorptionByUniformisation()
{
    Ctmc c(2);
    c.addRate(0, 1, 0.01);
    QVERIFY(close(c.absorptionProbability(0, {1}, 50), -std::expm1(-0.5), 1e-10));
    QVERIFY(close(c.meanTimeToAbsorption(0, {1}), 100.0));
}

QTEST_GUILESS_MAIN(TestFigures)
#include "tst_figures.moc"
