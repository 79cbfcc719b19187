// The PDF report of a 200-component generated architecture (issue 7: under 3 s),
// analysis included, written to a temporary file.

#include "architectureanalysis.h"
#include "architecturegenerator.h"
#include "modelwriter.h"
#include "reportgenerator.h"

#include <QApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace nf;

static void BM_Report(benchmark::State &state)
{
    const Model m = test::generateArchitecture(int(state.range(0)), int(state.range(0)) / 20);
    QTemporaryDir dir;
    int pages = 0;
    for (auto _ : state) {
        const AnalysisResult r = ArchitectureAnalysis::run(m);
        ReportGenerator::Input in;
        in.model = &m;
        in.result = &r;
        in.fileBytes = ModelWriter::toBytes(m);
        QString error;
        if (!ReportGenerator::writePdf(in, dir.filePath(QStringLiteral("r.pdf")), &error, [&](int, int total) {
                pages = total;
                return true;
            }))
            state.SkipWithError(qPrintable(error));
    }
    state.counters["pages"] = pages;
}
BENCHMARK(BM_Report)->Arg(200)->Unit(benchmark::kMillisecond)->Iterations(3);

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
