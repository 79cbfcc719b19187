#pragma once

#include "analysisresult.h"

#include <QCoreApplication>

namespace nf {

class Model;

struct AnalysisOptions
{
    // Highest order of minimal cut sets (0: all). Architectures with many groups
    // have millions of high-order cut sets that together weigh next to nothing;
    // the exact probability never depends on this limit.
    int cutSetOrder = 4;
    int listedCutSets = 50;     // how many minimal cut sets to list
    double cutSetCutoff = 0.0;  // do not list cut sets less probable than this
    bool timeFigures = true;    // R(mission time) and MTTF
    int curvePoints = 49;       // samples of R(t) and A(t) over the mission time (0: none)
};

// The architecture analysis (DOMAIN.md §3, §5–§10): translates a model into its
// exact structure, evaluates it, and reports figures, tables and findings in
// plain words. A pure function of a model snapshot: call it on any thread.
class ArchitectureAnalysis
{
    Q_DECLARE_TR_FUNCTIONS(ArchitectureAnalysis)

public:
    // Never throws: a failure is returned as a result whose error() says why.
    static AnalysisResult run(const Model &model, const AnalysisOptions &options = {});

private:
    static AnalysisResult analyse(const Model &model, const AnalysisOptions &options);
};

} // namespace nf
