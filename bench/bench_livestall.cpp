// The editor never waits for the live analysis: with a generated 1,000-component
// model open, a card is dragged continuously for 3.5 s while edits keep analyses
// running on the worker thread. Reported: the event loop's longest stall (the
// longest gap between ticks of a 1 ms timer; target < 50 ms), the longest time
// showing a result took, and how many analyses ran. Run it alone on the machine.

#include "architecturegenerator.h"
#include "dragstall.h"
#include "modelwriter.h"

#include <QApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace Qt::StringLiterals;
using namespace nf;

namespace {

void BM_DragWhileAnalysing(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"large.ninefold"_s);
    if (!ModelWriter::save(test::generateArchitecture(int(state.range(0)), 50), path)) {
        state.SkipWithError("cannot write the model");
        return;
    }
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
    if (!w.openFile(path) || !w.liveAnalysis()->controller()->waitForResult(120000)) {
        state.SkipWithError("cannot open the model");
        return;
    }
    w.view()->zoomToFit();
    QCoreApplication::processEvents();
    test::DragStallFigures worst;
    for (auto _ : state) {
        const test::DragStallFigures f = test::dragWhileAnalysing(w, u"tier-3-0"_s, u"tier-0-0"_s, 3500);
        state.SetIterationTime(3.5);
        if (f.longestStallMs >= worst.longestStallMs)
            worst = f;
    }
    state.counters["longest_stall_ms"] = double(worst.longestStallMs);
    state.counters["longest_apply_ms"] = worst.longestApplyMs;
    state.counters["analyses"] = worst.analysesStarted;
    state.counters["results"] = worst.results;
    state.counters["drag_steps"] = worst.steps;
}
BENCHMARK(BM_DragWhileAnalysing)->Arg(1000)->UseManualTime()->Iterations(3)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    test::isolateUserFiles();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"NinefoldBench"_s);
    QApplication::setApplicationName(u"NinefoldBench"_s);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
