// The canvas as a user drives it: palette drops, moving zones and components,
// drawing links, rubber-band and Ctrl selection, copy/paste, delete, zoom. Every
// gesture must be one undo step that restores the exact document.

#include "apptestsupport.h"
#include "canvasscene.h"
#include "canvasview.h"
#include "componentitem.h"
#include "document.h"
#include "fixtures.h"
#include "modelreader.h"

#include <QDir>
#include "validator.h"

#include <QClipboard>
#include <QMimeData>
#include <QSignalSpy>
#include <QWheelEvent>

using namespace Qt::StringLiterals;
using namespace nf;

class TestCanvasScene : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Document> m_doc;
    std::unique_ptr<CanvasScene> m_scene;
    std::unique_ptr<CanvasView> m_view;

    void open(const Model &model)
    {
        m_view.reset();
        m_scene.reset();
        m_doc = std::make_unique<Document>(model, QString());
        m_scene = std::make_unique<CanvasScene>(m_doc.get());
        m_view = std::make_unique<CanvasView>();
        m_view->setCanvas(m_scene.get());
        m_view->resize(1400, 900);
        m_view->show();
        m_view->setZoom(1.0);
        m_view->centerOn(600, 300);
        QCoreApplication::processEvents();
    }

    QPointF pos(const QString &id) const { return m_doc->model().layout.nodes.value(id).pos; }

    void sendDrop(const QString &entry, QPointF scenePos)
    {
        const QPoint p = m_view->mapFromScene(scenePos);
        std::unique_ptr<QMimeData> mime(CanvasScene::paletteMimeData(entry));
        QDragEnterEvent enter(p, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_view->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDragMoveEvent move(p, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_view->viewport(), &move);
        QVERIFY(move.isAccepted());
        QDropEvent drop(QPointF(p), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_view->viewport(), &drop);
        QVERIFY(drop.isAccepted());
    }

    // Undo must give back `before` exactly, redo `after` exactly.
    void checkUndoRedo(const Model &before)
    {
        const Model after = m_doc->model();
        QVERIFY(!(after == before));
        m_doc->undoStack()->undo();
        QVERIFY(m_doc->model() == before);
        m_doc->undoStack()->redo();
        QVERIFY(m_doc->model() == after);
    }

private slots:
    void dropFromPaletteIntoZone()
    {
        open(test::zoneModel());
        const Model before = m_doc->model();
        // Dropped at (300, 252): the 160x56 card is centred there, (220, 224),
        // and snapped to the 10 px grid: (220, 220). That is inside zone z1.
        sendDrop(u"component:database"_s, QPointF(300, 252));
        QCOMPARE(m_doc->undoStack()->count(), 1);
        const Component *c = m_doc->model().component(u"database-1"_s);
        QVERIFY(c);
        QCOMPARE(c->kind, ComponentKind::Database);
        QCOMPARE(pos(u"database-1"_s), QPointF(220, 220));
        QCOMPARE(m_doc->model().container(u"z1"_s)->children,
                 QStringList({u"a"_s, u"b"_s, u"database-1"_s}));
        QCOMPARE(m_scene->selectedIds(), QStringList{u"database-1"_s});
        checkUndoRedo(before);
    }

    void dropFromPaletteOutsideZones()
    {
        open(test::zoneModel());
        const Model before = m_doc->model();
        sendDrop(u"component:cache"_s, QPointF(1000, 600)); // (920, 572) -> (920, 570)
        QCOMPARE(pos(u"cache-1"_s), QPointF(920, 570));
        QVERIFY(m_doc->parentOf(u"cache-1"_s).isEmpty());
        checkUndoRedo(before);
    }

    void dropContainerIntoRegionButNotZoneIntoZone()
    {
        open(test::zoneModel());
        // A rack dropped in the zone goes into it (a zone holds racks)...
        sendDrop(u"container:rack"_s, QPointF(300, 300));
        QCOMPARE(m_doc->parentOf(u"rack-1"_s), u"z1"_s);
        // ...a zone dropped in the zone does not (zones do not nest).
        sendDrop(u"container:zone"_s, QPointF(300, 300));
        QVERIFY(m_doc->parentOf(u"zone-1"_s).isEmpty());
    }

    void movingAZoneMovesItsChildren()
    {
        open(test::zoneModel());
        const Model before = m_doc->model();
        // Grab the zone by its header and drag it by (100, 50).
        test::drag(m_view.get(), QPointF(200, 15), QPointF(300, 65));
        QCOMPARE(m_doc->undoStack()->count(), 1);
        QCOMPARE(pos(u"z1"_s), QPointF(100, 50));
        QCOMPARE(m_doc->model().layout.nodes.value(u"z1"_s).size, QSizeF(600, 400));
        QCOMPARE(pos(u"a"_s), QPointF(140, 110));
        QCOMPARE(pos(u"b"_s), QPointF(400, 110));
        QCOMPARE(pos(u"c"_s), QPointF(800, 60));
        QCOMPARE(m_doc->model().container(u"z1"_s)->children, QStringList({u"a"_s, u"b"_s}));
        // The scene follows the model.
        QCOMPARE(m_scene->nodeRect(u"a"_s), QRectF(140, 110, 160, 56));
        checkUndoRedo(before);
    }

    void movingAComponentIntoAZonePlacesIt()
    {
        open(test::zoneModel());
        const Model before = m_doc->model();
        // c's card centre is (880, 88); drag it by (-600, +150).
        test::drag(m_view.get(), QPointF(880, 88), QPointF(280, 238));
        QCOMPARE(pos(u"c"_s), QPointF(200, 210));
        QCOMPARE(m_doc->parentOf(u"c"_s), u"z1"_s);
        QCOMPARE(m_doc->undoStack()->count(), 1); // the move and the placement: one step
        checkUndoRedo(before);

        // And out again.
        test::drag(m_view.get(), QPointF(280, 238), QPointF(880, 538));
        QVERIFY(m_doc->parentOf(u"c"_s).isEmpty());
        QCOMPARE(m_doc->model().container(u"z1"_s)->children, QStringList({u"a"_s, u"b"_s}));
    }

    void snapsToAlignmentGuides()
    {
        open(test::zoneModel());
        m_scene->setSnapToGrid(false);
        // Drag c by (-103, +4): its top would land at 64, 4 px below a's top (60);
        // the guide pulls it to 60. Nothing lines up horizontally: x stays 697.
        test::drag(m_view.get(), QPointF(880, 88), QPointF(777, 92));
        QCOMPARE(pos(u"c"_s), QPointF(697, 60));
    }

    void createLinksByDragging_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("dependency") << int(LinkKind::Dependency);
        QTest::newRow("traffic") << int(LinkKind::Traffic);
        QTest::newRow("failover") << int(LinkKind::Failover);
        QTest::newRow("replication") << int(LinkKind::Replication);
    }

    void createLinksByDragging()
    {
        QFETCH(int, kind);
        open(test::zoneModel());
        const Model before = m_doc->model();
        m_scene->setLinkKind(LinkKind(kind));
        // From a's right-edge handle (200, 88) to the middle of b (380, 88).
        test::drag(m_view.get(), QPointF(200, 88), QPointF(380, 88));
        QCOMPARE(m_doc->undoStack()->count(), 1);
        const Model &m = m_doc->model();
        switch (LinkKind(kind)) {
        case LinkKind::Dependency:
        case LinkKind::Traffic: {
            QCOMPARE(m.dependencies.size(), 2);
            const DependencyLink &d = m.dependencies.last();
            QCOMPARE(d.from, u"a"_s);
            QCOMPARE(d.to, u"b"_s);
            QCOMPARE(d.kind, kind == int(LinkKind::Traffic) ? DependencyKind::Traffic : DependencyKind::Requires);
            break;
        }
        case LinkKind::Replication:
            QCOMPARE(m.replications.size(), 1);
            QCOMPARE(m.replications.first().from, u"a"_s);
            QCOMPARE(m.replications.first().to, u"b"_s);
            break;
        case LinkKind::Failover:
            // Drawing the failover made a and b an active-passive pair, in the same step.
            QCOMPARE(m.failovers.size(), 1);
            QCOMPARE(m.failovers.first().from, u"a"_s);
            QCOMPARE(m.failovers.first().to, u"b"_s);
            QCOMPARE(m.groups.size(), 1);
            QCOMPARE(m.groups.first().policy, RedundancyPolicy::ActivePassive);
            QCOMPARE(m.groups.first().members, QStringList({u"a"_s, u"b"_s}));
            QVERIFY(!hasErrors(Validator::validate(m)));
            break;
        }
        checkUndoRedo(before);
    }

    void refusedLinkChangesNothing()
    {
        open(test::zoneModel());
        const Model before = m_doc->model();
        QSignalSpy messages(m_scene.get(), &CanvasScene::statusMessage);
        m_scene->setLinkKind(LinkKind::Dependency);
        // b -> c would close the cycle c -> b -> c. b's right handle is (460, 88).
        test::drag(m_view.get(), QPointF(460, 88), QPointF(880, 88));
        QVERIFY(m_doc->model() == before);
        QCOMPARE(m_doc->undoStack()->count(), 0);
        QCOMPARE(messages.count(), 1);
    }

    void failoverJoinsAnExistingGroup()
    {
        Model model = test::zoneModel();
        RedundancyGroup g;
        g.id = u"pair"_s;
        g.policy = RedundancyPolicy::ActivePassive;
        g.members = {u"a"_s, u"c"_s};
        model.groups << g;
        open(model);
        const Model before = m_doc->model();
        m_scene->setLinkKind(LinkKind::Failover);
        test::drag(m_view.get(), QPointF(200, 88), QPointF(380, 88));
        QCOMPARE(m_doc->model().groups.size(), 1);
        QCOMPARE(m_doc->model().groups.first().members, QStringList({u"a"_s, u"c"_s, u"b"_s}));
        checkUndoRedo(before);
    }

    void rubberBandAndCtrlSelection()
    {
        open(test::zoneModel());
        // From an empty spot inside the zone around a and b.
        test::drag(m_view.get(), QPointF(20, 45), QPointF(480, 140));
        QCOMPARE(m_scene->selectedIds(), QStringList({u"a"_s, u"b"_s}));
        test::click(m_view.get(), QPointF(880, 88), Qt::ControlModifier);
        QCOMPARE(m_scene->selectedIds(), QStringList({u"a"_s, u"b"_s, u"c"_s}));
        test::click(m_view.get(), QPointF(120, 88), Qt::ControlModifier);
        QCOMPARE(m_scene->selectedIds(), QStringList({u"b"_s, u"c"_s}));
        // A plain click on empty canvas clears the selection.
        test::click(m_view.get(), QPointF(1200, 700));
        QVERIFY(m_scene->selectedIds().isEmpty());
    }

    void copyPasteKeepsInternalRelations()
    {
        open(test::groupModel());
        const Model before = m_doc->model();
        m_scene->selectIds({u"p1"_s, u"p2"_s});
        m_scene->copySelection();
        m_scene->paste();
        QCOMPARE(m_doc->undoStack()->count(), 1);
        const Model &m = m_doc->model();
        QCOMPARE(m.components.size(), 5);
        QVERIFY(m.component(u"p1-1"_s) && m.component(u"p2-1"_s));
        QCOMPARE(pos(u"p1-1"_s), QPointF(60, 80));
        QCOMPARE(pos(u"p2-1"_s), QPointF(60, 220));
        // The link between the copies is copied; the one leaving the set is not.
        QCOMPARE(m.dependencies.size(), 3);
        QCOMPARE(m.dependencies.last().from, u"p1-1"_s);
        QCOMPARE(m.dependencies.last().to, u"p2-1"_s);
        QCOMPARE(m.replications.size(), 2);
        QCOMPARE(m.replications.last().from, u"p1-1"_s);
        QCOMPARE(m.replications.last().to, u"p2-1"_s);
        QCOMPARE(m.layout.bends.value(m.replications.last().id), QList<QPointF>({QPointF(320, 108), QPointF(320, 248)}));
        QCOMPARE(m.groups.size(), 2);
        QCOMPARE(m.groups.last().members, QStringList({u"p1-1"_s, u"p2-1"_s}));
        // Pasted inside the zone, so placed in it like a drop.
        QCOMPARE(m.container(u"z1"_s)->children, QStringList({u"p1"_s, u"p2"_s, u"p1-1"_s, u"p2-1"_s}));
        QCOMPARE(m_scene->selectedIds().size(), 5);
        QVERIFY(!hasErrors(Validator::validate(m)));
        checkUndoRedo(before);
    }

    void duplicateAndCut()
    {
        open(test::groupModel());
        const Model before = m_doc->model();
        m_scene->selectIds({u"x"_s});
        m_scene->duplicateSelection();
        QCOMPARE(pos(u"x-1"_s), QPointF(820, 220));
        QCOMPARE(m_doc->undoStack()->undoText(), u"Duplicate 1 element(s)"_s);
        m_doc->undoStack()->undo();
        QVERIFY(m_doc->model() == before);
        m_scene->selectIds({u"x"_s});
        m_scene->cutSelection();
        QVERIFY(!m_doc->model().component(u"x"_s));
        m_scene->paste(); // a cut element comes back where it was
        QCOMPARE(pos(u"x"_s), QPointF(800, 200));
    }

    void deleteTakesLinksAndShrinksGroups()
    {
        open(test::groupModel());
        const Model before = m_doc->model();
        m_scene->selectIds({u"p2"_s});
        m_scene->deleteSelection();
        const Model &m = m_doc->model();
        QVERIFY(!m.component(u"p2"_s));
        QVERIFY(m.dependencies.isEmpty()); // both touched p2
        QVERIFY(m.replications.isEmpty());
        QCOMPARE(m.groups.first().members, QStringList{u"p1"_s});
        QCOMPARE(m.container(u"z1"_s)->children, QStringList{u"p1"_s});
        QVERIFY(!m.layout.nodes.contains(u"p2"_s));
        QCOMPARE(m_doc->undoStack()->count(), 1);
        checkUndoRedo(before);
        // Deleting the zone deletes what is inside it.
        m_scene->selectIds({u"z1"_s});
        m_scene->deleteSelection();
        QVERIFY(m_doc->model().containers.isEmpty());
        QCOMPARE(m_doc->model().components.size(), 1);
        m_doc->undoStack()->undo();
        m_doc->undoStack()->undo();
        QVERIFY(m_doc->model() == before);
    }

    void keyboardNudge()
    {
        open(test::zoneModel());
        m_scene->selectIds({u"a"_s});
        QTest::keyClick(m_view->viewport(), Qt::Key_Right);
        QTest::keyClick(m_view->viewport(), Qt::Key_Right);
        QTest::keyClick(m_view->viewport(), Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(pos(u"a"_s), QPointF(60, 61));
    }

    void bendPointsByDoubleClick()
    {
        open(test::groupModel());
        const Model before = m_doc->model();
        // The dependency p1 -> p2 runs straight down x = 120 from y 116 to 200.
        QTest::mouseDClick(m_view->viewport(), Qt::LeftButton, Qt::NoModifier, m_view->mapFromScene(QPointF(120, 160)));
        QCOMPARE(m_doc->model().layout.bends.value(u"p1-needs-p2"_s), QList<QPointF>{QPointF(120, 160)});
        checkUndoRedo(before);
    }

    void ctrlWheelZoomsAtTheCursor()
    {
        open(test::zoneModel());
        const QPoint at(300, 200);
        const QPointF under = m_view->mapToScene(at);
        QWheelEvent wheel(QPointF(at), QPointF(m_view->viewport()->mapToGlobal(at)), QPoint(), QPoint(0, 120),
                          Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(m_view->viewport(), &wheel);
        QCOMPARE(m_view->zoom(), 1.25);
        const QPointF after = m_view->mapToScene(at);
        QVERIFY(QLineF(under, after).length() < 1.0);
    }

    void zoomToFitShowsEverything()
    {
        open(test::zoneModel());
        m_view->zoomToFit();
        const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
        QVERIFY(visible.contains(m_scene->nodeRect(u"z1"_s)));
        QVERIFY(visible.contains(m_scene->nodeRect(u"c"_s)));
    }

    void overlaysNeverTouchTheModel()
    {
        open(test::zoneModel());
        const Model before = m_doc->model();
        ItemOverlay overlay;
        overlay.greyed = true;
        overlay.badge = u"SPOF"_s;
        m_scene->setOverlay(u"b"_s, overlay);
        QCOMPARE(m_scene->item(u"b"_s)->overlay(), overlay);
        m_view->viewport()->repaint();
        QVERIFY(m_doc->model() == before);
        QCOMPARE(m_doc->undoStack()->count(), 0);
        m_scene->clearOverlays();
        QVERIFY(m_scene->item(u"b"_s)->overlay().isEmpty());
    }

    void resizingAZoneKeepsItsChildren()
    {
        open(test::zoneModel());
        const Model before = m_doc->model();
        m_scene->selectIds({u"z1"_s});
        // The grip is the zone's bottom-right corner (600, 400); drag it by (+100, +50).
        test::drag(m_view.get(), QPointF(596, 396), QPointF(696, 446));
        QCOMPARE(m_doc->model().layout.nodes.value(u"z1"_s), (NodeGeometry{QPointF(0, 0), QSizeF(700, 450)}));
        QCOMPARE(m_doc->model().container(u"z1"_s)->children, QStringList({u"a"_s, u"b"_s}));
        QCOMPARE(m_doc->undoStack()->count(), 1);
        checkUndoRedo(before);
        // Never smaller than what it holds: b ends at x 460, y 116 (+10 margin).
        test::drag(m_view.get(), QPointF(696, 446), QPointF(100, 100));
        QCOMPARE(m_doc->model().layout.nodes.value(u"z1"_s).size, QSizeF(470, 126));
    }

    void panWithMiddleButtonAndSpace()
    {
        open(test::zoneModel());
        const QPointF centre = m_view->mapToScene(m_view->viewport()->rect().center());
        test::sendMouse(m_view.get(), QEvent::MouseButtonPress, QPointF(400, 300), Qt::MiddleButton, Qt::MiddleButton);
        test::sendMouse(m_view.get(), QEvent::MouseMove, QPointF(300, 250), Qt::NoButton, Qt::MiddleButton);
        test::sendMouse(m_view.get(), QEvent::MouseButtonRelease, QPointF(300, 250), Qt::MiddleButton, Qt::NoButton);
        // The drawing followed the hand: the view now looks 100 right and 50 down.
        const QPointF moved = m_view->mapToScene(m_view->viewport()->rect().center());
        QCOMPARE(moved - centre, QPointF(100, 50));
        QVERIFY(m_doc->model() == test::zoneModel()); // panning is not an edit

        QTest::keyPress(m_view.get(), Qt::Key_Space);
        const QPoint from = m_view->mapFromScene(QPointF(500, 300));
        test::sendMouseAtPixel(m_view.get(), QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
        for (int dy = 20; dy <= 100; dy += 20)
            test::sendMouseAtPixel(m_view.get(), QEvent::MouseMove, from - QPoint(0, dy), Qt::NoButton, Qt::LeftButton);
        test::sendMouseAtPixel(m_view.get(), QEvent::MouseButtonRelease, from - QPoint(0, 100), Qt::LeftButton,
                               Qt::NoButton);
        QTest::keyRelease(m_view.get(), Qt::Key_Space);
        QCOMPARE(m_view->mapToScene(m_view->viewport()->rect().center()) - moved, QPointF(0, 100));
        QCOMPARE(m_doc->undoStack()->count(), 0);
    }

    void farViewDrawsLinksInOneBatch()
    {
        open(test::groupModel());
        m_view->setZoom(0.1);
        QVERIFY(m_scene->isFarView());
        QVERIFY(!m_scene->item(u"p1-needs-p2"_s)->isVisible());
        m_view->viewport()->repaint();
        // Components are still there to click.
        test::click(m_view.get(), QPointF(120, 88));
        QCOMPARE(m_scene->selectedIds(), QStringList{u"p1"_s});
        m_view->setZoom(1.0);
        QVERIFY(!m_scene->isFarView());
        QVERIFY(m_scene->item(u"p1-needs-p2"_s)->isVisible());
    }

    void malformedModelsNeverCrash_data()
    {
        QTest::addColumn<QString>("file");
        const QDir dir(QStringLiteral(NINEFOLD_TEST_DATA) + u"/invalid"_s);
        for (const QString &f : dir.entryList({u"*.ninefold"_s}, QDir::Files))
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }

    void malformedModelsNeverCrash()
    {
        // What "Open Anyway" lets through: every invalid test model that parses is
        // drawn, edited, and undone without crashing or losing anything.
        QFETCH(QString, file);
        const LoadResult r = ModelReader::readFile(file);
        if (!r.model)
            QSKIP("does not parse: refused before the canvas");
        Model model = *r.model;
        // Nest the first two containers in each other too: a cycle.
        if (model.containers.size() >= 2) {
            model.containers[0].children << model.containers[1].id;
            model.containers[1].children << model.containers[0].id;
        }
        open(model);
        m_view->zoomToFit();
        m_view->viewport()->repaint();
        m_scene->selectAllElements();
        m_scene->copySelection();
        m_scene->paste();
        m_scene->selectAllElements();
        m_scene->deleteSelection();
        while (m_doc->undoStack()->canUndo())
            m_doc->undoStack()->undo();
        QVERIFY(m_doc->model() == model);
    }

    void sceneFollowsUndo()
    {
        open(test::groupModel());
        m_scene->selectIds({u"p1"_s, u"p2"_s, u"x"_s});
        m_scene->deleteSelection();
        QVERIFY(!m_scene->item(u"p1"_s));
        QVERIFY(!m_scene->item(u"p1-needs-p2"_s));
        m_doc->undoStack()->undo();
        for (const QString &id : m_doc->model().allIds())
            QVERIFY2(m_scene->item(id), qPrintable(id));
    }
};

NF_GUI_TEST_MAIN(TestCanvasScene)
#include "tst_canvasscene.moc"
