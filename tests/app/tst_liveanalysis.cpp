// The live analysis in the editor: an edit updates the headline figures, edits
// in a burst do not pile up analyses, a finding selects its elements, the canvas
// shows SPOFs, heat, badges and hover texts, the failure drill on the Delta
// example, the block diagram's clicks, and the sensitivity study. Expected
// values are worked out by hand from the models.

#include "analysisdock.h"
#include "budgetbar.h"
#include "application.h"
#include "apptestsupport.h"
#include "canvasitem.h"
#include "canvasscene.h"
#include "canvasview.h"
#include "changeelement.h"
#include "document.h"
#include "drillmode.h"
#include "drillpanel.h"
#include "findingspanel.h"
#include "headlinepanel.h"
#include "inspectorwidget.h"
#include "liveanalysis.h"
#include "mainwindow.h"
#include "modelreader.h"
#include "modelwriter.h"
#include "rbdview.h"
#include "resulttablemodel.h"
#include "sensitivitypanel.h"
#include "testsupport.h"

#include "numberformat.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QDockWidget>
#include <QGraphicsSceneHoverEvent>
#include <QListView>
#include <QTableView>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace nf;

namespace {

// One web server (MTBF 99 h, MTTR 1 h: U = 1/100 exactly) behind an entry point
// with a 99.9 % target.
Model singleServer()
{
    Model m;
    m.name = u"Single server"_s;
    Component c;
    c.id = u"web"_s;
    c.name = u"Web server"_s;
    c.kind = ComponentKind::Service;
    c.failure = FailureModel::rates(99.0, 1.0);
    m.components << c;
    Service s;
    s.id = u"site"_s;
    s.name = u"Site"_s;
    s.entry = u"web"_s;
    s.availabilityTarget = 0.999;
    m.services << s;
    NodeGeometry g;
    g.pos = QPointF(0, 0);
    m.layout.nodes.insert(u"web"_s, g);
    return m;
}

} // namespace

class TestLiveAnalysis : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static void quiet(MainWindow &w)
    {
        MainWindow::Prompts p;
        p.error = [](const QString &, const QString &) {};
        p.unsavedChanges = [](const QString &) { return QMessageBox::Discard; };
        p.openDespiteErrors = [](const QString &) { return false; };
        p.recover = [](const RecoveryManager::Entry &) { return false; };
        p.confirmRevert = [] { return true; };
        w.setPrompts(p);
    }

    QString write(const QString &name, const Model &m)
    {
        const QString path = m_dir.filePath(name);
        return ModelWriter::save(m, path) ? path : QString();
    }

    static void setMtbf(Document *doc, const QString &id, double mtbf)
    {
        Component c = *doc->component(id);
        c.failure.mtbfHours = mtbf;
        doc->undoStack()->push(new ChangeElement(doc, {ElementValue(c)}));
    }

private slots:
    void editUpdatesHeadline()
    {
        MainWindow w;
        quiet(w);
        w.show();
        QVERIFY(w.openFile(write(u"single.ninefold"_s, singleServer())));
        LiveAnalysis *live = w.liveAnalysis();
        QVERIFY(live->controller()->waitForResult());
        HeadlinePanel *h = live->analysisDock()->headline();
        // U = 1 / (99 + 1) = 0.01: 99 %, 5,259.6 minutes a year, below 99.9 %.
        QCOMPARE(h->availabilityText(), NumberFormat::availability(0.01));
        QCOMPARE(h->downtimeText(), NumberFormat::duration(0.01 * 525960.0 * 60.0));
        QVERIFY2(h->verdictText().contains(u"FAIL"_s), qPrintable(h->verdictText()));

        // The edit: MTBF 999 h gives U = 1 / 1000: 99.9 %, which meets the target.
        setMtbf(w.document(), u"web"_s, 999.0);
        QVERIFY(live->controller()->isBusy());
        QVERIFY(live->controller()->waitForResult());
        QCOMPARE(h->availabilityText(), NumberFormat::availability(0.001));
        QCOMPARE(h->downtimeText(), NumberFormat::duration(0.001 * 525960.0 * 60.0));
        QVERIFY2(h->verdictText().contains(u"PASS"_s), qPrintable(h->verdictText()));
        // The what-if chart has the result before the change.
        QVERIFY(live->controller()->previousResult());
        QVERIFY(qAbs(live->controller()->previousResult()->system.unavailability - 0.01) < 1e-15);

        // Undo brings the first figures back.
        w.document()->undoStack()->undo();
        QVERIFY(live->controller()->waitForResult());
        QCOMPARE(h->availabilityText(), NumberFormat::availability(0.01));

        // Moving the card is no change for the analysis: nothing is scheduled.
        const int started = live->controller()->startedCount();
        w.scene()->selectIds({u"web"_s});
        w.scene()->nudgeSelection(QPointF(10, 0));
        QVERIFY(!live->controller()->isBusy());
        QTest::qWait(300);
        QCOMPARE(live->controller()->startedCount(), started);
    }

    // DOMAIN.md §12 live: a manual failover of 37 min after each of the primary's
    // 8,766/734 failures a year costs 441.88 min; shortening its detection from
    // 2 min to 10 s moves the headline, the "where the minutes go" bar and the
    // failover finding together.
    void detectionEditUpdatesTheBudget()
    {
        LoadResult loaded = ModelReader::readFile(test::dataPath(u"check/manual-failover.ninefold"_s));
        QVERIFY(loaded.ok());
        Model m = *loaded.model;
        m.services[0].availabilityTarget = 0.9995;
        MainWindow w;
        quiet(w);
        w.resize(1440, 900);
        w.show();
        QVERIFY(w.openFile(write(u"manual.ninefold"_s, m)));
        LiveAnalysis *live = w.liveAnalysis();
        QVERIFY(live->controller()->waitForResult());
        HeadlinePanel *h = live->analysisDock()->headline();
        const double failovers = 8766.0 / 734.0;
        const double before = failovers * 37.0; // minutes a year
        QCOMPARE(h->availabilityText(), NumberFormat::availability(before / 525960.0));
        QVERIFY(h->budgetBar()->hasBudget());
        QVERIFY(std::abs(h->budgetBar()->budget().failoverMinutes - before) < 1e-9 * before);
        QVERIFY2(h->verdictText().contains(u"FAIL"_s), qPrintable(h->verdictText()));
        const int row = live->findings()->rowOf(u"failover-downtime"_s);
        QVERIFY(row >= 0);
        QVERIFY2(live->findings()->findingAt(row)->message.contains(NumberFormat::minutes(before)),
                 qPrintable(live->findings()->findingAt(row)->message));

        // The user selects the failover link and types 10 s of detection.
        w.scene()->selectIds({u"failover"_s});
        QCoreApplication::processEvents();
        auto *edit = qobject_cast<QLineEdit *>(w.inspector()->editorFor(u"detection_seconds"_s));
        QVERIFY(edit);
        auto *unit = edit->parentWidget()->findChild<QComboBox *>();
        QVERIFY(unit);
        unit->setCurrentIndex(unit->findData(int(NumberFormat::Time::Seconds)));
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, u"10"_s);
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(w.document()->model().failovers.first().detectionSeconds, 10.0);
        QVERIFY(live->controller()->waitForResult());
        const double after = failovers * (37.0 - 110.0 / 60.0);
        QCOMPARE(h->availabilityText(), NumberFormat::availability(after / 525960.0));
        QVERIFY(std::abs(h->budgetBar()->budget().failoverMinutes - after) < 1e-9 * after);
        const int again = live->findings()->rowOf(u"failover-downtime"_s);
        QVERIFY(again >= 0);
        QVERIFY2(live->findings()->findingAt(again)->message.contains(NumberFormat::minutes(after)),
                 qPrintable(live->findings()->findingAt(again)->message));
        if (const QByteArray dir = qgetenv("NINEFOLD_SCREENSHOT_DIR"); !dir.isEmpty())
            w.grab().save(QString::fromLocal8Bit(dir) + u"/live-budget-manual-failover.png"_s);
    }

    void burstOfEditsDoesNotPileUp()
    {
        MainWindow w;
        quiet(w);
        QVERIFY(w.openFile(write(u"burst.ninefold"_s, singleServer())));
        AnalysisController *c = w.liveAnalysis()->controller();
        QVERIFY(c->waitForResult());
        const int before = c->startedCount();
        // 30 edits well inside the debounce (1 s here, so a loaded machine cannot
        // stretch the burst past it): one analysis follows them, of the last state.
        c->setDebounce(1000);
        for (int i = 1; i <= 30; ++i) {
            setMtbf(w.document(), u"web"_s, 99.0 + 30.0 * i);
            QTest::qWait(5);
        }
        QCOMPARE(c->startedCount(), before);
        QVERIFY(c->waitForResult());
        QCOMPARE(c->startedCount() - before, 1);
        // Last MTBF 999 h: U = 1/1000.
        QVERIFY(qAbs(c->result()->system.unavailability - 0.001) < 1e-15);
    }

    void staleResultsAreDropped()
    {
        // An edit while an analysis runs: that analysis's result is dropped, one
        // more runs on the newest snapshot, and only its result is shown.
        Document doc(singleServer(), QString());
        AnalysisController c;
        int shown = 0;
        connect(&c, &AnalysisController::resultReady, this, [&] { ++shown; });
        c.setDocument(&doc); // starts at once
        QCOMPARE(c.startedCount(), 1);
        setMtbf(&doc, u"web"_s, 999.0);
        c.analyseNow(); // the first one is still running: this one waits
        QCOMPARE(c.startedCount(), 1);
        QVERIFY(c.waitForResult());
        QCOMPARE(c.startedCount(), 2);
        QCOMPARE(c.droppedCount(), 1);
        QCOMPARE(shown, 1);
        QVERIFY(qAbs(c.result()->system.unavailability - 0.001) < 1e-15); // MTBF 999 h, MTTR 1 h
        QCOMPARE(c.resultModel()->component(u"web"_s)->failure.mtbfHours, 999.0);
    }

    void findingSelectsItsElements()
    {
        MainWindow w;
        quiet(w);
        w.resize(1600, 1000);
        w.show();
        QVERIFY(w.openFile(test::examplePath(u"delta-2016.ninefold"_s)));
        LiveAnalysis *live = w.liveAnalysis();
        QVERIFY(live->controller()->waitForResult());
        FindingsPanel *panel = live->findings();
        // Every power path runs through the switchgear: a single point of failure.
        const int row = panel->rowOf(u"spof"_s, u"switchgear"_s);
        QVERIFY(row >= 0);
        const QStringList elements = panel->findingAt(row)->elements;
        QListView *view = panel->view();
        const QModelIndex index = view->model()->index(row, 0);
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, view->visualRect(index).center());
        QStringList selected = w.scene()->selectedIds();
        QStringList expected;
        for (const QString &id : elements)
            if (w.scene()->item(id))
                expected << id;
        selected.sort();
        expected.sort();
        QCOMPARE(selected, expected);
        QVERIFY(selected.contains(u"switchgear"_s));
        QVERIFY(w.scene()->item(u"switchgear"_s)->overlay().highlighted);
        // Selecting something else ends the highlight.
        w.scene()->selectIds({u"gw-sec"_s});
        QVERIFY(!w.scene()->item(u"switchgear"_s)->overlay().highlighted);
        // It is in view.
        const QRectF visible = w.view()->mapToScene(w.view()->viewport()->rect()).boundingRect();
        QVERIFY(visible.contains(w.scene()->nodeRect(u"switchgear"_s)));

        // Filtering by severity: without the critical findings, no SPOF is listed.
        const int all = panel->shownCount();
        panel->setSeverityShown(Finding::Severity::Critical, false);
        QCOMPARE(panel->rowOf(u"spof"_s), -1);
        QVERIFY(panel->shownCount() < all);
        for (int r = 0; r < panel->shownCount(); ++r)
            QVERIFY(panel->findingAt(r)->severity != Finding::Severity::Critical);
        panel->setSeverityShown(Finding::Severity::Critical, true);
        QCOMPARE(panel->shownCount(), all);
    }

    void canvasShowsTheAnalysis()
    {
        MainWindow w;
        quiet(w);
        QVERIFY(w.openFile(test::examplePath(u"delta-2016.ninefold"_s)));
        LiveAnalysis *live = w.liveAnalysis();
        QVERIFY(live->controller()->waitForResult());
        CanvasScene *scene = w.scene();
        // The switchgear is a SPOF; the two utility feeds are redundant (with the generators).
        QVERIFY(scene->item(u"switchgear"_s)->overlay().outlined);
        QCOMPARE(scene->item(u"switchgear"_s)->overlay().badge, u"SPOF"_s);
        QVERIFY(!scene->item(u"utility-b"_s)->overlay().outlined);
        // Hover text: availability, downtime share and importance, when the pointer enters.
        QVERIFY(scene->item(u"switchgear"_s)->toolTip().isEmpty());
        QGraphicsSceneHoverEvent enter(QEvent::GraphicsSceneHoverEnter);
        enter.setScenePos(scene->nodeRect(u"switchgear"_s).center());
        scene->sendEvent(scene->item(u"switchgear"_s), &enter);
        const QString tip = scene->item(u"switchgear"_s)->toolTip();
        QVERIFY2(tip.contains(u"Share of the system downtime"_s) && tip.contains(u"Birnbaum"_s), qPrintable(tip));
        // MTBF 100,000 h, MTTR 6 h: its own availability 100000/100006.
        QVERIFY2(tip.contains(NumberFormat::availability(6.0 / 100006.0)), qPrintable(tip));
        // Heat only when asked for.
        QVERIFY(scene->item(u"switchgear"_s)->overlay().heat < 0);
        live->heatAction()->setChecked(true);
        QVERIFY(scene->item(u"switchgear"_s)->overlay().heat > 0);
        live->heatAction()->setChecked(false);
        QVERIFY(scene->item(u"switchgear"_s)->overlay().heat < 0);
        // Replication badge: asynchronous, a minute behind.
        QCOMPARE(scene->item(u"db-copy"_s)->overlay().badge, u"RPO "_s + NumberFormat::duration(60));
    }

    void headroomBadgeIsRedWhenEffectiveIsLower()
    {
        // Three replicas of capacity 100 carry a demand of 225 (75 % each),
        // declared 2+1. One failure leaves 112.5 % per survivor: effective 3+0.
        Model m = singleServer();
        m.components.clear();
        m.layout = Layout();
        RedundancyGroup g;
        g.id = u"web"_s;
        g.name = u"Web tier"_s;
        g.demand = 225;
        g.declaredN = 2;
        g.declaredM = 1;
        for (int i = 1; i <= 3; ++i) {
            Component c;
            c.id = u"web-%1"_s.arg(i);
            c.failure = FailureModel::rates(1000, 1);
            c.capacity = 100;
            m.components << c;
            g.members << c.id;
            NodeGeometry geo;
            geo.pos = QPointF(200 * i, 0);
            m.layout.nodes.insert(c.id, geo);
        }
        m.groups << g;
        MainWindow w;
        quiet(w);
        QVERIFY(w.openFile(write(u"nm.ninefold"_s, m)));
        QVERIFY(w.liveAnalysis()->controller()->waitForResult());
        const ItemOverlay o = w.scene()->item(u"web"_s)->overlay();
        QVERIFY2(o.badge.startsWith(u"effective 3+0"_s), qPrintable(o.badge));
        QCOMPARE(o.badgeTone, ItemOverlay::Tone::Bad);
        // The headroom table says the same, in red.
        w.liveAnalysis()->analysisDock()->showTable(AnalysisDock::Headroom);
        ResultTableModel *table = w.liveAnalysis()->analysisDock()->tableModel(AnalysisDock::Headroom);
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->data(table->index(0, 3)).toString(), u"3+0"_s);
        QCOMPARE(table->data(table->index(0, 4)).toString(), NumberFormat::percent(1.125));
    }

    void drillDeltaSwitchgear()
    {
        MainWindow w;
        quiet(w);
        w.resize(1600, 1000);
        w.show();
        QVERIFY(w.openFile(test::examplePath(u"delta-2016.ninefold"_s)));
        LiveAnalysis *live = w.liveAnalysis();
        QVERIFY(live->controller()->waitForResult());
        Document *doc = w.document();
        const Model before = doc->model();
        const int index = doc->undoStack()->index();
        const int count = doc->undoStack()->count();
        w.view()->zoomToFit();

        live->drillAction()->trigger();
        QVERIFY(live->drill()->isActive());
        // Fail the switchgear by clicking its card.
        test::click(w.view(), w.scene()->nodeRect(u"switchgear"_s).center());
        QCOMPARE(live->drill()->failed(), QStringList{u"switchgear"_s});
        const DrillOutcome &d = live->drill()->outcome();

        // Worked out from the file: the core network, the primary database, the
        // Atlanta applications and the Atlanta entry all need the switchgear
        // (directly or through each other); the site pair's failover requires
        // the primary database, so it cannot fire and Flight operations is down.
        for (const QString &id : {u"switchgear"_s, u"core-network"_s, u"db-primary"_s, u"ops-atl"_s, u"gw-atl"_s,
                                  u"sites"_s, u"flight-ops"_s})
            QVERIFY2(d.isDown(id), qPrintable(id));
        // The power sources feed the switchgear and do not need it; the
        // secondary site needs nothing in Atlanta.
        for (const QString &id : {u"utility-a"_s, u"utility-b"_s, u"generators"_s, u"atl-power"_s, u"utility-sec"_s,
                                  u"db-secondary"_s, u"ops-sec"_s, u"gw-sec"_s, u"atl-dc"_s, u"sec-dc"_s})
            QVERIFY2(!d.isDown(id), qPrintable(id));
        // Everything at the primary site that serves (all but its power sources) is down.
        for (const QString &id : before.container(u"atl-dc"_s)->children)
            if (!QStringList{u"utility-a"_s, u"utility-b"_s, u"generators"_s}.contains(id))
                QVERIFY2(d.isDown(id), qPrintable(id));
        QVERIFY(d.systemDown);
        QCOMPARE(d.services.size(), 1);
        QVERIFY(!d.services.first().up);
        // One failover is called for, the site failover, and it does not fire.
        QCOMPARE(d.failovers.size(), 1);
        QCOMPARE(d.failovers.first().id, u"site-failover"_s);
        QVERIFY(!d.failovers.first().fires);
        QVERIFY2(d.failovers.first().reason.contains(before.displayName(u"db-primary"_s)),
                 qPrintable(d.failovers.first().reason));

        // The canvas: down is greyed, the switchgear crossed out, the secondary site as it was.
        CanvasScene *scene = w.scene();
        QVERIFY(scene->item(u"switchgear"_s)->overlay().failed);
        QVERIFY(scene->item(u"ops-atl"_s)->overlay().greyed);
        QVERIFY(scene->item(u"db-primary"_s)->overlay().greyed);
        QVERIFY(!scene->item(u"gw-sec"_s)->overlay().greyed);
        QVERIFY(!scene->item(u"utility-a"_s)->overlay().greyed);
        QCOMPARE(scene->item(u"flight-ops"_s)->overlay().badge, u"down"_s);
        QCOMPARE(scene->item(u"site-failover"_s)->overlay().badge, u"does not fire"_s);
        QVERIFY(live->drillPanel()->summaryText().contains(u"SYSTEM DOWN"_s));
        // A click in the drill neither selects nor moves anything.
        QVERIFY(scene->selectedIds().isEmpty());

        // A second click repairs it.
        test::click(w.view(), w.scene()->nodeRect(u"switchgear"_s).center());
        QVERIFY(live->drill()->failed().isEmpty());
        QVERIFY(!scene->item(u"ops-atl"_s)->overlay().greyed);
        test::click(w.view(), w.scene()->nodeRect(u"switchgear"_s).center());
        QVERIFY(scene->item(u"ops-atl"_s)->overlay().greyed);

        // Leaving the drill restores the view and leaves the document as it was.
        live->drillAction()->trigger();
        QVERIFY(!live->drill()->isActive());
        QVERIFY(!scene->item(u"ops-atl"_s)->overlay().greyed);
        QVERIFY(!scene->item(u"switchgear"_s)->overlay().failed);
        QCOMPARE(scene->item(u"switchgear"_s)->overlay().badge, u"SPOF"_s);
        // back to its analysis badge: the service's availability (no drill state)
        {
            const AnalysisResultPtr result = live->controller()->result();
            const auto service = std::find_if(result->services.begin(), result->services.end(),
                                              [](const ServiceFigures &s) { return s.id == u"flight-ops"_s; });
            QVERIFY(service != result->services.end());
            QCOMPARE(scene->item(u"flight-ops"_s)->overlay().badge, NumberFormat::availability(service->budget.unavailability));
        }
        QCOMPARE(doc->undoStack()->index(), index);
        QCOMPARE(doc->undoStack()->count(), count);
        QVERIFY(doc->model() == before);
        QVERIFY(!doc->isModified());
        QVERIFY(!w.isWindowModified());
    }

    void drillZoneLossAndSplit()
    {
        // Five voters as 3 + 2 in two zones (DOMAIN §7): losing the 3-zone stops
        // writes; a split leaves the 3-side with quorum.
        Model m;
        m.name = u"Quorum"_s;
        QuorumGroup q;
        q.id = u"etcd"_s;
        q.name = u"etcd"_s;
        for (int z = 0; z < 2; ++z) {
            Container zone;
            zone.id = u"zone-%1"_s.arg(z);
            zone.kind = ContainerKind::Zone;
            zone.failure = FailureModel::rates(40000, 5);
            const int voters = z == 0 ? 3 : 2;
            for (int i = 0; i < voters; ++i) {
                Component c;
                c.id = u"v%1-%2"_s.arg(z).arg(i);
                c.kind = ComponentKind::Database;
                c.failure = FailureModel::rates(8760, 2);
                m.components << c;
                zone.children << c.id;
                q.voters << c.id;
            }
            m.containers << zone;
        }
        m.quorums << q;
        MainWindow w;
        quiet(w);
        QVERIFY(w.openFile(write(u"quorum.ninefold"_s, m)));
        LiveAnalysis *live = w.liveAnalysis();
        QVERIFY(live->controller()->waitForResult());
        DrillMode *drill = live->drill();
        drill->setActive(true);
        drill->setFailed({u"zone-0"_s});
        QCOMPARE(drill->outcome().quorums.size(), 1);
        QCOMPARE(drill->outcome().quorums.first().votersUp, 2);
        QVERIFY(drill->outcome().quorums.first().lost);
        drill->setFailed({u"zone-1"_s});
        QCOMPARE(drill->outcome().quorums.first().votersUp, 3);
        QVERIFY(!drill->outcome().quorums.first().lost);
        drill->setFailed({});
        QCOMPARE(drill->splits().size(), 1);
        const DrillSplit split = drill->splits().first();
        const bool zone0First = split.first.contains(u"zone-0"_s);
        // Seen from the side with zone-0 (3 voters): quorum kept; from the other: lost.
        drill->setSplit(0, !zone0First);
        QVERIFY(!drill->outcome().quorums.first().lost);
        QVERIFY(drill->outcome().unreachable.contains(u"zone-1"_s));
        drill->setSplit(0, zone0First);
        QVERIFY(drill->outcome().quorums.first().lost);
        QCOMPARE(drill->outcome().quorums.first().votersUp, 2);
        drill->setActive(false);
        QCOMPARE(w.document()->undoStack()->count(), 0);
    }

    void blockDiagramClickSelects()
    {
        MainWindow w;
        quiet(w);
        w.resize(1600, 1000);
        w.show();
        QVERIFY(w.openFile(test::examplePath(u"delta-2016.ninefold"_s)));
        LiveAnalysis *live = w.liveAnalysis();
        QVERIFY(live->controller()->waitForResult());
        live->showBlockDiagram(true);
        RbdView *rbd = live->rbdView();
        QVERIFY(rbd->isVisible());
        QVERIFY(rbd->diagram() && rbd->diagram()->blockCount() > 0);
        QTest::qWait(20);
        const QPoint p = rbd->boxPosition(u"db-primary"_s);
        QVERIFY(p.x() >= 0);
        QTest::mouseClick(rbd->viewport(), Qt::LeftButton, Qt::NoModifier, p);
        QCOMPARE(w.scene()->selectedIds(), QStringList{u"db-primary"_s});

        // The switchgear is shared (a common cause): a reference box elsewhere
        // stands for it; clicking one brings its own section into view.
        const RbdDiagram::Box *reference = nullptr;
        int section = -1;
        for (const RbdDiagram::Section &sec : rbd->diagram()->sections())
            for (const RbdDiagram::Box &b : sec.boxes)
                if (b.reference && b.elementId == u"switchgear"_s && !reference)
                    reference = &b, section = b.section;
        QVERIFY(reference);
        const RbdDiagram::Section &target = rbd->diagram()->sections().at(section);
        QVERIFY(target.shared);
        QCOMPARE(target.elementId, u"switchgear"_s);
        // Reference at the top edge of the view, the section out of sight.
        rbd->resize(900, 200);
        QTest::qWait(10);
        rbd->centerOn(reference->rect.center());
        const QRectF before = rbd->mapToScene(rbd->viewport()->rect()).boundingRect();
        QVERIFY(before.contains(reference->rect.center()));
        QVERIFY(!before.contains(target.rect.topLeft() + QPointF(10, 10)));
        const int selectedBefore = int(w.scene()->selectedIds().size());
        QTest::mouseClick(rbd->viewport(), Qt::LeftButton, Qt::NoModifier, rbd->mapFromScene(reference->rect.center()));
        const QRectF after = rbd->mapToScene(rbd->viewport()->rect()).boundingRect();
        QVERIFY(after.contains(target.rect.topLeft() + QPointF(10, 10)));
        QCOMPARE(int(w.scene()->selectedIds().size()), selectedBefore); // a jump, not a selection
    }

    void sensitivityOfMttr()
    {
        MainWindow w;
        quiet(w);
        w.show();
        QVERIFY(w.openFile(write(u"sens.ninefold"_s, singleServer())));
        LiveAnalysis *live = w.liveAnalysis();
        QVERIFY(live->controller()->waitForResult());
        SensitivityPanel *panel = live->sensitivity();
        // Hidden, it computes nothing; raised, it studies the analysed model.
        QTest::qWait(50);
        QVERIFY(!panel->isShown());
        QVERIFY(!panel->isRunning());
        QVERIFY(panel->points().isEmpty());
        live->sensitivityDockWidget()->raise();
        QTRY_VERIFY(panel->isShown());
        QVERIFY(panel->choose(SensitivityStudy::Parameter::Kind::Mttr, u"web"_s));
        QVERIFY(panel->waitForPoints());
        // MTTR from 0.25 h to 4 h; A = 99 / (99 + MTTR) at each.
        const QList<QPointF> points = panel->points();
        QVERIFY(points.size() >= 9 && points.size() <= 15);
        QCOMPARE(points.first().x(), 0.25);
        QCOMPARE(points.last().x(), 4.0);
        for (const QPointF &p : points)
            QVERIFY2(qAbs(p.y() - 99.0 / (99.0 + p.x())) < 1e-12, qPrintable(QString::number(p.x())));
        QCOMPARE(w.document()->undoStack()->count(), 0);
        QCOMPARE(w.document()->component(u"web"_s)->failure.mttrHours, 1.0);
    }

    void ukrainian()
    {
        // The panels speak Ukrainian, with its three plural forms.
        QVERIFY(installTranslations(QLocale(QLocale::Ukrainian, QLocale::Ukraine)));
        QCOMPARE(FindingsPanel::tr("%n critical", nullptr, 1), u"1 критична"_s);
        QCOMPARE(FindingsPanel::tr("%n critical", nullptr, 3), u"3 критичні"_s);
        QCOMPARE(FindingsPanel::tr("%n critical", nullptr, 5), u"5 критичних"_s);
        QCOMPARE(LiveAnalysis::tr("Failure Drill"), u"Навчання з відмов"_s);
        QVERIFY(installTranslations(QLocale(QLocale::English, QLocale::UnitedStates)));
        QCOMPARE(FindingsPanel::tr("%n warning(s)", nullptr, 2), u"2 warnings"_s);
    }
};

NF_GUI_TEST_MAIN(TestLiveAnalysis)
#include "tst_liveanalysis.moc"
