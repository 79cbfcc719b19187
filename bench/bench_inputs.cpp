// Reading and analysing hostile or very large inputs (issue 12): targets on 2
// cores are 40,000 components with an unknown field each validated in < 3 s,
// and long dependency chains analysed without a crash.

#include "architectureanalysis.h"
#include "modelreader.h"

#include <benchmark/benchmark.h>

#include <QByteArray>

using namespace nf;

namespace {
// A pretty-printed model of n components, each with a field Ninefold does not
// know (one warning per component, each located by line).
QByteArray unknownFields(int n)
{
    QByteArray json = "{\n  \"format_version\": 2,\n  \"components\": [\n";
    for (int i = 0; i < n; ++i) {
        json += "    {\n      \"id\": \"c" + QByteArray::number(i) + "\",\n      \"mtbf_hours\": 10000,\n"
                "      \"mttr_hours\": 2,\n      \"colour\": \"red\"\n    }";
        json += i + 1 < n ? ",\n" : "\n";
    }
    json += "  ]\n}\n";
    return json;
}

Model chain(int n)
{
    Model m;
    for (int i = 0; i < n; ++i) {
        Component c;
        c.id = QStringLiteral("c%1").arg(i);
        c.failure = FailureModel::rates(10000.0, 2.0);
        m.components << c;
    }
    for (int i = 0; i + 1 < n; ++i) {
        DependencyLink d;
        d.id = QStringLiteral("d%1").arg(i);
        d.from = m.components.at(i).id;
        d.to = m.components.at(i + 1).id;
        m.dependencies << d;
    }
    Service s;
    s.id = QStringLiteral("svc");
    s.entry = m.components.first().id;
    m.services << s;
    return m;
}
} // namespace

static void BM_ValidateUnknownFields(benchmark::State &state)
{
    const QByteArray bytes = unknownFields(int(state.range(0)));
    for (auto _ : state) {
        const LoadResult r = ModelReader::readBytes(bytes, QStringLiteral("unknown.ninefold"));
        benchmark::DoNotOptimize(r.diagnostics.size());
        state.counters["warnings"] = double(r.diagnostics.size());
    }
}
BENCHMARK(BM_ValidateUnknownFields)->Arg(5000)->Arg(40000)->Unit(benchmark::kMillisecond);

static void BM_AnalyseDependencyChain(benchmark::State &state)
{
    const Model m = chain(int(state.range(0)));
    AnalysisOptions options;
    options.cutSetOrder = 1;
    for (auto _ : state) {
        const AnalysisResult r = ArchitectureAnalysis::run(m, options);
        benchmark::DoNotOptimize(r.system.unavailability);
        state.counters["ok"] = r.ok() ? 1 : 0;
    }
}
BENCHMARK(BM_AnalyseDependencyChain)->Arg(10000)->Unit(benchmark::kMillisecond)->Iterations(3);

BENCHMARK_MAIN();
