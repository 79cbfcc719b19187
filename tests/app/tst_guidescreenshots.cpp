// The pictures of the user guide (docs/guide), made the way a user makes them:
// the first model of getting-started.md drawn step by step through the editor's
// own gestures (palette drops, the inspector's fields, Model ▸ Group as Redundancy
// Group, links of the chosen kind, Model ▸ Add Entry Point), and each example of
// docs/guide/examples opened from File ▸ Examples. With NINEFOLD_SCREENSHOT_DIR set
// the pictures are written there (for docs/images/guide); the test checks at each
// step what a user reading the page would check.

#include "analysisdock.h"
#include "application.h"
#include "apptestsupport.h"
#include "apptheme.h"
#include "canvasitem.h"
#include "canvasscene.h"
#include "canvasview.h"
#include "document.h"
#include "findingspanel.h"
#include "groupitem.h"
#include "headlinepanel.h"
#include "inspectorwidget.h"
#include "linkitem.h"
#include "liveanalysis.h"
#include "mainwindow.h"
#include "modelreader.h"
#include "overviewwidget.h"
#include "palettewidget.h"
#include "testsupport.h"
#include "numberformat.h"

#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QImage>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QScrollArea>
#include <QStatusBar>
#include <QTableView>
#include <QTreeWidget>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace nf;

namespace {

// The getting-started steps: a small drawing, read at the zoom a user draws at.
const QSize kWindowSize(1400, 900);
// The examples: larger drawings, kept at a zoom where their labels show.
const QSize kExampleWindowSize(1600, 1000);

QString guidePath(const QString &relative)
{
    return test::examplePath(u"../docs/guide/"_s + relative);
}

QStringList findingCodes(const AnalysisResult &r)
{
    QStringList codes;
    for (const Finding &f : r.findings)
        codes << f.code;
    return codes;
}

const ServiceFigures *serviceNamed(const AnalysisResult &r, const QString &name)
{
    for (const ServiceFigures &s : r.services)
        if (s.name == name)
            return &s;
    return nullptr;
}

// The menu of the menu bar titled `title` (without the mnemonic).
QMenu *menuTitled(QMenuBar *bar, const QString &title)
{
    for (QAction *a : bar->actions())
        if (a->menu() && a->text().remove(u'&') == title)
            return a->menu();
    return nullptr;
}

QMenu *subMenuTitled(QMenu *menu, const QString &title)
{
    for (QAction *a : menu->actions())
        if (a->menu() && a->text().remove(u'&') == title)
            return a->menu();
    return nullptr;
}

} // namespace

class TestGuideScreenshots : public QObject
{
    Q_OBJECT

private:
    static void save(const QImage &image, const QString &name)
    {
        QVERIFY(!image.isNull());
        const QByteArray dir = qgetenv("NINEFOLD_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(QString::fromLocal8Bit(dir));
        QVERIFY(image.save(QString::fromLocal8Bit(dir) + u'/' + name + u".png"_s));
    }

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

    // The window as the user sees it once the live analysis has caught up with
    // the drawing: no transient status message, the overview redrawn (it waits for
    // a quiet moment, which a test does not).
    static QImage grabWindow(MainWindow &w)
    {
        if (!w.liveAnalysis()->controller()->waitForResult())
            return QImage();
        fitCutSetColumns(w.liveAnalysis());
        w.statusBar()->clearMessage();
        if (auto *overview = w.findChild<OverviewWidget *>())
            overview->refresh();
        QCoreApplication::processEvents();
        return w.grab().toImage();
    }

    // Docks at widths that leave the canvas room in a 1400-pixel window, as a user
    // drags the splitters.
    static void arrangeDocks(MainWindow &w)
    {
        auto *palette = w.findChild<QDockWidget *>(u"paletteDock"_s);
        auto *inspector = w.findChild<QDockWidget *>(u"inspectorDock"_s);
        w.resizeDocks({palette, inspector}, {190, 370}, Qt::Horizontal);
        w.resizeDocks({inspector, w.liveAnalysis()->findingsDockWidget()}, {540, 290}, Qt::Vertical);
        QCoreApplication::processEvents();
    }

    // Labels drawn over each other: those of links between the same two elements
    // (a failover beside its replication), those of groups around the same members
    // (two quorums over the same replicas).
    static QStringList overlappingLabels(CanvasScene *scene)
    {
        QStringList out;
        for (LinkItem *link : scene->linkItems())
            for (const LinkItem *other : scene->parallelLinks(link))
                if (other->elementId() > link->elementId() && !link->labelRect().isEmpty()
                    && link->labelRect().intersects(other->labelRect()))
                    out << link->elementId() + u" / "_s + other->elementId();
        const Model &m = scene->document()->model();
        QStringList groups;
        for (const RedundancyGroup &g : m.groups)
            groups << g.id;
        for (const QuorumGroup &q : m.quorums)
            groups << q.id;
        for (const QString &id : groups)
            if (auto *group = static_cast<GroupItem *>(scene->item(id)))
                for (const GroupItem *other : scene->groupsWithSameMembers(group))
                    if (other->elementId() > id && group->labelRect().intersects(other->labelRect()))
                        out << id + u" / "_s + other->elementId();
        return out;
    }

    // Scrolls the inspector so that the field `key` shows, as a user scrolls to it.
    static void scrollInspectorTo(InspectorWidget *inspector, const QString &key)
    {
        for (int i = 0; i < 3; ++i) { // the form just rebuilt: laid out first (layout, resize, scroll range)
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            QCoreApplication::processEvents();
        }
        auto *area = inspector->findChild<QScrollArea *>();
        QWidget *editor = inspector->editorFor(key);
        if (area && editor)
            area->ensureWidgetVisible(editor, 10, 10);
        QCoreApplication::processEvents();
    }

    // The cut-set table with every column in view, as a user arranges it: the
    // elements column sized to its contents (the table sized its columns once, to
    // the first cut sets it showed), or narrowed so that the probability and the
    // share stay in view when the names are long (a drag on the header's divider).
    static void fitCutSetColumns(LiveAnalysis *live)
    {
        live->analysisDock()->showTable(AnalysisDock::CutSets);
        QTableView *table = live->analysisDock()->tableView(AnalysisDock::CutSets);
        QCoreApplication::processEvents();
        constexpr int names = 2; // "Fails together"
        table->resizeColumnToContents(names);
        QHeaderView *header = table->horizontalHeader();
        int others = 0;
        for (int c = 0; c < header->count(); ++c)
            if (c != names)
                others += std::max({c + 1 == header->count() ? header->defaultSectionSize() : header->sectionSize(c),
                                    header->sectionSizeHint(c),
                                    static_cast<QAbstractItemView *>(table)->sizeHintForColumn(c)});
        const int room = table->viewport()->width() - others;
        if (header->sectionSize(names) > room)
            header->resizeSection(names, std::max(room, 160));
        QCoreApplication::processEvents();
    }

    // A duration typed into the inspector with its unit chosen first, as a user does.
    static bool typeDuration(InspectorWidget *inspector, const QString &key, const QString &text, NumberFormat::Time unit)
    {
        QWidget *editor = inspector->editorFor(key);
        auto *unitBox = editor && editor->parentWidget() ? editor->parentWidget()->findChild<QComboBox *>() : nullptr;
        if (!unitBox || unitBox->findData(int(unit)) < 0)
            return false;
        const int index = unitBox->findData(int(unit));
        unitBox->setCurrentIndex(index);
        emit unitBox->activated(index); // chosen by the user: the field shows its value in that unit
        return inspector->commitText(key, text);
    }

private slots:
    void initTestCase()
    {
        nf::installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
        AppTheme::apply(AppTheme::Mode::Light);
    }

    // docs/guide/getting-started.md, step by step.
    void gettingStarted()
    {
        MainWindow w;
        quiet(w);
        w.resize(kWindowSize);
        w.show();
        arrangeDocks(w);
        // File ▸ New.
        QMenu *fileMenu = menuTitled(w.menuBar(), u"File"_s);
        QVERIFY(fileMenu);
        QVERIFY(fileMenu->actions().contains(w.action(u"new"_s)));
        w.action(u"new"_s)->trigger();
        QVERIFY(w.document());
        QVERIFY(!w.isShowingWelcome());
        CanvasScene *scene = w.scene();
        CanvasView *view = w.view();
        InspectorWidget *inspector = w.inspector();
        Document *doc = w.document();
        LiveAnalysis *live = w.liveAnalysis();
        const Model &m = doc->model();
        // Every step is one or more undoable edits; nothing is written behind the editor's back.
        auto undoCount = [doc] { return doc->undoStack()->count(); };

        // The palette's sections named on the page.
        auto *tree = w.palette()->findChild<QTreeWidget *>();
        QVERIFY(tree);
        auto paletteItem = [tree](const QString &section, const QString &entry) -> QTreeWidgetItem * {
            for (int i = 0; i < tree->topLevelItemCount(); ++i) {
                QTreeWidgetItem *s = tree->topLevelItem(i);
                if (s->text(0) != section)
                    continue;
                for (int j = 0; j < s->childCount(); ++j)
                    if (s->child(j)->text(0) == entry)
                        return s->child(j);
            }
            return nullptr;
        };
        QVERIFY(w.palette()->isVisible());
        QVERIFY(paletteItem(u"Failure domains"_s, u"Zone / data centre"_s));
        QVERIFY(paletteItem(u"Services and data"_s, u"Service"_s));
        QVERIFY(paletteItem(u"Services and data"_s, u"Database"_s));
        QVERIFY(paletteItem(u"Operations"_s, u"On-call human"_s));

        // Where things go on the canvas. Zones are dropped at their default size
        // (420 × 300) side by side, 60 apart; the apps in the upper half of each
        // zone facing each other, the databases below them, so that the groups'
        // outlines, the links and the entry point (placed by the editor above the
        // app group) all have room.
        const QSizeF zoneSize = DocumentEditor::defaultSize(ElementType::Container, ContainerKind::Zone);
        QCOMPARE(zoneSize, QSizeF(420, 300));
        const QPointF zoneACentre(210, 150), zoneBCentre(690, 150);
        const QPointF appACentre(240, 78), appBCentre(660, 78);
        const QPointF dbPCentre(240, 228), dbSCentre(660, 228);
        // One fixed view for all six pictures: the finished drawing (with the entry
        // point above the zones) fits and the pictures do not jump from step to step.
        auto frame = [&] {
            const QRectF finished(-20, -60, 940, 380);
            QCoreApplication::processEvents();
            const QRectF port = view->viewport()->rect();
            view->setZoom(std::min({port.width() / finished.width(), port.height() / finished.height(), 0.86}));
            view->centerOn(finished.center());
            QCoreApplication::processEvents();
        };

        // ---- 1. Two zones from the palette, named and given their failure rates in the inspector.
        const QString zoneA = scene->dropPaletteEntry(u"container:zone"_s, zoneACentre);
        const QString zoneB = scene->dropPaletteEntry(u"container:zone"_s, zoneBCentre);
        QVERIFY(!zoneA.isEmpty() && !zoneB.isEmpty());
        for (const auto &[id, name] : {std::pair{zoneA, u"Zone A"_s}, std::pair{zoneB, u"Zone B"_s}}) {
            scene->selectIds({id});
            QCOMPARE(inspector->selection(), QStringList{id});
            QVERIFY(inspector->fieldKeys().contains(u"mtbf_hours"_s));
            QVERIFY(inspector->commitText(u"name"_s, name));
            QVERIFY(inspector->commitValue(u"failure_mode"_s, u"rates"_s)); // MTBF and MTTR
            QVERIFY(typeDuration(inspector, u"mtbf_hours"_s, u"43800"_s, NumberFormat::Time::Hours));
            QVERIFY(typeDuration(inspector, u"mttr_hours"_s, u"7"_s, NumberFormat::Time::Hours));
        }
        QCOMPARE(m.containers.size(), 2);
        for (const Container &c : m.containers) {
            QCOMPARE(c.kind, ContainerKind::Zone);
            QCOMPARE(c.failure.mode, FailureModel::Mode::Rates);
            QCOMPARE(c.failure.mtbfHours, 43800.0);
            QCOMPARE(c.failure.mttrHours, 7.0);
        }
        QCOMPARE(doc->container(zoneA)->name, u"Zone A"_s);
        QCOMPARE(doc->container(zoneB)->name, u"Zone B"_s);
        // Side by side, not one inside the other.
        QVERIFY(doc->parentOf(zoneB).isEmpty());
        QVERIFY(scene->nodeRect(zoneA).right() < scene->nodeRect(zoneB).left());
        // The picture: Zone B, just given its figures, selected, its fields in the
        // inspector as typed (43,800 hours; on a later selection the inspector shows
        // the same figure in its own unit, 1825 days).
        QCOMPARE(inspector->selection(), QStringList{zoneB});
        w.findChild<QDockWidget *>(u"inspectorDock"_s)->raise();
        frame();
        save(grabWindow(w), u"getting-started-1"_s);

        // ---- 2. A service and a database into each zone.
        struct Part { QString entry; QPointF centre; QString zone; QString name; };
        const QList<Part> parts{{u"component:service"_s, appACentre, zoneA, u"App A"_s},
                                {u"component:service"_s, appBCentre, zoneB, u"App B"_s},
                                {u"component:database"_s, dbPCentre, zoneA, u"DB primary"_s},
                                {u"component:database"_s, dbSCentre, zoneB, u"DB standby"_s}};
        QStringList ids;
        for (const Part &p : parts) {
            const QString id = scene->dropPaletteEntry(p.entry, p.centre);
            QVERIFY(!id.isEmpty());
            // Dropped inside a zone, placed in it.
            QCOMPARE(doc->parentOf(id), p.zone);
            QCOMPARE(inspector->selection(), QStringList{id}); // the new element is selected
            QVERIFY(inspector->commitText(u"name"_s, p.name));
            if (p.entry == u"component:service"_s) {
                // The availability field shows once the failure model is a fixed availability.
                QVERIFY(!inspector->fieldKeys().contains(u"availability"_s));
                QVERIFY(inspector->commitValue(u"failure_mode"_s, u"fixed"_s));
                QVERIFY(inspector->commitText(u"availability"_s, u"99.5 %"_s));
                QVERIFY(typeDuration(inspector, u"mttr_hours"_s, u"1"_s, NumberFormat::Time::Hours));
            } else {
                QVERIFY(inspector->fieldKeys().contains(u"mtbf_hours"_s));
                QVERIFY(typeDuration(inspector, u"mtbf_hours"_s, u"8760"_s, NumberFormat::Time::Hours));
                QVERIFY(typeDuration(inspector, u"mttr_hours"_s, u"4"_s, NumberFormat::Time::Hours));
            }
            ids << id;
        }
        const QString appA = ids[0], appB = ids[1], dbP = ids[2], dbS = ids[3];
        QCOMPARE(m.components.size(), 4);
        for (const QString &id : {appA, appB}) {
            QCOMPARE(doc->component(id)->kind, ComponentKind::Service);
            QCOMPARE(doc->component(id)->failure.mode, FailureModel::Mode::FixedAvailability);
            QCOMPARE(doc->component(id)->failure.availability, 0.995);
            QCOMPARE(doc->component(id)->failure.mttrHours, 1.0);
        }
        for (const QString &id : {dbP, dbS}) {
            QCOMPARE(doc->component(id)->kind, ComponentKind::Database);
            QCOMPARE(doc->component(id)->failure.mode, FailureModel::Mode::Rates);
            QCOMPARE(doc->component(id)->failure.mtbfHours, 8760.0);
            QCOMPARE(doc->component(id)->failure.mttrHours, 4.0);
        }
        QCOMPARE(doc->container(zoneA)->children, (QStringList{appA, dbP}));
        QCOMPARE(doc->container(zoneB)->children, (QStringList{appB, dbS}));
        // The picture: the database just dropped in Zone B selected, the palette's
        // Database entry (where it came from) current.
        tree->setCurrentItem(paletteItem(u"Services and data"_s, u"Database"_s));
        QCOMPARE(inspector->selection(), QStringList{dbS});
        frame();
        save(grabWindow(w), u"getting-started-2"_s);
        tree->setCurrentItem(nullptr);

        // ---- 3. Model ▸ Group as Redundancy Group on both apps; N = 1, M = 1.
        QMenu *modelMenu = menuTitled(w.menuBar(), u"Model"_s);
        QVERIFY(modelMenu);
        QVERIFY(modelMenu->actions().contains(w.action(u"groupRedundant"_s)));
        QCOMPARE(w.action(u"groupRedundant"_s)->text().remove(u'&'), u"Group as Redundancy Group"_s);
        scene->selectIds({appA, appB});
        QVERIFY(w.action(u"groupRedundant"_s)->isEnabled());
        int before = undoCount();
        w.action(u"groupRedundant"_s)->trigger();
        QCOMPARE(undoCount(), before + 1);
        QCOMPARE(m.groups.size(), 1);
        const QString appGroup = m.groups.first().id;
        QCOMPARE(inspector->selection(), QStringList{appGroup}); // the new group is selected
        QCOMPARE(inspector->editorFor(u"policy"_s) != nullptr, true);
        QVERIFY(inspector->commitValue(u"declared_n"_s, 1));
        QVERIFY(inspector->commitValue(u"declared_m"_s, 1));
        {
            const RedundancyGroup &g = m.groups.first();
            QCOMPARE(g.members, (QStringList{appA, appB}));
            QCOMPARE(g.policy, RedundancyPolicy::ActiveActive); // kept as it came
            QCOMPARE(g.declaredN, 1);
            QCOMPARE(g.declaredM, 1);
        }
        // Drawn as an outline around both apps.
        QVERIFY(scene->item(appGroup));
        QVERIFY(scene->elementRect(appGroup).contains(scene->nodeRect(appA)));
        QVERIFY(scene->elementRect(appGroup).contains(scene->nodeRect(appB)));
        frame();
        save(grabWindow(w), u"getting-started-3"_s);

        // ---- 4. Links: failover (3), replication (4), dependency (1), from Model ▸ Link Kind.
        QMenu *linkMenu = subMenuTitled(modelMenu, u"Link Kind"_s);
        QVERIFY(linkMenu);
        const QList<std::tuple<QString, QString, LinkKind, QString>> kinds{
            {u"linkDependency"_s, u"Dependency"_s, LinkKind::Dependency, u"1"_s},
            {u"linkFailover"_s, u"Failover"_s, LinkKind::Failover, u"3"_s},
            {u"linkReplication"_s, u"Replication"_s, LinkKind::Replication, u"4"_s}};
        for (const auto &[name, text, kind, key] : kinds) {
            QAction *a = w.action(name);
            QVERIFY(linkMenu->actions().contains(a));
            QCOMPARE(a->text(), text);
            QCOMPARE(a->shortcut(), QKeySequence(key));
        }
        // A link as the canvas draws it when the drag ends on its target: the kind
        // chosen in the menu, the editor's createLink, the new link selected.
        auto drawLink = [&](const QString &kindAction, const QString &from, const QString &to) {
            w.action(kindAction)->trigger();
            QString error;
            const QString id = scene->editor().createLink(scene->linkKind(), from, to, &error);
            if (!id.isEmpty())
                scene->selectIds({id});
            return std::pair{id, error};
        };
        const auto [failover, failoverError] = drawLink(u"linkFailover"_s, dbP, dbS);
        QVERIFY2(!failover.isEmpty(), qPrintable(failoverError));
        QCOMPARE(scene->linkKind(), LinkKind::Failover);
        QVERIFY(typeDuration(inspector, u"detection_seconds"_s, u"30"_s, NumberFormat::Time::Seconds));
        QVERIFY(typeDuration(inspector, u"promotion_seconds"_s, u"30"_s, NumberFormat::Time::Seconds));
        QVERIFY(typeDuration(inspector, u"reconnect_seconds"_s, u"10"_s, NumberFormat::Time::Seconds));
        // They became an active-passive group.
        QCOMPARE(m.groups.size(), 2);
        const RedundancyGroup dbGroupValue = m.groups.last();
        const QString dbGroup = dbGroupValue.id;
        QCOMPARE(dbGroupValue.policy, RedundancyPolicy::ActivePassive);
        QCOMPARE(dbGroupValue.members, (QStringList{dbP, dbS}));

        const auto [replication, replicationError] = drawLink(u"linkReplication"_s, dbP, dbS);
        QVERIFY2(!replication.isEmpty(), qPrintable(replicationError));
        QVERIFY(inspector->commitValue(u"mode"_s, u"async"_s));
        QVERIFY(typeDuration(inspector, u"lag_seconds"_s, u"5"_s, NumberFormat::Time::Seconds));

        QStringList dependencies;
        for (const QString &app : {appA, appB}) {
            const auto [dep, depError] = drawLink(u"linkDependency"_s, app, dbGroup);
            QVERIFY2(!dep.isEmpty(), qPrintable(depError));
            dependencies << dep;
        }
        QCOMPARE(m.failovers.size(), 1);
        {
            const FailoverLink &f = m.failovers.first();
            QCOMPARE(f.from, dbP);
            QCOMPARE(f.to, dbS);
            QCOMPARE(f.detectionSeconds, 30.0);
            QCOMPARE(f.promotionSeconds, 30.0);
            QCOMPARE(f.reconnectSeconds, 10.0);
            QVERIFY(f.automatic);
            QCOMPARE(f.fencing, Fencing::None);
        }
        QCOMPARE(m.replications.size(), 1);
        QCOMPARE(m.replications.first().from, dbP);
        QCOMPARE(m.replications.first().to, dbS);
        QCOMPARE(m.replications.first().mode, ReplicationMode::Asynchronous);
        QCOMPARE(m.replications.first().lagSeconds, 5.0);
        QVERIFY(m.replications.first().lagAlertRoute.isEmpty());
        QCOMPARE(m.dependencies.size(), 2);
        QCOMPARE(m.dependencies[0].from, appA);
        QCOMPARE(m.dependencies[1].from, appB);
        for (const DependencyLink &d : m.dependencies) {
            QCOMPARE(d.to, dbGroup);
            QCOMPARE(d.kind, DependencyKind::Requires);
        }
        for (const QString &id : QStringList{failover, replication} + dependencies)
            QVERIFY(scene->item(id));
        // The failover and the replication join the same two databases: both labels
        // readable, one above the other.
        QCOMPARE(scene->parallelLinks(static_cast<LinkItem *>(scene->item(failover))).size(), 2);
        QVERIFY2(overlappingLabels(scene).isEmpty(), qPrintable(overlappingLabels(scene).join(u", "_s)));
        // The picture: the failover selected, its timing in the inspector.
        w.action(u"linkDependency"_s)->trigger();
        scene->selectIds({failover});
        scrollInspectorTo(inspector, u"reconnect_seconds"_s);
        frame();
        save(grabWindow(w), u"getting-started-4"_s);

        // ---- 5. Model ▸ Add Entry Point on the app group: Orders.
        QVERIFY(modelMenu->actions().contains(w.action(u"addEntry"_s)));
        QCOMPARE(w.action(u"addEntry"_s)->text().remove(u'&'), u"Add Entry Point"_s);
        scene->selectIds({appGroup});
        before = undoCount();
        w.action(u"addEntry"_s)->trigger();
        QCOMPARE(undoCount(), before + 1);
        QCOMPARE(m.services.size(), 1);
        const QString orders = m.services.first().id;
        QCOMPARE(inspector->selection(), QStringList{orders});
        QVERIFY(inspector->commitText(u"name"_s, u"Orders"_s));
        QVERIFY(inspector->commitText(u"availability_target"_s, u"99.95 %"_s));
        QVERIFY(typeDuration(inspector, u"rto_seconds"_s, u"5"_s, NumberFormat::Time::Minutes));
        QVERIFY(typeDuration(inspector, u"rpo_seconds"_s, u"1"_s, NumberFormat::Time::Minutes));
        QVERIFY(inspector->commitText(u"outage_cost_per_second"_s, u"20"_s));
        {
            const Service &s = m.services.first();
            QCOMPARE(s.name, u"Orders"_s);
            QCOMPARE(s.entry, appGroup);
            QCOMPARE(s.availabilityTarget, std::optional<double>(0.9995));
            QCOMPARE(s.rtoSeconds, std::optional<double>(300.0));
            QCOMPARE(s.rpoSeconds, std::optional<double>(60.0));
            QCOMPARE(s.outageCostPerSecond, 20.0);
            QCOMPARE(m.currency, u"USD"_s); // "$20 a second"
        }
        // Placed above the app group, clear of the zones' title bars.
        QVERIFY(scene->nodeRect(orders).bottom() < scene->elementRect(appGroup).top());
        QVERIFY(scene->nodeRect(orders).bottom() <= scene->nodeRect(zoneA).top());
        scrollInspectorTo(inspector, u"outage_cost_per_second"_s);
        frame();
        save(grabWindow(w), u"getting-started-5"_s);

        // ---- 6. The analysis.
        QVERIFY(live->controller()->waitForResult());
        const AnalysisResultPtr result = live->controller()->result();
        QVERIFY(result);
        const QStringList codes = findingCodes(*result);
        for (const QString &code :
             {u"split-brain-risk"_s, u"async-data-loss"_s, u"no-lag-monitoring"_s, u"failover-cost"_s})
            QVERIFY2(codes.contains(code), qPrintable(codes.join(u", "_s)));
        // Nothing else: the model is drawn as the page says, with no slip.
        QCOMPARE(codes.size(), 4);
        for (const Finding &f : result->findings) {
            if (f.code == u"split-brain-risk"_s)
                QCOMPARE(f.severity, Finding::Severity::Critical);
            else if (f.code == u"async-data-loss"_s || f.code == u"no-lag-monitoring"_s)
                QCOMPARE(f.severity, Finding::Severity::Warning);
        }

        // Orders, by hand. The apps' side is up when (App A and Zone A) or (App B and
        // Zone B) are up; the databases' side when (DB primary and Zone A) or
        // (DB standby and Zone B) are up (a hot standby with an automatic failover
        // of coverage 1; the failover's interruption is reported apart). With
        //   qZ  = 7 / (43,800 + 7)   = 1.597918e-4   (a zone)
        //   qA  = 1 − 0.995          = 5e-3          (an app, fixed availability)
        //   qD  = 4 / (8,760 + 4)    = 4.564126e-4   (a database)
        // and conditioning on the zones (both up; exactly one down; both down):
        //   A = (1−qZ)²·(1−qA²)·(1−qD²) + 2·qZ·(1−qZ)·(1−qA)·(1−qD) + 0
        //     = 0.999973031   →  99.9973 %,  U = 2.69686e-5
        //   downtime = U × 525,960 min (a year of 365.25 days) = 14.18 min a year.
        // The largest cut set, App A + App B: qA² = 2.5e-5, 2.5e-5 / 2.69686e-5 = 92.7 %.
        // The page says: 99.9973 %, 14.18 minutes, 92.7 %.
        const double qZ = 7.0 / 43807.0, qA = 0.005, qD = 4.0 / 8764.0;
        const double byHand =
            (1 - qZ) * (1 - qZ) * (1 - qA * qA) * (1 - qD * qD) + 2 * qZ * (1 - qZ) * (1 - qA) * (1 - qD);
        const ServiceFigures *ordersFigures = serviceNamed(*result, u"Orders"_s);
        QVERIFY(ordersFigures);
        QVERIFY2(std::abs(ordersFigures->figures.availability - byHand) < 1e-10,
                 qPrintable(QString::number(ordersFigures->figures.availability, 'g', 12)));
        QCOMPARE(QString::number(ordersFigures->figures.availability * 100, 'f', 4), u"99.9973"_s);
        QCOMPARE(QString::number(ordersFigures->figures.downtimeMinutesPerYear, 'f', 2), u"14.18"_s);
        QVERIFY(ordersFigures->meetsTarget);
        // The headline counts the failover's interruptions too (DOMAIN.md §12):
        // about 1.1994 failovers a year (below) of 70 s each, 1.40 min a year, so
        //   U = 2.69686e-5 + 1.40 / 525,960 = 2.9629e-5  →  99.9970 %, 15.58 min a year.
        {
            const double failoversPerYear = (8766.0 / 8760.0 + 8766.0 / 43800.0) * (1 - qD) * (1 - qZ);
            const double total = (1.0 - byHand) + failoversPerYear * 70.0 / 60.0 / 525960.0;
            QVERIFY2(std::abs(ordersFigures->budget.unavailability - total) < 1e-3 * total,
                     qPrintable(QString::number(ordersFigures->budget.unavailability, 'g', 8)));
            QCOMPARE(QString::number(100.0 * (1.0 - total), 'f', 4), u"99.9970"_s);
            QCOMPARE(QString::number(total * 525960.0, 'f', 2), u"15.58"_s);
            QVERIFY2(live->analysisDock()->headline()->availabilityText() == u"99.997 %"_s,
                     qPrintable(live->analysisDock()->headline()->availabilityText()));
        }
        QVERIFY(!result->cutSets.isEmpty());
        {
            const QStringList top = result->cutSets.first().elements;
            QCOMPARE(QSet<QString>(top.begin(), top.end()), (QSet<QString>{appA, appB}));
        }
        QCOMPARE(QString::number(result->cutSets.first().share * 100, 'f', 1), u"92.7"_s);
        // The failover: RTO 30 + 30 + 10 s; the primary leaves service at
        // 1/8,760 + 1/43,800 an hour (itself or its zone) while both are up,
        //   (8,766/8,760 + 8,766/43,800) × (1 − qD)(1 − qZ) = 1.1994 a year,
        // and each failover costs 70 s × $20 = $1,400: $1,679 a year (the page: about $1,680).
        QCOMPARE(result->failovers.size(), 1);
        {
            const FailoverReport &f = result->failovers.first();
            QCOMPARE(f.rtoSeconds, 70.0);
            QCOMPARE(f.rpoSeconds, 5.0);
            const double perYear = (8766.0 / 8760.0 + 8766.0 / 43800.0) * (1 - qD) * (1 - qZ);
            QVERIFY2(std::abs(f.failoversPerYear - perYear) < 1e-3, qPrintable(QString::number(f.failoversPerYear)));
            QCOMPARE(QString::number(f.failoversPerYear, 'f', 1), u"1.2"_s);
            QCOMPARE(f.costPerFailover, 1400.0);
            QVERIFY2(std::abs(f.costPerYear - 1400.0 * perYear) < 2.0, qPrintable(QString::number(f.costPerYear)));
            QVERIFY(std::abs(f.costPerYear - 1680.0) < 2.0);
        }
        // The asynchronous lag (5 s) is within the RPO (60 s): a warning, not a miss.
        QVERIFY(!codes.contains(u"rpo-miss"_s));
        for (const Finding &f : result->findings) {
            if (f.code == u"async-data-loss"_s)
                QVERIFY2(f.message.contains(u"up to 5 s"_s), qPrintable(f.message));
            else if (f.code == u"failover-cost"_s)
                QVERIFY2(f.message.contains(u"1 min 10 s"_s) && f.message.contains(u"$1,400"_s), qPrintable(f.message));
        }
        // The picture: the analysis dock and the findings; the critical finding
        // chosen (clicked: its elements are highlighted and selected), then the
        // failover it is about selected, its Fencing (None) in the inspector, where
        // the fix goes.
        scene->clearSelection();
        QVERIFY(live->analysisDockWidget()->isVisible());
        QVERIFY(live->findingsDockWidget()->isVisible());
        FindingsPanel *findings = live->findings();
        QCOMPARE(findings->shownCount(), 4);
        const int splitBrain = findings->rowOf(u"split-brain-risk"_s);
        QCOMPARE(splitBrain, 0); // most severe first
        findings->view()->setCurrentIndex(findings->view()->model()->index(splitBrain, 0));
        emit findings->findingActivated(*findings->findingAt(splitBrain));
        QCoreApplication::processEvents();
        QVERIFY(findings->findingAt(splitBrain)->elements.contains(failover));
        for (const QString &id : findings->findingAt(splitBrain)->elements)
            QVERIFY(scene->item(id)->overlay().highlighted);
        {
            const QStringList selected = scene->selectedIds();
            const QStringList involved = findings->findingAt(splitBrain)->elements;
            QCOMPARE(QSet<QString>(selected.begin(), selected.end()), QSet<QString>(involved.begin(), involved.end()));
        }
        scene->selectIds({failover});
        QVERIFY(inspector->fieldKeys().contains(u"fencing"_s));
        scrollInspectorTo(inspector, u"fencing"_s);
        QCOMPARE(findings->view()->currentIndex().row(), splitBrain);
        frame();
        const QImage analysed = grabWindow(w);
        QCOMPARE(analysed.size(), kWindowSize);
        save(analysed, u"getting-started-6"_s);

        // Everything above was drawn through undoable edits: undoing them all leaves
        // the new, empty model, and redoing them all gives the same model back.
        {
            const Model drawn = doc->model();
            QUndoStack *stack = doc->undoStack();
            while (stack->canUndo())
                stack->undo();
            QVERIFY(m.components.isEmpty() && m.containers.isEmpty() && m.groups.isEmpty() && m.services.isEmpty()
                    && m.dependencies.isEmpty() && m.failovers.isEmpty() && m.replications.isEmpty());
            while (stack->canRedo())
                stack->redo();
            QVERIFY(doc->model() == drawn);
        }

        // The page's closing experiment: App B and DB standby dragged into Zone A
        // (one move, as a drag is). Two shared-failure-domain findings, and Zone A a
        // single point of failure: qZ × 525,960 = 84.0 of about 97 minutes
        // (U ≈ qZ + (1−qZ)(qA² + qD²) = 1.850e-4, 97.3 minutes).
        doc->undoStack()->beginMacro(u"Move into Zone A"_s);
        scene->editor().setParent(appB, zoneA);
        scene->editor().setParent(dbS, zoneA);
        doc->undoStack()->endMacro();
        QVERIFY(live->controller()->waitForResult());
        {
            const AnalysisResultPtr moved = live->controller()->result();
            QCOMPARE(findingCodes(*moved).count(u"shared-failure-domain"_s), 2);
            QVERIFY(findingCodes(*moved).contains(u"spof"_s));
            const ElementFigures *zone = moved->element(zoneA);
            QVERIFY(zone);
            QCOMPARE(qRound(zone->downtimeMinutesPerYear), 84);
            QCOMPARE(qRound(moved->system.downtimeMinutesPerYear), 97);
        }
        doc->undoStack()->undo();
        QVERIFY(live->controller()->waitForResult());
        QCOMPARE(findingCodes(*live->controller()->result()).size(), 4);
        doc->undoStack()->clear();
    }

    // docs/guide/examples/*.md: each example as it opens from File ▸ Examples.
    void example_data()
    {
        QTest::addColumn<QString>("page");
        const QDir pages(guidePath(u"examples"_s));
        const QStringList files = pages.entryList({u"*.md"_s}, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 12);
        for (const QString &f : files)
            QTest::newRow(qPrintable(f.chopped(3))) << pages.filePath(f);
    }

    void example()
    {
        QFETCH(QString, page);
        const QString name = QFileInfo(page).completeBaseName();
        // Line 6 of the page names the picture; line 4 the menu entry.
        QFile f(page);
        QVERIFY(f.open(QIODevice::ReadOnly | QIODevice::Text));
        const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n');
        QVERIFY(lines.size() > 6);
        QVERIFY2(lines[5].contains(u"(../../images/guide/example-"_s + name + u".png)"_s), qPrintable(lines[5]));
        const QRegularExpressionMatch menuName =
            QRegularExpression(u"File ▸ Examples ▸ \\*(.+)\\*"_s).match(lines[3]);
        QVERIFY2(menuName.hasMatch(), qPrintable(lines[3]));

        MainWindow w;
        quiet(w);
        w.resize(kExampleWindowSize);
        w.show();
        arrangeDocks(w);
        // File ▸ Examples ▸ the entry the page names (the menu shows the model's full name).
        QMenu *examples = subMenuTitled(menuTitled(w.menuBar(), u"File"_s), u"Examples"_s);
        QVERIFY(examples);
        QAction *entry = nullptr;
        for (QAction *a : examples->actions())
            if (a->data().toString() == u":/examples/"_s + name + u".ninefold"_s)
                entry = a;
        QVERIFY(entry);
        QVERIFY2(entry->text().startsWith(menuName.captured(1)),
                 qPrintable(entry->text() + u" / "_s + menuName.captured(1)));
        // Opens without errors (a model with errors would ask first: quiet() refuses).
        const LoadResult r = ModelReader::readFile(test::examplePath(name + u".ninefold"_s));
        QVERIFY(r.model);
        QVERIFY(r.ok());
        entry->trigger();
        QVERIFY(w.document());
        QVERIFY(!w.isShowingWelcome());
        QCOMPARE(w.document()->model().components.size(), r.model->components.size());

        LiveAnalysis *live = w.liveAnalysis();
        QVERIFY(live->controller()->waitForResult());
        const AnalysisResultPtr result = live->controller()->result();
        QVERIFY(result);
        QVERIFY(!result->services.isEmpty());
        QVERIFY(result->system.availability > 0.0 && result->system.availability <= 1.0);
        QVERIFY(!live->analysisDock()->headline()->availabilityText().isEmpty());

        QVERIFY2(overlappingLabels(w.scene()).isEmpty(), qPrintable(overlappingLabels(w.scene()).join(u", "_s)));
        w.view()->zoomToFit();
        QCoreApplication::processEvents();
        const QImage image = grabWindow(w);
        QCOMPARE(image.size(), kExampleWindowSize);
        save(image, u"example-"_s + name);
    }
};

NF_GUI_TEST_MAIN(TestGuideScreenshots)
#include "tst_guidescreenshots.moc"
