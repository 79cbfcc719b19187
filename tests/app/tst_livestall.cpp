// The live analysis runs beside the editor: with a generated 1,000-component
// model open, a continuous drag goes on while analyses of edits run on the
// worker thread and their results arrive. How long the event loop stalls is a
// speed figure, measured by bench/bench_livestall (target: under 50 ms).

#include "apptestsupport.h"
#include "dragstall.h"
#include "architecturegenerator.h"
#include "canvasscene.h"
#include "canvasview.h"
#include "changeelement.h"
#include "document.h"
#include "liveanalysis.h"
#include "mainwindow.h"
#include "modelwriter.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace nf;

class TestLiveStall : public QObject
{
    Q_OBJECT

private slots:
    void dragWhileAnalysing()
    {
        QTemporaryDir dir;
        const Model generated = test::generateArchitecture(1000, 50);
        QCOMPARE(generated.components.size(), 1000);
        const QString path = dir.filePath(u"large.ninefold"_s);
        QVERIFY(ModelWriter::save(generated, path));

        MainWindow w;
        MainWindow::Prompts p;
        p.error = [](const QString &, const QString &) {};
        p.unsavedChanges = [](const QString &) { return QMessageBox::Discard; };
        p.openDespiteErrors = [](const QString &) { return true; };
        p.recover = [](const RecoveryManager::Entry &) { return false; };
        p.confirmRevert = [] { return true; };
        w.setPrompts(p);
        w.resize(1600, 1000);
        w.show();
        QVERIFY(w.openFile(path));
        AnalysisController *controller = w.liveAnalysis()->controller();
        QElapsedTimer first;
        first.start();
        QVERIFY(controller->waitForResult(120000));
        const qint64 firstMs = first.elapsed();
        const double analysisMs = controller->result()->analysisMilliseconds;

        // A card to drag, in view at the editing zoom.
        Document *doc = w.document();
        const QString moving = u"tier-3-0"_s;
        QVERIFY(doc->component(moving));
        CanvasView *view = w.view();
        view->zoomToFit();
        QCoreApplication::processEvents();
        QElapsedTimer paint;
        paint.start();
        view->viewport()->repaint();
        const qint64 repaintMs = paint.elapsed();

        const test::DragStallFigures f = test::dragWhileAnalysing(w, moving, u"tier-0-0"_s, 3000);
        qInfo("1,000 components: first analysis %lld ms (%.0f ms on the worker), one repaint of the canvas %lld ms; "
              "during %d drag steps and %d edits, %d analyses started and %d results arrived; longest event-loop "
              "stall %lld ms; showing a result took at most %.1f ms (figures: bench/bench_livestall)",
              firstMs, analysisMs, repaintMs, f.steps, f.edits, f.analysesStarted, f.results, f.longestStallMs,
              f.longestApplyMs);
        // Counts, not timings: a loaded machine may fire fewer timer ticks.
        QVERIFY2(f.steps > 50, "the drag did not run");
        QVERIFY2(f.edits >= 2, "the edits did not run");
        QVERIFY2(f.analysesStarted >= 1, "no analysis ran during the drag");
        QVERIFY2(f.results >= 1, "no result arrived during the drag");
        // The drag moved the card: a real gesture on the real document.
        QVERIFY(f.moved);
        controller->waitForResult(120000);
    }
};

NF_GUI_TEST_MAIN(TestLiveStall)
#include "tst_livestall.moc"
