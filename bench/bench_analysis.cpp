// The architecture analysis on generated architectures (issue 4: a 1,000-component
// architecture with 50 groups over 3 regions × 3 zones must analyse in < 50 ms).

#include "architectureanalysis.h"
#include "architecturegenerator.h"

#include <benchmark/benchmark.h>

using namespace nf;

static void BM_ArchitectureAnalysis(benchmark::State &state)
{
    const Model m = test::generateArchitecture(int(state.range(0)), int(state.range(1)));
    AnalysisOptions options;
    for (auto _ : state) {
        AnalysisResult r = ArchitectureAnalysis::run(m, options);
        benchmark::DoNotOptimize(r.system.unavailability);
        state.counters["cut_sets"] = r.cutSetCount;
        state.counters["findings"] = double(r.findings.size());
    }
}
BENCHMARK(BM_ArchitectureAnalysis)->Args({200, 10})->Args({1000, 50})->Unit(benchmark::kMillisecond);

static void BM_ArchitectureAnalysisNoTime(benchmark::State &state)
{
    const Model m = test::generateArchitecture(int(state.range(0)), int(state.range(1)));
    AnalysisOptions options;
    options.timeFigures = false;
    for (auto _ : state) {
        AnalysisResult r = ArchitectureAnalysis::run(m, options);
        benchmark::DoNotOptimize(r.system.unavailability);
    }
}
BENCHMARK(BM_ArchitectureAnalysisNoTime)->Args({1000, 50})->Unit(benchmark::kMillisecond);

// The same with failbacks, health checks, rolling updates, patching and
// replication (issue 13: the time-aware parts must keep it under 50 ms).
static void BM_ArchitectureAnalysisTimeAware(benchmark::State &state)
{
    const Model m = test::generateTimeAwareArchitecture(int(state.range(0)), int(state.range(1)));
    AnalysisOptions options;
    for (auto _ : state) {
        AnalysisResult r = ArchitectureAnalysis::run(m, options);
        benchmark::DoNotOptimize(r.systemBudget.unavailability);
        state.counters["budget_minutes"] = r.systemBudget.totalMinutes;
        state.counters["findings"] = double(r.findings.size());
    }
}
BENCHMARK(BM_ArchitectureAnalysisTimeAware)->Args({1000, 50})->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
