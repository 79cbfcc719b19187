#pragma once

#include "bddanalysis.h"
#include "steadystate.h"
#include "timeanalysis.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <utility>

namespace nf {

struct ArchitectureStructure;

// Figures of one element of the drawing.
struct ElementFigures
{
    QString id;
    bool inSystem = true;           // some required service needs it
    double availability = 1.0;      // of the element with everything it needs (own figure when !inSystem)
    double unavailability = 0.0;
    bool hasOwnEvent = false;        // it can fail by itself
    double ownUnavailability = 0.0;
    Importance importance;          // of its own failure, for the system
    double downtimeMinutesPerYear = 0.0; // system downtime attributable to it (Fussell-Vesely × downtime)
};

// Where the downtime of a service (or of the system) comes from, in minutes a
// year (DOMAIN.md §12). Every part is computed; the total adds those that the
// service's SLO counts (detection gaps only for a request-based SLO, planned
// maintenance unless the service excludes it, the write path unless it is
// read-only). The total is what every headline, verdict and gate uses.
struct DowntimeBudget
{
    double structuralMinutes = 0.0;  // in a down state of the structure (§3), for reads
    double writePathMinutes = 0.0;   // writes blocked while reads work (synchronous replicas)
    double failoverMinutes = 0.0;    // failover interruptions: detection + promotion + reconnect (+ people)
    double failbackMinutes = 0.0;    // switching back after the primary's repair
    double detectionMinutes = 0.0;   // requests sent to dead members before health checks notice (request-weighted)
    double maintenanceMinutes = 0.0; // planned maintenance, tests and rolling updates
    bool writesCounted = false;      // the service writes through a path reads do not need
    bool detectionCounted = false;   // the SLO counts requests
    bool maintenanceCounted = true;  // planned maintenance counts against the SLO
    double readUnavailability = 0.0;  // structural, reads
    double writeUnavailability = 0.0; // structural, writes (= reads without a write path)
    double totalMinutes = 0.0;
    double unavailability = 0.0;      // total / minutes a year
    double availability = 1.0;
    double nines = 0.0;

    // The counted parts other than the structure, largest first: (key, minutes).
    QList<std::pair<QString, double>> countedParts() const;
};

// The data a failover, a rebuild or a single-replica write loses (DOMAIN.md §12).
struct DataLossReport
{
    QString source;          // replication link, redundancy group or quorum group id
    QString kind;            // "async-failover", "array-rebuild", "single-replica-write"
    double eventsPerYear = 0.0;
    std::optional<double> secondsLostPerYear; // expected seconds of acknowledged writes lost; unknown when no lag is known
    double probabilityPerYear = 0.0;          // 1 - e^(-events a year)
    QStringList services;    // services whose data it is
};

struct ServiceFigures
{
    QString id;
    QString name;
    bool required = true;
    SteadyStateFigures figures;
    std::optional<double> target;
    bool meetsTarget = true;        // the total (budget) against the target
    double outageCostPerYear = 0.0; // total downtime × cost per second
    DowntimeBudget budget;
    std::optional<double> rpoSeconds; // the service's RPO requirement
    double dataLossSecondsPerYear = 0.0;  // expected, over the sources that serve it (known ones)
    double dataLossEventsPerYear = 0.0;
};

struct CutSetView
{
    QStringList events;   // basic event ids
    QStringList names;    // for people
    QStringList elements; // the model elements behind them
    double probability = 0.0;
    double share = 0.0;   // probability / system unavailability
};

// N+M headroom of a redundancy group (DOMAIN.md §6).
struct HeadroomRow
{
    enum class Status { Ok, AboveCeiling, Overload };
    int failures = 0;
    int survivors = 0;
    double loadPerSurvivor = 0.0;
    double utilisation = 0.0; // load / capacity of a survivor
    Status status = Status::Ok;
};

struct GroupReport
{
    QString id;
    QString name;
    QString policy;        // "active-active" / "active-passive"
    QString model;         // "static", "markov-k-of-n", "markov-standby"
    int members = 0;
    int declaredN = 0;
    int declaredM = 0;
    bool hasLoad = false;  // demand and capacities known
    double demand = 0.0;
    double capacityPerMember = 0.0; // smallest member capacity
    double totalCapacity = 0.0;     // all members together
    double ceiling = 1.0;
    int neededMembers = 1;          // N the structure uses
    int effectiveM = 0;             // largest f with utilisation <= ceiling; -1: not even with all members
    int cascadeAfter = -1;          // failures after which survivors are pushed past 100 % (-1: never)
    QList<HeadroomRow> rows;        // 0 .. n-1 failures
    int maxUnavailable = 0;
    int toleranceDuringUpdate = 0;  // effectiveM - maxUnavailable
    int minAvailable = 0;
    int voluntaryDisruptions = 0;   // members - minAvailable
    int callerRetries = 0;          // most retries of a caller
    double offeredLoadWithRetries = 0.0; // demand × (retries + 1)
    bool retryStorm = false;        // offered load beyond all capacity
    double unavailability = 0.0;
    // The non-redundant version: the primary (or one member), or, for a group
    // that needs N of its members, the first N members in series.
    double nonRedundantUnavailability = 0.0;
    double commonCauseShare = 0.0;  // of the group's unavailability
    double mttfHours = 0.0;         // Markov models: mean time to failure / data loss
    double failureDuringRebuild = 0.0; // arrays: P(another member fails during one rebuild)
    QString sharedDomain;           // container or component that every member needs ("" if none)
};

struct QuorumScenario
{
    QString description;     // "loss of Zone A", "split {A} | {B, C}"
    QStringList containers;  // lost containers, or the first side of a split
    int votersLeft = 0;      // loss: voters still up; split: voters on the first side
    int votersOther = 0;     // split: voters on the second side
    bool writable = false;   // loss: quorum kept (W replicas left); split: some side keeps quorum
    bool readable = false;   // tunable stores: R replicas left (or on some side); otherwise as writable
    QString sideWithQuorum;  // split: "first", "second", "" (neither) or, for tunable stores, "both"
};

struct QuorumReport
{
    QString id;
    QString name;
    QString kind;
    int voters = 0;
    int quorum = 0;     // majority, or max(W, R) for tunable stores (of a key's N replicas)
    int tolerated = 0;  // voters that may fail
    bool evenSize = false;
    int n = 0, w = 0, r = 0;
    bool readYourWrites = true;   // W + R > N
    bool singleWriteQuorum = true; // W > N/2
    QList<QuorumScenario> losses;
    QList<QuorumScenario> splits;
    double unavailability = 0.0;
};

struct ReplicationReport
{
    QString id;
    QString from;
    QString to;
    QString mode;
    double rpoSeconds = 0.0;
    double rttMs = 0.0;            // measured or derived from distance
    bool rttKnown = false;
    double addedWriteLatencyMs = 0.0; // what a synchronous write waits for this link
    double storeWriteLatencyMs = 0.0; // for the source: waiting for the W-th / slowest sync replica
    bool monitored = false;       // lag alerts reach someone
    QString monitoringNote;
    bool usedByFailover = false;  // a failover from `from` to `to` exists
    QStringList servedServices;   // services of the failovers that rely on it
};

struct FailoverReport
{
    QString id;
    QString group;
    QString from;
    QString to;
    bool automatic = true;
    double detectionSeconds = 0.0;
    double promotionSeconds = 0.0;
    double reconnectSeconds = 0.0;
    double humanSeconds = 0.0;
    double rtoSeconds = 0.0;
    double rpoSeconds = 0.0;          // lag of the replication it relies on
    double coverage = 1.0;
    double failoversPerYear = 0.0;     // primary failures a year
    double interruptionSecondsPerYear = 0.0;
    double costPerFailover = 0.0;     // RTO × outage cost per second of the services it serves
    double costPerYear = 0.0;
    double needsDownWhenNeeded = 0.0;  // P(what the failover needs is down | primary down)
    double needsDown = 0.0;            // P(what the failover needs is down), unconditionally
    bool drawn = true;                 // false: no link drawn, the default (automatic) failover assumed
    QStringList servedServices;
    QStringList replications;          // replication links whose data it relies on
    QString failback = QStringLiteral("none"); // "none", "automatic", "manual"
    double failbackSeconds = 0.0;
    double failbackSecondsPerYear = 0.0;
};

struct ServiceClassification
{
    QString service;
    QString required;  // "HA" or "FT"
    QString achieved;  // "HA" or "FT"
    double achievedRtoSeconds = 0.0;
    double achievedRpoSeconds = 0.0;
    QString rtoCause; // the single point whose repair sets the achieved RTO; empty: a failover sets it
    // Why the service is not fault tolerant, in plain words (empty for FT).
    QStringList haReasons;
};

struct Finding
{
    enum class Severity { Info, Warning, Critical };
    Severity severity = Severity::Info;
    QString code;
    QString message; // one sentence, with the numbers
    QString fix;
    QStringList elements;
};

// Everything Ninefold derives from one model: a value type, safe to hand from a
// worker thread to the GUI.
struct AnalysisResult
{
    // Why the analysis could not be completed; empty when it was. A failed
    // result carries no figures: callers show the error instead.
    QString error;
    bool ok() const { return error.isEmpty(); }

    QString modelName;
    QString currency;
    double missionTimeHours = 8760.0;
    SteadyStateFigures system;     // structural figures of the system (§3)
    DowntimeBudget systemBudget;   // the system's time-aware total (§12): what the headline uses
    QList<DataLossReport> dataLoss;
    double missionReliability = 1.0; // R(mission time), no repair
    double mttfHours = 0.0;
    QList<CurvePoint> reliabilityCurve;  // R(t) on [0, mission time], no repair
    QList<CurvePoint> availabilityCurve; // A(t) on [mission·1e-4, mission time] (log-spaced), with repair
    QList<ServiceFigures> services;
    QList<ElementFigures> elements;
    double cutSetCount = 0.0;
    QList<double> cutSetsByOrder;
    QList<CutSetView> cutSets;        // most probable first
    QList<GroupReport> groups;
    QList<QuorumReport> quorums;
    QList<ReplicationReport> replications;
    QList<FailoverReport> failovers;
    QList<ServiceClassification> classifications;
    QList<Finding> findings;          // most severe first
    QStringList assumptions;
    std::shared_ptr<const ArchitectureStructure> structure; // the derived structure (RBD view, curves)
    double analysisMilliseconds = 0.0;

    const ElementFigures *element(const QString &id) const;
};

} // namespace nf
