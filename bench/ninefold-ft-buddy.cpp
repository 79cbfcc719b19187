// ninefold-ft-buddy: the BuDDy side of the package comparison, as a whole process
// (run it under /usr/bin/time -v like ninefold-ft). Imports with Ninefold's
// importer, orders the variables as BddAnalysis does, builds the top event's BDD
// with BuDDy and computes its probability by a traversal.
//
//   ninefold-ft-buddy [--nodes N] [--cache N] FILE...

#include "buddybuild.h"
#include "mefimporter.h"
#include "variableorder.h"

#include <QStringList>

#include <sys/resource.h>

#include <chrono>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace nf;

namespace {
double now()
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}
} // namespace

int main(int argc, char **argv)
{
    QStringList files;
    int nodes = 10000, cache = 10000;
    for (int i = 1; i < argc; ++i) {
        const QString a = QString::fromLocal8Bit(argv[i]);
        if (a == u"--nodes"_s && i + 1 < argc)
            nodes = QString::fromLocal8Bit(argv[++i]).toInt();
        else if (a == u"--cache"_s && i + 1 < argc)
            cache = QString::fromLocal8Bit(argv[++i]).toInt();
        else if (a.startsWith(u"--"_s)) {
            std::fprintf(stderr, "usage: ninefold-ft-buddy [--nodes N] [--cache N] FILE...\n");
            return 2;
        } else
            files << a;
    }
    const double t0 = now();
    const MefImport import = MefImporter::load(files);
    for (const Diagnostic &d : import.diagnostics)
        std::fprintf(stderr, "%s\n", qPrintable(d.toString()));
    if (!import.ok())
        return 1;
    const double tImport = now() - t0;
    const std::vector<int> order = bench::VariableOrder::order(*import.structure, bench::VariableOrder::Heuristic::DepthFirst);
    const double t1 = now();
    const bench::BuddyBuild::Result r = bench::BuddyBuild::run(*import.structure, order, nodes, cache);
    const double tBuild = now() - t1;
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("import_s=%.6f buddy_probability_s=%.6f probability=%.10g bdd_nodes=%zu table_nodes=%zu "
                "table_bytes=%zu gc=%d total_s=%.6f max_rss_kb=%ld\n",
                tImport, tBuild, r.probability, r.nodes, r.tableNodes, r.tableBytes, r.garbageCollections, now() - t0,
                usage.ru_maxrss);
    return 0;
}
