// ninefold-ft: imports an Open-PSA fault tree (or generates one) and analyses it
// with Ninefold's engine, printing the time of each phase. It exists so that a
// whole process can be measured (`/usr/bin/time -v ninefold-ft ...`): start-up,
// import, analysis and peak memory together, like SCRAM's figures.
//
//   ninefold-ft [--what probability|mcs|importance|all] [--order N] [--list N]
//               [--mission-time H] [--top GATE] [--repeat R] FILE...
//   ninefold-ft --order-heuristic depth-first|depth-first-reversed|breadth-first|
//               event-index|random FILE...   (BDD size under another variable order)
//   ninefold-ft --generate EVENTS [--seed S] [...]
//   ninefold-ft --write-generated EVENTS [--seed S] OUT.xml
//   ninefold-ft --write SPEC [--seed S] OUT.xml   SPEC: shared-or-heavy:EVENTS,
//               shared-balanced:EVENTS, chain-or:N, chain-and:N, chain-alternating:N,
//               atleast:K:N, or:N, and:N (bench/sharedeventgenerator.h,
//               bench/stresstreegenerator.h)

#include "bddanalysis.h"
#include "faulttreegenerator.h"
#include "mefimporter.h"
#include "sharedeventgenerator.h"
#include "stresstreegenerator.h"
#include "variableorder.h"

#include <QFile>

#include <exception>
#include <QStringList>

#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <limits>

using namespace Qt::StringLiterals;
using namespace nf;

namespace {

double now()
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

long maxRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

int usage()
{
    std::fprintf(stderr,
                 "usage: ninefold-ft [--what probability|mcs|importance|all] [--order N] [--list N]\n"
                 "                   [--mission-time H] [--top GATE] [--repeat R] FILE...\n"
                 "       ninefold-ft --order-heuristic NAME FILE...\n"
                 "       ninefold-ft --generate EVENTS [--seed S] [options]\n"
                 "       ninefold-ft --write-generated EVENTS [--seed S] OUT.xml\n"
                 "       ninefold-ft --write SPEC [--seed S] OUT.xml\n");
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    QStringList files;
    QString what = u"all"_s;
    MefOptions options;
    int order = 0, repeat = 1, generate = 0, writeGenerated = 0, listed = 0;
    QString heuristic, writeSpec, ordering = u"adaptive"_s;
    double maxMemoryMb = 0.0;
    std::uint32_t seed = 1;
    for (int i = 1; i < argc; ++i) {
        const QString a = QString::fromLocal8Bit(argv[i]);
        auto value = [&]() -> QString {
            if (i + 1 >= argc) {
                std::exit(usage());
            }
            return QString::fromLocal8Bit(argv[++i]);
        };
        if (a == u"--what"_s) what = value();
        else if (a == u"--order"_s) order = value().toInt();
        else if (a == u"--list"_s) listed = value().toInt();
        else if (a == u"--order-heuristic"_s) heuristic = value();
        else if (a == u"--mission-time"_s) options.missionTimeHours = value().toDouble();
        else if (a == u"--top"_s) options.topGate = value();
        else if (a == u"--repeat"_s) repeat = std::max(1, value().toInt());
        else if (a == u"--generate"_s) generate = value().toInt();
        else if (a == u"--write-generated"_s) writeGenerated = value().toInt();
        else if (a == u"--seed"_s) seed = value().toUInt();
        else if (a == u"--write"_s) writeSpec = value();
        else if (a == u"--ordering"_s) ordering = value();
        else if (a == u"--max-memory"_s) maxMemoryMb = value().toDouble();
        else if (a.startsWith(u"--"_s)) return usage();
        else files << a;
    }

    if (writeGenerated > 0) {
        if (files.size() != 1)
            return usage();
        QFile out(files.front());
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 3;
        out.write(bench::FaultTreeGenerator::generate(writeGenerated, seed));
        return 0;
    }
    if (!writeSpec.isEmpty()) {
        if (files.size() != 1)
            return usage();
        const QStringList parts = writeSpec.split(u':');
        const QString kind = parts.front();
        const int n = parts.size() > 1 ? parts.at(1).toInt() : 0;
        const int m = parts.size() > 2 ? parts.at(2).toInt() : 0;
        using S = bench::StressTreeGenerator;
        QByteArray data;
        if (kind == u"shared-or-heavy"_s)
            data = bench::SharedEventGenerator::generate(n, bench::SharedEventGenerator::Mix::OrHeavy, seed);
        else if (kind == u"shared-balanced"_s)
            data = bench::SharedEventGenerator::generate(n, bench::SharedEventGenerator::Mix::Balanced, seed);
        else if (kind == u"chain-or"_s)
            data = S::chain(n, S::Chain::Or);
        else if (kind == u"chain-and"_s)
            data = S::chain(n, S::Chain::And);
        else if (kind == u"chain-alternating"_s)
            data = S::chain(n, S::Chain::Alternating);
        else if (kind == u"atleast"_s)
            data = S::atLeast(n, m);
        else if (kind == u"or"_s || kind == u"and"_s)
            data = S::flat(n, kind == u"or"_s);
        if (data.isEmpty() || n <= 0)
            return usage();
        QFile out(files.front());
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(data) != data.size() || !out.flush())
            return 3;
        return 0;
    }
    if (files.isEmpty() && generate <= 0)
        return usage();

    const double t0 = now();
    MefImport import;
    if (generate > 0)
        import = MefImporter::loadData({{u"generated-%1.xml"_s.arg(generate), bench::FaultTreeGenerator::generate(generate, seed)}},
                                       options);
    else
        import = MefImporter::load(files, options);
    const double tImport = now() - t0;
    for (const Diagnostic &d : import.diagnostics)
        std::fprintf(stderr, "%s\n", qPrintable(d.toString()));
    if (!import.ok())
        return 1;
    std::printf("import_s=%.6f events=%d top=%s\n", tImport, import.structure->eventCount(), qPrintable(import.topName));

    if (!heuristic.isEmpty()) {
        using H = bench::VariableOrder::Heuristic;
        H h = H::DepthFirst;
        bool known = false;
        for (H candidate : {H::DepthFirst, H::DepthFirstReversed, H::BreadthFirst, H::EventIndex, H::Random})
            if (heuristic == QLatin1StringView(bench::VariableOrder::name(candidate))) {
                h = candidate;
                known = true;
            }
        if (!known)
            return usage();
        const double start = now();
        const bench::VariableOrder::Build b =
            bench::VariableOrder::build(*import.structure, bench::VariableOrder::order(*import.structure, h));
        std::printf("order=%s bdd_s=%.6f probability=%.10g bdd_nodes=%zu allocated_nodes=%zu bdd_bytes=%zu "
                    "max_rss_kb=%ld\n",
                    bench::VariableOrder::name(h), now() - start, b.probability, b.nodes, b.allocated, b.bytes, maxRssKb());
        return 0;
    }

    // Each phase: best of `repeat` runs.
    auto best = [&](auto &&phase) {
        double fastest = std::numeric_limits<double>::infinity();
        for (int r = 0; r < repeat; ++r) {
            const double start = now();
            phase();
            fastest = std::min(fastest, now() - start);
        }
        return fastest;
    };
    std::unique_ptr<BddAnalysis> analysis;
    using O = BddAnalysis::Ordering;
    const O o = ordering == u"depth-first"_s ? O::DepthFirst
                : ordering == u"shared-first"_s ? O::SharedFirst
                : ordering == u"force"_s ? O::Force
                : ordering == u"depth-first-reversed"_s ? O::DepthFirstReversed : O::Adaptive;
    const auto memory = std::size_t(maxMemoryMb * 1024 * 1024);
    double tBdd = 0.0;
    try {
        tBdd = best([&] { analysis = std::make_unique<BddAnalysis>(*import.structure, o, QList<Structure::NodeId>{}, memory); });
    } catch (const std::exception &e) {
        std::printf("stopped: %s after %.3f s, max_rss_kb=%ld\n", e.what(), now() - t0, maxRssKb());
        return 4;
    }
    std::printf("bdd_probability_s=%.6f probability=%.10g bdd_nodes=%zu allocated_nodes=%zu bdd_bytes=%zu ordering=%s\n",
                tBdd, analysis->probability(), analysis->bddNodeCount(), analysis->allocatedNodes(),
                analysis->memoryBytes(), analysis->orderingUsed());
    if (what == u"mcs"_s || what == u"all"_s) {
        CutSetOptions o;
        o.maxOrder = order;
        o.maxListed = listed;
        CutSetResult mcs;
        const double t = best([&] { mcs = analysis->minimalCutSets(o); });
        QStringList byOrder;
        for (double c : mcs.countByOrder)
            byOrder << QString::number(c, 'f', 0);
        std::printf("mcs_s=%.6f mcs=%.0f listed=%lld zbdd_nodes=%zu by_order=%s\n", t, mcs.count,
                    static_cast<long long>(mcs.sets.size()), mcs.zbddNodes, qPrintable(byOrder.join(u',')));
    }
    if (what == u"importance"_s || what == u"all"_s) {
        QList<Importance> imp;
        const double t = best([&] { imp = analysis->importance(); });
        std::printf("importance_s=%.6f events=%lld\n", t, static_cast<long long>(imp.size()));
    }
    std::printf("total_s=%.6f max_rss_kb=%ld\n", now() - t0, maxRssKb());
    return 0;
}
