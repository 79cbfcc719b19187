#pragma once

#include "structure.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace nf {

class ModelIndex;

class Model;

// One block of the reliability block diagram Ninefold derives from a drawing:
// what reliability engineers read to check that the tool understood it.
struct RbdBlock
{
    enum class Kind {
        Basic,     // one component's or container's own failure
        Series,    // all children needed
        Parallel,  // any child suffices
        KOfN,      // k of the children needed (k = needed)
        Capacity,  // up capacity must cover a demand
        Standby,   // primary, or a failover to a standby
        Quorum,    // a majority (or W/R) of voters needed
        Markov,    // a sub-model solved as a Markov chain
        Switch,    // a failover switch-over that works with probability = coverage
    };
    Kind kind = Kind::Basic;
    QString label;
    QString elementId;
    QList<int> children; // indices into ArchitectureStructure::rbd
    int needed = 0;      // KOfN / Quorum: members needed up
    double availability = 1.0; // Basic / Switch / Markov: of the block itself
    int parents = 0;     // blocks using this one; > 1 means shared (a common cause)
};

// A model translated into an exact structure function whose top event is "the
// system is down" (DOMAIN.md §3). Components and containers that can fail become
// basic events; placement and shared dependencies make them shared; redundancy
// groups become thresholds, failover branches, quorums majorities. Nothing about
// common causes is declared by hand: sharing comes from the drawing.
struct ArchitectureStructure
{
    Structure structure;
    QHash<QString, Structure::NodeId> down;  // element id -> "element is down" (with everything it needs)
    QHash<QString, int> ownEvent;            // component/container id -> its own basic event
    QHash<QString, QList<int>> commonCauseEvents; // group id -> its parametric CCF events
    QHash<QString, int> switchEvent;         // failover link id -> its switch-over failure event
    QHash<QString, Structure::NodeId> standbyBranch; // "group:standby" -> the failover to it does not work
    QHash<QString, Structure::NodeId> memberIntrinsic; // component id -> its own failure incl. CCF
    QHash<QString, QString> groupModel;      // group id -> "static", "markov-k-of-n", "markov-standby"
    QList<RbdBlock> rbd;
    int rbdRoot = -1;
    QHash<QString, int> rbdOfElement;        // element id -> its block
    QStringList systemServices;              // services that make up "the system"
    QStringList assumptions;                 // plain-language notes on what was assumed
    QStringList unparameterised;             // components without failure data (never fail)
    // Component id -> the event that stands for "taken down on purpose" (planned
    // maintenance, a test, an update step): its own failure event, or, for a
    // component that never fails, an event of probability 0 made only when the
    // translation is asked for planned outages (TranslationOptions).
    QHash<QString, int> plannedOutageEvent;
    QHash<QString, double> testIntervalHours; // component id -> how often its hidden failures are found
};

struct TranslationOptions
{
    // Give components that never fail but are taken down on purpose an event of
    // probability 0, so that "what if it is down" can be evaluated. Such events
    // are cut sets of probability 0: only the planned-outage evaluation of the
    // downtime budget asks for them, on its own translation.
    bool plannedOutageEvents = false;
};

// Builds an ArchitectureStructure from a valid model (see Validator). Pure
// function of the model; safe to call on a worker thread.
class ArchitectureTranslator
{
    Q_DECLARE_TR_FUNCTIONS(ArchitectureTranslator)

public:
    static ArchitectureStructure translate(const Model &model);
    // The same with an index of the model the caller already has.
    static ArchitectureStructure translate(const ModelIndex &index, const TranslationOptions &options = {});
    // Mean unavailability of an element whose failures stay hidden until a test
    // every `interval` hours, then take `repairHours` to repair (renewal cycle of
    // one test interval plus the repair when one was needed).
    static std::pair<double, double> latentUnavailability(double lambda, double repairHours, double interval);
};

} // namespace nf
