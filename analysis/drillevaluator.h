#pragma once

#include "analysisresult.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

namespace nf {

class Model;

// A network split between failure domains for a drill: two sides, each seeing
// the other as unreachable.
struct DrillSplit
{
    QString description;   // "split {Zone A} | {Zone B, Zone C}"
    QStringList first;     // containers (or unplaced voters) on each side
    QStringList second;
    bool operator==(const DrillSplit &) const = default;
};

// What a failure drill finds: what is down given some forced failures, with the
// analysis's own semantics.
struct DrillOutcome
{
    struct ServiceState
    {
        QString id;
        QString name;
        bool up = true;
    };
    struct QuorumState
    {
        QString id;
        QString name;
        int voters = 0;
        int votersUp = 0;
        int quorum = 0;
        bool lost = false;
    };
    struct GroupState
    {
        QString id;
        QString name;
        int members = 0;
        int survivors = 0;
        double utilisation = 0.0; // of each survivor (load known)
        bool down = false;
        bool cascade = false;     // survivors pushed past their capacity: down
    };
    struct FailoverState
    {
        QString id;
        QString group;
        QString from;
        QString to;
        bool fires = false;
        double rtoSeconds = 0.0;
        double rpoSeconds = 0.0;
        QString reason; // why it does not fire
    };

    QSet<QString> failed;      // failed on purpose
    QSet<QString> unreachable; // on the other side of a split
    QSet<QString> down;        // every element that is down (with what it needs)
    QStringList cannotFail;    // chosen, but the analysis has no failure for them
    bool systemDown = false;
    QList<ServiceState> services;
    QList<QuorumState> quorums;
    QList<GroupState> groups;        // redundancy groups that lost members
    QList<FailoverState> failovers;  // failovers that a down primary calls for

    bool isDown(const QString &id) const { return down.contains(id); }
};

// Evaluates "what is down given these forced failures" on the structure the
// analysis derived (ArchitectureStructure): the chosen components' and
// containers' own events occur, every other event does not, and every element's
// down-node is evaluated. No second reading of the drawing: the same semantics
// as the analysis by construction. A group solved as a Markov chain is one event
// in the structure; it occurs when the chosen member failures alone take the
// group down (more than n − k members, or both members of a standby pair).
class DrillEvaluator
{
    Q_DECLARE_TR_FUNCTIONS(DrillEvaluator)

public:
    static DrillOutcome evaluate(const Model &model, const AnalysisResult &result, const QStringList &failed,
                                 const QStringList &unreachable = {});

    // The splits worth drilling: every split of the failure domains that hold a
    // quorum's voters (from the quorum analysis), without repeats.
    static QList<DrillSplit> splits(const Model &model, const AnalysisResult &result);
};

} // namespace nf
