// Renders the live analysis the way a user sees it, on the Delta and PostgreSQL
// examples: the window with the analysis dock and the findings, the canvas with
// its overlays and the heat map, the failure drill, the block diagram, each
// chart and the sensitivity study. With NINEFOLD_SCREENSHOT_DIR set the pictures
// are written there (for docs/images); the test checks what can be checked of
// each picture.

#include "analysisdock.h"
#include "application.h"
#include "apptestsupport.h"
#include "apptheme.h"
#include "architecturegenerator.h"
#include "canvasitem.h"
#include "canvasscene.h"
#include "canvasview.h"
#include "changeelement.h"
#include "chartpanel.h"
#include "document.h"
#include "drillmode.h"
#include "findingspanel.h"
#include "liveanalysis.h"
#include "mainwindow.h"
#include "modelwriter.h"
#include "rbdview.h"
#include "sensitivitypanel.h"
#include "testsupport.h"

#include <QChartView>
#include <QDir>
#include <QDockWidget>
#include <QImage>
#include <QListView>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace nf;

class TestAnalysisScreenshots : public QObject
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

private slots:
    void initTestCase()
    {
        nf::installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void example_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("focus"); // an element to select
        QTest::newRow("delta") << u"delta-2016.ninefold"_s << u"delta"_s << u"switchgear"_s;
        QTest::newRow("postgres") << u"postgres-failover.ninefold"_s << u"postgres"_s << u"pg-primary"_s;
    }

    void example()
    {
        QFETCH(QString, file);
        QFETCH(QString, tag);
        QFETCH(QString, focus);
        AppTheme::apply(AppTheme::Mode::Light);
        MainWindow w;
        quiet(w);
        w.resize(1600, 1000);
        w.show();
        QVERIFY(w.openFile(test::examplePath(file)));
        LiveAnalysis *live = w.liveAnalysis();
        QVERIFY(live->controller()->waitForResult());
        w.statusBar()->clearMessage();
        QCoreApplication::processEvents();
        w.view()->zoomToFit();
        QCoreApplication::processEvents();

        // The window: canvas with SPOFs and badges, the analysis dock, the findings.
        const QImage window = w.grab().toImage();
        QCOMPARE(window.size(), QSize(1600, 1000));
        save(window, u"analysis-window-"_s + tag);
        save(live->analysisDockWidget()->grab().toImage(), u"analysis-dock-"_s + tag);
        // A finding chosen: its elements highlighted and selected.
        FindingsPanel *findings = live->findings();
        QVERIFY(findings->shownCount() > 0);
        const int row = findings->rowOf(u"spof"_s) >= 0 ? findings->rowOf(u"spof"_s) : 0;
        findings->view()->setCurrentIndex(findings->view()->model()->index(row, 0));
        emit findings->findingActivated(*findings->findingAt(row));
        QCoreApplication::processEvents();
        save(live->findingsDockWidget()->grab().toImage(), u"findings-"_s + tag);
        w.scene()->clearSelection();

        // The heat map.
        live->heatAction()->setChecked(true);
        w.view()->zoomToFit();
        QCoreApplication::processEvents();
        QVERIFY(w.scene()->item(focus)->overlay().heat >= 0);
        save(w.view()->grab().toImage(), u"overlay-heat-"_s + tag);
        live->heatAction()->setChecked(false);

        // Tables.
        live->analysisDock()->showTable(AnalysisDock::Importance);
        QCoreApplication::processEvents();
        if (tag == u"delta"_s)
            save(live->analysisDockWidget()->grab().toImage(), u"analysis-importance-"_s + tag);
        live->analysisDock()->showTable(AnalysisDock::Failovers);
        QCoreApplication::processEvents();
        if (tag == u"postgres"_s)
            save(live->analysisDockWidget()->grab().toImage(), u"analysis-failovers-"_s + tag);
        live->analysisDock()->showTable(AnalysisDock::CutSets);

        // Each chart, in a panel of its own at a readable size.
        ChartPanel panel;
        panel.resize(960, 560);
        panel.show();
        panel.setResult(live->controller()->result(), live->controller()->previousResult(),
                        live->controller()->resultModel());
        const QList<std::pair<ChartPanel::Kind, QString>> charts{
            {ChartPanel::Kind::Availability, u"availability"_s}, {ChartPanel::Kind::Reliability, u"reliability"_s},
            {ChartPanel::Kind::Pareto, u"downtime-pareto"_s},    {ChartPanel::Kind::Tornado, u"importance-tornado"_s}};
        for (const auto &[kind, name] : charts) {
            QVERIFY(panel.showChart(kind));
            QVERIFY(panel.chartView()->isVisible());
            QCoreApplication::processEvents();
            save(panel.grab().toImage(), u"chart-"_s + name + u'-' + tag);
        }
        for (const GroupReport &g : live->controller()->result()->groups)
            if (g.hasLoad) {
                QVERIFY(panel.showChart(ChartPanel::Kind::Headroom, g.id));
                QCoreApplication::processEvents();
                save(panel.grab().toImage(), u"chart-headroom-"_s + tag);
                break;
            }
        // The what-if chart after a telling edit: Delta's site failover no longer needing the
        // primary database; PostgreSQL's order service on better instances.
        {
            QList<ElementValue> changed;
            if (tag == u"delta"_s) {
                for (const FailoverLink &f : w.document()->model().failovers)
                    if (f.id == u"site-failover"_s) {
                        FailoverLink g = f;
                        g.needs.clear();
                        changed << ElementValue(g);
                    }
            } else {
                for (const QString &id : {u"app-a"_s, u"app-b"_s}) {
                    Component c = *w.document()->component(id);
                    c.failure = FailureModel::fixed(0.9995, 1);
                    changed << ElementValue(c);
                }
            }
            QVERIFY(!changed.isEmpty());
            w.document()->undoStack()->push(new ChangeElement(w.document(), changed));
            QVERIFY(live->controller()->waitForResult());
            QVERIFY(live->controller()->previousResult());
            // The change helps: fewer expected minutes of downtime.
            QVERIFY(live->controller()->result()->system.unavailability
                    < live->controller()->previousResult()->system.unavailability);
        }
        panel.setResult(live->controller()->result(), live->controller()->previousResult(),
                        live->controller()->resultModel());
        QVERIFY(panel.showChart(ChartPanel::Kind::WhatIf));
        QCoreApplication::processEvents();
        save(panel.grab().toImage(), u"chart-what-if-"_s + tag);
        w.document()->undoStack()->undo();
        QVERIFY(live->controller()->waitForResult());

        // Sensitivity of the focus element's repair time.
        live->sensitivityDockWidget()->raise();
        QTRY_VERIFY(live->sensitivity()->isShown());
        QVERIFY(live->sensitivity()->choose(SensitivityStudy::Parameter::Kind::Mttr, focus));
        QVERIFY(live->sensitivity()->waitForPoints());
        QCoreApplication::processEvents();
        save(live->sensitivityDockWidget()->grab().toImage(), u"sensitivity-"_s + tag);
        w.findChild<QDockWidget *>(u"inspectorDock"_s)->raise();

        // The failure drill: the focus element fails.
        live->drillAction()->trigger();
        live->drill()->setFailed({focus});
        w.view()->zoomToFit();
        QCoreApplication::processEvents();
        QVERIFY(w.scene()->item(focus)->overlay().failed);
        save(w.grab().toImage(), u"drill-"_s + tag + u'-' + focus);
        live->drillAction()->trigger();
        QVERIFY(!w.scene()->item(focus)->overlay().failed);
        w.findChild<QDockWidget *>(u"inspectorDock"_s)->raise();

        // The block diagram, dark, as the issue asks.
        AppTheme::apply(AppTheme::Mode::Dark);
        QCoreApplication::processEvents();
        live->showBlockDiagram(true);
        QCoreApplication::processEvents();
        live->rbdView()->fitWidth();
        QCoreApplication::processEvents();
        QVERIFY(live->rbdView()->diagram()->blockCount() > 0);
        save(w.grab().toImage(), u"rbd-view-"_s + tag);
        live->showBlockDiagram(false);
        QCoreApplication::processEvents();
        if (tag == u"delta"_s)
            save(w.grab().toImage(), u"analysis-window-dark-"_s + tag);
        AppTheme::apply(AppTheme::Mode::Light);
        w.document()->undoStack()->clear();
    }

    void quorumSplitDrill()
    {
        // A network split drilled on the quorum example, seen from each side.
        AppTheme::apply(AppTheme::Mode::Light);
        MainWindow w;
        quiet(w);
        w.resize(1600, 1000);
        w.show();
        QVERIFY(w.openFile(test::examplePath(u"quorum-two-vs-three-zones.ninefold"_s)));
        LiveAnalysis *live = w.liveAnalysis();
        QVERIFY(live->controller()->waitForResult());
        live->drillAction()->trigger();
        DrillMode *drill = live->drill();
        QVERIFY(!drill->splits().isEmpty());
        drill->setSplit(0, false);
        w.view()->zoomToFit();
        QCoreApplication::processEvents();
        QVERIFY(!drill->outcome().unreachable.isEmpty());
        for (const QString &id : drill->outcome().unreachable)
            QCOMPARE(w.scene()->item(id)->overlay().badge, u"unreachable"_s);
        save(w.grab().toImage(), u"drill-quorum-split"_s);
        live->drillAction()->trigger();
        QVERIFY(drill->outcome().unreachable.isEmpty());
    }

    void blockDiagramOf200Components()
    {
        // Legible at 200 components: the view opens at a zoom where labels read.
        AppTheme::apply(AppTheme::Mode::Dark);
        MainWindow w;
        quiet(w);
        w.resize(1600, 1000);
        w.show();
        QTemporaryDir dir;
        const QString path = dir.filePath(u"200.ninefold"_s);
        QVERIFY(ModelWriter::save(test::generateArchitecture(200, 20), path));
        QVERIFY(w.openFile(path));
        LiveAnalysis *live = w.liveAnalysis();
        QVERIFY(live->controller()->waitForResult());
        live->showBlockDiagram(true);
        QCoreApplication::processEvents();
        live->rbdView()->fitWidth();
        QCoreApplication::processEvents();
        QVERIFY(live->rbdView()->diagram()->blockCount() >= 200);
        QVERIFY(live->rbdView()->zoom() >= 0.8); // 11 px labels stay at 9 px or more
        save(w.grab().toImage(), u"rbd-view-200-components"_s);
        AppTheme::apply(AppTheme::Mode::Light);
    }
};

NF_GUI_TEST_MAIN(TestAnalysisScreenshots)
#include "tst_analysisscreenshots.moc"
