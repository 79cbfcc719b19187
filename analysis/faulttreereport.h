#pragma once

#include "bddanalysis.h"
#include "diagnostic.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace nf {

struct MefImport;

struct FaultTreeReportOptions
{
    double missionTimeHours = 8760.0; // probabilities are recomputed when it differs from the import's
    int cutSetOrderLimit = 0;         // 0: no limit
    int listedCutSets = 20;           // the most probable minimal cut sets listed; -1: all
    std::size_t maxMemoryBytes = 0;   // for the decision diagrams; 0: MemoryBudget::defaultBytes()
};

// The analysis of an imported fault tree that `ninefold-cli analyze FILE...` prints:
// exact top-event probability, minimal cut sets (count, order distribution, the
// most probable ones) and exact importance of every basic event, as readable text
// or as JSON with stable keys (documented in docs/engine.md, "Fault-tree analysis
// output"). A pure function of the import and the options.
class FaultTreeReport
{
    Q_DECLARE_TR_FUNCTIONS(FaultTreeReport)

public:
    struct CutSetRow
    {
        QStringList events; // event ids, sorted
        double probability = 0.0;
    };
    struct ImportanceRow
    {
        QString id;
        double probability = 0.0; // of the basic event
        Importance importance;
    };

    static constexpr int JsonFormatVersion = 1;

    static FaultTreeReport analyze(const MefImport &import, const FaultTreeReportOptions &options = {});

    bool ok() const { return m_ok; }
    // No basic event has a probability: cut sets and structure importance only
    // (importance().birnbaum is the structure importance, with every p = 1/2).
    bool qualitative() const { return m_qualitative; }
    // Errors when !ok(); otherwise the import's warnings.
    const QList<Diagnostic> &diagnostics() const { return m_diagnostics; }

    QString toText() const;
    QJsonObject toJson() const;

    const QStringList &files() const { return m_files; }
    const QString &topEvent() const { return m_topEvent; }
    double missionTimeHours() const { return m_missionTime; }
    double probability() const { return m_probability; }
    double complement() const { return m_complement; }
    int basicEventCount() const { return m_basicEvents; }
    int relevantBasicEventCount() const { return m_relevantEvents; }
    std::size_t bddNodes() const { return m_bddNodes; }
    int cutSetOrderLimit() const { return m_orderLimit; }
    double cutSetCount() const { return m_cutSetCount; }
    const QList<double> &cutSetCountByOrder() const { return m_countByOrder; }
    const QList<CutSetRow> &cutSets() const { return m_cutSets; }
    bool cutSetListTruncated() const { return m_cutSetsTruncated; }
    // Events the top event depends on, most important (Fussell-Vesely) first.
    const QList<ImportanceRow> &importance() const { return m_importance; }

private:
    void fill(const MefImport &import, const Structure &structure, const FaultTreeReportOptions &options);

    bool m_ok = false;
    bool m_qualitative = false;
    QList<Diagnostic> m_diagnostics;
    QStringList m_files;
    QString m_topEvent;
    double m_missionTime = 0.0;
    double m_probability = 0.0;
    double m_complement = 1.0;
    int m_basicEvents = 0;
    int m_relevantEvents = 0;
    std::size_t m_bddNodes = 0;
    int m_orderLimit = 0;
    double m_cutSetCount = 0.0;
    QList<double> m_countByOrder;
    QList<CutSetRow> m_cutSets;
    bool m_cutSetsTruncated = false;
    QList<ImportanceRow> m_importance;
};

} // namespace nf
