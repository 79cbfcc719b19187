// FaultTreeReport: the analysis that `ninefold-cli analyze` prints, on corpus models
// whose results the corpus README gives, and its JSON keys (documented in
// docs/engine.md; the key set is part of the CLI's contract).

#include "faulttreereport.h"
#include "mefimporter.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace nf;

namespace {

MefImport loadCorpus(const QStringList &names, const MefOptions &options = {})
{
    QStringList files;
    for (const QString &n : names)
        files << test::dataPath(u"openpsa/"_s + n);
    return MefImporter::load(files, options);
}

bool close(double a, double b, double rel = 1e-12)
{
    return std::fabs(a - b) <= rel * std::max(std::fabs(a), std::fabs(b));
}

QStringList keys(const QJsonObject &o)
{
    QStringList k = o.keys();
    k.sort();
    return k;
}

} // namespace

class TestFaultTreeReport : public QObject
{
    Q_OBJECT

private slots:
    void theatreJson();
    void theatreText();
    void missionTimeRecomputes();
    void listingAndOrderLimit();
    void refusals();
    void qualitativeWithoutProbabilities();
};

void TestFaultTreeReport::theatreJson()
{
    const FaultTreeReport r = FaultTreeReport::analyze(loadCorpus({u"theatre.xml"_s}));
    QVERIFY(r.ok());
    // Serialise and read back, as a consumer of `ninefold-cli analyze --json` would.
    const QJsonObject o = QJsonDocument::fromJson(QJsonDocument(r.toJson()).toJson()).object();
    QCOMPARE(keys(o), (QStringList{u"basic_event_count"_s, u"bdd_nodes"_s, u"cut_set_order_limit"_s, u"diagnostics"_s,
                                   u"files"_s, u"format"_s, u"format_version"_s, u"importance"_s,
                                   u"minimal_cut_set_count"_s, u"minimal_cut_sets"_s, u"minimal_cut_sets_by_order"_s,
                                   u"minimal_cut_sets_truncated"_s, u"mission_time_hours"_s, u"ninefold_version"_s,
                                   u"ok"_s, u"qualitative"_s, u"relevant_basic_event_count"_s, u"top_event"_s,
                                   u"top_event_probability"_s, u"top_event_probability_complement"_s}));
    QCOMPARE(o[u"format"_s].toString(), u"ninefold-fault-tree-analysis"_s);
    QCOMPARE(o[u"format_version"_s].toInt(), 1);
    QCOMPARE(o[u"ok"_s].toBool(), true);
    QCOMPARE(o[u"qualitative"_s].toBool(), false);
    QCOMPARE(o[u"files"_s].toArray().size(), 1);
    QVERIFY(o[u"files"_s].toArray().at(0).toString().endsWith(u"theatre.xml"_s));
    QCOMPARE(o[u"top_event"_s].toString(), u"Theatre"_s);
    QCOMPARE(o[u"mission_time_hours"_s].toDouble(), 8760.0);
    // 0.03·(1 − 0.98·0.95) = 0.00207; the complement 1 − 0.00207 = 0.99793
    QVERIFY(close(o[u"top_event_probability"_s].toDouble(), 0.00207));
    QVERIFY(close(o[u"top_event_probability_complement"_s].toDouble(), 0.99793));
    QCOMPARE(o[u"basic_event_count"_s].toInt(), 3);
    QCOMPARE(o[u"relevant_basic_event_count"_s].toInt(), 3);
    QCOMPARE(o[u"bdd_nodes"_s].toInt(), 3); // Mains → Gen → Relay: one node per variable
    QVERIFY(o[u"cut_set_order_limit"_s].isNull());
    QCOMPARE(o[u"minimal_cut_set_count"_s].toDouble(), 2.0);
    const QJsonArray byOrder = o[u"minimal_cut_sets_by_order"_s].toArray();
    QCOMPARE(byOrder.size(), 2); // orders 1 and 2
    QCOMPARE(byOrder.at(0).toObject()[u"order"_s].toInt(), 1);
    QCOMPARE(byOrder.at(0).toObject()[u"count"_s].toDouble(), 0.0);
    QCOMPARE(byOrder.at(1).toObject()[u"order"_s].toInt(), 2);
    QCOMPARE(byOrder.at(1).toObject()[u"count"_s].toDouble(), 2.0);
    // Most probable first: Mains·Relay = 0.0015, then Mains·Gen = 0.0006
    const QJsonArray sets = o[u"minimal_cut_sets"_s].toArray();
    QCOMPARE(sets.size(), 2);
    QCOMPARE(sets.at(0).toObject()[u"events"_s].toArray(), (QJsonArray{u"Mains_Fail"_s, u"Relay_Fail"_s}));
    QVERIFY(close(sets.at(0).toObject()[u"probability"_s].toDouble(), 0.0015));
    QCOMPARE(sets.at(0).toObject()[u"order"_s].toInt(), 2);
    QCOMPARE(sets.at(1).toObject()[u"events"_s].toArray(), (QJsonArray{u"Gen_Fail"_s, u"Mains_Fail"_s}));
    QVERIFY(close(sets.at(1).toObject()[u"probability"_s].toDouble(), 0.0006));
    QCOMPARE(o[u"minimal_cut_sets_truncated"_s].toBool(), false);
    // Importance, most important first (README: FV = CIF 1, 0.710145, 0.275362).
    const QJsonArray imp = o[u"importance"_s].toArray();
    QCOMPARE(imp.size(), 3);
    const QJsonObject mains = imp.at(0).toObject();
    QCOMPARE(keys(mains), (QStringList{u"birnbaum"_s, u"criticality"_s, u"diagnostic"_s, u"fussell_vesely"_s, u"id"_s,
                                       u"probability"_s, u"raw"_s, u"rrw"_s}));
    QCOMPARE(mains[u"id"_s].toString(), u"Mains_Fail"_s);
    QVERIFY(close(mains[u"probability"_s].toDouble(), 0.03));
    QVERIFY(close(mains[u"birnbaum"_s].toDouble(), 0.069));
    QVERIFY(close(mains[u"fussell_vesely"_s].toDouble(), 1.0));
    QVERIFY(close(mains[u"raw"_s].toDouble(), 0.069 / 0.00207)); // P(S|Mains)/P(S)
    QVERIFY(mains[u"rrw"_s].isNull()); // P(S|¬Mains) = 0: infinite
    QCOMPARE(imp.at(1).toObject()[u"id"_s].toString(), u"Relay_Fail"_s);
    QVERIFY(close(imp.at(1).toObject()[u"rrw"_s].toDouble(), 3.45));       // 0.00207/(0.03·0.02)
    QVERIFY(close(imp.at(1).toObject()[u"diagnostic"_s].toDouble(), 0.05 * 0.03 / 0.00207));
    QCOMPARE(imp.at(2).toObject()[u"id"_s].toString(), u"Gen_Fail"_s);
    QVERIFY(close(imp.at(2).toObject()[u"criticality"_s].toDouble(), 0.02 * 0.0285 / 0.00207));
    QCOMPARE(o[u"diagnostics"_s].toArray().size(), 0);
}

void TestFaultTreeReport::theatreText()
{
    const FaultTreeReport r = FaultTreeReport::analyze(loadCorpus({u"theatre.xml"_s}));
    const QString text = r.toText();
    QVERIFY(text.contains(u"Top event:                  Theatre"_s));
    QVERIFY(text.contains(u"Top event probability:      0.00207 (exact)"_s));
    QVERIFY(text.contains(u"Minimal cut sets:           2\n"_s));
    QVERIFY(text.contains(QRegularExpression(u"\\n +1 +0\\.0015 +2 +Mains_Fail Relay_Fail\\n"_s)));
    QVERIFY(text.contains(QRegularExpression(u"\\n +Relay_Fail +0\\.05 +0\\.0294 +0\\.710145 +0\\.710145 +0\\.724638 +14\\.4928 +3\\.45\\n"_s)));
    QVERIFY(text.contains(u"Mains_Fail"_s));
    QVERIFY(text.contains(u"inf"_s)); // Mains_Fail's RRW
}

void TestFaultTreeReport::missionTimeRecomputes()
{
    // SmallTree at t = 1000 h instead of the import's 8760 h:
    // p_i = 1 − e^{−λ_i·1000}, P = 1 − (1 − p1·p2)(1 − p3·p4) with λ = 2e-5, 1e-5, 2e-5, 1e-5
    const MefImport import = loadCorpus({u"SmallTree.xml"_s});
    FaultTreeReportOptions o;
    o.missionTimeHours = 1000;
    const FaultTreeReport r = FaultTreeReport::analyze(import, o);
    QVERIFY(r.ok());
    const double p1 = -std::expm1(-0.02), p2 = -std::expm1(-0.01);
    QVERIFY(close(r.probability(), 1 - (1 - p1 * p2) * (1 - p1 * p2)));
    QCOMPARE(r.missionTimeHours(), 1000.0);
    QCOMPARE(r.toJson()[u"mission_time_hours"_s].toDouble(), 1000.0);
    for (const FaultTreeReport::ImportanceRow &row : r.importance())
        QVERIFY(close(row.probability, row.id == u"e1"_s || row.id == u"e3"_s ? p1 : p2));
    // The default is the import's own: the README's 0.0267768
    QVERIFY(std::fabs(FaultTreeReport::analyze(import).probability() - 0.0267768) < 5e-8);
}

void TestFaultTreeReport::listingAndOrderLimit()
{
    // three_motor: 12 MCS [T]; the most probable is {K5} (0.02), then three of order 2 (0.0004).
    FaultTreeReportOptions o;
    o.listedCutSets = 2;
    FaultTreeReport r = FaultTreeReport::analyze(loadCorpus({u"three_motor.xml"_s}), o);
    QVERIFY(r.ok());
    QCOMPARE(r.cutSetCount(), 12.0);
    QCOMPARE(r.cutSets().size(), 2);
    QCOMPARE(r.cutSets().at(0).events, QStringList{u"K5"_s});
    QVERIFY(close(r.cutSets().at(1).probability, 0.0004));
    QVERIFY(r.cutSetListTruncated());
    QCOMPARE(r.basicEventCount(), 15);
    QCOMPARE(r.relevantBasicEventCount(), 11);
    QCOMPARE(r.importance().size(), 11);
    QCOMPARE(r.importance().first().id, u"K5"_s); // README: K5's CIF 0.944344 is the largest
    QVERIFY(r.toText().contains(u"Most probable minimal cut sets (2 of 12):"_s));

    // Baobab1 with the order limited to 4: 72 MCS [T]; the exact probability is unchanged.
    o.cutSetOrderLimit = 4;
    o.listedCutSets = -1;
    r = FaultTreeReport::analyze(loadCorpus({u"baobab1.xml"_s, u"baobab1-basic-events.xml"_s}), o);
    QVERIFY(r.ok());
    QCOMPARE(r.cutSetCount(), 72.0);
    QCOMPARE(r.cutSets().size(), 72);
    QVERIFY(!r.cutSetListTruncated());
    QVERIFY(close(r.probability(), 1.282304558e-6, 1e-9));
    const QJsonObject json = r.toJson();
    QCOMPARE(json[u"cut_set_order_limit"_s].toInt(), 4);
    QCOMPARE(json[u"minimal_cut_sets_by_order"_s].toArray().size(), 4);
    QCOMPARE(json[u"minimal_cut_sets_by_order"_s].toArray().at(3).toObject()[u"count"_s].toDouble(), 70.0);
}

void TestFaultTreeReport::refusals()
{
    // A failed import gives a report that is not ok, with the import's errors.
    const MefImport bad = MefImporter::loadData({{u"bad.xml"_s, QByteArray("<opsa-mef>\n<define-event-tree name=\"E\"/></opsa-mef>")}});
    FaultTreeReport r = FaultTreeReport::analyze(bad);
    QVERIFY(!r.ok());
    QCOMPARE(r.diagnostics().size(), 1);
    QCOMPARE(r.toJson()[u"ok"_s].toBool(), false);
    QVERIFY(r.toJson()[u"diagnostics"_s].toArray().at(0).toString().startsWith(u"bad.xml:2: error:"_s));
    QVERIFY(r.toText().contains(u"bad.xml:2: error:"_s));

    const MefImport theatre = loadCorpus({u"theatre.xml"_s});
    FaultTreeReportOptions o;
    o.missionTimeHours = -5;
    QVERIFY(!FaultTreeReport::analyze(theatre, o).ok());
    o = {};
    o.cutSetOrderLimit = -1;
    QVERIFY(!FaultTreeReport::analyze(theatre, o).ok());
    o = {};
    o.listedCutSets = -2;
    QVERIFY(!FaultTreeReport::analyze(theatre, o).ok());
}

void TestFaultTreeReport::qualitativeWithoutProbabilities()
{
    // No basic event has a probability: top = d ∨ (a ∧ (b ∨ c)). Minimal cut sets
    // {d}, {a, b}, {a, c}. Structure importance (Birnbaum with every p = 1/2):
    //   d: 1 − P(a ∧ (b ∨ c)) = 1 − 0.5·0.75 = 0.625
    //   a: P(d ∨ b ∨ c) − P(d) = 0.875 − 0.5 = 0.375
    //   b: P(d ∨ a) − P(d ∨ (a ∧ c)) = 0.75 − 0.625 = 0.125, and c the same.
    const QByteArray xml = R"(<opsa-mef><define-fault-tree name="ft">
<define-gate name="top"><or><basic-event name="d"/><and><basic-event name="a"/>
<or><basic-event name="b"/><basic-event name="c"/></or></and></or></define-gate>
</define-fault-tree><model-data>
<define-basic-event name="a"/><define-basic-event name="b"/><define-basic-event name="c"/>
<define-basic-event name="d"><label>no probability either</label></define-basic-event>
</model-data></opsa-mef>
)";
    const MefImport import = MefImporter::loadData({{u"q.xml"_s, xml}});
    QVERIFY(import.ok());
    QVERIFY(import.qualitative);
    const FaultTreeReport r = FaultTreeReport::analyze(import);
    QVERIFY(r.ok());
    QVERIFY(r.qualitative());
    const QJsonObject o = QJsonDocument::fromJson(QJsonDocument(r.toJson()).toJson()).object();
    QCOMPARE(o[u"qualitative"_s].toBool(), true);
    QVERIFY(o[u"top_event_probability"_s].isNull());
    QCOMPARE(o[u"minimal_cut_set_count"_s].toDouble(), 3.0);
    const QJsonArray sets = o[u"minimal_cut_sets"_s].toArray();
    QCOMPARE(sets.size(), 3);
    QCOMPARE(sets.at(0).toObject()[u"events"_s].toArray(), (QJsonArray{u"d"_s})); // smallest first
    QVERIFY(sets.at(0).toObject()[u"probability"_s].isNull());
    const QJsonArray imp = o[u"importance"_s].toArray();
    QCOMPARE(imp.size(), 4);
    const QList<std::pair<QString, double>> expected{{u"d"_s, 0.625}, {u"a"_s, 0.375}, {u"b"_s, 0.125}, {u"c"_s, 0.125}};
    for (int i = 0; i < 4; ++i) {
        const QJsonObject row = imp.at(i).toObject();
        QCOMPARE(row.keys(), (QStringList{u"id"_s, u"structure_importance"_s}));
        QCOMPARE(row[u"id"_s].toString(), expected.at(i).first);
        QVERIFY(close(row[u"structure_importance"_s].toDouble(), expected.at(i).second));
    }
    QVERIFY(r.toText().contains(u"Qualitative analysis: no basic event has a probability"_s));
    QVERIFY(r.toText().contains(u"Structure importance (4 events"_s));

    // Some with a probability and some without: an error at each of the others.
    QByteArray mixed = xml;
    mixed.replace("<define-basic-event name=\"a\"/>", "<define-basic-event name=\"a\"><float value=\"0.1\"/></define-basic-event>");
    const MefImport m = MefImporter::loadData({{u"q.xml"_s, mixed}});
    QVERIFY(!m.ok());
    QCOMPARE(m.diagnostics.size(), 3);
    QStringList ids;
    for (const Diagnostic &d : m.diagnostics) {
        ids << d.elementId + u':' + QString::number(d.line);
        QVERIFY(d.message.contains(u"no probability is given (other basic events have one"_s));
    }
    QCOMPARE(ids, (QStringList{u"b:5"_s, u"c:5"_s, u"d:6"_s}));
}

QTEST_GUILESS_MAIN(TestFaultTreeReport)
#include "tst_faulttreereport.moc"
