#pragma once

#include "diagnostic.h"
#include "structure.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace nf {

class MefProbabilityModel;

struct MefOptions
{
    double missionTimeHours = 8760.0; // the value of <system-mission-time/>
    QString topGate;                  // empty: the gate that no other gate uses
};

// The result of an import: the structure function of the chosen top gate, or
// nothing (then `diagnostics` says why). Warnings may accompany a success.
struct MefImport
{
    std::optional<Structure> structure;
    QStringList files;         // the sources, as given
    QString topName;           // id of the top gate
    QStringList topCandidates; // every gate that no other gate uses, in definition order
    double missionTimeHours = 8760.0;
    // No basic event has a probability: the analysis is qualitative (minimal cut
    // sets, structure importance). Every event counts with p = q = 1/2.
    bool qualitative = false;
    QList<Diagnostic> diagnostics;

    // The imported expressions, and which of them each structure event uses: the
    // probabilities can be computed again for another mission time.
    std::shared_ptr<const MefProbabilityModel> probabilityModel;
    std::vector<int> eventSpecs; // structure event index -> probabilityModel event

    bool ok() const { return structure.has_value(); }
    // p and q of every event of `structure` at `hours` (every expression, not only
    // exponential ones). False, with diagnostics, when an expression is invalid then.
    bool probabilitiesAt(double hours, std::vector<double> &p, std::vector<double> &q,
                         QList<Diagnostic> *diagnostics = nullptr) const;
    // The structure with its probabilities recomputed for `hours`.
    std::optional<Structure> structureAt(double hours, QList<Diagnostic> *diagnostics = nullptr) const;
};

// Reads fault trees in the Open-PSA Model Exchange Format (MEF) into a Structure.
// A model may be split across several files, which are read as one. What the
// importer does not support is refused with a diagnostic naming the file, line
// and element; nothing is silently ignored except <label> and <attributes>.
// docs/engine.md lists the supported elements and the conventions.
class MefImporter
{
    Q_DECLARE_TR_FUNCTIONS(MefImporter)

public:
    static MefImport load(const QStringList &files, const MefOptions &options = {});
    // The same for in-memory sources: (file name for messages, content).
    static MefImport loadData(const QList<std::pair<QString, QByteArray>> &sources, const MefOptions &options = {});
};

} // namespace nf
