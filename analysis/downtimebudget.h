#pragma once

#include "analysisresult.h"
#include "structure.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace nf {

class BddAnalysis;
class ModelIndex;
struct ArchitectureStructure;
struct FailoverLink;

// Time-aware availability (DOMAIN.md §12): what the structure function leaves
// out, as a downtime budget by cause for every service and for the system —
// failover interruptions and failbacks, request-weighted detection gaps, planned
// maintenance, tests and rolling updates, and writes that wait for synchronous
// replicas — and the data that failovers, array rebuilds and single-replica
// writes lose.
//
// Each part is a steady-state, rare-event figure read from the same exact BDD as
// the structure:
//  - an interruption happens when a failure moves a group onto a standby while
//    the service is otherwise up: the failure frequency of "running on standby i
//    and the service up", times the failover's RTO (and its failback time);
//  - a detection gap: the frequency of "member m down and the service up", times
//    the detection time, over the members that share the requests;
//  - planned work: U = (1 - Σ p_i)·U + Σ p_i·U(service | i down), with p_i the
//    share of time element (or update step) i is down on purpose;
//  - writes: the service's structure, or the primary and the synchronous
//    replicas a write waits for being down.
// Two steps around the BDD: the constructor adds the nodes these figures are
// read from (the BDD must build them: roots()), evaluate() reads them.
class DowntimeBudgetAnalysis
{
    Q_DECLARE_TR_FUNCTIONS(DowntimeBudgetAnalysis)

public:
    DowntimeBudgetAnalysis(const ModelIndex &index, ArchitectureStructure &arch,
                           const QHash<QString, Structure::NodeId> &failoverEntry);

    // Nodes the BDD has to build.
    QList<Structure::NodeId> roots() const;
    // "The service cannot write" (its structure or its write path), or -1 when
    // it writes through nothing its reads do not need.
    Structure::NodeId writeDown(const QString &serviceId) const;

    // Fills every service's budget, the system's, and the data-loss reports.
    // Needs result.services, result.failovers and result.groups filled.
    void evaluate(const BddAnalysis &bdd, AnalysisResult &result) const;

    // A period in which elements are down on purpose: the share of time, and
    // the components taken down together.
    struct PlannedOutage
    {
        QString element;     // component or group it is declared on
        QString kind;        // "maintenance", "test", "rolling-update"
        double share = 0.0;  // duration / interval
        QStringList down;    // components down together
    };
    static QList<PlannedOutage> plannedOutages(const ModelIndex &index);

    // A part of the budget in words ("failover interruptions"), by its key in
    // DowntimeBudget::countedParts() ("failover"; "structural" for the structure).
    static QString partName(const QString &key);
    // Where the minutes of a budget go, largest first: "failover interruptions
    // 441.9 min, structural failures 12 min".
    static QString explain(const DowntimeBudget &budget);

private:
    // A service, or the system (empty id).
    struct Target
    {
        QString id;
        Structure::NodeId read = -1;
        Structure::NodeId write = -1; // -1: no write path of its own
        bool writes = false;          // judged on writes
        bool detection = false;
        bool maintenance = true;
        QSet<QString> needs;          // every element it needs (closure)
        Structure::NodeId judged() const { return writes ? write : read; }
    };
    struct Interruption
    {
        int target = 0;
        QString group;
        QString standby;
        Structure::NodeId node = -1; // -1: a group solved as a Markov chain (group-level rate)
    };
    struct Gap
    {
        int target = 0;
        QString group;
        double seconds = 0.0;
        int members = 1;
        Structure::NodeId node = -1;
    };

    void buildTargets(ArchitectureStructure &arch);
    void buildInterruptions(ArchitectureStructure &arch, const QHash<QString, Structure::NodeId> &failoverEntry);
    void buildGaps(ArchitectureStructure &arch);

    // The judged unavailability of every target with the planned outages in turn.
    QList<double> maintenanceShares(const BddAnalysis &bdd, const QList<double> &judged) const;
    void addInterruptions(const BddAnalysis &bdd, AnalysisResult &result, QList<DowntimeBudget> &budgets) const;
    void addDataLoss(AnalysisResult &result) const;
    static void total(DowntimeBudget &b);
    QStringList servicesNeeding(const QString &id) const;

    const ModelIndex &m_index;
    const ArchitectureStructure *m_arch = nullptr;
    QList<Target> m_targets; // services in model order, then the system
    QList<Interruption> m_interruptions;
    QList<Gap> m_gaps;
    QHash<QString, Structure::NodeId> m_writeDown;
};

} // namespace nf
