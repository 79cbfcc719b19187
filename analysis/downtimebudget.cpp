#include "downtimebudget.h"

#include "architecturestructure.h"
#include "bddanalysis.h"
#include "dependencygraph.h"
#include "modelindex.h"
#include "steadystate.h"
#include "units.h"

#include <algorithm>
#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace nf {

namespace {

constexpr double kMinutesPerYear = SteadyState::kMinutesPerYear;
constexpr double kHoursPerYear = SteadyState::kHoursPerYear;

// Synchronous links a service writes through, by source store.
QHash<QString, QList<const ReplicationLink *>> syncWrites(const Model &m, const QString &serviceId)
{
    QHash<QString, QList<const ReplicationLink *>> bySource;
    for (const ReplicationLink &l : m.replications)
        if (l.mode == ReplicationMode::Synchronous && l.writers.contains(serviceId))
            bySource[l.from] << &l;
    return bySource;
}

// "Writes are blocked": the service's structure is down, or a source it writes
// to is down, or fewer of that source's synchronous replicas are up than a
// write waits for (a link that falls back to asynchronous never blocks).
Structure::NodeId writePath(const ModelIndex &index, ArchitectureStructure &arch, const QString &serviceId,
                            Structure::NodeId read)
{
    const auto bySource = syncWrites(index.model(), serviceId);
    if (bySource.isEmpty())
        return -1;
    Structure &s = arch.structure;
    QList<Structure::NodeId> causes{read};
    for (auto it = bySource.begin(); it != bySource.end(); ++it) {
        const QList<const ReplicationLink *> &links = *it;
        const int k = int(links.size());
        const Component *source = index.component(it.key());
        const int acks = source && source->syncAcks > 0 ? std::min(source->syncAcks, k) : k;
        QList<Structure::NodeId> blocking;
        for (const ReplicationLink *l : links)
            if (!l->fallsBackToAsync)
                blocking << arch.down.value(l->to);
        // Writes stop when more than k - acks replicas are down; links that fall
        // back count as always there.
        const Structure::NodeId replicas = s.atLeast(k - acks + 1, blocking);
        causes << s.orOf({arch.down.value(it.key()), replicas});
    }
    const Structure::NodeId node = s.orOf(causes);
    s.setLabel(node, DowntimeBudgetAnalysis::tr("%1 cannot write").arg(index.displayName(serviceId)), serviceId);
    return node;
}

// Index of every event that stands for a component being down on purpose.
QList<int> forcedEvents(const ArchitectureStructure &arch, const QStringList &components, bool *complete)
{
    QList<int> out;
    for (const QString &c : components) {
        const int e = arch.plannedOutageEvent.value(c, -1);
        if (e >= 0)
            out << e;
        else
            *complete = false;
    }
    return out;
}

} // namespace

QList<std::pair<QString, double>> DowntimeBudget::countedParts() const
{
    QList<std::pair<QString, double>> parts;
    if (writesCounted && writePathMinutes > 0.0)
        parts.append({u"write-path"_s, writePathMinutes});
    if (failoverMinutes > 0.0)
        parts.append({u"failover"_s, failoverMinutes});
    if (failbackMinutes > 0.0)
        parts.append({u"failback"_s, failbackMinutes});
    if (detectionCounted && detectionMinutes > 0.0)
        parts.append({u"detection"_s, detectionMinutes});
    if (maintenanceCounted && maintenanceMinutes > 0.0)
        parts.append({u"maintenance"_s, maintenanceMinutes});
    std::stable_sort(parts.begin(), parts.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    return parts;
}

QString DowntimeBudgetAnalysis::partName(const QString &key)
{
    if (key == u"structural"_s)
        return tr("failures (structure)");
    if (key == u"write-path"_s)
        return tr("writes blocked (synchronous replicas)");
    if (key == u"failover"_s)
        return tr("failover interruptions");
    if (key == u"failback"_s)
        return tr("failbacks");
    if (key == u"detection"_s)
        return tr("detection gaps");
    if (key == u"maintenance"_s)
        return tr("planned maintenance");
    return key;
}

QString DowntimeBudgetAnalysis::explain(const DowntimeBudget &budget)
{
    QList<std::pair<QString, double>> parts = budget.countedParts();
    if (budget.structuralMinutes > 0.0)
        parts.append({u"structural"_s, budget.structuralMinutes});
    std::stable_sort(parts.begin(), parts.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    QStringList words;
    for (const auto &[key, minutes] : parts)
        words << tr("%1 %2").arg(partName(key), Units::minutes(minutes));
    return words.join(u", "_s);
}

QList<DowntimeBudgetAnalysis::PlannedOutage> DowntimeBudgetAnalysis::plannedOutages(const ModelIndex &index)
{
    const Model &m = index.model();
    QList<PlannedOutage> out;
    for (const Component &c : m.components) {
        if (c.maintenanceIntervalHours > 0.0 && c.maintenanceDurationHours > 0.0)
            out.append({c.id, u"maintenance"_s, c.maintenanceDurationHours / c.maintenanceIntervalHours, {c.id}});
        if (c.testIntervalHours > 0.0 && c.testDurationHours > 0.0)
            out.append({c.id, u"test"_s, c.testDurationHours / c.testIntervalHours, {c.id}});
    }
    for (const RedundancyGroup &g : m.groups) {
        if (g.maintenanceIntervalHours > 0.0 && g.maintenanceDurationHours > 0.0)
            for (const QString &member : g.members) // one member at a time, each in turn
                out.append({g.id, u"maintenance"_s, g.maintenanceDurationHours / g.maintenanceIntervalHours, {member}});
        if (g.rollingUpdateIntervalHours > 0.0 && g.rollingUpdateStepHours > 0.0 && g.maxUnavailable > 0)
            for (qsizetype first = 0; first < g.members.size(); first += g.maxUnavailable)
                out.append({g.id, u"rolling-update"_s, g.rollingUpdateStepHours / g.rollingUpdateIntervalHours,
                            g.members.mid(first, g.maxUnavailable)});
    }
    return out;
}

DowntimeBudgetAnalysis::DowntimeBudgetAnalysis(const ModelIndex &index, ArchitectureStructure &arch,
                                               const QHash<QString, Structure::NodeId> &failoverEntry)
    : m_index(index)
    , m_arch(&arch)
{
    buildTargets(arch);
    buildInterruptions(arch, failoverEntry);
    buildGaps(arch);
}

void DowntimeBudgetAnalysis::buildTargets(ArchitectureStructure &arch)
{
    const Model &m = m_index.model();
    const DependencyGraph graph(m);
    Target system;
    system.read = arch.structure.top();
    system.detection = false;
    system.maintenance = false;
    QList<Structure::NodeId> systemJudged;
    bool systemWrites = false;
    for (const Service &svc : m.services) {
        Target t;
        t.id = svc.id;
        t.read = arch.down.value(svc.id);
        t.write = writePath(m_index, arch, svc.id, t.read);
        if (t.write >= 0)
            m_writeDown.insert(svc.id, t.write);
        t.writes = t.write >= 0 && !svc.readOnly;
        t.detection = svc.sloBasis == SloBasis::Requests;
        t.maintenance = svc.maintenanceCounts;
        t.needs = graph.closure(svc.id);
        if (svc.required) {
            // The system counts what any of its services counts.
            system.needs.unite(t.needs);
            system.detection = system.detection || t.detection;
            system.maintenance = system.maintenance || t.maintenance;
            systemJudged << t.judged();
            systemWrites = systemWrites || t.writes;
        }
        m_targets << t;
    }
    if (m.services.isEmpty()) {
        system.maintenance = true;
        for (const QString &id : m.allIds())
            system.needs.insert(id);
    }
    if (systemWrites) {
        system.write = arch.structure.orOf(systemJudged);
        system.writes = true;
    }
    m_targets << system;
}

void DowntimeBudgetAnalysis::buildInterruptions(ArchitectureStructure &arch,
                                                const QHash<QString, Structure::NodeId> &failoverEntry)
{
    Structure &s = arch.structure;
    for (int t = 0; t < m_targets.size(); ++t) {
        const Target &target = m_targets.at(t);
        for (const RedundancyGroup &g : m_index.model().groups) {
            if (g.policy != RedundancyPolicy::ActivePassive || !target.needs.contains(g.id))
                continue;
            for (qsizetype i = 1; i < g.members.size(); ++i) {
                Interruption in;
                in.target = t;
                in.group = g.id;
                in.standby = g.members.at(i);
                const auto entry = failoverEntry.constFind(g.id + u':' + in.standby);
                if (entry != failoverEntry.constEnd())
                    in.node = s.andOf({*entry, s.notOf(target.judged())});
                m_interruptions << in;
            }
        }
    }
}

void DowntimeBudgetAnalysis::buildGaps(ArchitectureStructure &arch)
{
    Structure &s = arch.structure;
    for (int t = 0; t < m_targets.size(); ++t) {
        const Target &target = m_targets.at(t);
        for (const RedundancyGroup &g : m_index.model().groups) {
            if (g.policy != RedundancyPolicy::ActiveActive || !(g.detectionTime() > 0.0) || g.members.size() < 2
                || !target.needs.contains(g.id))
                continue;
            for (const QString &member : g.members) {
                Gap gap;
                gap.target = t;
                gap.group = g.id;
                gap.seconds = g.detectionTime();
                gap.members = int(g.members.size());
                gap.node = s.andOf({arch.down.value(member), s.notOf(target.judged())});
                m_gaps << gap;
            }
        }
    }
}

QList<Structure::NodeId> DowntimeBudgetAnalysis::roots() const
{
    QList<Structure::NodeId> out;
    for (const Target &t : m_targets)
        if (t.write >= 0)
            out << t.write;
    for (const Interruption &i : m_interruptions)
        if (i.node >= 0)
            out << i.node;
    for (const Gap &g : m_gaps)
        out << g.node;
    return out;
}

Structure::NodeId DowntimeBudgetAnalysis::writeDown(const QString &serviceId) const
{
    return m_writeDown.value(serviceId, -1);
}

QList<double> DowntimeBudgetAnalysis::maintenanceShares(const BddAnalysis &bdd, const QList<double> &judged) const
{
    QList<double> extra(m_targets.size(), 0.0);
    const QList<PlannedOutage> outages = plannedOutages(m_index);
    if (outages.isEmpty())
        return extra;
    // A component that never fails has no event to force down: the planned
    // outages are then evaluated on a translation that gives it one (of
    // probability 0, which changes no other figure).
    bool complete = true;
    for (const PlannedOutage &o : outages)
        forcedEvents(*m_arch, o.down, &complete);
    std::unique_ptr<ArchitectureStructure> planned;
    std::unique_ptr<BddAnalysis> plannedBdd;
    const ArchitectureStructure *arch = m_arch;
    const BddAnalysis *analysis = &bdd;
    QList<Structure::NodeId> nodes;
    for (const Target &t : m_targets)
        nodes << t.judged();
    if (!complete) {
        TranslationOptions options;
        options.plannedOutageEvents = true;
        planned = std::make_unique<ArchitectureStructure>(ArchitectureTranslator::translate(m_index, options));
        nodes.clear();
        QList<Structure::NodeId> systemJudged;
        for (const Target &t : m_targets) {
            if (t.id.isEmpty())
                break;
            const Structure::NodeId read = planned->down.value(t.id);
            const Structure::NodeId write = t.write >= 0 ? writePath(m_index, *planned, t.id, read) : -1;
            nodes << (t.writes ? write : read);
            if (m_index.service(t.id)->required)
                systemJudged << nodes.constLast();
        }
        nodes << (m_targets.constLast().writes ? planned->structure.orOf(systemJudged) : planned->structure.top());
        plannedBdd = std::make_unique<BddAnalysis>(planned->structure, BddAnalysis::Ordering::SharedFirst, nodes);
        arch = planned.get();
        analysis = plannedBdd.get();
    }
    std::vector<double> p, q;
    analysis->eventProbabilities(p, q);
    // The judged figures: on the main translation those already known, on the
    // planned one the same values (its extra events have probability 0).
    QList<double> base = judged;
    if (planned) {
        base.clear();
        for (const auto &[down, up] : analysis->probabilitiesOf(nodes, p, q))
            base << down;
    }
    for (const PlannedOutage &o : outages) {
        bool all = true;
        const QList<int> events = forcedEvents(*arch, o.down, &all);
        if (events.isEmpty())
            continue;
        std::vector<double> pf = p, qf = q;
        for (int e : events) {
            pf[std::size_t(e)] = 1.0;
            qf[std::size_t(e)] = 0.0;
        }
        const auto conditional = analysis->probabilitiesOf(nodes, pf, qf);
        for (int t = 0; t < m_targets.size(); ++t)
            extra[t] += o.share * std::max(0.0, conditional.at(std::size_t(t)).first - base.at(t));
    }
    return extra;
}

void DowntimeBudgetAnalysis::evaluate(const BddAnalysis &bdd, AnalysisResult &result) const
{
    QList<DowntimeBudget> budgets(m_targets.size());
    QList<double> judged;
    for (int t = 0; t < m_targets.size(); ++t) {
        const Target &target = m_targets.at(t);
        DowntimeBudget &b = budgets[t];
        b.readUnavailability = bdd.probabilityOf(target.read).first;
        b.writeUnavailability = target.write >= 0 ? bdd.probabilityOf(target.write).first : b.readUnavailability;
        b.writesCounted = target.writes;
        b.detectionCounted = target.detection;
        b.maintenanceCounted = target.maintenance;
        b.structuralMinutes = b.readUnavailability * kMinutesPerYear;
        b.writePathMinutes = std::max(0.0, b.writeUnavailability - b.readUnavailability) * kMinutesPerYear;
        judged << (target.writes ? b.writeUnavailability : b.readUnavailability);
    }
    addInterruptions(bdd, result, budgets);
    for (const Gap &g : m_gaps) {
        const double perYear = SteadyState::compute(bdd, g.node).failureFrequencyPerHour * kHoursPerYear;
        budgets[g.target].detectionMinutes += perYear * g.seconds / 60.0 / g.members;
    }
    const QList<double> planned = maintenanceShares(bdd, judged);
    for (int t = 0; t < m_targets.size(); ++t) {
        budgets[t].maintenanceMinutes = planned.at(t) * kMinutesPerYear;
        total(budgets[t]);
    }
    for (int t = 0; t + 1 < m_targets.size(); ++t)
        result.services[t].budget = budgets.at(t);
    result.systemBudget = budgets.constLast();
    addDataLoss(result);
}

void DowntimeBudgetAnalysis::addInterruptions(const BddAnalysis &bdd, AnalysisResult &result,
                                              QList<DowntimeBudget> &budgets) const
{
    for (const Interruption &in : m_interruptions) {
        const FailoverReport *report = nullptr;
        for (const FailoverReport &f : result.failovers)
            if (f.group == in.group && f.to == in.standby)
                report = &f;
        if (!report)
            continue;
        // Failovers that leave the target up: the interruption is what it loses.
        // A group solved as a Markov chain has no such node: its own rate.
        const double perYear = in.node >= 0
                                   ? SteadyState::compute(bdd, in.node).failureFrequencyPerHour * kHoursPerYear
                                   : report->failoversPerYear;
        budgets[in.target].failoverMinutes += perYear * report->rtoSeconds / 60.0;
        budgets[in.target].failbackMinutes += perYear * report->failbackSeconds / 60.0;
    }
}

void DowntimeBudgetAnalysis::total(DowntimeBudget &b)
{
    const double structural = b.writesCounted ? b.writeUnavailability : b.readUnavailability;
    const double transitions = b.failoverMinutes + b.failbackMinutes + (b.detectionCounted ? b.detectionMinutes : 0.0)
                               + (b.maintenanceCounted ? b.maintenanceMinutes : 0.0);
    // The structural part stays a probability (11 nines keep their digits); the
    // others are added to it as shares of the year.
    b.unavailability = std::min(1.0, structural + transitions / kMinutesPerYear);
    b.availability = 1.0 - b.unavailability;
    b.totalMinutes = b.unavailability * kMinutesPerYear;
    b.nines = SteadyState::nines(b.unavailability);
}

QStringList DowntimeBudgetAnalysis::servicesNeeding(const QString &id) const
{
    QStringList out;
    for (const Target &t : m_targets)
        if (!t.id.isEmpty() && (t.needs.contains(id) || t.id == id))
            out << t.id;
    return out;
}

void DowntimeBudgetAnalysis::addDataLoss(AnalysisResult &result) const
{
    const Model &m = m_index.model();
    auto add = [&](DataLossReport r) {
        if (!(r.eventsPerYear > 0.0))
            return;
        r.probabilityPerYear = -std::expm1(-r.eventsPerYear);
        result.dataLoss << r;
    };
    // Failovers onto a standby that trails by the lag of an asynchronous link.
    for (const ReplicationReport &rep : std::as_const(result.replications)) {
        if (rep.mode != kinds::toString(ReplicationMode::Asynchronous))
            continue;
        DataLossReport r;
        r.source = rep.id;
        r.kind = u"async-failover"_s;
        for (const FailoverReport &f : std::as_const(result.failovers))
            if (f.replications.contains(rep.id))
                r.eventsPerYear += f.failoversPerYear;
        r.secondsLostPerYear = r.eventsPerYear * rep.rpoSeconds;
        r.services = rep.servedServices;
        add(r);
    }
    // Arrays that rebuild: losing more members than the redundancy during a
    // rebuild loses the array's data (restored from a backup).
    for (const GroupReport &g : std::as_const(result.groups)) {
        const RedundancyGroup *group = m_index.group(g.id);
        if (!group || !(group->rebuildHours > 0.0) || !(g.mttfHours > 0.0) || !std::isfinite(g.mttfHours))
            continue;
        DataLossReport r;
        r.source = g.id;
        r.kind = u"array-rebuild"_s;
        r.eventsPerYear = kHoursPerYear / g.mttfHours;
        r.services = servicesNeeding(g.id);
        add(r);
    }
    // A tunable store that acknowledges a write on one replica (W = 1) loses it
    // when that replica fails before copying it on.
    for (const QuorumGroup &q : m.quorums) {
        if (q.kind != QuorumKind::Tunable || q.w != 1 || q.replicaCount() < 2)
            continue;
        DataLossReport r;
        r.source = q.id;
        r.kind = u"single-replica-write"_s;
        const QStringList replicas = q.voters.mid(0, q.replicaCount());
        std::optional<double> lag;
        for (const QString &v : replicas)
            if (const Component *c = m_index.component(v))
                r.eventsPerYear += c->failure.failureRate() * c->failure.steadyAvailability() * kHoursPerYear;
        for (const ReplicationLink &l : m.replications)
            if (replicas.contains(l.from) && replicas.contains(l.to) && l.mode == ReplicationMode::Asynchronous)
                lag = std::max(lag.value_or(0.0), l.lagSeconds);
        if (lag)
            r.secondsLostPerYear = r.eventsPerYear * *lag;
        r.services = servicesNeeding(q.id);
        add(r);
    }
    for (ServiceFigures &s : result.services)
        for (const DataLossReport &r : std::as_const(result.dataLoss))
            if (r.services.contains(s.id)) {
                s.dataLossEventsPerYear += r.eventsPerYear;
                s.dataLossSecondsPerYear += r.secondsLostPerYear.value_or(0.0);
            }
}

} // namespace nf
