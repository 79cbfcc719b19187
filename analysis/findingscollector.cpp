#include "findingscollector.h"

#include "architecturetranslator.h"
#include "bddanalysis.h"
#include "downtimebudget.h"
#include "model.h"
#include "modelindex.h"
#include "numberformat.h"

#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace nf {

namespace {

bool isInfrastructure(ComponentKind k)
{
    switch (k) {
    case ComponentKind::PowerFeed:
    case ComponentKind::Generator:
    case ComponentKind::Ups:
    case ComponentKind::Switchgear:
    case ComponentKind::Cooling:
    case ComponentKind::NetworkSwitch:
    case ComponentKind::Dns:
    case ComponentKind::LoadBalancer:
        return true;
    default:
        return false;
    }
}

class Collector
{
public:
    explicit Collector(const FindingsCollector::Inputs &in) : in(in), m(*in.model), x(*in.index), r(*in.result) {}

    QList<Finding> run()
    {
        serviceTargets();
        singlePointsOfFailure();
        sharedFailureDomains();
        headroom();
        quorums();
        splitBrain();
        replication();
        failovers();
        timeAware();
        redundancyParadox();
        requirements();
        fallbacks();
        commonCause();
        missingData();
        std::stable_sort(out.begin(), out.end(), [](const Finding &a, const Finding &b) {
            return int(a.severity) > int(b.severity);
        });
        return out;
    }

private:
    QString name(const QString &id) const { return x.displayName(id); }
    QString names(const QStringList &ids, const QString &pattern = FindingsCollector::tr("%1 and %2")) const
    {
        QStringList n;
        for (const QString &id : ids)
            n << name(id);
        if (n.size() <= 1)
            return n.join(QString());
        const QString last = n.takeLast();
        return pattern.arg(n.join(u", "_s), last);
    }
    QString money(double v) const { return NumberFormat::money(v, m.currency); }

    void add(Finding::Severity severity, const QString &code, const QString &message, const QString &fix,
             const QStringList &elements)
    {
        Finding f;
        f.severity = severity;
        f.code = code;
        f.message = message;
        f.fix = fix;
        f.elements = elements;
        out << f;
    }

    void serviceTargets()
    {
        for (const ServiceFigures &s : r.services) {
            if (!s.target || s.meetsTarget)
                continue;
            const double budget = (1.0 - *s.target) * 525960.0;
            const DowntimeBudget &total = s.budget;
            // The largest contributors among what this service needs: elements
            // whose failure can change whether it is up.
            const QSet<QString> needed = elementsAffecting(s.id);
            QStringList top;
            for (const ElementFigures &e : byDowntime())
                if (top.size() < 3 && e.downtimeMinutesPerYear > 0.0 && needed.contains(e.id))
                    top << e.id;
            // Enough digits that the figure and the target print differently.
            QString achieved = NumberFormat::availability(total.unavailability), target = NumberFormat::availability(1.0 - *s.target);
            for (int extra = 1; achieved == target && extra <= 6; ++extra) {
                achieved = NumberFormat::availability(total.unavailability, extra);
                target = NumberFormat::availability(1.0 - *s.target, extra);
            }
            // Where the minutes go: the structure's share names its largest
            // contributors; a larger time-aware part is named first.
            const QList<std::pair<QString, double>> parts = total.countedParts();
            const bool transitionsLead = !parts.isEmpty() && parts.first().second > total.structuralMinutes;
            QString fix = top.isEmpty() ? FindingsCollector::tr("Add redundancy where the downtime comes from.")
                                        : FindingsCollector::tr("Start with the largest contributors: %1.").arg(names(top));
            if (transitionsLead)
                fix = FindingsCollector::tr("Most of it is %1 (%2): see the findings on them.")
                          .arg(DowntimeBudgetAnalysis::partName(parts.first().first), NumberFormat::minutes(parts.first().second));
            add(Finding::Severity::Critical, u"slo-miss"_s,
                FindingsCollector::tr("%1 is available %2, below its target of %3: %4 of downtime a year against a "
                                      "budget of %5 (%6).")
                    .arg(s.name, achieved, target, NumberFormat::minutes(total.totalMinutes), NumberFormat::minutes(budget),
                         DowntimeBudgetAnalysis::explain(total)),
                fix, QStringList{s.id} + top);
        }
    }

    QSet<QString> elementsAffecting(const QString &serviceId) const
    {
        QSet<QString> out;
        const Structure::NodeId node = in.structure->down.value(serviceId, -1);
        if (node < 0)
            return out;
        std::vector<double> p, q;
        in.bdd->eventProbabilities(p, q);
        const std::vector<double> b = in.bdd->birnbaumOf(node, p, q);
        const Structure &st = in.structure->structure;
        for (int e = 0; e < st.eventCount(); ++e)
            if (b[std::size_t(e)] > 0.0 && !st.eventAt(e).elementId.isEmpty())
                out.insert(st.eventAt(e).elementId);
        return out;
    }

    QList<ElementFigures> byDowntime() const
    {
        QList<ElementFigures> list = r.elements;
        std::stable_sort(list.begin(), list.end(), [](const ElementFigures &a, const ElementFigures &b) {
            return a.downtimeMinutesPerYear > b.downtimeMinutesPerYear;
        });
        return list;
    }

    void singlePointsOfFailure()
    {
        // Order-1 minimal cut sets of the system.
        const Structure &s = in.structure->structure;
        QSet<QString> seen;
        for (int e = 0; e < s.eventCount(); ++e) {
            const Importance &imp = in.importance.at(e);
            if (!(imp.birnbaum > 0.0) || imp.probabilityIfOccurred < 1.0 - 1e-9)
                continue;
            const BasicEvent &ev = s.eventAt(e);
            // A group solved as a Markov chain is one event in the structure, but
            // no single failure inside it is a single point of failure.
            if (ev.id.startsWith(u"markov:"_s))
                continue;
            QString element = ev.elementId;
            if (element.isEmpty() || seen.contains(element))
                continue;
            seen.insert(element);
            const ElementRef ref = x.find(element);
            const bool container = ref.type == ElementType::Container;
            const Component *c = x.component(element);
            const bool shared = container || in.dependents.value(element) >= 2 || (c && isInfrastructure(c->kind));
            const double share = imp.fussellVesely;
            const Finding::Severity sev = (shared || share >= 0.05) ? Finding::Severity::Critical : Finding::Severity::Warning;
            const QStringList services = in.servicesDownedBy.value(element);
            const QString what = services.isEmpty() ? FindingsCollector::tr("the system") : names(services);
            const QString subject = ev.id.startsWith(u"markov:"_s) || ref.type == ElementType::RedundancyGroup
                                        ? FindingsCollector::tr("%1 as a whole").arg(name(element))
                                        : name(element);
            QString fix;
            if (container)
                fix = FindingsCollector::tr("Spread what runs in %1 over a second, independent %2.")
                          .arg(name(element), kinds::toString(x.container(element)->kind));
            else if (c)
                fix = FindingsCollector::tr("Give %1 a redundant partner in another failure domain, or take it out of "
                                            "the path.")
                          .arg(name(element));
            else
                fix = FindingsCollector::tr("Add redundancy for %1 in another failure domain.").arg(name(element));
            add(sev, u"spof"_s,
                FindingsCollector::tr("%1 is a single point of failure: when it fails, %2 goes down; it causes %3 of "
                                      "the downtime (%4 a year).")
                    .arg(subject, what, NumberFormat::percent(share), NumberFormat::minutes(share * r.system.downtimeMinutesPerYear)),
                fix, QStringList{element} + services);
        }
    }

    void sharedFailureDomains()
    {
        for (auto it = in.allDownCauses.constBegin(); it != in.allDownCauses.constEnd(); ++it) {
            const ElementRef ref = x.find(it.key());
            QStringList members;
            QString kind;
            if (ref.type == ElementType::RedundancyGroup) {
                members = m.groups.at(ref.index).members;
                kind = FindingsCollector::tr("members");
            } else if (ref.type == ElementType::QuorumGroup) {
                members = m.quorums.at(ref.index).voters;
                kind = FindingsCollector::tr("voters");
            } else {
                continue;
            }
            const QStringList causes = it.value();
            add(Finding::Severity::Critical, u"shared-failure-domain"_s,
                FindingsCollector::tr("All %1 %2 of %3 go down together when %4 fails: against it, the redundancy is "
                                      "an illusion.")
                    .arg(members.size())
                    .arg(kind, name(it.key()), names(causes, FindingsCollector::tr("%1 or %2"))),
                FindingsCollector::tr("Place the %1 in separate failure domains (zones, hosts) with independent power, "
                                      "network and dependencies.")
                    .arg(kind),
                QStringList{it.key()} + causes + members);
        }
    }

    void headroom()
    {
        for (const GroupReport &g : r.groups) {
            // Whether known from load and capacity or declared as N+M.
            const bool knownTolerance = g.hasLoad || g.declaredN > 0;
            if (knownTolerance && g.maxUnavailable > 0 && g.toleranceDuringUpdate < 0) {
                // The update alone takes the group below what it needs: the
                // tolerance is N-1 (or worse), as the JSON says.
                add(Finding::Severity::Critical, u"maintenance-exposure"_s,
                    FindingsCollector::tr("A rolling update with %n member(s) down leaves %1 at N%2: the update alone "
                                          "overloads the members left, before anything fails.",
                                          nullptr, g.maxUnavailable)
                        .arg(g.name)
                        .arg(g.toleranceDuringUpdate),
                    FindingsCollector::tr("Provision N+%1 so an update leaves N+1, take fewer members down at a time, "
                                          "or update with surge capacity (maxSurge).")
                        .arg(g.maxUnavailable + 1),
                    {g.id});
            } else if (knownTolerance && g.maxUnavailable > 0 && g.toleranceDuringUpdate == 0) {
                add(Finding::Severity::Warning, u"maintenance-exposure"_s,
                    FindingsCollector::tr("During a rolling update with %n member(s) down, %1 is left at N+0: one "
                                          "more failure leaves it short of what it needs.",
                                          nullptr, g.maxUnavailable)
                        .arg(g.name),
                    FindingsCollector::tr("Provision N+%1 so an update leaves N+1, or update with surge capacity "
                                          "(maxSurge) instead of taking members down.")
                        .arg(g.maxUnavailable + 1),
                    {g.id});
            }
            if (!g.hasLoad)
                continue;
            const QString unit = m.loadUnit;
            if (g.cascadeAfter >= 1) {
                const HeadroomRow &row = g.rows.at(g.cascadeAfter);
                const bool noRealSpare = g.cascadeAfter <= std::max(1, g.declaredM);
                if (noRealSpare) {
                    add(Finding::Severity::Critical, u"overload-cascade"_s,
                        FindingsCollector::tr("After %n failure(s) the %1 remaining members of %2 would run at %3 of "
                                              "their capacity and fail too: a cascade, not a degradation.",
                                              nullptr, g.cascadeAfter)
                            .arg(row.survivors)
                            .arg(g.name, NumberFormat::percent(row.utilisation)),
                        FindingsCollector::tr("Run at least %1 members: %2 carry %3 %4 below the %5 ceiling, plus %6 "
                                              "spare; or cut the load per member.")
                            .arg(needForDemand(g) + std::max(1, g.declaredM))
                            .arg(needForDemand(g))
                            .arg(NumberFormat::number(g.demand), unit, NumberFormat::percent(g.ceiling, 0))
                            .arg(std::max(1, g.declaredM)),
                        {g.id});
                }
            }
            if (g.declaredM > 0 && g.effectiveM < g.declaredM && !(g.cascadeAfter >= 1 && g.cascadeAfter <= std::max(1, g.declaredM))) {
                add(Finding::Severity::Warning, u"headroom-below-declared"_s,
                    FindingsCollector::tr("%1 is declared N+%2 but at the %3 utilisation ceiling it only holds N+%4.")
                        .arg(g.name)
                        .arg(g.declaredM)
                        .arg(NumberFormat::percent(g.ceiling, 0))
                        .arg(std::max(0, g.effectiveM)),
                    FindingsCollector::tr("Add %n member(s), or raise the ceiling only if the members really cope.",
                                          nullptr, g.declaredM - std::max(0, g.effectiveM)),
                    {g.id});
            }
            if (g.retryStorm) {
                add(Finding::Severity::Warning, u"retry-storm"_s,
                    FindingsCollector::tr("Callers retry up to %n time(s): during an outage %1 can be offered %2 %3 "
                                          "against %4 %3 of total capacity.",
                                          nullptr, g.callerRetries)
                        .arg(g.name, NumberFormat::number(g.offeredLoadWithRetries), m.loadUnit,
                             NumberFormat::number(g.totalCapacity)),
                    FindingsCollector::tr("Use exponential backoff with jitter, a retry budget, or a circuit breaker."),
                    {g.id});
            }
        }
        for (const GroupReport &g : r.groups) {
            const bool knownTolerance = g.hasLoad || g.declaredN > 0;
            if (g.minAvailable > 0 && knownTolerance && g.voluntaryDisruptions > std::max(0, g.effectiveM))
                add(Finding::Severity::Warning, u"disruption-budget"_s,
                    FindingsCollector::tr("The disruption budget of %1 (at least %2 of %3 up) allows %n voluntary "
                                          "disruption(s) at a time, more than the %4 failure(s) it tolerates: a node "
                                          "drain can take it below what it needs.",
                                          nullptr, g.voluntaryDisruptions)
                        .arg(g.name)
                        .arg(g.minAvailable)
                        .arg(g.members)
                        .arg(std::max(0, g.effectiveM)),
                    std::max(0, g.effectiveM) > 0
                        ? FindingsCollector::tr("Raise minAvailable to %1: drains then go one member at a time.")
                              .arg(g.members - std::max(0, g.effectiveM))
                        // A budget of every member would block every drain: first a spare.
                        : FindingsCollector::tr("Add a member first (%1 members, minAvailable %2): with no spare, any "
                                                "budget that keeps it safe would block every node drain.")
                              .arg(g.members + 1)
                              .arg(g.members),
                    {g.id});
            else if (g.minAvailable > 0)
                add(Finding::Severity::Info, u"disruption-budget"_s,
                    FindingsCollector::tr("The disruption budget of %1 (at least %2 of %3 up) allows %n voluntary "
                                          "disruption(s) at a time.",
                                          nullptr, g.voluntaryDisruptions)
                        .arg(g.name)
                        .arg(g.minAvailable)
                        .arg(g.members),
                    QString(), {g.id});
        }
    }

    // Members of the smallest capacity needed to carry the demand below the ceiling.
    static int needForDemand(const GroupReport &g)
    {
        const double perMember = g.capacityPerMember * g.ceiling;
        return perMember > 0.0 ? int(std::ceil(g.demand / perMember - 1e-9)) : g.members;
    }

    void quorums()
    {
        for (const QuorumReport &q : r.quorums) {
            const bool tunable = q.kind == kinds::toString(QuorumKind::Tunable);
            for (const QuorumScenario &loss : q.losses) {
                if (loss.writable && loss.readable)
                    continue;
                const int of = tunable ? q.n : q.voters;
                QString message;
                if (!tunable)
                    message = FindingsCollector::tr("Losing %1 leaves %2 with %3 of %4 voters, fewer than the %5 it "
                                                    "needs: writes stop.")
                                  .arg(name(loss.containers.value(0)), q.name)
                                  .arg(loss.votersLeft)
                                  .arg(of)
                                  .arg(q.quorum);
                else if (!loss.writable && !loss.readable)
                    message = FindingsCollector::tr("Losing %1 leaves %2 with %3 of %4 replicas of a key, fewer than W "
                                                    "= %5 and R = %6: writes and reads stop.")
                                  .arg(name(loss.containers.value(0)), q.name)
                                  .arg(loss.votersLeft)
                                  .arg(of)
                                  .arg(q.w)
                                  .arg(q.r);
                else
                    message = (!loss.writable ? FindingsCollector::tr("Losing %1 leaves %2 with %3 of %4 replicas of a "
                                                                      "key, fewer than W = %5: writes stop.")
                                              : FindingsCollector::tr("Losing %1 leaves %2 with %3 of %4 replicas of a "
                                                                      "key, fewer than R = %5: reads stop."))
                                  .arg(name(loss.containers.value(0)), q.name)
                                  .arg(loss.votersLeft)
                                  .arg(of)
                                  .arg(!loss.writable ? q.w : q.r);
                add(Finding::Severity::Critical, u"no-quorum-after-zone-loss"_s, message,
                    FindingsCollector::tr("Spread the voters so that no zone holds %1 or more (e.g. 2+2+1 over three "
                                          "zones), or add a tie-breaker in a third site.")
                        .arg(q.quorum),
                    {q.id, loss.containers.value(0)});
            }
            if (q.evenSize)
                add(Finding::Severity::Warning, u"even-quorum"_s,
                    FindingsCollector::tr("%1 has %2 voters: it needs %3 and tolerates %4 failure(s), no more than "
                                          "with %5 voters; the extra voter adds cost, not tolerance.")
                        .arg(q.name)
                        .arg(q.voters)
                        .arg(q.quorum)
                        .arg(q.tolerated)
                        .arg(q.voters - 1),
                    FindingsCollector::tr("Use an odd number of voters."), {q.id});
            if (q.kind == kinds::toString(QuorumKind::Tunable)) {
                if (!q.readYourWrites)
                    add(Finding::Severity::Warning, u"weak-quorum"_s,
                        FindingsCollector::tr("%1 reads and writes do not overlap (W + R = %2 is not above N = %3): a "
                                              "read can miss the latest write; the store is only eventually consistent.")
                            .arg(q.name)
                            .arg(q.w + q.r)
                            .arg(q.n),
                        FindingsCollector::tr("Choose W and R with W + R > N (e.g. W = R = %1 for N = %2) where reads "
                                              "must see writes.")
                            .arg(q.n / 2 + 1)
                            .arg(q.n),
                        {q.id});
                if (!q.singleWriteQuorum)
                    add(Finding::Severity::Warning, u"weak-quorum"_s,
                        FindingsCollector::tr("%1 accepts writes from %2 of %3 replicas: two conflicting writes can "
                                              "both succeed (W is not above N/2).")
                            .arg(q.name)
                            .arg(q.w)
                            .arg(q.n),
                        FindingsCollector::tr("Use W > N/2, or resolve conflicts explicitly (versions, CRDTs)."),
                        {q.id});
            }
        }
    }

    // Only members that hold state can diverge into two primaries: stores, or
    // anything that replicates to its peers.
    bool holdsState(const RedundancyGroup &g) const
    {
        for (const QString &member : g.members) {
            const Component *c = x.component(member);
            if (c && (c->kind == ComponentKind::Database || c->kind == ComponentKind::Cache
                      || c->kind == ComponentKind::Queue || c->kind == ComponentKind::Storage))
                return true;
        }
        for (const ReplicationLink &l : m.replications)
            if (g.members.contains(l.from) && g.members.contains(l.to))
                return true;
        return false;
    }

    void splitBrain()
    {
        for (const RedundancyGroup &g : m.groups) {
            if (g.policy != RedundancyPolicy::ActivePassive || !holdsState(g))
                continue;
            bool inQuorum = false;
            for (const QuorumGroup &q : m.quorums)
                for (const QString &member : g.members)
                    inQuorum = inQuorum || q.voters.contains(member);
            if (inQuorum)
                continue;
            for (const FailoverLink &f : m.failovers) {
                if (!g.members.contains(f.from) || !f.automatic || f.fencing != Fencing::None)
                    continue;
                add(Finding::Severity::Critical, u"split-brain-risk"_s,
                    FindingsCollector::tr("If the network between %1 and %2 splits, %2 promotes itself while %1 still "
                                          "serves: two primaries accept writes (split-brain).")
                        .arg(name(f.from), name(f.to)),
                    FindingsCollector::tr("Fence the old primary (STONITH), use a lease, or let a quorum with a "
                                          "witness decide who is primary."),
                    {g.id, f.id, f.from, f.to});
            }
            // Standbys without a drawn failover link are taken to promote
            // automatically, with no fencing.
            for (const FailoverReport &f : r.failovers) {
                if (f.drawn || f.group != g.id)
                    continue;
                add(Finding::Severity::Critical, u"split-brain-risk"_s,
                    FindingsCollector::tr("%2 takes over from %1 with no failover link drawn, so Ninefold assumes an "
                                          "automatic promotion without fencing: if the network between them splits, "
                                          "both accept writes (split-brain).")
                        .arg(name(f.from), name(f.to)),
                    FindingsCollector::tr("Draw the failover link from %1 to %2 with its fencing (STONITH, a lease), or "
                                          "let a quorum with a witness decide who is primary.")
                        .arg(name(f.from), name(f.to)),
                    {g.id, f.from, f.to});
            }
        }
    }

    void replication()
    {
        for (const ReplicationReport &rep : r.replications) {
            const bool async = rep.mode == kinds::toString(ReplicationMode::Asynchronous);
            if (async && rep.usedByFailover && rep.rpoSeconds > 0.0) {
                double required = -1.0;
                // The RPO of the services whose failover relies on this copy.
                for (const Service &svc : m.services)
                    if (svc.rpoSeconds && rep.servedServices.contains(svc.id))
                        required = required < 0.0 ? *svc.rpoSeconds : std::min(required, *svc.rpoSeconds);
                const bool severe = (required >= 0.0 && rep.rpoSeconds > required) || rep.rpoSeconds >= 3600.0;
                double events = 0.0;
                for (const DataLossReport &d : r.dataLoss)
                    if (d.source == rep.id)
                        events = d.eventsPerYear;
                add(severe ? Finding::Severity::Critical : Finding::Severity::Warning, u"async-data-loss"_s,
                    events > 0.0
                        ? FindingsCollector::tr("Replication from %1 to %2 is asynchronous: each failover that relies on "
                                                "it loses up to %3 of acknowledged writes, about %4 failovers a year (a %5 "
                                                "chance of losing some in a year).")
                              .arg(name(rep.from), name(rep.to), NumberFormat::duration(rep.rpoSeconds),
                                   NumberFormat::number(events, 3), NumberFormat::percent(-std::expm1(-events), 1))
                        : FindingsCollector::tr("Replication from %1 to %2 is asynchronous: a failover that relies on it "
                                                "loses up to %3 of acknowledged writes.")
                              .arg(name(rep.from), name(rep.to), NumberFormat::duration(rep.rpoSeconds)),
                    FindingsCollector::tr("Replicate synchronously (or semi-synchronously) to the failover target, "
                                          "keep the lag small and alert on it."),
                    {rep.id, rep.from, rep.to});
            }
            if (async && !rep.monitored) {
                const ReplicationLink *link = nullptr;
                for (const ReplicationLink &l : m.replications)
                    if (l.id == rep.id)
                        link = &l;
                const bool unwatched = link && !link->lagAlertRoute.isEmpty();
                add(rep.usedByFailover ? Finding::Severity::Warning : Finding::Severity::Info,
                    unwatched ? u"lag-alerts-unwatched"_s : u"no-lag-monitoring"_s,
                    unwatched ? FindingsCollector::tr("Replication lag alerts for %1 → %2 go to %3, which nobody "
                                                      "watches: the lag is in effect unmonitored.")
                                    .arg(name(rep.from), name(rep.to), name(link->lagAlertRoute))
                              : FindingsCollector::tr("Nothing alerts when %1 → %2 replication falls behind.")
                                    .arg(name(rep.from), name(rep.to)),
                    FindingsCollector::tr("Send lag alerts to the on-call rota (a pager that somebody answers), with a "
                                          "threshold below the RPO."),
                    unwatched ? QStringList{rep.id, link->lagAlertRoute} : QStringList{rep.id});
            }
        }
        // Synchronous copies: one finding per source, for what its writes wait
        // (the slowest copy, or the W-th fastest for a quorum write).
        QStringList sources;
        for (const ReplicationReport &rep : r.replications)
            if (rep.mode == kinds::toString(ReplicationMode::Synchronous) && !sources.contains(rep.from))
                sources << rep.from;
        for (const QString &source : std::as_const(sources)) {
            QStringList ids, targets, trips;
            double wait = 0.0;
            for (const ReplicationReport &rep : r.replications) {
                if (rep.from != source || rep.mode != kinds::toString(ReplicationMode::Synchronous))
                    continue;
                ids << rep.id;
                targets << rep.to;
                trips << NumberFormat::milliseconds(rep.addedWriteLatencyMs);
                wait = rep.storeWriteLatencyMs;
            }
            if (wait < 5.0)
                continue;
            add(wait >= 50.0 ? Finding::Severity::Warning : Finding::Severity::Info, u"sync-replication-latency"_s,
                targets.size() == 1
                    ? FindingsCollector::tr("Every write to %1 waits %2 for the synchronous copy on %3.")
                          .arg(name(source), NumberFormat::milliseconds(wait), name(targets.first()))
                    : FindingsCollector::tr("Every write to %1 waits %2 for its synchronous copies on %3; their "
                                            "round trips: %4.")
                          .arg(name(source), NumberFormat::milliseconds(wait), names(targets),
                               trips.join(FindingsCollector::tr(", "))),
                FindingsCollector::tr("Keep synchronous replicas close (same region), or replicate asynchronously "
                                      "where a small RPO is acceptable."),
                QStringList{source} + ids);
        }
    }

    void failovers()
    {
        for (const FailoverReport &f : r.failovers) {
            const FailoverLink *link = nullptr;
            for (const FailoverLink &l : m.failovers)
                if (l.id == f.id)
                    link = &l;
            // Coupled to the primary: down far more often when the failover is
            // needed than at a random moment.
            if (link && !link->needs.isEmpty() && f.needsDownWhenNeeded >= 0.01
                && f.needsDownWhenNeeded >= 10.0 * f.needsDown) {
                add(f.needsDownWhenNeeded >= 0.5 ? Finding::Severity::Critical : Finding::Severity::Warning,
                    u"failover-depends-on-primary"_s,
                    FindingsCollector::tr("The failover from %1 to %2 needs %3, which is down in %4 of the cases "
                                          "where the failover is needed (against %5 of the time otherwise): it fails "
                                          "together with the primary.")
                        .arg(name(f.from), name(f.to), names(link->needs), NumberFormat::percent(f.needsDownWhenNeeded),
                             NumberFormat::percent(f.needsDown)),
                    FindingsCollector::tr("Let the standby take over without anything from the primary's failure "
                                          "domain (remove the dependency on %1).")
                        .arg(names(link->needs)),
                    QStringList{f.id, f.group, f.from, f.to} + link->needs);
            }
            if (!f.automatic) {
                add(Finding::Severity::Warning, u"manual-failover"_s,
                    FindingsCollector::tr("The failover from %1 to %2 is manual: it takes %3 (%4 for someone to "
                                          "respond), %5 a year.")
                        .arg(name(f.from), name(f.to), NumberFormat::duration(f.rtoSeconds), NumberFormat::duration(f.humanSeconds),
                             NumberFormat::duration(f.interruptionSecondsPerYear)),
                    FindingsCollector::tr("Automate the failover (with fencing), and rehearse it."),
                    {f.id, f.from, f.to});
            }
            if (f.costPerFailover > 0.0)
                add(Finding::Severity::Info, u"failover-cost"_s,
                    FindingsCollector::tr("Each failover from %1 to %2 interrupts service for %3, costing at least "
                                          "%4; about %5 a year.")
                        .arg(name(f.from), name(f.to), NumberFormat::duration(f.rtoSeconds), money(f.costPerFailover),
                             money(f.costPerYear)),
                    QString(), {f.id});
        }
    }

    const ServiceFigures *serviceFigures(const QString &id) const
    {
        for (const ServiceFigures &s : r.services)
            if (s.id == id)
                return &s;
        return nullptr;
    }

    // DOMAIN.md §12: what the structure leaves out, where it costs enough minutes.
    void timeAware()
    {
        failoverDowntime();
        maintenanceDowntime();
        writePaths();
        dataLoss();
        hiddenFailures();
    }

    // The minutes a year one failover costs the service that feels it most, and
    // that service's allowed downtime (0 without a target).
    void failoverDowntime()
    {
        for (const FailoverReport &f : r.failovers) {
            const double minutes = (f.interruptionSecondsPerYear + f.failbackSecondsPerYear) / 60.0;
            if (!(minutes > 0.0))
                continue;
            const ServiceFigures *worst = nullptr;
            double worstShare = 0.0;
            for (const QString &id : f.servedServices) {
                const ServiceFigures *s = serviceFigures(id);
                if (!s)
                    continue;
                // of the allowed downtime when there is a target, else of the total
                const double allowed = s->target ? (1.0 - *s->target) * 525960.0 : s->budget.totalMinutes;
                const double share = allowed > 0.0 ? minutes / allowed : 0.0;
                if (!worst || share > worstShare) {
                    worst = s;
                    worstShare = share;
                }
            }
            if (!worst || worstShare < (worst->target ? 0.1 : 0.25) || minutes < 1.0)
                continue;
            const bool overBudget = worst->target && worstShare >= 1.0;
            QStringList fixes;
            if (!f.automatic)
                fixes << FindingsCollector::tr("automate it (a person takes %1 of each)").arg(NumberFormat::duration(f.humanSeconds));
            if (f.detectionSeconds >= 0.25 * f.rtoSeconds)
                fixes << FindingsCollector::tr("detect the failure sooner (%1 of each)").arg(NumberFormat::duration(f.detectionSeconds));
            if (f.failbackSecondsPerYear > 0.0)
                fixes << FindingsCollector::tr("stay on the standby after the repair instead of failing back");
            const QString activeActive = FindingsCollector::tr("serve from both (active-active), so that no failover interrupts");
            // One root cause, one finding: this one says what the manual one did.
            out.removeIf([&](const Finding &x) { return x.code == u"manual-failover"_s && x.elements.value(0) == f.id; });
            add(overBudget ? Finding::Severity::Critical : Finding::Severity::Warning, u"failover-downtime"_s,
                worst->target
                    ? FindingsCollector::tr("Failovers from %1 to %2 cost %3 a year (%4 a year × %5): %6 of what %7 "
                                            "may be down.")
                          .arg(name(f.from), name(f.to), NumberFormat::minutes(minutes), NumberFormat::number(f.failoversPerYear, 3),
                               NumberFormat::duration(f.rtoSeconds), NumberFormat::percent(worstShare, 0), worst->name)
                    : FindingsCollector::tr("Failovers from %1 to %2 cost %3 a year (%4 a year × %5): %6 of the downtime "
                                            "of %7.")
                          .arg(name(f.from), name(f.to), NumberFormat::minutes(minutes), NumberFormat::number(f.failoversPerYear, 3),
                               NumberFormat::duration(f.rtoSeconds), NumberFormat::percent(worstShare, 0), worst->name),
                fixes.isEmpty() ? FindingsCollector::tr("Serve from both (active-active), so that no failover interrupts.")
                                : FindingsCollector::tr("Shorten each interruption: %1; or %2.")
                                      .arg(fixes.join(FindingsCollector::tr("; ")), activeActive),
                {f.id, f.group, f.from, f.to, worst->id});
        }
    }

    void maintenanceDowntime()
    {
        for (const PlannedOutageReport &o : r.plannedOutages) {
            double minutes = 0.0;
            QString worst;
            for (auto it = o.serviceMinutesPerYear.constBegin(); it != o.serviceMinutesPerYear.constEnd(); ++it) {
                const ServiceFigures *s = serviceFigures(it.key());
                if (s && s->budget.maintenanceCounted && *it > minutes) {
                    minutes = *it;
                    worst = it.key();
                }
            }
            if (!(minutes >= 1.0))
                continue;
            const RedundancyGroup *g = x.group(o.element);
            const GroupReport *report = nullptr;
            for (const GroupReport &gr : r.groups)
                if (gr.id == o.element)
                    report = &gr;
            const bool alone = o.takesDown.contains(worst);
            QString what = o.kind == u"rolling-update"_s ? FindingsCollector::tr("Rolling updates of %1").arg(name(o.element))
                           : o.kind == u"test"_s        ? FindingsCollector::tr("Tests of %1").arg(name(o.element))
                                                        : FindingsCollector::tr("Planned maintenance of %1").arg(name(o.element));
            QString fix;
            if (g && report && report->neededMembers > 0) {
                // Enough members that the planned work leaves N up, plus one for a failure meanwhile.
                const int down = o.kind == u"rolling-update"_s ? std::max(1, g->maxUnavailable) : 1;
                fix = FindingsCollector::tr("Run %1 members (N = %2 needed, %3 out for the work, one spare for a "
                                            "failure meanwhile), or take fewer down at a time.")
                          .arg(report->neededMembers + down + 1)
                          .arg(report->neededMembers)
                          .arg(down);
            } else {
                fix = FindingsCollector::tr("Add a second %1 so that one serves while the other is maintained, or "
                                            "exclude planned maintenance from the SLO if the agreement does.")
                          .arg(name(o.element));
            }
            add(alone ? Finding::Severity::Critical : Finding::Severity::Warning, u"maintenance-downtime"_s,
                alone ? FindingsCollector::tr("%1 take %2 down while they run: %3 a year.")
                            .arg(what, name(worst), NumberFormat::minutes(minutes))
                      : FindingsCollector::tr("%1 leave %2 without its spare while they run: %3 a year of the risk "
                                              "lands in its budget.")
                            .arg(what, name(worst), NumberFormat::minutes(minutes)),
                fix, {o.element, worst});
        }
    }

    // A synchronous replica that alone stops a service's writes.
    void writePaths()
    {
        for (auto it = in.writeDown.constBegin(); it != in.writeDown.constEnd(); ++it) {
            const ServiceFigures *s = serviceFigures(it.key());
            if (!s || !s->budget.writesCounted || !(s->budget.writePathMinutes > 0.0))
                continue;
            std::vector<double> p, q;
            in.bdd->eventProbabilities(p, q);
            const std::vector<double> b = in.bdd->birnbaumOf(it.value(), p, q);
            const double writeUp = 1.0 - s->budget.writeUnavailability;
            QStringList replicas;
            for (const ReplicationLink &l : m.replications) {
                if (l.mode != ReplicationMode::Synchronous || l.fallsBackToAsync || !l.writers.contains(s->id))
                    continue;
                const int e = in.structure->ownEvent.value(l.to, -1);
                if (e >= 0 && writeUp - q[std::size_t(e)] * b[std::size_t(e)] <= 1e-9 && !replicas.contains(l.to))
                    replicas << l.to;
            }
            if (replicas.isEmpty())
                continue;
            const bool overBudget = s->target && !s->meetsTarget;
            add(overBudget ? Finding::Severity::Critical : Finding::Severity::Warning, u"write-path-unavailable"_s,
                replicas.size() == 1
                    ? FindingsCollector::tr("Writes to %1 stop whenever %2 is down: they wait for it as a synchronous "
                                            "replica with nothing to fall back on (%3 a year of blocked writes while "
                                            "reads go on).")
                          .arg(s->name, names(replicas), NumberFormat::minutes(s->budget.writePathMinutes))
                    : FindingsCollector::tr("Writes to %1 stop whenever any of %2 is down: they wait for each as a "
                                            "synchronous replica with nothing to fall back on (%3 a year of blocked "
                                            "writes while reads go on).")
                          .arg(s->name, names(replicas, FindingsCollector::tr("%1 or %2")),
                               NumberFormat::minutes(s->budget.writePathMinutes)),
                FindingsCollector::tr("Let writes wait for any one of two synchronous replicas (sync_acks 1), add a "
                                      "second synchronous replica, or let the link fall back to asynchronous while "
                                      "the replica is gone (trading RPO for availability)."),
                QStringList{s->id} + replicas);
        }
    }

    void dataLoss()
    {
        for (const DataLossReport &d : r.dataLoss) {
            if (d.kind == u"async-failover"_s)
                continue; // async-data-loss says it per link, with the yearly figure
            double rpo = -1.0;
            for (const QString &id : d.services)
                if (const Service *svc = x.service(id); svc && svc->rpoSeconds)
                    rpo = rpo < 0.0 ? *svc->rpoSeconds : std::min(rpo, *svc->rpoSeconds);
            const QString chance = NumberFormat::percent(d.probabilityPerYear, 2);
            if (d.kind == u"array-rebuild"_s)
                add(rpo >= 0.0 ? Finding::Severity::Critical : Finding::Severity::Warning, u"data-loss-expected"_s,
                    FindingsCollector::tr("%1 loses its data when more members fail than it tolerates during a "
                                          "rebuild: %2 times a year, a %3 chance in a year; the data then comes back "
                                          "only from a backup.")
                        .arg(name(d.source), NumberFormat::number(d.eventsPerYear, 3), chance),
                    FindingsCollector::tr("Tolerate two failures (RAID 6, three copies), shorten the rebuild, and "
                                          "back up at least as often as the RPO allows."),
                    QStringList{d.source} + d.services);
            else
                add(rpo >= 0.0 ? Finding::Severity::Critical : Finding::Severity::Warning, u"data-loss-expected"_s,
                    FindingsCollector::tr("%1 acknowledges writes on one replica (W = 1): each of its %2 replica "
                                          "failures a year can lose the writes not yet copied on, a %3 chance in a "
                                          "year.")
                        .arg(name(d.source), NumberFormat::number(d.eventsPerYear, 3), chance),
                    FindingsCollector::tr("Write with W = 2 (or a majority) so that an acknowledged write survives "
                                          "one replica."),
                    QStringList{d.source} + d.services);
        }
    }

    // Failures that only a test reveals: what testing more often would buy.
    void hiddenFailures()
    {
        const Structure &st = in.structure->structure;
        const double downtime = r.system.downtimeMinutesPerYear;
        for (auto it = in.structure->testIntervalHours.constBegin(); it != in.structure->testIntervalHours.constEnd(); ++it) {
            const int e = in.structure->ownEvent.value(it.key(), -1);
            const ElementFigures *fig = r.element(it.key());
            if (e < 0 || !fig || !(downtime > 0.0))
                continue;
            const double share = fig->downtimeMinutesPerYear / downtime;
            if (share < 0.1)
                continue;
            const Component *c = x.component(it.key());
            const double interval = it.value(), better = interval / 4.0;
            std::vector<double> p, q;
            in.bdd->eventProbabilities(p, q);
            std::tie(p[std::size_t(e)], q[std::size_t(e)]) =
                ArchitectureTranslator::latentUnavailability(st.eventAt(e).rate, c ? c->failure.mttrHours : 0.0, better);
            const double improved = in.bdd->evaluate(p, q).first * 525960.0;
            add(share >= 0.5 ? Finding::Severity::Critical : Finding::Severity::Warning, u"hidden-failures"_s,
                FindingsCollector::tr("A failure of %1 stays hidden until its next test (every %2): it carries %3 of "
                                      "the downtime. Testing every %4 would cut the system's downtime from %5 to %6 "
                                      "a year.")
                    .arg(name(it.key()), NumberFormat::hours(interval), NumberFormat::percent(share, 0), NumberFormat::hours(better),
                         NumberFormat::minutes(downtime), NumberFormat::minutes(improved)),
                FindingsCollector::tr("Test %1 more often (a real load test, not only a start), monitor it so that "
                                      "failures show at once, or add a second one.")
                    .arg(name(it.key())),
                {it.key()});
        }
    }

    void redundancyParadox()
    {
        for (const GroupReport &g : r.groups) {
            if (g.members < 2 || g.nonRedundantUnavailability <= 0.0)
                continue;
            // A group that needs every member up has no redundancy, and one member
            // alone could not carry its load: there is no non-redundant version to
            // compare with (the headroom findings say what is wrong).
            if (g.neededMembers >= g.members)
                continue;
            // Compared with the non-redundant version: one member, or the N members
            // a load needs in series (a 2-of-3 group against two members).
            if (g.unavailability > g.nonRedundantUnavailability * (1.0 + 1e-9)) {
                const RedundancyGroup *rg = x.group(g.id);
                QStringList mechanisms;
                for (const FailoverLink &f : m.failovers)
                    if (rg && rg->members.contains(f.from) && !f.mechanism.isEmpty() && !mechanisms.contains(f.mechanism))
                        mechanisms << f.mechanism;
                add(Finding::Severity::Critical, u"redundancy-paradox"_s,
                    FindingsCollector::tr("%1 is less available (%2) than a single %3 would be (%4): its redundancy "
                                          "costs more availability than it adds.")
                        .arg(g.name, NumberFormat::availability(g.unavailability), name(rg ? rg->members.first() : QString()),
                             NumberFormat::availability(g.nonRedundantUnavailability)),
                    mechanisms.isEmpty()
                        ? FindingsCollector::tr("Check what the group needs beyond its members.")
                        : FindingsCollector::tr("Make %1 far more reliable than what it protects, or take it out of "
                                                "the request path.")
                              .arg(names(mechanisms)),
                    QStringList{g.id} + mechanisms);
            }
        }
    }

    void requirements()
    {
        for (const ServiceClassification &c : r.classifications) {
            const Service *svc = x.service(c.service);
            if (!svc)
                continue;
            if (svc->rtoSeconds && c.achievedRtoSeconds > *svc->rtoSeconds) {
                add(Finding::Severity::Critical, u"rto-miss"_s,
                    c.rtoCause.isEmpty()
                        ? FindingsCollector::tr("%1 must recover within %2 but its failover takes %3.")
                              .arg(name(c.service), NumberFormat::duration(*svc->rtoSeconds), NumberFormat::duration(c.achievedRtoSeconds))
                        : FindingsCollector::tr("%1 must recover within %2, but nothing takes over when %3 fails: it "
                                                "stays down for the repair, %4 on average.")
                              .arg(name(c.service), NumberFormat::duration(*svc->rtoSeconds), name(c.rtoCause),
                                   NumberFormat::duration(c.achievedRtoSeconds)),
                    !c.rtoCause.isEmpty()
                        ? FindingsCollector::tr("Give %1 a redundant partner that takes over within the RTO.")
                              .arg(name(c.rtoCause))
                    : *svc->rtoSeconds == 0.0
                        ? FindingsCollector::tr("An RTO of zero needs fault tolerance: active-active members with "
                                                "synchronous state, not a failover.")
                        : FindingsCollector::tr("Shorten detection (heartbeats, leases), promotion and reconnection "
                                                "(DNS TTL), and automate the failover."),
                    c.rtoCause.isEmpty() ? QStringList{c.service} : QStringList{c.service, c.rtoCause});
            }
            if (svc->rpoSeconds && c.achievedRpoSeconds > *svc->rpoSeconds) {
                add(Finding::Severity::Critical, u"rpo-miss"_s,
                    FindingsCollector::tr("%1 may lose at most %2 of data but a failover loses up to %3.")
                        .arg(name(c.service), NumberFormat::duration(*svc->rpoSeconds), NumberFormat::duration(c.achievedRpoSeconds)),
                    FindingsCollector::tr("Replicate synchronously to the failover target, or shrink the lag below "
                                          "the RPO and alert on it."),
                    {c.service});
            }
            if (c.required == u"FT"_s && c.achieved == u"HA"_s && !(svc->rtoSeconds && c.achievedRtoSeconds > *svc->rtoSeconds))
                add(Finding::Severity::Critical, u"rto-miss"_s,
                    FindingsCollector::tr("%1 needs fault tolerance (no interruption, no loss) but only has high "
                                          "availability.")
                        .arg(name(c.service)),
                    FindingsCollector::tr("Run active-active with synchronous state."), {c.service});
        }
    }

    void fallbacks()
    {
        for (const DependencyLink &d : m.dependencies) {
            if (d.fallback.isEmpty())
                continue;
            const double coupling = in.fallbackCoupling.value(d.id);
            const bool needsTarget = in.fallbackNeedsTarget.value(d.id);
            if (!needsTarget && coupling < 0.5)
                continue;
            add(needsTarget ? Finding::Severity::Critical : Finding::Severity::Warning, u"fallback-depends-on-protected"_s,
                FindingsCollector::tr("The fallback %1 of %2 is down in %3 of the cases where %4 is down: the circuit "
                                      "breaker falls back to something that fails with what it protects against.")
                    .arg(name(d.fallback), name(d.from), NumberFormat::percent(coupling), name(d.to)),
                FindingsCollector::tr("Make the fallback independent of %1 (a static response, a cache filled ahead of "
                                      "time, another provider).")
                    .arg(name(d.to)),
                {d.id, d.from, d.to, d.fallback});
        }
    }

    void commonCause()
    {
        for (const GroupReport &g : r.groups)
            if (g.commonCauseShare >= 0.5)
                add(Finding::Severity::Warning, u"common-cause-dominates"_s,
                    FindingsCollector::tr("%1 of the unavailability of %2 comes from common causes: its identical "
                                          "members tend to fail together.")
                        .arg(NumberFormat::percent(g.commonCauseShare), g.name),
                    FindingsCollector::tr("Diversify the members (versions, deploy waves, suppliers) so that one cause "
                                          "cannot hit them all."),
                    {g.id});
    }

    void missingData()
    {
        if (in.structure->unparameterised.isEmpty())
            return;
        add(Finding::Severity::Info, u"no-failure-data"_s,
            FindingsCollector::tr("%n component(s) have no failure data and are taken never to fail: %1.", nullptr,
                                  int(in.structure->unparameterised.size()))
                .arg(names(in.structure->unparameterised)),
            FindingsCollector::tr("Give each an MTBF and MTTR, or an availability (an SLA) with a repair time."),
            in.structure->unparameterised);
    }

    const FindingsCollector::Inputs &in;
    const Model &m;
    const ModelIndex &x;
    const AnalysisResult &r;
    QList<Finding> out;
};

} // namespace

QList<Finding> FindingsCollector::collect(const Inputs &in)
{
    return Collector(in).run();
}

} // namespace nf
