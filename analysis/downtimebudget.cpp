#include "downtimebudget.h"

#include "architecturetranslator.h"
#include "bddanalysis.h"
#include "dependencygraph.h"
#include "modelindex.h"
#include "steadystate.h"
#include "numberformat.h"

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
    // Sources that are members of one active-active group take writes in turn
    // (a lock-step pair writes through A to B and through B to A): writes stop
    // only when every one of them is blocked.
    QHash<QString, QList<Structure::NodeId>> byGroup;
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
        const Structure::NodeId blocked = s.orOf({arch.down.value(it.key()), replicas});
        QString group;
        for (const RedundancyGroup &g : index.model().groups)
            if (g.policy == RedundancyPolicy::ActiveActive && g.members.contains(it.key()))
                group = g.id;
        if (group.isEmpty())
            causes << blocked;
        else
            byGroup[group] << blocked;
    }
    for (const QList<Structure::NodeId> &members : std::as_const(byGroup))
        causes << s.andOf(members);
    const Structure::NodeId node = s.orOf(causes);
    s.setLabel(node, DowntimeBudgetAnalysis::tr("%1 cannot write").arg(index.displayName(serviceId)), serviceId);
    return node;
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
        words << tr("%1 %2").arg(partName(key), NumberFormat::minutes(minutes));
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

DowntimeBudgetAnalysis::DowntimeBudgetAnalysis(const ModelIndex &index, ArchitectureStructure &arch)
    : m_index(index)
    , m_arch(&arch)
{
    buildTargets(arch);
    // "Member m down while its group is up": where a detection gap can happen.
    Structure &s = arch.structure;
    for (const RedundancyGroup &g : index.model().groups)
        if (g.policy == RedundancyPolicy::ActiveActive && g.detectionTime() > 0.0 && g.members.size() >= 2)
            for (const QString &member : g.members)
                m_gapNodes.insert(member, s.andOf({arch.down.value(member), s.notOf(arch.down.value(g.id))}));
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
        m_needs.insert(svc.id, graph.closure(svc.id));
        if (svc.required) {
            // The system counts what any of its services counts.
            system.detection = system.detection || t.detection;
            system.maintenance = system.maintenance || t.maintenance;
            systemJudged << t.judged();
            system.writes = system.writes || t.writes;
        }
        m_targets << t;
    }
    if (m.services.isEmpty())
        system.maintenance = true;
    if (system.writes)
        system.write = arch.structure.orOf(systemJudged);
    m_targets << system;
}

QList<Structure::NodeId> DowntimeBudgetAnalysis::roots() const
{
    QList<Structure::NodeId> out;
    for (const Target &t : m_targets)
        if (t.write >= 0)
            out << t.write;
    out << m_gapNodes.values();
    return out;
}

Structure::NodeId DowntimeBudgetAnalysis::writeDown(const QString &serviceId) const
{
    return m_writeDown.value(serviceId, -1);
}

// "What if" evaluations of every target's judged unavailability, with chosen
// components (or whole groups) forced down or up. On the main translation when
// every component to force has an event there; otherwise on a translation that
// gives the components that never fail an event of probability 0.
class DowntimeBudgetAnalysis::Conditioner
{
public:
    Conditioner(const ModelIndex &index, const ArchitectureStructure &main, const BddAnalysis &bdd,
                const QList<Target> &targets, const QStringList &forced, const QList<double> &judged)
        : m_arch(&main)
        , m_bdd(&bdd)
        , m_base(judged)
    {
        bool complete = true;
        for (const QString &id : forced)
            complete = complete && main.plannedOutageEvent.contains(id);
        for (const Target &t : targets)
            m_nodes << t.judged();
        if (!complete) {
            TranslationOptions options;
            options.plannedOutageEvents = true;
            m_planned = std::make_unique<ArchitectureStructure>(ArchitectureTranslator::translate(index, options));
            m_nodes.clear();
            QList<Structure::NodeId> systemJudged;
            for (const Target &t : targets) {
                if (t.id.isEmpty())
                    break;
                const Structure::NodeId read = m_planned->down.value(t.id);
                const Structure::NodeId write = t.write >= 0 ? writePath(index, *m_planned, t.id, read) : -1;
                m_nodes << (t.writes ? write : read);
                if (index.service(t.id)->required)
                    systemJudged << m_nodes.constLast();
            }
            m_nodes << (targets.constLast().writes ? m_planned->structure.orOf(systemJudged) : m_planned->structure.top());
            m_plannedBdd = std::make_unique<BddAnalysis>(m_planned->structure, BddAnalysis::Ordering::SharedFirst, m_nodes);
            m_arch = m_planned.get();
            m_bdd = m_plannedBdd.get();
        }
        m_bdd->eventProbabilities(m_p, m_q);
        if (m_planned) { // the same values: the extra events have probability 0
            m_base.clear();
            for (const auto &[down, up] : m_bdd->probabilitiesOf(m_nodes, m_p, m_q))
                m_base << down;
        }
    }

    const QList<double> &base() const { return m_base; }

    // P(target down) with the events of `down` forced down and of `up` forced up.
    QList<double> with(const QList<int> &down, const QList<int> &up = {}) const
    {
        std::vector<double> p = m_p, q = m_q;
        for (int e : down) {
            p[std::size_t(e)] = 1.0;
            q[std::size_t(e)] = 0.0;
        }
        for (int e : up) {
            p[std::size_t(e)] = 0.0;
            q[std::size_t(e)] = 1.0;
        }
        QList<double> out;
        for (const auto &[d, u] : m_bdd->probabilitiesOf(m_nodes, p, q))
            out << d;
        return out;
    }

    QList<int> eventsOf(const QStringList &components) const
    {
        QList<int> out;
        for (const QString &c : components)
            if (const int e = m_arch->plannedOutageEvent.value(c, -1); e >= 0)
                out << e;
        return out;
    }

    // What the group's going down means to each target, against a state in
    // which it serves: P(down | the group down) - P(down | it serves), forcing
    // the one event of a group solved as a Markov chain, else its members.
    // `serving` says how it serves: all members up (an active-active group), or
    // the primary down and a standby, with everything its failover needs, up.
    QList<double> criticality(const RedundancyGroup &g, const QList<int> &servingDown,
                              const QList<int> &servingUp) const
    {
        const int markov = m_arch->ownEvent.value(u"markov:"_s + g.id, -1);
        const QList<int> events = markov >= 0 ? QList<int>{markov} : eventsOf(g.members);
        const QList<double> down = with(events);
        const QList<double> up = markov >= 0 ? with({}, events) : with(servingDown, servingUp);
        // A group in series (its going down takes the target down for sure) costs
        // each interruption whole, as DOMAIN.md §12 counts it, unless the target
        // is down while the group serves that way too (writes that need the
        // primary); one behind other redundancy costs it only when that
        // redundancy is down too.
        QList<double> out;
        for (qsizetype t = 0; t < down.size(); ++t)
            out << (down.at(t) >= 1.0 - 1e-12 ? (up.at(t) >= 1.0 - 1e-12 ? 0.0 : 1.0)
                                              : std::max(0.0, down.at(t) - up.at(t)));
        return out;
    }

    // Running on `standby` after a failover from the primary: the primary down,
    // the standby, the switch-over and what the failover needs up.
    QList<double> failoverCriticality(const RedundancyGroup &g, const QString &standby, const FailoverLink *link) const
    {
        QList<int> up = eventsOf({standby});
        if (link) {
            if (const int e = m_arch->switchEvent.value(link->id, -1); e >= 0)
                up << e;
            QStringList needed = link->needs;
            if (!link->mechanism.isEmpty())
                needed << link->mechanism;
            up << eventsOf(needed);
        }
        return criticality(g, eventsOf({g.members.first()}), up);
    }

    QList<double> groupCriticality(const RedundancyGroup &g) const { return criticality(g, {}, eventsOf(g.members)); }

private:
    const ArchitectureStructure *m_arch;
    const BddAnalysis *m_bdd;
    std::unique_ptr<ArchitectureStructure> m_planned;
    std::unique_ptr<BddAnalysis> m_plannedBdd;
    QList<Structure::NodeId> m_nodes;
    std::vector<double> m_p, m_q;
    QList<double> m_base;
};

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
    // What the "what ifs" force: the groups whose transitions cost time, and
    // the components taken down on purpose.
    const Model &m = m_index.model();
    QStringList forced;
    for (const RedundancyGroup &g : m.groups)
        if (g.members.size() >= 2 && (g.policy == RedundancyPolicy::ActivePassive || g.detectionTime() > 0.0)
            && !m_arch->ownEvent.contains(u"markov:"_s + g.id))
            forced << g.members;
    const QList<PlannedOutage> outages = plannedOutages(m_index);
    for (const PlannedOutage &o : outages)
        forced << o.down;
    if (!forced.isEmpty() || std::any_of(m.groups.begin(), m.groups.end(), [&](const RedundancyGroup &g) {
            return m_arch->ownEvent.contains(u"markov:"_s + g.id);
        })) {
        const Conditioner what(m_index, *m_arch, bdd, m_targets, forced, judged);
        addInterruptions(what, result, budgets);
        addGaps(what, bdd, budgets);
        addPlannedWork(what, result, budgets);
    }
    for (DowntimeBudget &b : budgets)
        total(b);
    for (int t = 0; t + 1 < m_targets.size(); ++t)
        result.services[t].budget = budgets.at(t);
    result.systemBudget = budgets.constLast();
    addDataLoss(result);
}

void DowntimeBudgetAnalysis::addInterruptions(const Conditioner &what, const AnalysisResult &result,
                                              QList<DowntimeBudget> &budgets) const
{
    for (const RedundancyGroup &g : m_index.model().groups) {
        if (g.policy != RedundancyPolicy::ActivePassive || g.members.size() < 2)
            continue;
        QList<const FailoverReport *> reports;
        for (const FailoverReport &f : result.failovers)
            if (f.group == g.id && (f.rtoSeconds > 0.0 || f.failbackSeconds > 0.0) && f.failoversPerYear > 0.0)
                reports << &f;
        if (reports.isEmpty())
            continue;
        // A failover interrupts a target as much as the group going down would,
        // against the group running on the standby (a target that needs the
        // primary itself, as a write does, is down anyway).
        for (const FailoverReport *f : std::as_const(reports)) {
            const FailoverLink *link = nullptr;
            for (const FailoverLink &l : m_index.model().failovers)
                if (l.id == f->id)
                    link = &l;
            const QList<double> critical = what.failoverCriticality(g, f->to, link);
            for (int t = 0; t < m_targets.size(); ++t) {
                const double perYear = f->failoversPerYear * critical.at(t);
                if (!(perYear > 0.0))
                    continue;
                budgets[t].failoverMinutes += perYear * f->rtoSeconds / 60.0;
                budgets[t].failbackMinutes += perYear * f->failbackSeconds / 60.0;
                budgets[t].interruptionsPerYear += perYear * ((f->rtoSeconds > 0.0 ? 1 : 0) + (f->failbackSeconds > 0.0 ? 1 : 0));
            }
        }
    }
}

void DowntimeBudgetAnalysis::addGaps(const Conditioner &what, const BddAnalysis &bdd, QList<DowntimeBudget> &budgets) const
{
    for (const RedundancyGroup &g : m_index.model().groups) {
        if (g.policy != RedundancyPolicy::ActiveActive || !(g.detectionTime() > 0.0) || g.members.size() < 2)
            continue;
        // Each member's failures a year that leave the group up send its share
        // of the group's requests to a dead member until health checks notice.
        double failures = 0.0;
        for (const QString &member : g.members)
            if (const Structure::NodeId node = m_gapNodes.value(member, -1); node >= 0)
                failures += SteadyState::compute(bdd, node).failureFrequencyPerHour * kHoursPerYear;
        const double minutes = failures * g.detectionTime() / 60.0 / double(g.members.size());
        const QList<double> critical = what.groupCriticality(g);
        for (int t = 0; t < m_targets.size(); ++t)
            budgets[t].detectionMinutes += minutes * critical.at(t);
    }
}

void DowntimeBudgetAnalysis::addPlannedWork(const Conditioner &what, AnalysisResult &result,
                                            QList<DowntimeBudget> &budgets) const
{
    const QList<double> &base = what.base();
    for (const PlannedOutage &o : plannedOutages(m_index)) {
        const QList<int> events = what.eventsOf(o.down);
        if (events.isEmpty())
            continue;
        const QList<double> conditional = what.with(events);
        auto report = std::find_if(result.plannedOutages.begin(), result.plannedOutages.end(),
                                   [&](const PlannedOutageReport &r) { return r.element == o.element && r.kind == o.kind; });
        if (report == result.plannedOutages.end()) {
            result.plannedOutages.append({o.element, o.kind, 0.0, 0.0, {}, {}});
            report = result.plannedOutages.end() - 1;
        }
        report->share += o.share;
        for (int t = 0; t < m_targets.size(); ++t) {
            const double added = o.share * std::max(0.0, conditional.at(t) - base.at(t));
            budgets[t].maintenanceMinutes += added * kMinutesPerYear;
            const QString &id = m_targets.at(t).id;
            if (id.isEmpty()) {
                report->systemMinutesPerYear += added * kMinutesPerYear;
                continue;
            }
            report->serviceMinutesPerYear[id] += added * kMinutesPerYear;
            if (conditional.at(t) >= 0.5 && !report->takesDown.contains(id))
                report->takesDown << id;
        }
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
        if (!t.id.isEmpty() && (m_needs.value(t.id).contains(id) || t.id == id))
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
        // A replica's own failures lose what it holds alone; a zone that goes
        // dark and comes back brings its disks with it.
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
