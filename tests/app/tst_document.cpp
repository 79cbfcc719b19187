// The document layer without widgets: typed change signals, snapshots, the
// merging ChangeValue commands, the editor's rules (ids, nesting, failover
// groups, delete cascades), and the pure helpers (units, routes, hulls).

#include "apptestsupport.h"
#include "changeelement.h"
#include "changelayout.h"
#include "document.h"
#include "documenteditor.h"
#include "examplecatalog.h"
#include "fixtures.h"
#include "modelbuilder.h"
#include "groupitem.h"
#include "linkitem.h"
#include "undocommands.h"
#include "units.h"
#include "validator.h"
#include "addremoveelements.h"

#include <QLocale>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace nf;

class TestDocument : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void signalsAfterEveryCommand()
    {
        Document doc(test::zoneModel(), QString());
        QSignalSpy added(&doc, &Document::elementAdded);
        QSignalSpy removed(&doc, &Document::elementRemoved);
        QSignalSpy changedElement(&doc, &Document::elementChanged);
        QSignalSpy geometry(&doc, &Document::geometryChanged);
        QSignalSpy changed(&doc, &Document::changed);
        DocumentEditor editor(&doc);
        const QString id = editor.addComponent(ComponentKind::Cache, QPointF(10, 10), u"z1"_s);
        QCOMPARE(added.count(), 1);
        QCOMPARE(added.first().first().toString(), id);
        QCOMPARE(changedElement.count(), 1); // z1 got a child
        QCOMPARE(changed.count(), 1);        // one step
        doc.undoStack()->undo();
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().at(1).value<ElementType>(), ElementType::Component);
        QCOMPARE(changed.count(), 2);
        QVERIFY(geometry.isEmpty());
    }

    void snapshotIsIndependent()
    {
        Document doc(test::zoneModel(), QString());
        const Model snapshot = doc.snapshot();
        DocumentEditor(&doc).deleteElements({u"a"_s});
        QVERIFY(snapshot == test::zoneModel()); // the analysis' copy did not move
        QVERIFY(!(doc.model() == snapshot));
    }

    void readableUniqueIds()
    {
        Document doc(test::zoneModel(), QString());
        DocumentEditor editor(&doc);
        QCOMPARE(editor.addComponent(ComponentKind::Database, {}), u"database-1"_s);
        QCOMPARE(editor.addComponent(ComponentKind::Database, {}), u"database-2"_s);
        QCOMPARE(editor.addComponent(ComponentKind::LoadBalancer, {}), u"load-balancer-1"_s);
        QCOMPARE(doc.model().component(u"database-2"_s)->name, u"Database 2"_s);
        QCOMPARE(editor.addContainer(ContainerKind::Region, QRectF(0, 0, 10, 10)), u"region-1"_s);
        for (const QString &id : doc.model().allIds())
            QVERIFY(Validator::isValidId(id));
    }

    void nestingRules()
    {
        Document doc(test::zoneModel(), QString());
        DocumentEditor editor(&doc);
        const QString region = editor.addContainer(ContainerKind::Region, QRectF(0, 0, 900, 600));
        const QString rack = editor.addContainer(ContainerKind::Rack, QRectF(0, 0, 100, 100));
        QVERIFY(editor.canContain(region, u"z1"_s));  // region holds zones
        QVERIFY(!editor.canContain(u"z1"_s, region)); // not the other way round
        QVERIFY(editor.canContain(u"z1"_s, rack));
        QVERIFY(!editor.canContain(rack, u"z1"_s));
        QVERIFY(editor.canContain(rack, u"a"_s)); // components go anywhere
        editor.setParent(u"z1"_s, region);
        QVERIFY(!editor.canContain(u"z1"_s, u"z1"_s));
        QCOMPARE(doc.containerChain(u"a"_s), QStringList({u"z1"_s, region}));
        QVERIFY(!hasErrors(Validator::validate(doc.model())));
    }

    void changeValueMergesAndDropsWhenBackToStart()
    {
        Document doc(test::zoneModel(), QString());
        Component a = *doc.model().component(u"a"_s);
        const Component original = a;
        DocumentEditor editor(&doc);
        a.name = u"first"_s;
        editor.changeElements({a}, u"Rename"_s, u"session-1"_s);
        a.name = u"second"_s;
        editor.changeElements({a}, u"Rename"_s, u"session-1"_s);
        QCOMPARE(doc.undoStack()->count(), 1); // merged
        QCOMPARE(doc.model().component(u"a"_s)->name, u"second"_s);
        editor.changeElements({original}, u"Rename"_s, u"session-1"_s);
        QCOMPARE(doc.undoStack()->count(), 0); // back where it started: no step left
        QVERIFY(doc.model() == test::zoneModel());
        // Another session does not merge.
        a.name = u"x"_s;
        editor.changeElements({a}, u"Rename"_s, u"session-1"_s);
        a.name = u"y"_s;
        editor.changeElements({a}, u"Rename"_s, u"session-2"_s);
        QCOMPARE(doc.undoStack()->count(), 2);
    }

    void layoutDragMergesIntoOneStep()
    {
        Document doc(test::zoneModel(), QString());
        QUndoStack *stack = doc.undoStack();
        stack->beginMacro(u"Move"_s);
        for (int i = 1; i <= 5; ++i) {
            auto *cmd = new ChangeLayout(&doc, {u"c"_s}, {LayoutEntry{NodeGeometry{QPointF(800 + i, 60), {}}, std::nullopt}});
            cmd->setMergeKey(CmdChangeLayout, u"g"_s);
            stack->push(cmd);
        }
        stack->endMacro();
        QCOMPARE(stack->count(), 1);
        QCOMPARE(stack->command(0)->childCount(), 1); // the five moves merged
        QCOMPARE(doc.model().layout.nodes.value(u"c"_s).pos, QPointF(805, 60));
        stack->undo();
        QVERIFY(doc.model() == test::zoneModel());
    }

    void failoverRules()
    {
        Model m = test::zoneModel();
        RedundancyGroup g1, g2;
        g1.id = u"g1"_s, g1.members = {u"a"_s};
        g2.id = u"g2"_s, g2.members = {u"b"_s};
        m.groups << g1 << g2;
        Document doc(m, QString());
        DocumentEditor editor(&doc);
        QString error;
        QVERIFY(editor.createLink(LinkKind::Failover, u"a"_s, u"b"_s, &error).isEmpty());
        QVERIFY(error.contains(u"different redundancy groups"_s));
        QVERIFY(doc.model() == m);
        // a's active-active group becomes active-passive and takes c in.
        QVERIFY(!editor.createLink(LinkKind::Failover, u"a"_s, u"c"_s, &error).isEmpty());
        QCOMPARE(doc.model().group(u"g1"_s)->policy, RedundancyPolicy::ActivePassive);
        QCOMPARE(doc.model().group(u"g1"_s)->members, QStringList({u"a"_s, u"c"_s}));
        QVERIFY(!hasErrors(Validator::validate(doc.model())));
        QCOMPARE(doc.undoStack()->count(), 1);
    }

    // Every kind of edge the validator follows (dependency, circuit-breaker
    // fallback, group member, what a failover needs, its mechanism, quorum voter)
    // makes the editor refuse a link that would close a cycle through it; the
    // same link added behind the editor's back is a cycle to the validator.
    void editorRefusesEveryCycleTheValidatorSees_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::newRow("dependency") << u"b"_s << u"a"_s;
        QTest::newRow("fallback") << u"fb"_s << u"a"_s;
        QTest::newRow("group member") << u"p"_s << u"g"_s;
        QTest::newRow("failover needs") << u"need"_s << u"g"_s;
        QTest::newRow("failover mechanism") << u"mech"_s << u"g"_s;
        QTest::newRow("quorum voter") << u"v1"_s << u"q"_s;
    }

    void editorRefusesEveryCycleTheValidatorSees()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        test::ModelBuilder b;
        for (const QString &id : {u"a"_s, u"b"_s, u"fb"_s, u"p"_s, u"s"_s, u"need"_s, u"mech"_s, u"v1"_s, u"v2"_s, u"v3"_s})
            b.repairable(id, 1000, 1);
        b.dependency(u"a"_s, u"b"_s, u"fb"_s);
        b.group(u"g"_s, RedundancyPolicy::ActivePassive, {u"p"_s, u"s"_s});
        FailoverLink &f = b.failover(u"fo"_s, u"p"_s, u"s"_s);
        f.needs = {u"need"_s};
        f.mechanism = u"mech"_s;
        b.quorum(u"q"_s, {u"v1"_s, u"v2"_s, u"v3"_s});
        QVERIFY(!hasErrors(Validator::validate(b.m)));
        Document doc(b.m, QString());
        DocumentEditor editor(&doc);
        QString error;
        QVERIFY(editor.createLink(LinkKind::Dependency, from, to, &error).isEmpty());
        QVERIFY2(error.contains(u"would make a cycle"_s), qPrintable(error));
        QVERIFY(doc.model() == b.m);
        Model behindTheBack = b.m;
        DependencyLink d;
        d.id = u"new"_s;
        d.from = from;
        d.to = to;
        behindTheBack.dependencies << d;
        QCOMPARE(Validator::dependencyCycles(behindTheBack).size(), 1);
        // the opposite direction closes nothing and is accepted
        QVERIFY(!editor.createLink(LinkKind::Dependency, u"v3"_s, u"fb"_s, &error).isEmpty());
    }

    void deletingAPairMemberRemovesTheGroupAndItsFailover()
    {
        Document doc(test::zoneModel(), QString());
        DocumentEditor editor(&doc);
        editor.createLink(LinkKind::Failover, u"a"_s, u"b"_s);
        Service s;
        s.id = u"api"_s;
        s.entry = doc.model().groups.first().id;
        doc.undoStack()->push(new AddElements(&doc, {ElementEntry{s, -1, std::nullopt, std::nullopt}}));
        const Model before = doc.model();
        editor.deleteElements({u"b"_s});
        // An active-passive group of one is no group: it goes, with its failover
        // link and the entry point it served; a and c stay.
        QVERIFY(doc.model().groups.isEmpty());
        QVERIFY(doc.model().failovers.isEmpty());
        QVERIFY(doc.model().services.isEmpty());
        QVERIFY(doc.model().component(u"a"_s));
        QVERIFY(!hasErrors(Validator::validate(doc.model())));
        doc.undoStack()->undo();
        QVERIFY(doc.model() == before);
    }

    void availabilityFormatting()
    {
        QCOMPARE(Units::formatAvailability(0.9995), u"99.95 %"_s);
        QCOMPARE(Units::formatAvailability(0.999999), u"99.9999 %"_s);
        QCOMPARE(Units::formatAvailability(8760.0 / 8762.0), u"99.977 %"_s);
        QCOMPARE(*Units::parseAvailability(u"99.95 %"_s), 0.9995);
        QCOMPARE(*Units::parseAvailability(u"0.9995"_s), 0.9995);
        QVERIFY(!Units::parseAvailability(u"high"_s));
        QCOMPARE(Units::bestUnit(8760 * 3600.0), Units::Time::Days);   // 365 days, 0.9993 years
        QCOMPARE(Units::bestUnit(87660 * 3600.0), Units::Time::Years); // 10 years of 365.25 days
        QCOMPARE(Units::bestUnit(90.0), Units::Time::Minutes);         // 1.5 min (two decimals at most)
        QCOMPARE(Units::bestUnit(61.0), Units::Time::Seconds);         // 1.0166... min is not
        QCOMPARE(Units::bestUnit(5.6 * 3600), Units::Time::Hours);     // 5.6 h, not 336 min
    }

    void orthogonalRoutes()
    {
        // Side by side, overlapping vertically: one horizontal segment between them.
        QCOMPARE(LinkItem::route(QRectF(0, 0, 100, 50), QRectF(200, 10, 100, 50), {}),
                 QList<QPointF>({QPointF(100, 30), QPointF(200, 30)}));
        // Stacked: one vertical segment.
        QCOMPARE(LinkItem::route(QRectF(0, 0, 100, 50), QRectF(20, 200, 100, 50), {}),
                 QList<QPointF>({QPointF(60, 50), QPointF(60, 200)}));
        // Diagonal, wider than tall: out right, jog at the middle x, in from the left.
        QCOMPARE(LinkItem::route(QRectF(0, 0, 100, 50), QRectF(300, 200, 100, 50), {}),
                 QList<QPointF>({QPointF(100, 25), QPointF(200, 25), QPointF(200, 225), QPointF(300, 225)}));
        // Through a bend at (150, 300): from the centre (50, 25) the bend is
        // farther down than across, so the route leaves downwards, turns at
        // (50, 300), passes the bend, turns up at (150, 225) and enters the
        // target (centre (350, 225)) from the left.
        const QList<QPointF> r = LinkItem::route(QRectF(0, 0, 100, 50), QRectF(300, 200, 100, 50), {QPointF(150, 300)});
        QCOMPARE(r, QList<QPointF>({QPointF(50, 50), QPointF(50, 300), QPointF(150, 300), QPointF(150, 225),
                                    QPointF(300, 225)}));
    }

    void hullAroundMembers()
    {
        const QPolygonF hull = GroupItem::convexHull(
            {QPointF(0, 0), QPointF(10, 0), QPointF(10, 10), QPointF(0, 10), QPointF(5, 5), QPointF(5, 0)});
        QCOMPARE(hull.size(), 4); // the inner and collinear points are not corners
        for (const QPointF &p : {QPointF(0, 0), QPointF(10, 0), QPointF(10, 10), QPointF(0, 10)})
            QVERIFY(hull.contains(p));
    }

    void firstSentence()
    {
        QCOMPARE(ExampleCatalog::firstSentence(u"One fails. Two fail.\nMore."_s), u"One fails."_s);
        QCOMPARE(ExampleCatalog::firstSentence(u"Costs $1.5M. Then more."_s), u"Costs $1.5M."_s);
        QCOMPARE(ExampleCatalog::firstSentence(u"No full stop"_s), u"No full stop"_s);
    }
};

NF_GUI_TEST_MAIN(TestDocument)
#include "tst_document.moc"
