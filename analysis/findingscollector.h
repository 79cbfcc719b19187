#pragma once

#include "analysisresult.h"

#include <QCoreApplication>
#include <QHash>

namespace nf {

class Model;
class ModelIndex;
class BddAnalysis;
struct ArchitectureStructure;

// What the analysis found, in plain words: each finding has a severity, a stable
// code, one sentence with the numbers, a suggested fix and the elements involved.
class FindingsCollector
{
    Q_DECLARE_TR_FUNCTIONS(FindingsCollector)

public:
    struct Inputs
    {
        const Model *model = nullptr;
        const ModelIndex *index = nullptr;
        const ArchitectureStructure *structure = nullptr;
        const BddAnalysis *bdd = nullptr;
        const AnalysisResult *result = nullptr;
        QList<Importance> importance;                    // by event
        QHash<QString, QStringList> allDownCauses;        // group/quorum id -> elements that alone take every member down
        QHash<QString, QStringList> servicesDownedBy;     // element id -> services it alone takes down
        QHash<QString, int> dependents;                   // element id -> elements that need it directly
        QHash<QString, double> fallbackCoupling;          // dependency id -> P(fallback down | target down)
        QHash<QString, bool> fallbackNeedsTarget;         // dependency id -> fallback depends on target
        QHash<QString, int> writeDown;                    // service id -> "cannot write" node (write path)
    };

    static QList<Finding> collect(const Inputs &in);
};

} // namespace nf
