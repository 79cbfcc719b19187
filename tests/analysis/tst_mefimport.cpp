// The Open-PSA MEF importer on models of our own, for what the reference corpus
// does not use: every gate type, MGL and alpha-factor CCF, house events,
// parameters and arithmetic, time-dependent expressions and the mission time,
// multi-file models, component scoping, and every refusal and error message
// (file, line and element checked). Expected values are worked out by hand in
// the comments, or by enumeration of the structure.

#include "bddanalysis.h"
#include "mefimporter.h"
#include "testsupport.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace nf;

namespace {

// A one-file model: `body` goes inside a fault tree named "ft" and starts on line 3;
// `data` goes inside <model-data> after it.
QByteArray tree(const QString &body, const QString &data = {})
{
    QString xml = u"<opsa-mef>\n<define-fault-tree name=\"ft\">\n"_s + body + u"\n</define-fault-tree>\n"_s;
    if (!data.isEmpty())
        xml += u"<model-data>\n"_s + data + u"\n</model-data>\n"_s;
    xml += u"</opsa-mef>\n"_s;
    return xml.toUtf8();
}

MefImport load(const QByteArray &xml, const MefOptions &options = {})
{
    return MefImporter::loadData({{u"test.xml"_s, xml}}, options);
}

QString allDiagnostics(const MefImport &r)
{
    QStringList out;
    for (const Diagnostic &d : r.diagnostics)
        out << d.toString();
    return out.join(u'\n');
}

bool close(double a, double b, double rel = 1e-12)
{
    return std::fabs(a - b) <= rel * std::max(std::fabs(a), std::fabs(b)) || (a == 0.0 && b == 0.0);
}

#define COMPARE_REL(value, expected)                                                                              \
    QVERIFY2(close((value), (expected)), qPrintable(u"%1 = %2, expected %3"_s.arg(QStringLiteral(#value))        \
                                                        .arg((value), 0, 'g', 17)                                 \
                                                        .arg((expected), 0, 'g', 17)))

// The 11-argument periodic test λ = 1e-3, λ* = 0, μ = 0.1, τ = 100, θ = 50, γ = 0.01,
// π = 2, x = 1, σ = 0.9, ω = 0.001 at t = 120, phase by phase in closed form
// (states: available a, failed unnoticed f, in repair r):
double periodicTestByHand()
{
    const double lambda = 1e-3, mu = 0.1, gamma = 0.01, sigma = 0.9, omega = 0.001;
    double a = std::exp(-lambda * 50), f = 1 - a, r = 0; // [0, 50): exponential
    r = a * gamma + f * sigma;                            // test starts at 50
    a *= 1 - gamma;
    f *= 1 - sigma;
    const double repaired = r * (1 - std::exp(-mu * 2));  // [50, 52]: λ* = 0, repairs only
    r -= repaired;
    a += repaired * (1 - omega);
    f += repaired * omega;
    f += a * omega;                                       // end of test: bad restarts
    a *= 1 - omega;
    const double s = 68;                                  // [52, 120]: working phase
    const double aEnd = a * std::exp(-lambda * s) + mu * (1 - omega) * r * (std::exp(-mu * s) - std::exp(-lambda * s)) / (lambda - mu);
    return 1 - aEnd;
}

double probability(const MefImport &r)
{
    return BddAnalysis(*r.structure).probability();
}

const QString abc = uR"(<define-basic-event name="a"><float value="0.1"/></define-basic-event>
<define-basic-event name="b"><float value="0.2"/></define-basic-event>
<define-basic-event name="c"><float value="0.3"/></define-basic-event>)"_s;

QList<QStringList> cutSetIds(const Structure &s, const CutSetResult &r)
{
    QList<QStringList> out;
    for (const CutSet &c : r.sets) {
        QStringList ids;
        for (int e : c.events)
            ids << s.eventAt(e).id;
        ids.sort();
        out << ids;
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

class TestMefImport : public QObject
{
    Q_OBJECT

private slots:
    void gates_data();
    void gates();
    void notGivesMinimalTruePoints();
    void houseEvents();
    void untypedReferences();
    void betaFactorTwoMembers();
    void mglCcf();
    void alphaFactorCcf();
    void alphaFactorsOutOfLevelOrder();
    void phiFactorCcf();
    void betaFactorFortyMembers();
    void expressions_data();
    void expressions();
    void exponentialAndMissionTime();
    void lifeOfGlmAndWeibull();
    void complementWithoutCancellation();
    void multiFileModel();
    void privateComponentScoping();
    void topChoice();
    void labelsAndAttributesIgnored();
    void errors_data();
    void errors();
    void errorsAcrossFiles();
    void missingFile();
    void nonRegularFilesRefused();
    void includedFiles();
    void includeCycleRefused();
    void deepNestingIsRefused();
    void corruptedInputNeverCrashes();
};

void TestMefImport::gates_data()
{
    // a, b, c independent with p = 0.1, 0.2, 0.3.
    QTest::addColumn<QString>("formula");
    QTest::addColumn<double>("expected");
    QTest::newRow("and") << u"<and><event name=\"a\"/><event name=\"b\"/></and>"_s << 0.02;
    QTest::newRow("or") << u"<or><event name=\"a\"/><event name=\"b\"/></or>"_s << 1 - 0.9 * 0.8; // 0.28
    // a ∧ ¬b = 0.1·0.8
    QTest::newRow("not") << u"<and><event name=\"a\"/><not><event name=\"b\"/></not></and>"_s << 0.08;
    // a ⊕ b = 0.1·0.8 + 0.9·0.2 = 0.26
    QTest::newRow("xor") << u"<xor><event name=\"a\"/><event name=\"b\"/></xor>"_s << 0.26;
    // 2 of 3: ab + ac + bc − 2abc = 0.02 + 0.03 + 0.06 − 0.012 = 0.098
    QTest::newRow("atleast") << u"<atleast min=\"2\"><event name=\"a\"/><event name=\"b\"/><event name=\"c\"/></atleast>"_s
                             << 0.098;
    QTest::newRow("nand") << u"<nand><event name=\"a\"/><event name=\"b\"/></nand>"_s << 0.98;  // 1 − 0.02
    QTest::newRow("nor") << u"<nor><event name=\"a\"/><event name=\"b\"/></nor>"_s << 0.72;     // 0.9·0.8
    QTest::newRow("iff") << u"<iff><event name=\"a\"/><event name=\"b\"/></iff>"_s << 0.74;     // 1 − 0.26
    QTest::newRow("imply") << u"<imply><event name=\"a\"/><event name=\"b\"/></imply>"_s << 0.92; // 1 − 0.1·0.8
    // 1 or 2 of 3: 1 − P(none) − P(all) = 1 − 0.9·0.8·0.7 − 0.006 = 0.49
    QTest::newRow("cardinality")
        << u"<cardinality min=\"1\" max=\"2\"><event name=\"a\"/><event name=\"b\"/><event name=\"c\"/></cardinality>"_s
        << 0.49;
    // nested: (a ∧ b) ∨ ¬c = 1 − (1 − 0.02)·0.3 = 0.706
    QTest::newRow("nested") << u"<or><and><event name=\"a\"/><event name=\"b\"/></and><not><event name=\"c\"/></not></or>"_s
                            << 0.706;
    QTest::newRow("constant") << u"<and><constant value=\"true\"/><event name=\"c\"/></and>"_s << 0.3;
    QTest::newRow("single reference") << u"<basic-event name=\"b\"/>"_s << 0.2;
}

void TestMefImport::gates()
{
    QFETCH(QString, formula);
    QFETCH(double, expected);
    const MefImport r = load(tree(u"<define-gate name=\"top\">"_s + formula + u"</define-gate>"_s, abc));
    QVERIFY2(r.ok(), qPrintable(allDiagnostics(r)));
    QVERIFY(r.diagnostics.isEmpty());
    COMPARE_REL(probability(r), expected);
    COMPARE_REL(probability(r), r.structure->bruteForceProbability());
}

void TestMefImport::notGivesMinimalTruePoints()
{
    // top = a ∧ ¬b: the only minimal set of occurred events that makes the top true
    // (the others not occurred) is {a}.
    const MefImport r = load(tree(u"<define-gate name=\"top\"><and><event name=\"a\"/><not><event name=\"b\"/></not></and></define-gate>"_s, abc));
    QVERIFY(r.ok());
    BddAnalysis a(*r.structure);
    QCOMPARE(cutSetIds(*r.structure, a.minimalCutSets()), (QList<QStringList>{{u"a"_s}}));
}

void TestMefImport::houseEvents()
{
    // top = a ∨ (h ∧ b) ∨ (¬g ∧ c)
    auto model = [](const QString &h, const QString &g) {
        return tree(uR"(<define-gate name="top"><or><basic-event name="a"/>
  <and><house-event name="h"/><basic-event name="b"/></and>
  <and><not><house-event name="g"/></not><basic-event name="c"/></and></or></define-gate>
<define-house-event name="h">%1</define-house-event>
<define-house-event name="g">%2</define-house-event>)"_s.arg(h, g), abc);
    };
    const QString yes = u"<constant value=\"true\"/>"_s, no = u"<constant value=\"false\"/>"_s;
    // h true, g true: a ∨ b = 1 − 0.9·0.8 = 0.28
    MefImport r = load(model(yes, yes));
    QVERIFY2(r.ok(), qPrintable(allDiagnostics(r)));
    COMPARE_REL(probability(r), 0.28);
    // h false, g true: a alone = 0.1; b and c are folded away
    r = load(model(no, yes));
    QVERIFY(r.ok());
    COMPARE_REL(probability(r), 0.1);
    QCOMPARE(int(BddAnalysis(*r.structure).topEvents().size()), 1);
    // h false, g without a constant (MEF default: false): a ∨ c = 1 − 0.9·0.7 = 0.37
    r = load(model(no, QString()));
    QVERIFY(r.ok());
    COMPARE_REL(probability(r), 0.37);
    // top = h alone, h false: the top is constant false, with a warning
    r = load(tree(u"<define-gate name=\"top\"><house-event name=\"h\"/></define-gate>\n<define-house-event name=\"h\"><constant value=\"false\"/></define-house-event>"_s));
    QVERIFY(r.ok());
    QCOMPARE(probability(r), 0.0);
    QCOMPARE(r.diagnostics.size(), 1);
    QVERIFY(!r.diagnostics.first().isError());
    QVERIFY(r.diagnostics.first().message.contains(u"always false"_s));
}

void TestMefImport::untypedReferences()
{
    // <event> resolves to a gate, a basic event, a house event or a CCF member.
    const MefImport r = load(tree(uR"(<define-gate name="top"><and><event name="g"/><event name="h"/></and></define-gate>
<define-gate name="g"><or><event name="a"/><event name="m1"/></or></define-gate>
<define-house-event name="h"><constant value="true"/></define-house-event>
<define-CCF-group name="G" model="beta-factor"><members><basic-event name="m1"/><basic-event name="m2"/></members>
<distribution><float value="0.1"/></distribution><factor level="2"><float value="0.5"/></factor></define-CCF-group>)"_s,
                                  abc));
    QVERIFY2(r.ok(), qPrintable(allDiagnostics(r)));
    // m1 = [m1] ∨ [m1 m2] with 0.05 each; top = a ∨ m1 = 1 − 0.9·0.95·0.95
    COMPARE_REL(probability(r), 1 - 0.9 * 0.95 * 0.95);
}

void TestMefImport::betaFactorTwoMembers()
{
    // Level omitted: a beta factor belongs to the level of all members (2 here).
    // Q = 0.02, β = 0.1: [x] = [y] = 0.018, [x y] = 0.002. top = x ∧ y:
    // P = 1 − (1 − 0.002)(1 − 0.018²)
    const MefImport r = load(tree(uR"(<define-gate name="top"><and><basic-event name="x"/><basic-event name="y"/></and></define-gate>
<define-CCF-group name="G" model="beta-factor"><members><basic-event name="x"/><basic-event name="y"/></members>
<distribution><float value="0.02"/></distribution><factor><float value="0.1"/></factor></define-CCF-group>)"_s));
    QVERIFY2(r.ok(), qPrintable(allDiagnostics(r)));
    const Structure &s = *r.structure;
    QCOMPARE(s.eventCount(), 3);
    COMPARE_REL(s.eventAt(s.findEvent(u"[x]"_s)).p, 0.018);
    COMPARE_REL(s.eventAt(s.findEvent(u"[x y]"_s)).p, 0.002);
    COMPARE_REL(probability(r), 1 - (1 - 0.002) * (1 - 0.018 * 0.018));
}

void TestMefImport::mglCcf()
{
    // Three members A, B, C; Q = 0.01, β = 0.1, γ = 0.3 (ρ1 = 1, ρ2 = β, ρ3 = γ, ρ4 = 0):
    //   Q1 = Q·(1 − β)                 = 0.009
    //   Q2 = Q/C(2,1)·β·(1 − γ)        = 0.01/2·0.1·0.7 = 0.00035
    //   Q3 = Q/C(2,2)·β·γ              = 0.0003
    // and Q1 + 2·Q2 + Q3 = Q for each member.
    const MefImport r = load(tree(uR"(<define-gate name="top"><and><basic-event name="A"/><basic-event name="B"/></and></define-gate>
<define-CCF-group name="G" model="MGL">
<members><basic-event name="A"/><basic-event name="B"/><basic-event name="C"/></members>
<distribution><float value="0.01"/></distribution>
<factors><factor level="2"><float value="0.1"/></factor><factor level="3"><float value="0.3"/></factor></factors>
</define-CCF-group>)"_s));
    QVERIFY2(r.ok(), qPrintable(allDiagnostics(r)));
    const Structure &s = *r.structure;
    QCOMPARE(s.eventCount(), 7); // 3 independent, 3 pairs, 1 triple
    const double q1 = 0.009, q2 = 0.00035, q3 = 0.0003;
    for (const QString &id : {u"[A]"_s, u"[B]"_s, u"[C]"_s})
        COMPARE_REL(s.eventAt(s.findEvent(id)).p, q1);
    for (const QString &id : {u"[A B]"_s, u"[A C]"_s, u"[B C]"_s})
        COMPARE_REL(s.eventAt(s.findEvent(id)).p, q2);
    COMPARE_REL(s.eventAt(s.findEvent(u"[A B C]"_s)).p, q3);
    // A ∧ B = [A B] ∨ [A B C] ∨ ([A] ∨ [A C]) ∧ ([B] ∨ [B C]), the last two independent:
    const double either = 1 - (1 - q1) * (1 - q2);
    COMPARE_REL(probability(r), 1 - (1 - q2) * (1 - q3) * (1 - either * either));
    COMPARE_REL(probability(r), s.bruteForceProbability());
    const CutSetResult mcs = BddAnalysis(s).minimalCutSets();
    QCOMPARE(cutSetIds(s, mcs), (QList<QStringList>{{u"[A B C]"_s}, {u"[A B]"_s}, {u"[A C]"_s, u"[B C]"_s},
                                                     {u"[A C]"_s, u"[B]"_s}, {u"[A]"_s, u"[B C]"_s}, {u"[A]"_s, u"[B]"_s}}));
}

void TestMefImport::alphaFactorCcf()
{
    // Three members, Q = 0.01, α1 = 0.95, α2 = 0.04, α3 = 0.01 (non-staggered testing):
    //   α_t = 1·0.95 + 2·0.04 + 3·0.01 = 1.06
    //   Q1 = Q·1/C(2,0)·0.95/1.06 = 0.0095/1.06
    //   Q2 = Q·2/C(2,1)·0.04/1.06 = 0.0004/1.06
    //   Q3 = Q·3/C(2,2)·0.01/1.06 = 0.0003/1.06
    // and Q1 + 2·Q2 + Q3 = 0.0106/1.06 = Q.
    const MefImport r = load(tree(uR"(<define-gate name="top"><and><basic-event name="A"/><basic-event name="B"/></and></define-gate>
<define-CCF-group name="G" model="alpha-factor">
<members><basic-event name="A"/><basic-event name="B"/><basic-event name="C"/></members>
<distribution><float value="0.01"/></distribution>
<factors><factor level="1"><float value="0.95"/></factor><factor level="2"><float value="0.04"/></factor>
<factor level="3"><float value="0.01"/></factor></factors>
</define-CCF-group>)"_s));
    QVERIFY2(r.ok(), qPrintable(allDiagnostics(r)));
    QVERIFY(r.diagnostics.isEmpty());
    const Structure &s = *r.structure;
    const double q1 = 0.0095 / 1.06, q2 = 0.0004 / 1.06, q3 = 0.0003 / 1.06;
    COMPARE_REL(s.eventAt(s.findEvent(u"[B]"_s)).p, q1);
    COMPARE_REL(s.eventAt(s.findEvent(u"[A C]"_s)).p, q2);
    COMPARE_REL(s.eventAt(s.findEvent(u"[A B C]"_s)).p, q3);
    COMPARE_REL(q1 + 2 * q2 + q3, 0.01);
    const double either = 1 - (1 - q1) * (1 - q2);
    COMPARE_REL(probability(r), 1 - (1 - q2) * (1 - q3) * (1 - either * either));

    // Factors that do not sum to 1 are used normalised, with a warning.
    const MefImport w = load(tree(uR"(<define-gate name="top"><and><basic-event name="A"/><basic-event name="B"/></and></define-gate>
<define-CCF-group name="G" model="alpha-factor">
<members><basic-event name="A"/><basic-event name="B"/></members>
<distribution><float value="0.01"/></distribution>
<factors><factor><float value="0.5"/></factor><factor><float value="0.1"/></factor></factors>
</define-CCF-group>)"_s));
    QVERIFY(w.ok());
    QCOMPARE(w.diagnostics.size(), 1);
    QVERIFY(!w.diagnostics.first().isError());
    QCOMPARE(w.diagnostics.first().line, 4);
    QVERIFY(w.diagnostics.first().message.contains(u"sum to 0.6"_s));
    // n = 2, α_t = 0.5 + 0.2 = 0.7: Q1 = 0.01·0.5/0.7, Q2 = 0.01·2·0.1/0.7
    const Structure &ws = *w.structure;
    COMPARE_REL(ws.eventAt(ws.findEvent(u"[A]"_s)).p, 0.005 / 0.7);
    COMPARE_REL(ws.eventAt(ws.findEvent(u"[A B]"_s)).p, 0.002 / 0.7);
}

void TestMefImport::alphaFactorsOutOfLevelOrder()
{
    // The factors of alphaFactorCcf given as levels 3, 1, 2: the same numbers.
    const MefImport r = load(tree(uR"(<define-gate name="top"><and><basic-event name="A"/><basic-event name="B"/></and></define-gate>
<define-CCF-group name="G" model="alpha-factor">
<members><basic-event name="A"/><basic-event name="B"/><basic-event name="C"/></members>
<distribution><float value="0.01"/></distribution>
<factors><factor level="3"><float value="0.01"/></factor><factor level="1"><float value="0.95"/></factor>
<factor level="2"><float value="0.04"/></factor></factors>
</define-CCF-group>)"_s));
    QVERIFY2(r.ok(), qPrintable(allDiagnostics(r)));
    QVERIFY(r.diagnostics.isEmpty());
    const Structure &s = *r.structure;
    const double q1 = 0.0095 / 1.06, q2 = 0.0004 / 1.06, q3 = 0.0003 / 1.06;
    COMPARE_REL(s.eventAt(s.findEvent(u"[A]"_s)).p, q1);
    COMPARE_REL(s.eventAt(s.findEvent(u"[B C]"_s)).p, q2);
    COMPARE_REL(s.eventAt(s.findEvent(u"[A B C]"_s)).p, q3);
    const double either = 1 - (1 - q1) * (1 - q2);
    COMPARE_REL(probability(r), 1 - (1 - q2) * (1 - q3) * (1 - either * either));
}

void TestMefImport::phiFactorCcf()
{
    // Phi-factor (direct assignment, as SCRAM): three members, Q = 0.01,
    // φ1 = 0.9, φ2 = 0.07, φ3 = 0.03 (sum 1), each event of k given members has
    // Q_k = φ_k·Q: [A] = 0.009, [A B] = 0.0007, [A B C] = 0.0003; given out of
    // level order (2, 3, 1).
    const MefImport r = load(tree(uR"(<define-gate name="top"><and><basic-event name="A"/><basic-event name="B"/></and></define-gate>
<define-CCF-group name="G" model="phi-factor">
<members><basic-event name="A"/><basic-event name="B"/><basic-event name="C"/></members>
<distribution><float value="0.01"/></distribution>
<factors><factor level="2"><float value="0.07"/></factor><factor level="3"><float value="0.03"/></factor>
<factor level="1"><float value="0.9"/></factor></factors>
</define-CCF-group>)"_s));
    QVERIFY2(r.ok(), qPrintable(allDiagnostics(r)));
    const Structure &s = *r.structure;
    QCOMPARE(s.eventCount(), 7);
    const double q1 = 0.009, q2 = 0.0007, q3 = 0.0003;
    for (const QString &id : {u"[A]"_s, u"[B]"_s, u"[C]"_s})
        COMPARE_REL(s.eventAt(s.findEvent(id)).p, q1);
    for (const QString &id : {u"[A B]"_s, u"[A C]"_s, u"[B C]"_s})
        COMPARE_REL(s.eventAt(s.findEvent(id)).p, q2);
    COMPARE_REL(s.eventAt(s.findEvent(u"[A B C]"_s)).p, q3);
    // A ∧ B = [A B] ∨ [A B C] ∨ ([A] ∨ [A C]) ∧ ([B] ∨ [B C]):
    const double either = 1 - (1 - q1) * (1 - q2);
    COMPARE_REL(probability(r), 1 - (1 - q2) * (1 - q3) * (1 - either * either));
    COMPARE_REL(probability(r), s.bruteForceProbability());
}

void TestMefImport::betaFactorFortyMembers()
{
    // Beta-factor needs only the independent parts and the event of all members,
    // so any size works (a bit mask of 32 bits once gave 3.4e-66 here, labelled
    // exact). 40 members, Q = 0.001, β = 0.1: [m_i] = (1 − β)Q = 0.0009 and
    // [all] = βQ = 0.0001.
    QString members, andInputs;
    for (int i = 1; i <= 40; ++i) {
        members += u"<basic-event name=\"m%1\"/>"_s.arg(i);
        andInputs += u"<event name=\"m%1\"/>"_s.arg(i);
    }
    const QString group = u"<define-CCF-group name=\"G\" model=\"beta-factor\"><members>%1</members>"
                          "<distribution><float value=\"0.001\"/></distribution><factor><float value=\"0.1\"/></factor>"
                          "</define-CCF-group>"_s.arg(members);
    const MefImport all = load(tree(u"<define-gate name=\"top\"><and>%1</and></define-gate>\n"_s.arg(andInputs) + group));
    QVERIFY2(all.ok(), qPrintable(allDiagnostics(all)));
    const Structure &s = *all.structure;
    QCOMPARE(s.eventCount(), 41);
    COMPARE_REL(s.eventAt(s.findEvent(u"[m17]"_s)).p, 0.0009);
    QStringList names;
    for (int i = 1; i <= 40; ++i)
        names << u"m%1"_s.arg(i);
    const int common = s.findEvent(u'[' + names.join(u' ') + u']');
    QVERIFY(common >= 0);
    COMPARE_REL(s.eventAt(common).p, 0.0001);
    // All 40 fail: the common event, or all 40 independent parts.
    COMPARE_REL(probability(all), 1 - (1 - 0.0001) * (1 - std::pow(0.0009, 40)));
    const CutSetResult mcs = BddAnalysis(s).minimalCutSets();
    QCOMPARE(mcs.count, 2.0);
    QCOMPARE(mcs.countByOrder.value(1), 1.0);
    QCOMPARE(mcs.countByOrder.value(40), 1.0);
    // Any one fails: 1 − (1 − βQ)(1 − (1 − β)Q)^40.
    QString orInputs = andInputs;
    const MefImport any = load(tree(u"<define-gate name=\"top\"><or>%1</or></define-gate>\n"_s.arg(orInputs) + group));
    QVERIFY2(any.ok(), qPrintable(allDiagnostics(any)));
    COMPARE_REL(probability(any), 1 - (1 - 0.0001) * std::pow(1 - 0.0009, 40));
}

void TestMefImport::expressions_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<double>("expected");
    QTest::newRow("float") << u"<float value=\"2.5e-3\"/>"_s << 0.0025;
    QTest::newRow("int") << u"<int value=\"1\"/>"_s << 1.0;
    QTest::newRow("bool true") << u"<bool value=\"true\"/>"_s << 1.0;
    QTest::newRow("bool false") << u"<bool value=\"false\"/>"_s << 0.0;
    QTest::newRow("mul") << u"<mul><float value=\"0.5\"/><float value=\"0.2\"/></mul>"_s << 0.1;
    QTest::newRow("add") << u"<add><float value=\"0.05\"/><float value=\"0.02\"/><int value=\"0\"/></add>"_s << 0.07;
    QTest::newRow("sub") << u"<sub><float value=\"1\"/><float value=\"0.75\"/></sub>"_s << 0.25;
    QTest::newRow("sub n-ary") << u"<sub><float value=\"1\"/><float value=\"0.5\"/><float value=\"0.25\"/></sub>"_s << 0.25;
    QTest::newRow("div") << u"<div><float value=\"1\"/><int value=\"8\"/></div>"_s << 0.125;
    QTest::newRow("neg") << u"<neg><float value=\"-0.3\"/></neg>"_s << 0.3;
    QTest::newRow("abs") << u"<abs><float value=\"-0.2\"/></abs>"_s << 0.2;
    QTest::newRow("exp") << u"<exp><neg><float value=\"2\"/></neg></exp>"_s << std::exp(-2.0);
    QTest::newRow("log") << u"<log><float value=\"1.5\"/></log>"_s << std::log(1.5);
    QTest::newRow("log10") << u"<log10><float value=\"2\"/></log10>"_s << std::log10(2.0);
    QTest::newRow("pow") << u"<pow><float value=\"0.5\"/><int value=\"3\"/></pow>"_s << 0.125;
    QTest::newRow("sqrt") << u"<sqrt><float value=\"0.25\"/></sqrt>"_s << 0.5;
    QTest::newRow("min") << u"<min><float value=\"0.3\"/><float value=\"0.2\"/><float value=\"0.4\"/></min>"_s << 0.2;
    QTest::newRow("max") << u"<max><float value=\"0.3\"/><float value=\"0.2\"/><float value=\"0.4\"/></max>"_s << 0.4;
    QTest::newRow("mean") << u"<mean><float value=\"0.1\"/><float value=\"0.2\"/><float value=\"0.6\"/></mean>"_s << 0.3;
    QTest::newRow("pi") << u"<div><pi/><int value=\"10\"/></div>"_s << 0.31415926535897931;
    // The rest of the standard's functions, each by a value known by hand:
    // acos(1/2) = π/3, asin(1/2) = π/6, atan(1) = π/4, cos(π/3) = sin(π/6) = 1/2,
    // tan(π/4) = 1, cosh(0) = 1, sinh and tanh of ln 2: (2 − 1/2)/2 = 0.75 and
    // (2 − 1/2)/(2 + 1/2) = 0.6, mod(7, 3) = 1, ceil(0.2) = 1, floor(1.7) = 1.
    QTest::newRow("acos") << u"<div><acos><float value=\"0.5\"/></acos><pi/></div>"_s << 1.0 / 3.0;
    QTest::newRow("asin") << u"<div><asin><float value=\"0.5\"/></asin><pi/></div>"_s << 1.0 / 6.0;
    QTest::newRow("atan") << u"<div><atan><int value=\"1\"/></atan><pi/></div>"_s << 0.25;
    QTest::newRow("cos") << u"<cos><div><pi/><int value=\"3\"/></div></cos>"_s << 0.5;
    QTest::newRow("sin") << u"<sin><div><pi/><int value=\"6\"/></div></sin>"_s << 0.5;
    QTest::newRow("tan") << u"<mul><float value=\"0.4\"/><tan><div><pi/><int value=\"4\"/></div></tan></mul>"_s << 0.4;
    QTest::newRow("cosh") << u"<mul><float value=\"0.3\"/><cosh><int value=\"0\"/></cosh></mul>"_s << 0.3;
    QTest::newRow("sinh") << u"<sinh><log><int value=\"2\"/></log></sinh>"_s << 0.75;
    QTest::newRow("tanh") << u"<tanh><log><int value=\"2\"/></log></tanh>"_s << 0.6;
    QTest::newRow("mod") << u"<mul><float value=\"0.1\"/><mod><int value=\"7\"/><int value=\"3\"/></mod></mul>"_s << 0.1;
    QTest::newRow("ceil") << u"<mul><float value=\"0.2\"/><ceil><float value=\"0.2\"/></ceil></mul>"_s << 0.2;
    QTest::newRow("floor") << u"<mul><float value=\"0.7\"/><floor><float value=\"1.7\"/></floor></mul>"_s << 0.7;
    // periodic-test (λ, τ, θ, t), repair instantaneous: λ = 1e-3, τ = 100, θ = 50.
    // Before the first test (t = 30): 1 − e^{−0.03}; at t = 120, 70 h after the test
    // at 50: 1 − e^{−0.07}; at t = 260, 10 h after the test at 250: 1 − e^{−0.01}.
    QTest::newRow("periodic-test 4, before the first test")
        << u"<periodic-test><float value=\"1e-3\"/><int value=\"100\"/><int value=\"50\"/><int value=\"30\"/></periodic-test>"_s
        << 0.02955446645149182;
    QTest::newRow("periodic-test 4")
        << u"<periodic-test><float value=\"1e-3\"/><int value=\"100\"/><int value=\"50\"/><int value=\"120\"/></periodic-test>"_s
        << 0.06760618009405178;
    QTest::newRow("periodic-test 4, third interval")
        << u"<periodic-test><float value=\"1e-3\"/><int value=\"100\"/><int value=\"50\"/><int value=\"260\"/></periodic-test>"_s
        << 0.009950166250831947;
    // (λ, μ, τ, θ, t) with μ = 0.1: at the test at 50 the failed share r0 = 1 − e^{−0.05}
    // goes into repair; s hours later A = a0·e^{−λs} + μ·r0·(e^{−μs} − e^{−λs})/(λ − μ).
    // t = 120 (s = 70): Q = 1 − A = 0.06719177522168762. t = 170: the test at 150 puts
    // F into repair as well; 20 h later Q = 0.0318118283789679 (worked out the same way).
    QTest::newRow("periodic-test 5")
        << u"<periodic-test><float value=\"1e-3\"/><float value=\"0.1\"/><int value=\"100\"/><int value=\"50\"/><int value=\"120\"/></periodic-test>"_s
        << 0.06719177522168762;
    QTest::newRow("periodic-test 5, second test")
        << u"<periodic-test><float value=\"1e-3\"/><float value=\"0.1\"/><int value=\"100\"/><int value=\"50\"/><int value=\"170\"/></periodic-test>"_s
        << 0.0318118283789679;
    // The 11 arguments reduced to the 5-argument form (λ* = λ, γ = 0, π = 0, x = 1,
    // σ = 1, ω = 0) give the same value.
    QTest::newRow("periodic-test 11 as 5")
        << u"<periodic-test><float value=\"1e-3\"/><float value=\"1e-3\"/><float value=\"0.1\"/><int value=\"100\"/><int value=\"50\"/>"
           "<int value=\"0\"/><int value=\"0\"/><int value=\"1\"/><int value=\"1\"/><int value=\"0\"/><int value=\"170\"/></periodic-test>"_s
        << 0.0318118283789679;
    // During a test with x = 0 the component is unavailable: Q = 1.
    QTest::newRow("periodic-test 11, in a test, x = 0")
        << u"<periodic-test><float value=\"1e-3\"/><float value=\"1e-3\"/><float value=\"0.1\"/><int value=\"100\"/><int value=\"50\"/>"
           "<int value=\"0\"/><int value=\"2\"/><int value=\"0\"/><int value=\"1\"/><int value=\"0\"/><int value=\"51\"/></periodic-test>"_s
        << 1.0;
    // γ = 0.01, π = 2, λ* = 0, σ = 0.9, ω = 0.001, t = 120, worked in periodicTestByHand().
    QTest::newRow("periodic-test 11")
        << u"<periodic-test><float value=\"1e-3\"/><int value=\"0\"/><float value=\"0.1\"/><int value=\"100\"/><int value=\"50\"/>"
           "<float value=\"0.01\"/><int value=\"2\"/><int value=\"1\"/><float value=\"0.9\"/><float value=\"0.001\"/><int value=\"120\"/></periodic-test>"_s
        << periodicTestByHand();
    // Uncertainty distributions give their mean (SCRAM's point value):
    QTest::newRow("uniform-deviate") << u"<uniform-deviate><float value=\"0.1\"/><float value=\"0.3\"/></uniform-deviate>"_s << 0.2;
    QTest::newRow("normal-deviate") << u"<normal-deviate><float value=\"0.25\"/><float value=\"0.01\"/></normal-deviate>"_s << 0.25;
    QTest::newRow("lognormal-deviate mean, EF, level")
        << u"<lognormal-deviate><float value=\"0.001\"/><float value=\"3\"/><float value=\"0.95\"/></lognormal-deviate>"_s << 0.001;
    // (μ, σ) of ln X: mean e^{μ + σ²/2} = e^{−5 + 0.125}
    QTest::newRow("lognormal-deviate mu, sigma")
        << u"<lognormal-deviate><float value=\"-5\"/><float value=\"0.5\"/></lognormal-deviate>"_s << std::exp(-4.875);
    QTest::newRow("gamma-deviate") << u"<gamma-deviate><float value=\"2\"/><float value=\"0.01\"/></gamma-deviate>"_s << 0.02;
    QTest::newRow("beta-deviate") << u"<beta-deviate><float value=\"1\"/><float value=\"9\"/></beta-deviate>"_s << 0.1;
    // bins [0, 0.1] weight 1 and [0.1, 0.3] weight 3: (1·0.05 + 3·0.2)/4
    QTest::newRow("histogram")
        << u"<histogram><float value=\"0\"/><bin><float value=\"0.1\"/><float value=\"1\"/></bin><bin><float value=\"0.3\"/><float value=\"3\"/></bin></histogram>"_s
        << 0.1625;
    // parameters: forward references, a parameter defined by others, one in <model-data>
    QTest::newRow("parameters") << u"<parameter name=\"product\"/>"_s << 0.1;
    // 1 − e^{−1e-4 · 1000}
    QTest::newRow("exponential") << u"<exponential><float value=\"1e-4\"/><float value=\"1000\"/></exponential>"_s
                                 << -std::expm1(-0.1);
    // GLM (γ, λ, μ, t) = (λ − (λ − (λ+μ)γ)·e^{−(λ+μ)t})/(λ+μ) with 0.01, 1e-3, 0.1, 10
    QTest::newRow("GLM")
        << u"<GLM><float value=\"0.01\"/><float value=\"1e-3\"/><float value=\"0.1\"/><float value=\"10\"/></GLM>"_s
        << (1e-3 - (1e-3 - 0.101 * 0.01) * std::exp(-1.01)) / 0.101;
    // Weibull (α, β, t0, t) = 1 − e^{−((t − t0)/α)^β} with 1000, 2, 100, 1100: 1 − e^{−1}
    QTest::newRow("Weibull")
        << u"<Weibull><float value=\"1000\"/><float value=\"2\"/><float value=\"100\"/><float value=\"1100\"/></Weibull>"_s
        << -std::expm1(-1.0);
}

void TestMefImport::expressions()
{
    QFETCH(QString, expression);
    QFETCH(double, expected);
    const QString body = u"<define-gate name=\"top\"><or><basic-event name=\"x\"/></or></define-gate>\n"
                         "<define-basic-event name=\"x\">"_s + expression + u"</define-basic-event>\n"
                         "<define-parameter name=\"product\"><mul><parameter name=\"half\"/><parameter name=\"fifth\"/></mul></define-parameter>\n"
                         "<define-parameter name=\"fifth\"><div><int value=\"1\"/><parameter name=\"five\"/></div></define-parameter>"_s;
    const QString data = u"<define-parameter name=\"half\"><float value=\"0.5\"/></define-parameter>\n"
                         "<define-parameter name=\"five\"><float value=\"5\"/></define-parameter>"_s;
    const MefImport r = load(tree(body, data));
    QVERIFY2(r.ok(), qPrintable(allDiagnostics(r)));
    const BasicEvent &x = r.structure->eventAt(0);
    COMPARE_REL(x.p, expected);
    COMPARE_REL(x.q, 1.0 - expected);
}

void TestMefImport::exponentialAndMissionTime()
{
    // λ = 1e-4 /h with the system mission time: p = 1 − e^{−λt}
    const QByteArray xml = tree(uR"(<define-gate name="top"><or><basic-event name="x"/><basic-event name="y"/></or></define-gate>
<define-basic-event name="x"><exponential><parameter name="lambda"/><system-mission-time/></exponential></define-basic-event>
<define-basic-event name="y"><float value="0.01"/></define-basic-event>
<define-parameter name="lambda"><float value="1e-4"/></define-parameter>)"_s);
    MefImport r = load(xml); // default 8760 h
    QVERIFY2(r.ok(), qPrintable(allDiagnostics(r)));
    QCOMPARE(r.missionTimeHours, 8760.0);
    const Structure &s = *r.structure;
    const BasicEvent &x = s.eventAt(s.findEvent(u"x"_s));
    COMPARE_REL(x.p, -std::expm1(-0.876));
    COMPARE_REL(x.q, std::exp(-0.876));
    QCOMPARE(x.life.type, EventLife::Type::Exponential);
    QCOMPARE(x.life.lambda, 1e-4);
    QCOMPARE(x.rate, 1e-4);
    COMPARE_REL(x.life.unreliability(8760.0), x.p); // the life reproduces p at the mission time
    const BasicEvent &y = s.eventAt(s.findEvent(u"y"_s));
    QCOMPARE(y.life.type, EventLife::Type::Constant);
    QCOMPARE(y.life.constantP, 0.01);
    // top = x ∨ y
    COMPARE_REL(probability(r), 1 - std::exp(-0.876) * 0.99);

    MefOptions o;
    o.missionTimeHours = 1000;
    r = load(xml, o);
    QVERIFY(r.ok());
    COMPARE_REL(r.structure->eventAt(r.structure->findEvent(u"x"_s)).p, -std::expm1(-0.1));
    COMPARE_REL(probability(r), 1 - std::exp(-0.1) * 0.99);

    // The same import answers for another mission time (every expression recomputed).
    std::vector<double> p, q;
    QVERIFY(r.probabilitiesAt(500, p, q));
    const int xi = r.structure->findEvent(u"x"_s);
    COMPARE_REL(p[std::size_t(xi)], -std::expm1(-0.05));
    COMPARE_REL(q[std::size_t(xi)], std::exp(-0.05));
    const std::optional<Structure> at500 = r.structureAt(500);
    QVERIFY(at500);
    COMPARE_REL(BddAnalysis(*at500).probability(), 1 - std::exp(-0.05) * 0.99);

    // A negative mission time is refused.
    o.missionTimeHours = -1;
    r = load(xml, o);
    QVERIFY(!r.ok());
    QVERIFY(r.diagnostics.first().message.contains(u"mission time"_s));
}

void TestMefImport::lifeOfGlmAndWeibull()
{
    const MefImport r = load(tree(uR"(<define-gate name="top"><or><basic-event name="g"/><basic-event name="w"/><basic-event name="e"/></or></define-gate>
<define-basic-event name="g"><GLM><float value="0"/><float value="1e-3"/><float value="0.1"/><system-mission-time/></GLM></define-basic-event>
<define-basic-event name="w"><Weibull><float value="5000"/><float value="1.5"/><float value="0"/><system-mission-time/></Weibull></define-basic-event>
<define-basic-event name="e"><exponential><float value="1e-5"/><mul><float value="2"/><system-mission-time/></mul></exponential></define-basic-event>)"_s));
    QVERIFY2(r.ok(), qPrintable(allDiagnostics(r)));
    const Structure &s = *r.structure;
    // GLM with γ = 0 is a repairable exponential: λ/(λ+μ)·(1 − e^{−(λ+μ)t})
    const BasicEvent &g = s.eventAt(s.findEvent(u"g"_s));
    QCOMPARE(g.life.type, EventLife::Type::Exponential);
    QCOMPARE(g.life.lambda, 1e-3);
    QCOMPARE(g.life.mu, 0.1);
    COMPARE_REL(g.p, 1e-3 / 0.101 * -std::expm1(-0.101 * 8760));
    COMPARE_REL(g.life.unavailability(8760), g.p);
    // Weibull with t0 = 0: 1 − e^{−(t/η)^β}
    const BasicEvent &w = s.eventAt(s.findEvent(u"w"_s));
    QCOMPARE(w.life.type, EventLife::Type::Weibull);
    QCOMPARE(w.life.scale, 5000.0);
    QCOMPARE(w.life.shape, 1.5);
    COMPARE_REL(w.p, -std::expm1(-std::pow(8760.0 / 5000.0, 1.5)));
    COMPARE_REL(w.life.unreliability(8760), w.p);
    // The time is 2·t, not the mission time: an EventLife cannot say that, so the
    // life is constant and probabilitiesAt() is the way to other times.
    const BasicEvent &e = s.eventAt(s.findEvent(u"e"_s));
    QCOMPARE(e.life.type, EventLife::Type::Constant);
    COMPARE_REL(e.p, -std::expm1(-1e-5 * 2 * 8760));
    std::vector<double> p, q;
    QVERIFY(r.probabilitiesAt(100, p, q));
    COMPARE_REL(p[std::size_t(s.findEvent(u"e"_s))], -std::expm1(-1e-5 * 200));
}

void TestMefImport::complementWithoutCancellation()
{
    // λt = 87.6: p rounds to 1, but q = e^{−87.6} ≈ 9.9e-39 must survive (the
    // complement of the top event, 'available', is then exact).
    const MefImport r = load(tree(uR"(<define-gate name="top"><and><basic-event name="x"/></and></define-gate>
<define-basic-event name="x"><exponential><float value="1e-2"/><system-mission-time/></exponential></define-basic-event>)"_s));
    QVERIFY(r.ok());
    const BasicEvent &x = r.structure->eventAt(0);
    QCOMPARE(x.p, 1.0);
    COMPARE_REL(x.q, std::exp(-87.6));
    COMPARE_REL(BddAnalysis(*r.structure).complement(), std::exp(-87.6));
    // 1 − (1 − x): the complement is x itself, exactly.
    const MefImport s = load(tree(uR"(<define-gate name="top"><and><basic-event name="y"/></and></define-gate>
<define-basic-event name="y"><sub><float value="1"/><float value="1e-20"/></sub></define-basic-event>)"_s));
    QVERIFY(s.ok());
    QCOMPARE(s.structure->eventAt(0).q, 1e-20);
}

void TestMefImport::multiFileModel()
{
    // The tree in one file, its basic events in another, a parameter in a third;
    // the order of the files does not matter.
    const QByteArray treeFile = R"(<opsa-mef><define-fault-tree name="ft">
<define-gate name="top"><and><event name="a"/><event name="sub"/></and></define-gate>
<define-gate name="sub"><atleast min="2"><event name="b"/><event name="c"/><event name="d"/></atleast></define-gate>
</define-fault-tree></opsa-mef>)";
    const QByteArray eventsFile = R"(<opsa-mef><model-data>
<define-basic-event name="a"><float value="0.5"/></define-basic-event>
<define-basic-event name="b"><parameter name="p"/></define-basic-event>
<define-basic-event name="c"><parameter name="p"/></define-basic-event>
<define-basic-event name="d"><parameter name="p"/></define-basic-event>
</model-data></opsa-mef>)";
    const QByteArray parameterFile = R"(<opsa-mef><model-data>
<define-parameter name="p"><float value="0.1"/></define-parameter>
</model-data></opsa-mef>)";
    // 0.5 · (3·0.1²·0.9 + 0.1³) = 0.5 · 0.028
    for (const auto &order : {QList<std::pair<QString, QByteArray>>{{u"tree.xml"_s, treeFile}, {u"events.xml"_s, eventsFile}, {u"p.xml"_s, parameterFile}},
                              QList<std::pair<QString, QByteArray>>{{u"p.xml"_s, parameterFile}, {u"events.xml"_s, eventsFile}, {u"tree.xml"_s, treeFile}}}) {
        const MefImport r = MefImporter::loadData(order);
        QVERIFY2(r.ok(), qPrintable(allDiagnostics(r)));
        QCOMPARE(r.topName, u"top"_s);
        COMPARE_REL(probability(r), 0.014);
    }
    // Without the events file the references are undefined, named in the tree file.
    const MefImport missing = MefImporter::loadData({{u"tree.xml"_s, treeFile}, {u"p.xml"_s, parameterFile}});
    QVERIFY(!missing.ok());
    QCOMPARE(missing.diagnostics.first().file, u"tree.xml"_s);
    QCOMPARE(missing.diagnostics.first().line, 2);
    QVERIFY(missing.diagnostics.first().message.contains(u"<event name=\"a\">"_s));

    // Files on disk: the corpus's two-file Chinese model through load().
    const MefImport disk = MefImporter::load({test::dataPath(u"openpsa/chinese.xml"_s),
                                              test::dataPath(u"openpsa/chinese-basic-events.xml"_s)});
    QVERIFY(disk.ok());
    QCOMPARE(disk.structure->eventCount(), 25);
}

void TestMefImport::privateComponentScoping()
{
    // Inside component "c" (private), "g" and "x" mean c's own; outside, "g" is the
    // tree's gate and c's gate is reached as "c.g". A public event in a component
    // is known by its plain name everywhere.
    const QByteArray xml = tree(uR"(<define-gate name="top"><and><gate name="g"/><gate name="c.g"/></and></define-gate>
<define-gate name="g"><or><basic-event name="x"/></or></define-gate>
<define-basic-event name="x"><float value="0.5"/></define-basic-event>
<define-component name="c" role="private">
  <define-gate name="g"><or><basic-event name="x"/><basic-event name="shared"/></or></define-gate>
  <define-basic-event name="x"><float value="0.1"/></define-basic-event>
  <define-basic-event name="shared" role="public"><float value="0.2"/></define-basic-event>
</define-component>)"_s);
    const MefImport r = load(xml);
    QVERIFY2(r.ok(), qPrintable(allDiagnostics(r)));
    const Structure &s = *r.structure;
    // top = x ∧ (ft.c.x ∨ shared) = 0.5 · (1 − 0.9·0.8)
    COMPARE_REL(probability(r), 0.5 * 0.28);
    QVERIFY(s.findEvent(u"x"_s) >= 0);
    QVERIFY(s.findEvent(u"ft.c.x"_s) >= 0); // a private element's id is its full path
    QVERIFY(s.findEvent(u"shared"_s) >= 0);
    QCOMPARE(s.eventAt(s.findEvent(u"ft.c.x"_s)).p, 0.1);

    // A private element is not known by its plain name outside its component.
    const MefImport outside = load(tree(uR"(<define-gate name="top"><and><basic-event name="y"/></and></define-gate>
<define-component name="c" role="private">
  <define-basic-event name="y"><float value="0.1"/></define-basic-event>
</define-component>)"_s));
    QVERIFY(!outside.ok());
    QCOMPARE(outside.diagnostics.size(), 1);
    QCOMPARE(outside.diagnostics.first().line, 3);
    QCOMPARE(outside.diagnostics.first().elementId, u"top"_s);
    QVERIFY(outside.diagnostics.first().message.contains(u"no basic event of that name"_s));
    // ... but by its full path it is.
    const MefImport full = load(tree(uR"(<define-gate name="top"><and><basic-event name="ft.c.y"/></and></define-gate>
<define-component name="c" role="private">
  <define-basic-event name="y"><float value="0.1"/></define-basic-event>
</define-component>)"_s));
    QVERIFY2(full.ok(), qPrintable(allDiagnostics(full)));
    COMPARE_REL(probability(full), 0.1);
}

void TestMefImport::topChoice()
{
    const QByteArray xml = tree(uR"(<define-gate name="first"><or><event name="a"/><event name="b"/></or></define-gate>
<define-gate name="second"><and><event name="a"/><event name="c"/></and></define-gate>)"_s, abc);
    MefImport r = load(xml);
    QVERIFY(r.ok());
    QCOMPARE(r.topName, u"first"_s);
    QCOMPARE(r.topCandidates, (QStringList{u"first"_s, u"second"_s}));
    QCOMPARE(r.diagnostics.size(), 1); // a warning names both
    QVERIFY(!r.diagnostics.first().isError());
    QCOMPARE(r.diagnostics.first().line, 3);
    QVERIFY(r.diagnostics.first().message.contains(u"first, second"_s));
    COMPARE_REL(probability(r), 0.28);

    MefOptions o;
    o.topGate = u"second"_s;
    r = load(xml, o);
    QVERIFY(r.ok());
    QCOMPARE(r.topName, u"second"_s);
    QVERIFY(r.diagnostics.isEmpty());
    COMPARE_REL(probability(r), 0.03);

    o.topGate = u"third"_s;
    r = load(xml, o);
    QVERIFY(!r.ok());
    QCOMPARE(r.diagnostics.first().elementId, u"third"_s);
    QVERIFY(r.diagnostics.first().message.contains(u"not defined"_s));
    o.topGate = u"a"_s;
    r = load(xml, o);
    QVERIFY(!r.ok());
    QVERIFY(r.diagnostics.first().message.contains(u"basic event, not a gate"_s));
}

void TestMefImport::labelsAndAttributesIgnored()
{
    const MefImport r = load(tree(uR"(<label>a tree</label><attributes><attribute name="k" value="v"/></attributes>
<define-gate name="top"><label>top</label><attributes><attribute name="k" value="v"/></attributes><or><event name="a"/></or></define-gate>
<define-basic-event name="a"><label>  pump   fails </label><attributes/><float value="0.1"/></define-basic-event>)"_s));
    QVERIFY2(r.ok(), qPrintable(allDiagnostics(r)));
    QVERIFY(r.diagnostics.isEmpty());
    COMPARE_REL(probability(r), 0.1);
    QCOMPARE(r.structure->eventAt(0).name, u"pump fails"_s); // kept for people, no effect on the analysis
}

void TestMefImport::errors_data()
{
    // Each case: a model, the line of the first error, the element named
    // (type and id, empty when the problem is outside any definition) and a part of
    // the message. Bodies start on line 3 (see tree()).
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("message");
    const QString top = u"<define-gate name=\"top\"><or><event name=\"a\"/></or></define-gate>\n"_s;

    QTest::newRow("not XML") << QByteArray("<opsa-mef>\n<define-fault-tree name=\"x\">\n</opsa-mef>\n") << 3 << QString() << QString()
                             << u"not well-formed XML"_s;
    QTest::newRow("not MEF") << QByteArray("<?xml version=\"1.0\"?>\n<model/>\n") << 2 << QString() << QString()
                             << u"<model>: not an Open-PSA MEF file"_s;
    QTest::newRow("event tree") << QByteArray("<opsa-mef>\n<define-event-tree name=\"ET\"/>\n</opsa-mef>") << 2 << QString()
                                << u"ET"_s << u"<define-event-tree>: event trees are not supported"_s;
    QTest::newRow("include") << QByteArray("<opsa-mef>\n<include file=\"x.xml\"/>\n</opsa-mef>") << 2 << QString() << QString()
                             << u"<include file=\"x.xml\">: cannot open the file: it does not exist"_s;
    QTest::newRow("unknown top-level") << QByteArray("<opsa-mef>\n\n<define-widget name=\"w\"/>\n</opsa-mef>") << 3 << QString()
                                       << QString() << u"<define-widget>: unknown element in <opsa-mef>"_s;
    QTest::newRow("unknown in tree") << tree(top + u"<define-thing name=\"t\"/>"_s, abc) << 4 << QString() << QString()
                                     << u"<define-thing>: unknown element in <define-fault-tree>"_s;
    QTest::newRow("substitution") << tree(top + u"<define-substitution name=\"s\"/>"_s, abc) << 4 << QString() << u"s"_s
                                  << u"<define-substitution>: substitutions"_s;
    QTest::newRow("gate in model-data") << tree(top, abc + u"\n<define-gate name=\"g\"><or><event name=\"a\"/></or></define-gate>"_s)
                                        << 10 << QString() << u"g"_s << u"not allowed in <model-data>"_s;
    QTest::newRow("periodic-test arity") << tree(top + u"<define-basic-event name=\"p\">\n<periodic-test><float value=\"1e-4\"/><float value=\"100\"/><float value=\"0\"/><float value=\"1\"/><float value=\"1\"/><system-mission-time/></periodic-test></define-basic-event>"_s, abc)
                                   << 5 << u"basic event"_s << u"p"_s << u"<periodic-test>: takes 4, 5 or 11 arguments, found 6"_s;
    QTest::newRow("periodic-test tau") << tree(top + u"<define-basic-event name=\"p\">\n<periodic-test><float value=\"1e-4\"/><float value=\"0\"/><float value=\"0\"/><system-mission-time/></periodic-test></define-basic-event>"_s, abc)
                                   << 5 << u"basic event"_s << u"p"_s << u"<periodic-test>: needs λ >= 0, μ > 0, τ > 0"_s;
    QTest::newRow("extern-function") << tree(top + u"<define-parameter name=\"f\"><extern-function name=\"foo\"/></define-parameter>"_s, abc)
                                     << 4 << u"parameter"_s << u"f"_s << u"<extern-function>: external functions are not supported"_s;
    QTest::newRow("conditional") << tree(top + u"<define-basic-event name=\"i\"><ite><bool value=\"true\"/><float value=\"0.1\"/><float value=\"0.2\"/></ite></define-basic-event>"_s, abc)
                                 << 4 << u"basic event"_s << u"i"_s << u"<ite>: conditional expressions are not supported"_s;
    QTest::newRow("comparison") << tree(top + u"<define-basic-event name=\"i\"><lt><float value=\"0.1\"/><float value=\"0.2\"/></lt></define-basic-event>"_s, abc)
                                << 4 << u"basic event"_s << u"i"_s << u"<lt>: this MEF expression is not supported"_s;
    QTest::newRow("not an expression") << tree(top + u"<define-basic-event name=\"i\"><gate name=\"top\"/></define-basic-event>"_s, abc)
                                       << 4 << u"basic event"_s << u"i"_s << u"<gate>: not an expression"_s;
    QTest::newRow("unknown formula") << tree(u"<define-gate name=\"top\"><majority><event name=\"a\"/></majority></define-gate>"_s, abc)
                                     << 3 << u"gate"_s << u"top"_s << u"<majority>: not a Boolean formula"_s;
    QTest::newRow("undefined gate") << tree(u"<define-gate name=\"top\">\n<and><event name=\"a\"/><gate name=\"missing\"/></and></define-gate>"_s, abc)
                                    << 4 << u"gate"_s << u"top"_s << u"<gate name=\"missing\">: no gate of that name is defined"_s;
    QTest::newRow("undefined event") << tree(u"<define-gate name=\"top\"><and><event name=\"nope\"/></and></define-gate>"_s, abc)
                                     << 3 << u"gate"_s << u"top"_s << u"<event name=\"nope\">: no event of that name"_s;
    QTest::newRow("wrong kind") << tree(u"<define-gate name=\"top\"><and><gate name=\"a\"/></and></define-gate>"_s, abc) << 3
                                << u"gate"_s << u"top"_s << u"'a' is a basic event (defined at test.xml:6), not a gate"_s;
    QTest::newRow("undefined parameter") << tree(top + u"<define-basic-event name=\"u\"><parameter name=\"nope\"/></define-basic-event>"_s, abc)
                                         << 4 << u"basic event"_s << u"u"_s << u"<parameter name=\"nope\">: no parameter of that name"_s;
    QTest::newRow("gate cycle") << tree(u"<define-gate name=\"top\"><and><gate name=\"g1\"/></and></define-gate>\n<define-gate name=\"g1\"><or><gate name=\"g2\"/><event name=\"a\"/></or></define-gate>\n<define-gate name=\"g2\"><or><gate name=\"g1\"/></or></define-gate>"_s, abc)
                                << 4 << u"gate"_s << u"g1"_s << u"depends on itself (a cycle): g1 → g2 → g1"_s;
    QTest::newRow("parameter cycle") << tree(top + u"<define-parameter name=\"p1\"><parameter name=\"p2\"/></define-parameter>\n<define-parameter name=\"p2\"><mul><parameter name=\"p1\"/><float value=\"2\"/></mul></define-parameter>"_s, abc)
                                     << 4 << u"parameter"_s << u"p1"_s << u"depends on itself: p1 → p2 → p1"_s;
    QTest::newRow("duplicate basic event") << tree(top, abc + u"\n<define-basic-event name=\"b\"><float value=\"0.4\"/></define-basic-event>"_s)
                                           << 10 << u"basic event"_s << u"b"_s << u"'b' is already defined as a basic event at test.xml:8"_s;
    QTest::newRow("gate named like an event") << tree(top + u"<define-gate name=\"a\"><or><event name=\"b\"/></or></define-gate>"_s, abc)
                                              << 7 << u"basic event"_s << u"a"_s << u"'a' is already defined as a gate at test.xml:4"_s;
    QTest::newRow("duplicate parameter") << tree(top + u"<define-parameter name=\"p\"><float value=\"1\"/></define-parameter>\n<define-parameter name=\"p\"><float value=\"2\"/></define-parameter>"_s, abc)
                                         << 5 << u"parameter"_s << u"p"_s << u"already defined at test.xml:4"_s;
    QTest::newRow("probability above 1") << tree(top, u"<define-basic-event name=\"a\">\n<float value=\"1.5\"/></define-basic-event>"_s)
                                         << 7 << u"basic event"_s << u"a"_s << u"the probability 1.5 is outside [0, 1]"_s;
    QTest::newRow("negative probability") << tree(top, u"<define-basic-event name=\"a\"><sub><float value=\"0.1\"/><float value=\"0.2\"/></sub></define-basic-event>"_s)
                                          << 7 << u"basic event"_s << u"a"_s << u"outside [0, 1]"_s;
    QTest::newRow("division by zero") << tree(top, u"<define-basic-event name=\"a\">\n<div><float value=\"1\"/><float value=\"0\"/></div></define-basic-event>"_s)
                                      << 8 << u"basic event"_s << u"a"_s << u"<div>: division by zero"_s;
    QTest::newRow("negative rate") << tree(top, u"<define-basic-event name=\"a\"><exponential>\n<float value=\"-1e-3\"/><system-mission-time/></exponential></define-basic-event>"_s)
                                   << 7 << u"basic event"_s << u"a"_s << u"<exponential>: the failure rate -0.001 is negative"_s;
    QTest::newRow("bad parameter value") << tree(top + u"<define-parameter name=\"l\"><log><float value=\"0\"/></log></define-parameter>"_s, u"<define-basic-event name=\"a\"><parameter name=\"l\"/></define-basic-event>"_s)
                                         << 4 << u"parameter"_s << u"l"_s << u"<log>: the argument 0 is not positive"_s;
    QTest::newRow("bad error factor") << tree(top, u"<define-basic-event name=\"a\"><lognormal-deviate><float value=\"0.01\"/><float value=\"0.5\"/><float value=\"0.95\"/></lognormal-deviate></define-basic-event>"_s)
                                      << 7 << u"basic event"_s << u"a"_s << u"error factor 0.5 is not greater than 1"_s;
    QTest::newRow("not a number") << tree(top, u"<define-basic-event name=\"a\"><float value=\"0.1x\"/></define-basic-event>"_s)
                                  << 7 << u"basic event"_s << u"a"_s << u"<float>: the value \"0.1x\" is not a number"_s;
    QTest::newRow("wrong arity") << tree(top, u"<define-basic-event name=\"a\"><exponential><float value=\"0.1\"/></exponential></define-basic-event>"_s)
                                 << 7 << u"basic event"_s << u"a"_s << u"<exponential>: takes exactly 2 argument(s), found 1"_s;
    QTest::newRow("no probability") << tree(top, u"<define-basic-event name=\"a\"><label>x</label></define-basic-event>\n"
                                                  "<define-basic-event name=\"z\"><float value=\"0.1\"/></define-basic-event>"_s)
                                    << 7 << u"basic event"_s << u"a"_s
                                    << u"no probability is given (other basic events have one: give every basic event a probability, or none for a qualitative analysis)"_s;
    QTest::newRow("two expressions") << tree(top, u"<define-basic-event name=\"a\"><float value=\"0.1\"/>\n<float value=\"0.2\"/></define-basic-event>"_s)
                                     << 8 << u"basic event"_s << u"a"_s << u"this is a second one"_s;
    QTest::newRow("parameter without value") << tree(top + u"<define-parameter name=\"p\"><label>x</label></define-parameter>"_s, abc)
                                             << 4 << u"parameter"_s << u"p"_s << u"<define-parameter>: no value is given"_s;
    QTest::newRow("parameter with two values") << tree(top + u"<define-parameter name=\"p\"><float value=\"1\"/>\n<float value=\"2\"/></define-parameter>"_s, abc)
                                               << 5 << u"parameter"_s << u"p"_s << u"<float>: a parameter holds one expression; this is a second one"_s;
    QTest::newRow("gate without formula") << tree(u"<define-gate name=\"top\"><label>x</label></define-gate>"_s, abc)
                                          << 3 << u"gate"_s << u"top"_s << u"the gate has no formula"_s;
    QTest::newRow("gate with two formulas") << tree(u"<define-gate name=\"top\"><or><event name=\"a\"/></or>\n<and><event name=\"b\"/></and></define-gate>"_s, abc)
                                            << 4 << u"gate"_s << u"top"_s << u"a gate holds one formula"_s;
    QTest::newRow("atleast min too big") << tree(u"<define-gate name=\"top\"><atleast min=\"3\"><event name=\"a\"/><event name=\"b\"/></atleast></define-gate>"_s, abc)
                                         << 3 << u"gate"_s << u"top"_s << u"min=\"3\" must be between 1 and the number of arguments (2)"_s;
    QTest::newRow("atleast min not integer") << tree(u"<define-gate name=\"top\"><atleast min=\"two\"><event name=\"a\"/><event name=\"b\"/></atleast></define-gate>"_s, abc)
                                             << 3 << u"gate"_s << u"top"_s << u"the min attribute must be an integer"_s;
    QTest::newRow("not with two") << tree(u"<define-gate name=\"top\"><not><event name=\"a\"/><event name=\"b\"/></not></define-gate>"_s, abc)
                                  << 3 << u"gate"_s << u"top"_s << u"<not>: takes exactly 1 argument(s), found 2"_s;
    QTest::newRow("xor with three") << tree(u"<define-gate name=\"top\"><xor><event name=\"a\"/><event name=\"b\"/><event name=\"c\"/></xor></define-gate>"_s, abc)
                                    << 3 << u"gate"_s << u"top"_s << u"<xor>: takes exactly 2 argument(s), found 3"_s;
    QTest::newRow("bad constant") << tree(u"<define-gate name=\"top\"><and><constant value=\"yes\"/><event name=\"a\"/></and></define-gate>"_s, abc)
                                  << 3 << u"gate"_s << u"top"_s << u"value must be \"true\" or \"false\", not \"yes\""_s;
    QTest::newRow("bad house event") << tree(top + u"<define-house-event name=\"h\"><float value=\"1\"/></define-house-event>"_s, abc)
                                     << 4 << u"house event"_s << u"h"_s << u"<float>: a house event's state is a <constant"_s;
    QTest::newRow("missing name") << tree(top + u"<define-basic-event><float value=\"0.1\"/></define-basic-event>"_s, abc)
                                  << 4 << u"basic event"_s << QString() << u"the name attribute is missing"_s;
    QTest::newRow("dotted name") << tree(top + u"<define-basic-event name=\"x.y\"><float value=\"0.1\"/></define-basic-event>"_s, abc)
                                 << 4 << u"basic event"_s << u"x.y"_s << u"must not contain '.'"_s;
    QTest::newRow("bad role") << tree(top + u"<define-component name=\"c\" role=\"secret\"/>"_s, abc)
                              << 4 << u"component"_s << u"c"_s << u"role must be \"public\" or \"private\", not \"secret\""_s;
    QTest::newRow("no gate") << QByteArray("<opsa-mef>\n<model-data><define-basic-event name=\"a\"><float value=\"0.1\"/></define-basic-event></model-data>\n</opsa-mef>")
                             << 0 << QString() << QString() << u"defines no fault-tree gate"_s;

    const QString ccfTop = u"<define-gate name=\"top\"><and><event name=\"A\"/><event name=\"B\"/></and></define-gate>\n"_s;
    auto group = [&](const QString &model, const QString &inside) {
        return tree(ccfTop + u"<define-CCF-group name=\"G\" model=\"%1\">\n<members><basic-event name=\"A\"/><basic-event name=\"B\"/><basic-event name=\"C\"/></members>\n<distribution><float value=\"0.01\"/></distribution>\n%2\n</define-CCF-group>"_s.arg(model, inside));
    };
    QTest::newRow("beta above 1") << group(u"beta-factor"_s, u"<factor level=\"3\"><float value=\"1.2\"/></factor>"_s)
                                  << 7 << u"CCF group"_s << u"G"_s << u"<factor level=\"3\">: 1.2 is outside [0, 1]"_s;
    QTest::newRow("beta wrong level") << group(u"beta-factor"_s, u"<factor level=\"2\"><float value=\"0.1\"/></factor>"_s)
                                      << 7 << u"CCF group"_s << u"G"_s << u"takes factors for levels 3 to 3"_s;
    QTest::newRow("MGL missing level") << group(u"MGL"_s, u"<factors><factor level=\"2\"><float value=\"0.1\"/></factor></factors>"_s)
                                       << 4 << u"CCF group"_s << u"G"_s << u"needs a factor for level 3"_s;
    QTest::newRow("MGL level 1") << group(u"MGL"_s, u"<factors><factor level=\"1\"><float value=\"0.1\"/></factor></factors>"_s)
                                 << 7 << u"CCF group"_s << u"G"_s << u"takes factors for levels 2 to 3"_s;
    QTest::newRow("alpha all zero") << group(u"alpha-factor"_s, u"<factors><factor><float value=\"0\"/></factor><factor><float value=\"0\"/></factor><factor><float value=\"0\"/></factor></factors>"_s)
                                    << 4 << u"CCF group"_s << u"G"_s << u"every alpha factor is zero"_s;
    QTest::newRow("phi sum not 1") << group(u"phi-factor"_s, u"<factors><factor><float value=\"0.5\"/></factor><factor><float value=\"0.2\"/></factor><factor><float value=\"0.2\"/></factor></factors>"_s)
                                   << 4 << u"CCF group"_s << u"G"_s << u"the phi factors sum to 0.9; they must sum to 1"_s;
    QTest::newRow("phi missing level") << group(u"phi-factor"_s, u"<factor><float value=\"0.1\"/></factor>"_s)
                                       << 4 << u"CCF group"_s << u"G"_s << u"the phi-factor model of a group of 3 needs a factor for level 2"_s;
    QTest::newRow("unknown CCF model") << group(u"gamma"_s, u"<factor><float value=\"0.1\"/></factor>"_s)
                                       << 4 << u"CCF group"_s << u"G"_s << u"model=\"gamma\" is not a CCF model"_s;
    QTest::newRow("CCF distribution above 1") << tree(ccfTop + u"<define-CCF-group name=\"G\" model=\"beta-factor\"><members><basic-event name=\"A\"/><basic-event name=\"B\"/></members>\n<distribution>\n<float value=\"2\"/></distribution><factor><float value=\"0.1\"/></factor></define-CCF-group>"_s)
                                              << 6 << u"CCF group"_s << u"G"_s << u"<distribution>: the probability 2 is outside [0, 1]"_s;
    QTest::newRow("CCF one member") << tree(ccfTop + u"<define-CCF-group name=\"G\" model=\"beta-factor\"><members><basic-event name=\"A\"/></members><distribution><float value=\"0.1\"/></distribution><factor><float value=\"0.1\"/></factor></define-CCF-group>\n<define-basic-event name=\"B\"><float value=\"0.1\"/></define-basic-event>"_s)
                                    << 4 << u"CCF group"_s << u"G"_s << u"needs at least 2 members, found 1"_s;
    QTest::newRow("CCF member also defined") << tree(ccfTop + u"<define-CCF-group name=\"G\" model=\"beta-factor\"><members><basic-event name=\"A\"/><basic-event name=\"B\"/></members><distribution><float value=\"0.1\"/></distribution><factor><float value=\"0.1\"/></factor></define-CCF-group>\n<define-basic-event name=\"A\"><float value=\"0.1\"/></define-basic-event>"_s)
                                             << 5 << u"basic event"_s << u"A"_s << u"'A' is already defined as a basic event (CCF group member) at test.xml:4"_s;
    QTest::newRow("CCF without distribution") << tree(ccfTop + u"<define-CCF-group name=\"G\" model=\"beta-factor\"><members><basic-event name=\"A\"/><basic-event name=\"B\"/></members><factor><float value=\"0.1\"/></factor></define-CCF-group>"_s)
                                              << 4 << u"CCF group"_s << u"G"_s << u"<distribution> (the total failure probability of a member) is missing"_s;
}

void TestMefImport::errors()
{
    QFETCH(QByteArray, xml);
    QFETCH(int, line);
    QFETCH(QString, type);
    QFETCH(QString, id);
    QFETCH(QString, message);
    const MefImport r = load(xml);
    QVERIFY2(!r.ok(), "the model must be refused");
    QVERIFY(!r.structure);
    QVERIFY(hasErrors(r.diagnostics));
    const Diagnostic *first = nullptr;
    for (const Diagnostic &d : r.diagnostics)
        if (d.isError()) {
            first = &d;
            break;
        }
    const QString all = allDiagnostics(r);
    QCOMPARE(first->file, u"test.xml"_s);
    QVERIFY2(first->line == line, qPrintable(all));
    QVERIFY2(first->elementType == type, qPrintable(all));
    QVERIFY2(first->elementId == id, qPrintable(all));
    QVERIFY2(first->message.contains(message), qPrintable(all));
    // The printed form leads with "file:line:" as the CLI prints it.
    QVERIFY(first->toString().startsWith(line > 0 ? u"test.xml:%1: error: "_s.arg(line) : u"test.xml: error: "_s));
}

void TestMefImport::errorsAcrossFiles()
{
    // A definition repeated in a second file is reported in that file, pointing at the first.
    const QByteArray one = "<opsa-mef><define-fault-tree name=\"ft\">\n<define-gate name=\"top\"><or><event name=\"a\"/></or></define-gate>\n"
                           "<define-basic-event name=\"a\"><float value=\"0.1\"/></define-basic-event>\n</define-fault-tree></opsa-mef>";
    const QByteArray two = "<opsa-mef>\n<model-data>\n<define-basic-event name=\"a\"><float value=\"0.2\"/></define-basic-event>\n</model-data></opsa-mef>";
    const MefImport r = MefImporter::loadData({{u"one.xml"_s, one}, {u"two.xml"_s, two}});
    QVERIFY(!r.ok());
    QCOMPARE(r.diagnostics.size(), 1);
    const Diagnostic &d = r.diagnostics.first();
    QCOMPARE(d.file, u"two.xml"_s);
    QCOMPARE(d.line, 3);
    QCOMPARE(d.elementId, u"a"_s);
    QVERIFY(d.message.contains(u"already defined as a basic event at one.xml:3"_s));
    // Two fault trees of the same name.
    const MefImport t = MefImporter::loadData({{u"one.xml"_s, one}, {u"three.xml"_s, QByteArray("<opsa-mef>\n<define-fault-tree name=\"ft\"/>\n</opsa-mef>")}});
    QVERIFY(!t.ok());
    QCOMPARE(t.diagnostics.first().file, u"three.xml"_s);
    QCOMPARE(t.diagnostics.first().line, 2);
    QCOMPARE(t.diagnostics.first().elementType, u"fault tree"_s);
    // Errors in several files are all reported, each with its own file.
    const MefImport both = MefImporter::loadData({{u"x.xml"_s, QByteArray("<opsa-mef>\n<define-event-tree name=\"E\"/></opsa-mef>")},
                                                  {u"y.xml"_s, QByteArray("<opsa-mef>\n\n<define-sequence name=\"S\"/></opsa-mef>")}});
    QCOMPARE(both.diagnostics.size(), 2);
    QCOMPARE(both.diagnostics.at(0).file, u"x.xml"_s);
    QCOMPARE(both.diagnostics.at(1).file, u"y.xml"_s);
    QCOMPARE(both.diagnostics.at(1).line, 3);
}

void TestMefImport::missingFile()
{
    const QString path = test::dataPath(u"openpsa/no-such-file.xml"_s);
    const MefImport r = MefImporter::load({test::dataPath(u"openpsa/theatre.xml"_s), path});
    QVERIFY(!r.ok());
    QCOMPARE(r.diagnostics.size(), 1);
    QCOMPARE(r.diagnostics.first().file, path);
    QVERIFY(r.diagnostics.first().message.contains(u"cannot open the file"_s));
    QVERIFY(!MefImporter::load({}).ok());
}

void TestMefImport::nonRegularFilesRefused()
{
    // A FIFO without a writer would block the import for ever and /dev/zero would
    // fill the memory: both are refused before they are opened, naming the file.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fifo = dir.filePath(u"tree.xml"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QString zero = dir.filePath(u"zero.xml"_s);
    QVERIFY(QFile::link(u"/dev/zero"_s, zero));
    for (const QString &path : {fifo, zero}) {
        const MefImport r = MefImporter::load({path});
        QVERIFY(!r.ok());
        QCOMPARE(r.diagnostics.size(), 1);
        QCOMPARE(r.diagnostics.first().file, path);
        QVERIFY2(r.diagnostics.first().message.contains(u"not a regular file"_s), qPrintable(allDiagnostics(r)));
    }
    // A folder too, with its own reason.
    const MefImport folder = MefImporter::load({dir.path()});
    QVERIFY(!folder.ok());
    QVERIFY2(folder.diagnostics.first().message.contains(u"it is a folder"_s), qPrintable(allDiagnostics(folder)));
}

void TestMefImport::includedFiles()
{
    // main.xml includes sub/data.xml, which includes ../params.xml (relative to
    // itself); main.xml also includes params.xml, which is read once (no duplicate
    // definition). top = a ∧ b with a = pa = 0.1 and b = 0.2: P = 0.02.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkdir(u"sub"_s));
    QVERIFY(test::writeAll(dir.filePath(u"main.xml"_s), R"(<opsa-mef>
<include file="sub/data.xml"/>
<include file="params.xml"/>
<define-fault-tree name="ft"><define-gate name="top"><and><event name="a"/><event name="b"/></and></define-gate></define-fault-tree>
</opsa-mef>
)"));
    QVERIFY(test::writeAll(dir.filePath(u"sub/data.xml"_s), R"(<opsa-mef>
<include file="../params.xml"/>
<model-data>
<define-basic-event name="a"><parameter name="pa"/></define-basic-event>
<define-basic-event name="b"><float value="0.2"/></define-basic-event>
</model-data>
</opsa-mef>
)"));
    QVERIFY(test::writeAll(dir.filePath(u"params.xml"_s), R"(<opsa-mef><model-data>
<define-parameter name="pa"><float value="0.1"/></define-parameter>
</model-data></opsa-mef>
)"));
    const MefImport r = MefImporter::load({dir.filePath(u"main.xml"_s)});
    QVERIFY2(r.ok(), qPrintable(allDiagnostics(r)));
    QCOMPARE(r.files.size(), 3);
    COMPARE_REL(probability(r), 0.02);

    // An include that cannot be followed is an error of the including file, at its line.
    QVERIFY(test::writeAll(dir.filePath(u"missing.xml"_s), "<opsa-mef>\n<include file=\"nope.xml\"/>\n</opsa-mef>\n"));
    const MefImport m = MefImporter::load({dir.filePath(u"missing.xml"_s)});
    QVERIFY(!m.ok());
    QCOMPARE(m.diagnostics.size(), 1);
    QCOMPARE(m.diagnostics.first().file, dir.filePath(u"missing.xml"_s));
    QCOMPARE(m.diagnostics.first().line, 2);
    QVERIFY2(m.diagnostics.first().message.startsWith(u"<include file=\"nope.xml\">: cannot open the file: it does not exist"_s),
             qPrintable(allDiagnostics(m)));
}

void TestMefImport::includeCycleRefused()
{
    // c1 → c2 → c3 → c1: refused where the cycle closes, with the whole chain.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(test::writeAll(dir.filePath(u"c1.xml"_s), "<opsa-mef>\n<include file=\"c2.xml\"/>\n</opsa-mef>\n"));
    QVERIFY(test::writeAll(dir.filePath(u"c2.xml"_s), "<opsa-mef>\n\n<include file=\"c3.xml\"/>\n</opsa-mef>\n"));
    QVERIFY(test::writeAll(dir.filePath(u"c3.xml"_s), "<opsa-mef>\n\n\n<include file=\"c1.xml\"/>\n</opsa-mef>\n"));
    const MefImport r = MefImporter::load({dir.filePath(u"c1.xml"_s)});
    QVERIFY(!r.ok());
    QCOMPARE(r.diagnostics.size(), 1);
    const Diagnostic &d = r.diagnostics.first();
    QCOMPARE(d.file, dir.filePath(u"c3.xml"_s));
    QCOMPARE(d.line, 4);
    const QString chain = QStringList{dir.filePath(u"c1.xml"_s), dir.filePath(u"c2.xml"_s), dir.filePath(u"c3.xml"_s),
                                      dir.filePath(u"c1.xml"_s)}
                              .join(u" → "_s);
    QCOMPARE(d.message, u"<include file=\"c1.xml\">: the files include each other: "_s + chain);
    // A file that includes itself.
    QVERIFY(test::writeAll(dir.filePath(u"self.xml"_s), "<opsa-mef>\n<include file=\"./self.xml\"/>\n</opsa-mef>\n"));
    const MefImport self = MefImporter::load({dir.filePath(u"self.xml"_s)});
    QVERIFY(!self.ok());
    QVERIFY2(self.diagnostics.first().message.contains(u"the files include each other"_s), qPrintable(allDiagnostics(self)));
}

void TestMefImport::deepNestingIsRefused()
{
    QByteArray xml = "<opsa-mef>\n<define-fault-tree name=\"ft\">\n<define-gate name=\"top\">\n";
    for (int i = 0; i < 2000; ++i)
        xml += "<not>\n";
    const MefImport r = load(xml);
    QVERIFY(!r.ok());
    QCOMPARE(r.diagnostics.size(), 1);
    QVERIFY(r.diagnostics.first().message.contains(u"nested more than"_s));
    QCOMPARE(r.diagnostics.first().line, 3 + 510); // element 513 (<not> number 510) is on line 513
}

void TestMefImport::corruptedInputNeverCrashes()
{
    // Random damage to real models: every result is either a structure or errors
    // (never a crash, never a silent success without a top).
    const QList<QStringList> models = {{u"three_motor.xml"_s}, {u"beta_factor_ccf.xml"_s}, {u"SmallTree.xml"_s},
                                       {u"baobab1.xml"_s, u"baobab1-basic-events.xml"_s}};
    QRandomGenerator rng(77);
    int refused = 0, accepted = 0;
    for (int round = 0; round < 400; ++round) {
        const QStringList &files = models.at(round % models.size());
        QList<std::pair<QString, QByteArray>> sources;
        for (const QString &f : files)
            sources.append({f, test::readAll(test::dataPath(u"openpsa/"_s + f))});
        QByteArray &bytes = sources[int(rng.bounded(sources.size()))].second;
        for (int k = 0; k < 1 + int(rng.bounded(3)); ++k) {
            const int at = int(rng.bounded(bytes.size()));
            switch (rng.bounded(4)) {
            case 0: bytes.remove(at, 1 + int(rng.bounded(20))); break;                   // cut
            case 1: bytes.insert(at, bytes.mid(int(rng.bounded(bytes.size())), 40)); break; // duplicate a piece
            case 2: bytes[at] = char("<>/\"=a0.-"[rng.bounded(9)]); break;              // change a byte
            default: bytes.truncate(at); break;                                          // truncate
            }
        }
        const MefImport r = MefImporter::loadData(sources);
        if (r.ok()) {
            ++accepted;
            QVERIFY(!hasErrors(r.diagnostics));
            const BddAnalysis a(*r.structure);
            QVERIFY(a.probability() >= 0.0 && a.probability() <= 1.0);
        } else {
            ++refused;
            QVERIFY(hasErrors(r.diagnostics));
            for (const Diagnostic &d : r.diagnostics)
                QVERIFY(!d.file.isEmpty());
        }
    }
    qInfo("corrupted models: %d refused, %d still valid", refused, accepted);
    QVERIFY(refused > 100);
    QVERIFY(accepted > 10);
}

QTEST_GUILESS_MAIN(TestMefImport)
#include "tst_mefimport.moc"
