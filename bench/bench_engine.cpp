// Google Benchmark of the exact engine on the Open-PSA reference models and on
// generated fault trees of 100, 1,000 and 10,000 basic events: import, BDD +
// exact probability (import excluded and included), minimal cut sets, importance,
// variable-order heuristics, and (when BuDDy is installed) the same BDDs built with
// BuDDy. Peak memory is a whole-process figure: see bench/measure.sh, which runs
// ninefold-ft (and ninefold-ft-buddy) under /usr/bin/time.

#include "bddanalysis.h"
#include "faulttreegenerator.h"
#include "mefimporter.h"
#include "variableorder.h"
#ifdef NINEFOLD_HAVE_BUDDY
#include "buddybuild.h"
#endif

#include <benchmark/benchmark.h>

#include <QStringList>

#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>

using namespace Qt::StringLiterals;
using namespace nf;

namespace {

struct Model
{
    std::string name;
    QStringList files; // corpus files, or empty for a generated model
    int generated = 0; // basic events
    bool corpus() const { return generated == 0; }
};

const std::vector<Model> &models()
{
    static const std::vector<Model> all = [] {
        const QString dir = QStringLiteral(NINEFOLD_BENCH_DATA);
        auto files = [&](std::initializer_list<const char *> names) {
            QStringList out;
            for (const char *n : names)
                out << dir + u'/' + QString::fromLatin1(n);
            return out;
        };
        return std::vector<Model>{
            {"theatre", files({"theatre.xml"}), 0},
            {"SmallTree", files({"SmallTree.xml"}), 0},
            {"beta_factor_ccf", files({"beta_factor_ccf.xml"}), 0},
            {"three_motor", files({"three_motor.xml"}), 0},
            {"chinese", files({"chinese.xml", "chinese-basic-events.xml"}), 0},
            {"baobab1", files({"baobab1.xml", "baobab1-basic-events.xml"}), 0},
            {"generated-100", {}, 100},
            {"generated-1000", {}, 1000},
            {"generated-10000", {}, 10000},
        };
    }();
    return all;
}

const QByteArray &generatedSource(int events)
{
    static std::map<int, QByteArray> cache;
    auto it = cache.find(events);
    if (it == cache.end())
        it = cache.emplace(events, bench::FaultTreeGenerator::generate(events, 1)).first;
    return it->second;
}

MefImport import(const Model &m)
{
    MefImport r = m.corpus() ? MefImporter::load(m.files)
                             : MefImporter::loadData({{QString::fromStdString(m.name) + u".xml"_s, generatedSource(m.generated)}});
    if (!r.ok()) {
        std::fprintf(stderr, "cannot import %s\n", m.name.c_str());
        std::exit(1);
    }
    return r;
}

const Structure &structure(const Model &m)
{
    static std::map<std::string, Structure> cache;
    auto it = cache.find(m.name);
    if (it == cache.end())
        it = cache.emplace(m.name, *import(m).structure).first;
    return it->second;
}

const BddAnalysis &analysis(const Model &m)
{
    static std::map<std::string, std::unique_ptr<BddAnalysis>> cache;
    auto it = cache.find(m.name);
    if (it == cache.end())
        it = cache.emplace(m.name, std::make_unique<BddAnalysis>(structure(m))).first;
    return *it->second;
}

void registerModel(const Model &m)
{
    const std::string n = m.name;
    benchmark::RegisterBenchmark(("import/" + n).c_str(), [m](benchmark::State &state) {
        for (auto _ : state)
            benchmark::DoNotOptimize(import(m));
    })->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark(("probability/" + n).c_str(), [m](benchmark::State &state) {
        const Structure &s = structure(m);
        std::size_t nodes = 0;
        for (auto _ : state) {
            BddAnalysis a(s);
            benchmark::DoNotOptimize(a.probability());
            nodes = a.bddNodeCount();
        }
        state.counters["bdd_nodes"] = double(nodes);
    })->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark(("import+probability/" + n).c_str(), [m](benchmark::State &state) {
        for (auto _ : state) {
            const MefImport r = import(m);
            BddAnalysis a(*r.structure);
            benchmark::DoNotOptimize(a.probability());
        }
    })->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark(("mcs/" + n).c_str(), [m](benchmark::State &state) {
        const BddAnalysis &a = analysis(m);
        CutSetOptions o;
        o.maxListed = 20;
        double count = 0.0;
        std::size_t zbdd = 0;
        for (auto _ : state) {
            const CutSetResult r = a.minimalCutSets(o);
            count = r.count;
            zbdd = r.zbddNodes;
        }
        state.counters["mcs"] = count;
        state.counters["zbdd_nodes"] = double(zbdd);
    })->Unit(benchmark::kMillisecond);
    if (m.corpus()) {
        benchmark::RegisterBenchmark(("mcs+list-all/" + n).c_str(), [m](benchmark::State &state) {
            const BddAnalysis &a = analysis(m);
            for (auto _ : state)
                benchmark::DoNotOptimize(a.minimalCutSets().sets.size());
        })->Unit(benchmark::kMillisecond);
    }
    benchmark::RegisterBenchmark(("importance/" + n).c_str(), [m](benchmark::State &state) {
        const BddAnalysis &a = analysis(m);
        for (auto _ : state)
            benchmark::DoNotOptimize(a.importance());
    })->Unit(benchmark::kMillisecond);

    using H = bench::VariableOrder::Heuristic;
    // Breadth-first and random orders explode on the larger models (Baobab1 in a
    // random order: 2.8e8 nodes, several GB, ten minutes): they run here on Chinese
    // only; bench/measure.sh runs them everywhere under memory and time limits.
    if (m.name == "baobab1" || m.name == "chinese" || m.name == "generated-1000") {
        for (H h : {H::DepthFirst, H::DepthFirstReversed, H::BreadthFirst, H::EventIndex, H::Random}) {
            if ((h == H::BreadthFirst || h == H::Random) && m.name != "chinese")
                continue;
            const std::string name = std::string("order/") + bench::VariableOrder::name(h) + "/" + n;
            benchmark::RegisterBenchmark(name.c_str(), [m, h](benchmark::State &state) {
                const Structure &s = structure(m);
                const std::vector<int> order = bench::VariableOrder::order(s, h);
                bench::VariableOrder::Build b;
                for (auto _ : state)
                    b = bench::VariableOrder::build(s, order);
                state.counters["bdd_nodes"] = double(b.nodes);
                state.counters["allocated_nodes"] = double(b.allocated);
            })->Unit(benchmark::kMillisecond);
        }
    }
#ifdef NINEFOLD_HAVE_BUDDY
    benchmark::RegisterBenchmark(("buddy/probability/" + n).c_str(), [m](benchmark::State &state) {
        const Structure &s = structure(m);
        const std::vector<int> order = bench::VariableOrder::order(s, H::DepthFirst);
        bench::BuddyBuild::Result r;
        for (auto _ : state)
            r = bench::BuddyBuild::run(s, order, 10000, 10000);
        state.counters["bdd_nodes"] = double(r.nodes);
        state.counters["table_nodes"] = double(r.tableNodes);
        state.counters["gc"] = r.garbageCollections;
    })->Unit(benchmark::kMillisecond);
#endif
}

// The bench's depth-first order must be the engine's, or the comparisons mean nothing;
// and every build must give the engine's probability.
void checkConsistency()
{
    for (const Model &m : models()) {
        const Structure &s = structure(m);
        const BddAnalysis &a = analysis(m);
        const std::vector<int> order = bench::VariableOrder::order(s, bench::VariableOrder::Heuristic::DepthFirst);
        const double p = bench::VariableOrder::build(s, order).probability;
        // the engine orders the top's cone first, then the rest of the structure
        bool ok = order.size() <= a.variableOrder().size() && std::equal(order.begin(), order.end(), a.variableOrder().begin()) && std::abs(p - a.probability()) <= 1e-12 * a.probability();
#ifdef NINEFOLD_HAVE_BUDDY
        const double pb = bench::BuddyBuild::run(s, order, 10000, 10000).probability;
        ok = ok && std::abs(pb - a.probability()) <= 1e-12 * a.probability();
#endif
        if (!ok) {
            std::fprintf(stderr, "%s: the bench's order or probability differs from BddAnalysis\n", m.name.c_str());
            std::exit(1);
        }
    }
}

} // namespace

int main(int argc, char **argv)
{
    benchmark::Initialize(&argc, argv);
    checkConsistency();
    for (const Model &m : models())
        registerModel(m);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
