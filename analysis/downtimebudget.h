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
// the structure, with "what if" evaluations that force elements down or up:
//  - a group's criticality for a service: P(down | the group's members down)
//    - P(down | its members up), 1 for a group in series, small for one behind
//    other redundancy;
//  - an interruption: the group's failovers a year (entries into "running on
//    standby i"), times the RTO (and the failback time), times its criticality;
//  - a detection gap: each member's failures a year, times the detection time,
//    over the members sharing the requests, times the group's criticality;
//  - planned work: U = (1 - Σ p_i)·U + Σ p_i·U(service | i down), with p_i the
//    share of time element (or update step) i is down on purpose;
//  - writes: the service's structure, or the primary and the synchronous
//    replicas a write waits for being down.
// The constructor adds the write-path nodes (the BDD must build them: roots());
// evaluate() reads everything after the BDD is built. Forcing a component that
// never fails needs an event it does not have on the main translation: then
// the "what ifs" run on a second translation that gives it one of probability 0.
class DowntimeBudgetAnalysis
{
    Q_DECLARE_TR_FUNCTIONS(DowntimeBudgetAnalysis)

public:
    DowntimeBudgetAnalysis(const ModelIndex &index, ArchitectureStructure &arch);

    // Nodes the BDD has to build.
    QList<Structure::NodeId> roots() const;
    // "The service cannot write" (its structure or its write path), or -1 when
    // it writes through nothing its reads do not need.
    Structure::NodeId writeDown(const QString &serviceId) const;

    // Fills every service's budget, the system's, the planned outages' and the
    // data-loss reports. Needs result.services, result.failovers and
    // result.groups filled.
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
    // 441.9 min, failures (structure) 12 min".
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
        Structure::NodeId judged() const { return writes ? write : read; }
    };
    class Conditioner;

    void buildTargets(ArchitectureStructure &arch);
    void addInterruptions(const Conditioner &what, const AnalysisResult &result, QList<DowntimeBudget> &budgets) const;
    void addGaps(const Conditioner &what, const BddAnalysis &bdd, QList<DowntimeBudget> &budgets) const;
    void addPlannedWork(const Conditioner &what, AnalysisResult &result, QList<DowntimeBudget> &budgets) const;
    void addDataLoss(AnalysisResult &result) const;
    static void total(DowntimeBudget &b);
    QStringList servicesNeeding(const QString &id) const;

    const ModelIndex &m_index;
    const ArchitectureStructure *m_arch = nullptr;
    QList<Target> m_targets; // services in model order, then the system
    QHash<QString, Structure::NodeId> m_writeDown;
    QHash<QString, Structure::NodeId> m_gapNodes; // member -> "down while its group is up"
    QHash<QString, QSet<QString>> m_needs; // service id -> everything it needs
};

} // namespace nf
