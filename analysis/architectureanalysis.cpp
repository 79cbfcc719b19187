#include "architectureanalysis.h"

#include "architecturestructure.h"
#include "bddanalysis.h"
#include "dependencygraph.h"
#include "downtimebudget.h"
#include "findingscollector.h"
#include "headroomanalysis.h"
#include "markov.h"
#include "model.h"
#include "modelindex.h"
#include "quorumanalysis.h"
#include "replicationanalysis.h"
#include "steadystate.h"
#include "timeanalysis.h"
#include "units.h"

#include <QElapsedTimer>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <future>
#include <memory>
#include <tuple>

using namespace Qt::StringLiterals;

namespace nf {

const ElementFigures *AnalysisResult::element(const QString &id) const
{
    for (const ElementFigures &e : elements)
        if (e.id == id)
            return &e;
    return nullptr;
}

namespace {

// Elements whose failure can take `id` down, following the drawing's edges
// (DependencyGraph), memoised per element.
class Closure
{
public:
    explicit Closure(const Model &m) : m_graph(m) {}

    const QSet<QString> &of(const QString &id)
    {
        if (auto it = m_memo.constFind(id); it != m_memo.constEnd())
            return *it;
        return *m_memo.insert(id, m_graph.closure(id));
    }

private:
    DependencyGraph m_graph;
    QHash<QString, QSet<QString>> m_memo;
};

const FailoverLink *failoverTo(const Model &m, const RedundancyGroup &g, const QString &standby)
{
    for (const FailoverLink &f : m.failovers)
        if (f.to == standby && g.members.contains(f.from))
            return &f;
    return nullptr;
}

} // namespace

AnalysisResult ArchitectureAnalysis::run(const Model &m, const AnalysisOptions &options)
{
    // The boundary of the analysis: whatever a numerical library throws on a
    // value the validator let through becomes a clear error, never an abort.
    QString error;
    try {
        return analyse(m, options);
    } catch (const std::bad_alloc &) {
        error = tr("the analysis needs more memory than this computer has");
    } catch (const std::exception &e) {
        error = tr("the analysis could not be completed (%1); please report this model to the Ninefold developers")
                    .arg(QString::fromLocal8Bit(e.what()));
    }
    AnalysisResult failed;
    failed.modelName = m.name;
    failed.currency = m.currency;
    failed.missionTimeHours = m.missionTimeHours;
    failed.error = error;
    return failed;
}

AnalysisResult ArchitectureAnalysis::analyse(const Model &m, const AnalysisOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    AnalysisResult result;
    result.modelName = m.name;
    result.currency = m.currency;
    result.missionTimeHours = m.missionTimeHours;

    const ModelIndex index(m);
    auto arch = std::make_shared<ArchitectureStructure>(ArchitectureTranslator::translate(index));
    Structure &s = arch->structure;
    result.assumptions = arch->assumptions;

    // Auxiliary nodes the analysis asks about (built before the BDD).
    QHash<QString, Structure::NodeId> allDown;     // group/quorum -> every member down
    QHash<QString, Structure::NodeId> needsDown;   // failover link -> what it needs is down
    QHash<QString, Structure::NodeId> bothDown;    // failover link -> primary and needs down
    QHash<QString, Structure::NodeId> fallbackBoth; // dependency -> target and fallback down
    QHash<QString, Structure::NodeId> nonRedundant; // group -> its non-redundant version is down
    QHash<QString, Structure::NodeId> failoverEntry; // "group:standby" -> the service runs on that standby
    const QHash<QString, int> retries = HeadroomAnalysis::retriesInto(m);
    QHash<QString, int> needed; // members an active-active group needs up
    for (const RedundancyGroup &g : m.groups) {
        if (g.members.size() >= 2) {
            QList<Structure::NodeId> downs;
            for (const QString &x : g.members)
                downs << arch->down.value(x);
            allDown.insert(g.id, s.andOf(downs));
        }
        const int k = g.policy == RedundancyPolicy::ActiveActive
                          ? HeadroomAnalysis::analyse(index, g, retries).neededMembers
                          : 1;
        needed.insert(g.id, k);
        QList<Structure::NodeId> firstK;
        for (int i = 0; i < std::min<qsizetype>(k, g.members.size()); ++i)
            firstK << arch->down.value(g.members.at(i));
        // What the group itself depends on, the non-redundant version needs as well.
        for (const DependencyLink &d : m.dependencies)
            if (d.from == g.id && !firstK.isEmpty())
                firstK << (d.fallback.isEmpty() ? arch->down.value(d.to)
                                                : s.andOf({arch->down.value(d.to), arch->down.value(d.fallback)}));
        if (!firstK.isEmpty())
            nonRedundant.insert(g.id, s.orOf(firstK));
        if (g.policy != RedundancyPolicy::ActivePassive)
            continue;
        // Standby i serves when the primary is down, the failovers to earlier
        // standbys do not work and the one to i does: a failover to i happens on
        // every entry into that state.
        {
            QList<Structure::NodeId> earlier{arch->down.value(g.members.first())};
            for (qsizetype i = 1; i < g.members.size(); ++i) {
                const QString key = g.id + u':' + g.members.at(i);
                const auto branch = arch->standbyBranch.constFind(key);
                if (branch == arch->standbyBranch.constEnd())
                    break;
                failoverEntry.insert(key, s.andOf(earlier + QList<Structure::NodeId>{s.notOf(*branch)}));
                earlier << *branch;
            }
        }
        for (qsizetype i = 1; i < g.members.size(); ++i) {
            const FailoverLink *f = failoverTo(m, g, g.members.at(i));
            if (!f || f->needs.isEmpty())
                continue;
            QList<Structure::NodeId> needs;
            for (const QString &x : f->needs)
                needs << arch->down.value(x);
            const Structure::NodeId nd = s.orOf(needs);
            needsDown.insert(f->id, nd);
            bothDown.insert(f->id, s.andOf({arch->down.value(g.members.first()), nd}));
        }
    }
    for (const QuorumGroup &q : m.quorums)
        if (q.voters.size() >= 2) {
            QList<Structure::NodeId> downs;
            for (const QString &x : q.voters)
                downs << arch->down.value(x);
            allDown.insert(q.id, s.andOf(downs));
        }
    for (const DependencyLink &d : m.dependencies)
        if (!d.fallback.isEmpty())
            fallbackBoth.insert(d.id, s.andOf({arch->down.value(d.to), arch->down.value(d.fallback)}));

    const DowntimeBudgetAnalysis budget(index, *arch, failoverEntry);
    QList<Structure::NodeId> extraRoots = budget.roots();
    for (const auto *aux : {&allDown, &needsDown, &bothDown, &fallbackBoth, &nonRedundant, &failoverEntry})
        extraRoots << aux->values();
    for (const Service &svc : m.services)
        extraRoots << arch->down.value(svc.id);
    const BddAnalysis bdd(s, BddAnalysis::Ordering::SharedFirst, extraRoots);

    // Mission-time figures need only the top event's diagram, which the time
    // analysis copies: R(mission) and the MTTF (the long quadrature) are worked
    // out on a second core while the rest of the analysis goes on; this thread
    // samples the curves when it is done with the rest.
    std::shared_ptr<const TimeAnalysis> timeAnalysis;
    std::future<std::pair<double, double>> reliabilityAndMttf;
    if (options.timeFigures) {
        timeAnalysis = std::make_shared<const TimeAnalysis>(bdd);
        reliabilityAndMttf = std::async(std::launch::async, [ta = timeAnalysis, hours = m.missionTimeHours] {
            return std::pair{ta->at(hours, TimeAnalysis::Measure::Reliability).first, ta->mttf()};
        });
    }
    // Structure nodes the system (or a service) depends on.
    std::vector<char> inCone(static_cast<std::size_t>(s.nodeCount()), 0);
    {
        QList<Structure::NodeId> stack{s.top()};
        for (const Service &svc : m.services)
            stack << arch->down.value(svc.id);
        while (!stack.isEmpty()) {
            const Structure::NodeId id = stack.takeLast();
            if (inCone[std::size_t(id)])
                continue;
            inCone[std::size_t(id)] = 1;
            stack << s.node(id).inputs;
        }
    }
    std::vector<double> p, q;
    bdd.eventProbabilities(p, q);
    result.system = SteadyState::compute(bdd);
    const QList<Importance> importance = bdd.importance();

    // Services.
    QHash<QString, QStringList> servicesDownedBy;
    for (const Service &svc : m.services) {
        ServiceFigures f;
        f.id = svc.id;
        f.name = svc.name.isEmpty() ? svc.id : svc.name;
        f.required = svc.required;
        const Structure::NodeId node = arch->down.value(svc.id);
        f.figures = SteadyState::compute(bdd, node);
        f.target = svc.availabilityTarget;
        f.meetsTarget = !svc.availabilityTarget || f.figures.availability >= *svc.availabilityTarget;
        f.outageCostPerYear = f.figures.downtimeMinutesPerYear * 60.0 * svc.outageCostPerSecond;
        result.services << f;
        // Events that alone take the service down.
        const std::vector<double> b = bdd.birnbaumOf(node, p, q);
        const double down = f.figures.unavailability;
        for (int e = 0; e < s.eventCount(); ++e) {
            if (b[std::size_t(e)] <= 0.0)
                continue;
            const double up1 = f.figures.availability - q[std::size_t(e)] * b[std::size_t(e)];
            // A group solved as a Markov chain is one event, but no single
            // failure inside it takes the service down.
            if (up1 <= 1e-9 * std::max(1.0, down) && !s.eventAt(e).id.startsWith(u"markov:"_s)) {
                const QString el = s.eventAt(e).elementId;
                if (!el.isEmpty() && !servicesDownedBy[el].contains(svc.id))
                    servicesDownedBy[el] << svc.id;
            }
        }
    }

    // Elements.
    const double systemDowntime = result.system.downtimeMinutesPerYear;
    for (const QString &id : m.allIds()) {
        const ElementRef r = index.find(id);
        if (r.type != ElementType::Component && r.type != ElementType::Container
            && r.type != ElementType::RedundancyGroup && r.type != ElementType::QuorumGroup)
            continue;
        ElementFigures e;
        e.id = id;
        int own = arch->ownEvent.value(id, -1);
        if (own < 0)
            own = arch->ownEvent.value(u"markov:"_s + id, -1);
        const Structure::NodeId node = arch->down.value(id);
        e.inSystem = inCone[std::size_t(node)];
        if (e.inSystem) {
            std::tie(e.unavailability, e.availability) = bdd.probabilityOf(node);
        } else if (own >= 0) {
            e.unavailability = s.eventAt(own).p;
            e.availability = s.eventAt(own).q;
        }
        if (own >= 0) {
            e.hasOwnEvent = true;
            e.ownUnavailability = s.eventAt(own).p;
            e.importance = importance.at(own);
            e.downtimeMinutesPerYear = e.importance.fussellVesely * systemDowntime;
        }
        result.elements << e;
    }

    // Minimal cut sets.
    CutSetOptions cso;
    cso.maxOrder = options.cutSetOrder;
    cso.cutoff = options.cutSetCutoff;
    cso.maxListed = options.listedCutSets;
    const CutSetResult mcs = bdd.minimalCutSets(cso);
    result.cutSetCount = mcs.count;
    result.cutSetsByOrder = mcs.countByOrder;
    for (const CutSet &c : mcs.sets) {
        CutSetView v;
        for (int e : c.events) {
            const BasicEvent &ev = s.eventAt(e);
            v.events << ev.id;
            v.names << (ev.name.isEmpty() ? ev.id : ev.name);
            if (!ev.elementId.isEmpty() && !v.elements.contains(ev.elementId))
                v.elements << ev.elementId;
        }
        v.probability = c.probability;
        v.share = result.system.unavailability > 0.0 ? c.probability / result.system.unavailability : 0.0;
        result.cutSets << v;
    }

    // Order-1 causes that take every member of a group (or voter of a quorum) down.
    QHash<QString, QStringList> allDownCauses;
    CutSetOptions first;
    first.maxOrder = 1;
    for (auto it = allDown.constBegin(); it != allDown.constEnd(); ++it) {
        QStringList causes;
        for (const CutSet &c : bdd.minimalCutSetsOf(*it, first).sets) {
            const BasicEvent &ev = s.eventAt(c.events.first());
            if (ev.id.startsWith(u"ccf:"_s) || ev.elementId.isEmpty())
                continue; // parametric common causes are reported as a share
            if (!causes.contains(ev.elementId))
                causes << ev.elementId;
        }
        if (!causes.isEmpty())
            allDownCauses.insert(it.key(), causes);
    }

    // Redundancy groups.
    for (const RedundancyGroup &g : m.groups) {
        GroupReport r = HeadroomAnalysis::analyse(index, g, retries);
        r.model = arch->groupModel.value(g.id, u"static"_s);
        r.unavailability = bdd.probabilityOf(arch->down.value(g.id)).first;
        if (nonRedundant.contains(g.id))
            r.nonRedundantUnavailability = bdd.probabilityOf(nonRedundant.value(g.id)).first;
        r.sharedDomain = allDownCauses.value(g.id).value(0);
        const QList<int> ccf = arch->commonCauseEvents.value(g.id);
        if (!ccf.isEmpty() && r.unavailability > 0.0) {
            std::vector<double> p0 = p, q0 = q;
            for (int e : ccf) {
                p0[std::size_t(e)] = 0.0;
                q0[std::size_t(e)] = 1.0;
            }
            const double without = bdd.probabilitiesOf({arch->down.value(g.id)}, p0, q0).front().first;
            r.commonCauseShare = std::clamp((r.unavailability - without) / r.unavailability, 0.0, 1.0);
        }
        if (g.rebuildHours > 0.0 && !g.members.isEmpty()) {
            const Component *c = index.component(g.members.first());
            KOfNRepairModel km;
            km.n = int(g.members.size());
            km.k = std::clamp(r.neededMembers, 1, km.n);
            km.lambda = c ? c->failure.failureRate() : 0.0;
            km.mu = 1.0 / ((c ? c->failure.mttrHours : 0.0) + g.rebuildHours);
            km.stress = g.rebuildStress;
            if (km.lambda > 0.0) {
                r.mttfHours = km.meanTimeToFailure();
                r.failureDuringRebuild = km.probabilityOfFailureDuringRepair(g.rebuildHours);
            }
        } else if (r.model == u"markov-standby"_s) {
            const int ev = arch->ownEvent.value(u"markov:"_s + g.id, -1);
            if (ev >= 0 && s.eventAt(ev).life.lambda > 0.0)
                r.mttfHours = 1.0 / s.eventAt(ev).life.lambda;
        }
        result.groups << r;
    }

    // Quorums.
    for (const QuorumGroup &qg : m.quorums) {
        QuorumReport r = QuorumAnalysis::analyse(index, qg);
        r.unavailability = bdd.probabilityOf(arch->down.value(qg.id)).first;
        result.quorums << r;
    }

    // Replication.
    result.replications = ReplicationAnalysis::analyse(index);

    // Failovers.
    Closure closure(m);
    for (const RedundancyGroup &g : m.groups) {
        if (g.policy != RedundancyPolicy::ActivePassive || g.members.size() < 2)
            continue;
        const QString primary = g.members.first();
        const SteadyStateFigures pf = SteadyState::compute(bdd, arch->down.value(primary));
        for (qsizetype i = 1; i < g.members.size(); ++i) {
            const FailoverLink *drawn = failoverTo(m, g, g.members.at(i));
            // Without a drawn link the standby still takes over (the translation
            // assumes an automatic, always successful failover with no fencing):
            // its data and its split-brain risk are those of that default link.
            FailoverLink assumed;
            assumed.from = primary;
            assumed.to = g.members.at(i);
            const FailoverLink *f = drawn ? drawn : &assumed;
            FailoverReport r;
            r.id = f->id;
            r.drawn = drawn != nullptr;
            r.group = g.id;
            r.from = f->from;
            r.to = f->to;
            r.automatic = f->automatic;
            r.detectionSeconds = f->detectionTime();
            r.promotionSeconds = f->promotionSeconds;
            r.reconnectSeconds = f->reconnectSeconds;
            r.humanSeconds = f->automatic ? 0.0 : f->humanResponseSeconds;
            r.rtoSeconds = r.detectionSeconds + r.promotionSeconds + r.reconnectSeconds + r.humanSeconds;
            r.coverage = f->coverage;
            // The data a failover relies on: replication from something the primary
            // needs (or the primary itself) to something the standby needs.
            QSet<QString> primarySide = closure.of(f->from), standbySide = closure.of(f->to);
            primarySide.insert(f->from);
            standbySide.insert(f->to);
            QList<ReplicationReport *> reliedOn;
            for (ReplicationReport &rep : result.replications)
                if (primarySide.contains(rep.from) && standbySide.contains(rep.to)) {
                    r.rpoSeconds = std::max(r.rpoSeconds, rep.rpoSeconds);
                    rep.usedByFailover = true;
                    reliedOn << &rep;
                    r.replications << rep.id;
                }
            r.failback = kinds::toString(f->failback);
            r.failbackSeconds = f->failback == Failback::None ? 0.0 : f->failbackSeconds;
            if (const auto entry = failoverEntry.constFind(g.id + u':' + f->to); entry != failoverEntry.constEnd()) {
                // Entries into "running on this standby" caused by failures (events
                // whose failure can only leave that state do not count).
                r.failoversPerYear = SteadyState::compute(bdd, *entry).failureFrequencyPerHour * SteadyState::kHoursPerYear;
            } else {
                // A group solved as a Markov chain: a later standby takes over only
                // when the earlier ones are down too.
                double earlierDown = 1.0;
                for (qsizetype k = 1; k < i; ++k)
                    earlierDown *= bdd.probabilityOf(arch->down.value(g.members.at(k))).first;
                r.failoversPerYear = pf.failureFrequencyPerHour * SteadyState::kHoursPerYear * earlierDown;
            }
            r.interruptionSecondsPerYear = r.failoversPerYear * r.rtoSeconds;
            r.failbackSecondsPerYear = r.failoversPerYear * r.failbackSeconds;
            double costPerSecond = 0.0;
            for (const Service &svc : m.services)
                if (svc.entry == g.id || closure.of(svc.id).contains(g.id)) {
                    r.servedServices << svc.id;
                    costPerSecond += svc.outageCostPerSecond;
                }
            for (ReplicationReport *rep : reliedOn)
                for (const QString &svc : std::as_const(r.servedServices))
                    if (!rep->servedServices.contains(svc))
                        rep->servedServices << svc;
            r.costPerFailover = r.rtoSeconds * costPerSecond;
            r.costPerYear = r.costPerFailover * r.failoversPerYear;
            if (drawn && bothDown.contains(f->id) && pf.unavailability > 0.0) {
                r.needsDownWhenNeeded = bdd.probabilityOf(bothDown.value(f->id)).first / pf.unavailability;
                r.needsDown = bdd.probabilityOf(needsDown.value(f->id)).first;
            }
            result.failovers << r;
        }
    }

    // Time-aware availability (DOMAIN.md §12): the budget by cause, and the
    // totals every verdict uses.
    budget.evaluate(bdd, result);
    for (qsizetype i = 0; i < m.services.size(); ++i) {
        ServiceFigures &f = result.services[i];
        const Service &svc = m.services.at(i);
        f.meetsTarget = !f.target || f.budget.unavailability <= 1.0 - *f.target;
        f.outageCostPerYear = f.budget.totalMinutes * 60.0 * svc.outageCostPerSecond;
        f.rpoSeconds = svc.rpoSeconds;
    }

    // HA or FT, required and achieved, per service.
    for (qsizetype serviceIndex = 0; serviceIndex < m.services.size(); ++serviceIndex) {
        const Service &svc = m.services.at(serviceIndex);
        ServiceClassification c;
        c.service = svc.id;
        const QSet<QString> &needs = closure.of(svc.id);
        bool failsOver = false; // a standby takes over: an interruption, however short
        for (const FailoverReport &f : result.failovers)
            if (needs.contains(f.group) || svc.entry == f.group) {
                failsOver = true;
                c.achievedRtoSeconds = std::max(c.achievedRtoSeconds, f.rtoSeconds);
                c.achievedRpoSeconds = std::max(c.achievedRpoSeconds, f.rpoSeconds);
            }
        if (failsOver)
            c.haReasons << tr("a failover interrupts it");
        // Requests sent to a dead member until health checks notice fail: an
        // interruption for some users, however few.
        for (const RedundancyGroup &g : m.groups)
            if ((needs.contains(g.id) || svc.entry == g.id) && g.policy == RedundancyPolicy::ActiveActive
                && g.detectionTime() > 0.0 && g.members.size() >= 2) {
                c.achievedRtoSeconds = std::max(c.achievedRtoSeconds, g.detectionTime());
                c.haReasons << tr("requests to a dead member of %1 fail for up to %2 until health checks notice")
                                   .arg(index.displayName(g.id), Units::duration(g.detectionTime()));
            }
        for (const DataLossReport &loss : std::as_const(result.dataLoss))
            if (loss.services.contains(svc.id)) {
                if (loss.kind == u"array-rebuild"_s)
                    c.haReasons << tr("a second failure during a rebuild of %1 loses its data").arg(index.displayName(loss.source));
                else if (loss.kind == u"single-replica-write"_s)
                    c.haReasons << tr("%1 acknowledges a write on one replica, which can fail before copying it")
                                       .arg(index.displayName(loss.source));
            }
        // Fault tolerance: no interruption and no loss on any single failure, so
        // no failover with a delay or a lag, and nothing whose failure alone takes
        // the service down.
        // When something alone takes the service down, recovery waits for its
        // repair: that is the recovery time too.
        bool singlePoint = false;
        for (auto it = servicesDownedBy.constBegin(); it != servicesDownedBy.constEnd(); ++it) {
            if (!it.value().contains(svc.id))
                continue;
            singlePoint = true;
            const FailureModel *fm = nullptr;
            if (const Component *comp = index.component(it.key()))
                fm = &comp->failure;
            else if (const Container *cont = index.container(it.key()))
                fm = &cont->failure;
            if (fm && fm->canFail() && fm->mttrHours * 3600.0 > c.achievedRtoSeconds) {
                c.achievedRtoSeconds = fm->mttrHours * 3600.0;
                c.rtoCause = it.key();
            }
        }
        if (singlePoint)
            c.haReasons << tr("a single failure takes it down");
        if (c.achievedRpoSeconds > 0.0 && !failsOver)
            c.haReasons << tr("a failure loses up to %1 of writes").arg(Units::duration(c.achievedRpoSeconds));
        c.achieved = (c.haReasons.isEmpty() && c.achievedRtoSeconds == 0.0 && c.achievedRpoSeconds == 0.0) ? u"FT"_s : u"HA"_s;
        c.required = (svc.rtoSeconds && *svc.rtoSeconds == 0.0) ? u"FT"_s : u"HA"_s;
        result.classifications << c;
    }

    // Mission-time figures.
    if (timeAnalysis) {
        if (options.curvePoints >= 2) {
            const double hours = m.missionTimeHours;
            result.reliabilityCurve = timeAnalysis->sample(hours, options.curvePoints, TimeAnalysis::Measure::Reliability);
            result.availabilityCurve =
                timeAnalysis->sample(hours, options.curvePoints, TimeAnalysis::Measure::Availability, true);
        }
        std::tie(result.missionReliability, result.mttfHours) = reliabilityAndMttf.get();
    }

    // Components without failure data matter only where the services need them.
    if (!m.services.isEmpty()) {
        QSet<QString> needed;
        for (const Service &svc : m.services)
            needed.unite(closure.of(svc.id));
        arch->unparameterised.erase(std::remove_if(arch->unparameterised.begin(), arch->unparameterised.end(),
                                                   [&](const QString &id) { return !needed.contains(id); }),
                                    arch->unparameterised.end());
        result.assumptions.removeIf([](const QString &a) { return a.contains(u"without failure data"_s); });
        if (!arch->unparameterised.isEmpty()) {
            QStringList names;
            for (const QString &id : arch->unparameterised)
                names << index.displayName(id);
            result.assumptions.prepend(tr("Components without failure data are taken never to fail: %1.")
                                           .arg(names.join(u", "_s)));
        }
    }

    // Inputs for the findings.
    FindingsCollector::Inputs in;
    in.model = &m;
    in.index = &index;
    in.structure = arch.get();
    in.bdd = &bdd;
    in.result = &result;
    in.importance = importance;
    in.allDownCauses = allDownCauses;
    in.servicesDownedBy = servicesDownedBy;
    for (const DependencyLink &d : m.dependencies)
        in.dependents[d.to] += 1;
    for (const Container &c : m.containers)
        in.dependents[c.id] += int(c.children.size());
    for (auto it = fallbackBoth.constBegin(); it != fallbackBoth.constEnd(); ++it) {
        const DependencyLink *d = nullptr;
        for (const DependencyLink &x : m.dependencies)
            if (x.id == it.key())
                d = &x;
        const double targetDown = bdd.probabilityOf(arch->down.value(d->to)).first;
        in.fallbackCoupling.insert(it.key(), targetDown > 0.0 ? bdd.probabilityOf(*it).first / targetDown : 0.0);
        in.fallbackNeedsTarget.insert(it.key(), closure.of(d->fallback).contains(d->to));
    }
    result.findings = FindingsCollector::collect(in);
    result.structure = arch;
    result.analysisMilliseconds = double(timer.nsecsElapsed()) / 1e6;
    return result;
}

} // namespace nf
