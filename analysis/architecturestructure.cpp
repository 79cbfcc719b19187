#include "architecturestructure.h"

#include "dependencygraph.h"
#include "markov.h"
#include "model.h"
#include "modelindex.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace nf {

namespace {

double binomial(int n, int k)
{
    double r = 1.0;
    for (int i = 1; i <= k; ++i)
        r = r * double(n - k + i) / double(i);
    return r;
}

// Fraction of a member's total failure rate (or probability) that falls on one
// particular common-cause event of `k` members, for a group of n (DOMAIN.md §5,
// NUREG/CR-5485 forms). k = 1 is the independent part.
double ccfFraction(const CommonCauseModel &ccf, int n, int k)
{
    const QList<double> &f = ccf.factors;
    switch (ccf.type) {
    case CommonCauseType::None: return k == 1 ? 1.0 : 0.0;
    case CommonCauseType::BetaFactor: {
        const double beta = f.value(0);
        if (k == 1) return 1.0 - beta;
        return k == n ? beta : 0.0;
    }
    case CommonCauseType::MultipleGreekLetter: {
        // ρ1 = 1, ρ2 = β, ρ3 = γ, ...; ρ beyond the given factors = 0.
        auto rho = [&](int i) { return i == 1 ? 1.0 : (i - 2 < f.size() ? f.at(i - 2) : 0.0); };
        double prod = 1.0;
        for (int i = 1; i <= k; ++i)
            prod *= rho(i);
        const double next = k + 1 <= n ? rho(k + 1) : 0.0;
        return prod * (1.0 - next) / binomial(n - 1, k - 1);
    }
    case CommonCauseType::AlphaFactor: {
        double alphaT = 0.0;
        for (int i = 0; i < f.size(); ++i)
            alphaT += double(i + 1) * f.at(i);
        if (!(alphaT > 0.0) || k - 1 >= f.size())
            return k == 1 ? 1.0 : 0.0;
        return double(k) / binomial(n - 1, k - 1) * f.at(k - 1) / alphaT;
    }
    }
    return 0.0;
}

class Translator
{
public:
    Translator(const ModelIndex &index, const TranslationOptions &options)
        : m_model(index.model()), m_index(index), m_options(options), s(out.structure)
    {
    }

    ArchitectureStructure run()
    {
        const qsizetype elements = m_model.components.size() + m_model.containers.size() + m_model.groups.size()
                                   + m_model.quorums.size() + m_model.services.size();
        out.down.reserve(elements);
        out.ownEvent.reserve(m_model.components.size() + m_model.containers.size());
        out.rbdOfElement.reserve(elements);
        out.rbd.reserve(elements * 3);
        s.reserve(int(elements) * 3);
        index();
        for (const Component &c : m_model.components)
            if (c.failure.mode == FailureModel::Mode::Perfect)
                out.unparameterised << c.id;
        if (!out.unparameterised.isEmpty()) {
            QStringList names;
            for (const QString &id : out.unparameterised)
                names << m_index.displayName(id);
            out.assumptions << ArchitectureTranslator::tr("Components without failure data are taken never to fail: %1.")
                                   .arg(names.join(u", "_s));
        }
        for (const RedundancyGroup &g : m_model.groups)
            prepareCommonCause(g);
        if (!m_model.failovers.isEmpty())
            out.assumptions << ArchitectureTranslator::tr(
                "Failovers count as instantaneous in the availability figures; the interruptions they cause (their "
                "RTO) are reported per failover.");

        prepareDeepChains();
        QList<Structure::NodeId> systemDown;
        QList<int> systemBlocks;
        for (const Service &svc : m_model.services) {
            const Structure::NodeId n = down(svc.id);
            if (svc.required) {
                systemDown << n;
                systemBlocks << blockOf(svc.id);
                out.systemServices << svc.id;
            }
        }
        if (m_model.services.isEmpty()) {
            // No entry points drawn: the system is every element nothing else uses.
            QStringList roots = rootElements();
            for (const QString &id : roots) {
                systemDown << down(id);
                systemBlocks << blockOf(id);
            }
            out.assumptions << ArchitectureTranslator::tr(
                "No service is drawn: the system is taken to need every element that nothing else depends on.");
        } else if (systemDown.isEmpty()) {
            out.assumptions << ArchitectureTranslator::tr("No service is required: the system is always up.");
        }
        const Structure::NodeId top = s.orOf(systemDown);
        s.setLabel(top, ArchitectureTranslator::tr("System"));
        s.setTop(top);
        out.rbdRoot = addBlock(RbdBlock::Kind::Series, ArchitectureTranslator::tr("System"), QString(), systemBlocks);
        // Make sure every element has a node (for per-element figures).
        for (const QString &id : m_model.allIds()) {
            const ElementRef r = m_index.find(id);
            if (r.type == ElementType::Component || r.type == ElementType::Container
                || r.type == ElementType::RedundancyGroup || r.type == ElementType::QuorumGroup
                || r.type == ElementType::Service)
                down(id);
        }
        return std::move(out);
    }

private:
    void index()
    {
        m_parent.reserve(m_model.components.size() + m_model.containers.size());
        m_deps.reserve(m_model.components.size());
        for (const Container &c : m_model.containers)
            for (const QString &child : c.children)
                m_parent.insert(child, c.id);
        for (const DependencyLink &d : m_model.dependencies)
            m_deps[d.from] << &d;
        for (const RedundancyGroup &g : m_model.groups)
            for (const QString &member : g.members)
                m_groupOf.insert(member, g.id);
        // Hidden failures: a component's own tests, else the failover drills that
        // exercise it as a standby or as the failover's mechanism.
        for (const Component &c : m_model.components)
            if (c.testIntervalHours > 0.0)
                out.testIntervalHours.insert(c.id, c.testIntervalHours);
        for (const FailoverLink &f : m_model.failovers) {
            if (!(f.testIntervalHours > 0.0))
                continue;
            for (const QString &id : {f.to, f.mechanism}) {
                const Component *c = m_index.component(id);
                if (!c || c->testIntervalHours > 0.0)
                    continue;
                const double current = out.testIntervalHours.value(id, 0.0);
                out.testIntervalHours.insert(id, current > 0.0 ? std::min(current, f.testIntervalHours)
                                                               : f.testIntervalHours);
            }
        }
        for (const Component &c : m_model.components)
            if (c.maintenanceIntervalHours > 0.0 || c.testDurationHours > 0.0)
                m_plannedDown.insert(c.id);
        for (const RedundancyGroup &g : m_model.groups)
            if (g.maintenanceIntervalHours > 0.0 || g.rollingUpdateIntervalHours > 0.0)
                for (const QString &member : g.members)
                    m_plannedDown.insert(member);
    }

    // Members taken down on purpose or tested are translated member by member
    // (a Markov sub-model of the group cannot say "this member is down").
    bool plainMembers(const QStringList &members) const
    {
        return std::none_of(members.begin(), members.end(), [&](const QString &id) {
            return m_plannedDown.contains(id) || out.testIntervalHours.contains(id);
        });
    }

    // down() follows what an element needs recursively, one level of the call
    // stack per link. When the drawing holds a chain longer than that stack can
    // take safely, every element is translated first in post-order (what it needs
    // before itself), so that each call finds what it needs already translated.
    // Shorter chains keep the natural order (the same events, blocks and labels).
    void prepareDeepChains()
    {
        constexpr int kDeepestRecursion = 1000;
        const DependencyGraph graph(m_model);
        int depth = 0;
        const QStringList order = graph.postOrder(m_model.allIds(), &depth);
        if (depth <= kDeepestRecursion)
            return;
        for (const QString &id : order) {
            const ElementType type = m_index.find(id).type;
            if (type == ElementType::Component || type == ElementType::Container || type == ElementType::RedundancyGroup
                || type == ElementType::QuorumGroup)
                down(id);
        }
    }

    QStringList rootElements() const
    {
        QSet<QString> used;
        for (const DependencyLink &d : m_model.dependencies) {
            used.insert(d.to);
            if (!d.fallback.isEmpty())
                used.insert(d.fallback);
        }
        for (const RedundancyGroup &g : m_model.groups)
            for (const QString &x : g.members) used.insert(x);
        for (const QuorumGroup &q : m_model.quorums)
            for (const QString &x : q.voters) used.insert(x);
        for (const FailoverLink &f : m_model.failovers) {
            for (const QString &x : f.needs) used.insert(x);
            if (!f.mechanism.isEmpty())
                used.insert(f.mechanism);
        }
        for (const ReplicationLink &r : m_model.replications)
            if (!r.lagAlertRoute.isEmpty())
                used.insert(r.lagAlertRoute);
        QStringList roots;
        for (const Component &c : m_model.components)
            if (!used.contains(c.id))
                roots << c.id;
        for (const RedundancyGroup &g : m_model.groups)
            if (!used.contains(g.id))
                roots << g.id;
        for (const QuorumGroup &q : m_model.quorums)
            if (!used.contains(q.id))
                roots << q.id;
        return roots;
    }

    // --- basic events -------------------------------------------------------

    static void fillFromFailure(BasicEvent &e, const FailureModel &f)
    {
        e.p = f.steadyUnavailability();
        e.q = f.steadyAvailability();
        e.rate = f.failureRate();
        if (f.distribution && f.distribution->type == DistributionType::Weibull) {
            e.life.type = EventLife::Type::Weibull;
            e.life.shape = f.distribution->shape;
            e.life.scale = f.distribution->scaleHours;
        } else if (f.distribution && f.distribution->type == DistributionType::Lognormal) {
            e.life.type = EventLife::Type::Lognormal;
            e.life.median = f.distribution->medianHours;
            e.life.sigma = f.distribution->sigma;
        } else if (f.mode == FailureModel::Mode::Rates) {
            e.life.type = EventLife::Type::Exponential;
            e.life.lambda = f.failureRate();
            // MTTR 0: every failure is repaired at once (an outage of no length).
            e.life.mu = f.mttrHours > 0.0 ? f.repairRate() : std::numeric_limits<double>::infinity();
        } else if (f.mode == FailureModel::Mode::FixedAvailability && f.mttrHours > 0.0 && f.availability > 0.0) {
            // An SLA with a typical repair time: the two-state process with that
            // availability and that mean outage.
            e.life.type = EventLife::Type::Exponential;
            e.life.lambda = f.failureRate();
            e.life.mu = f.repairRate();
        } else {
            e.life.type = EventLife::Type::Constant;
            e.life.constantP = e.p;
        }
        e.rateUnknown = e.p > 0.0 && !(e.rate > 0.0);
    }

    int addOwnEvent(const QString &id, const QString &name, const FailureModel &f)
    {
        if (!f.canFail()) {
            if (!m_options.plannedOutageEvents || !m_plannedDown.contains(id))
                return -1;
            BasicEvent e;
            e.id = u"planned:"_s + id;
            e.name = ArchitectureTranslator::tr("%1 (planned outage)").arg(name.isEmpty() ? id : name);
            e.elementId = id;
            e.p = 0.0;
            e.q = 1.0;
            e.life.type = EventLife::Type::Constant;
            e.life.constantP = 0.0;
            const int index = s.addEvent(e);
            out.plannedOutageEvent.insert(id, index);
            return index;
        }
        BasicEvent e;
        e.id = id;
        e.name = name.isEmpty() ? id : name;
        e.elementId = id;
        fillFromFailure(e, f);
        applyTests(e, id, f);
        const int index = s.addEvent(e);
        out.ownEvent.insert(id, index);
        out.plannedOutageEvent.insert(id, index);
        return index;
    }

    // Failures found only by a test every τ hours (DOMAIN.md §12, issue 16): the
    // mean unavailability of the renewal cycle replaces the two-state figure.
    void applyTests(BasicEvent &e, const QString &id, const FailureModel &f) const
    {
        const double interval = out.testIntervalHours.value(id, 0.0);
        if (!(interval > 0.0) || !(e.rate > 0.0))
            return;
        std::tie(e.p, e.q) = ArchitectureTranslator::latentUnavailability(e.rate, f.mttrHours, interval);
    }

    // Parametric common cause among the members of a group: each member's own
    // failure splits into an independent part and events shared by subsets.
    void prepareCommonCause(const RedundancyGroup &g)
    {
        if (g.commonCause.type == CommonCauseType::None)
            return;
        QList<const Component *> members;
        for (const QString &id : g.members)
            if (const Component *c = m_index.component(id); c && c->failure.canFail())
                members << c;
        const int n = int(members.size());
        if (n < 2)
            return;
        const bool rates = std::all_of(members.begin(), members.end(), [](const Component *c) {
            return c->failure.mode == FailureModel::Mode::Rates;
        });
        double lambda = 0.0, mttr = 0.0, q = 0.0;
        for (const Component *c : members) {
            lambda += c->failure.failureRate() / n;
            mttr += c->failure.mttrHours / n;
            q += c->failure.steadyUnavailability() / n;
        }
        // Written with the repair time rather than the repair rate so that MTTR 0
        // (repaired at once) gives p = 0 rather than a division by zero.
        const auto exponential = [](BasicEvent &e, double l, double repairHours) {
            e.p = l * repairHours / (1.0 + l * repairHours);
            e.q = 1.0 / (1.0 + l * repairHours);
            e.rate = l;
            e.life.type = EventLife::Type::Exponential;
            e.life.lambda = l;
            e.life.mu = repairHours > 0.0 ? 1.0 / repairHours : std::numeric_limits<double>::infinity();
        };
        // Independent parts.
        QHash<QString, QList<Structure::NodeId>> parts;
        const double f1 = ccfFraction(g.commonCause, n, 1);
        for (const Component *c : members) {
            BasicEvent e;
            e.id = c->id;
            e.name = (c->name.isEmpty() ? c->id : c->name) + ArchitectureTranslator::tr(" (independent)");
            e.elementId = c->id;
            if (rates) {
                exponential(e, f1 * c->failure.failureRate(), c->failure.mttrHours);
            } else {
                e.p = f1 * c->failure.steadyUnavailability();
                e.q = 1.0 - e.p;
                e.rate = f1 * c->failure.failureRate();
                e.rateUnknown = e.p > 0.0 && !(e.rate > 0.0);
                e.life.type = EventLife::Type::Constant;
                e.life.constantP = e.p;
            }
            const int index = s.addEvent(e);
            out.ownEvent.insert(c->id, index);
            out.plannedOutageEvent.insert(c->id, index);
            parts[c->id] << s.event(index);
        }
        // Shared events for every subset of 2..n members with a non-zero share.
        const int maxN = 8; // 247 shared events at most; beyond, the all-member event only
        if (n > maxN && g.commonCause.type != CommonCauseType::BetaFactor) {
            out.assumptions << ArchitectureTranslator::tr(
                                   "Group '%1' has %2 members: only its all-member common-cause event is modelled.")
                                   .arg(m_index.displayName(g.id))
                                   .arg(n);
        }
        for (quint32 mask = 1; mask < (quint32(1) << std::min(n, maxN)) || (n > maxN && mask == 1); ++mask) {
            QList<const Component *> subset;
            if (n > maxN) {
                subset = members; // all members only
            } else {
                for (int i = 0; i < n; ++i)
                    if (mask & (quint32(1) << i))
                        subset << members.at(i);
            }
            const int k = int(subset.size());
            if (k < 2)
                continue;
            const double share = ccfFraction(g.commonCause, n, k);
            if (!(share > 0.0))
                continue;
            BasicEvent e;
            QStringList ids, names;
            for (const Component *c : subset) {
                ids << c->id;
                names << (c->name.isEmpty() ? c->id : c->name);
            }
            e.id = u"ccf:"_s + g.id + u':' + ids.join(u'+');
            e.name = ArchitectureTranslator::tr("Common cause of %1").arg(names.join(u", "_s));
            e.elementId = g.id;
            if (rates) {
                exponential(e, share * lambda, mttr);
            } else {
                e.p = share * q;
                e.q = 1.0 - e.p;
                e.rate = share * lambda;
                e.rateUnknown = e.p > 0.0 && !(e.rate > 0.0);
                e.life.type = EventLife::Type::Constant;
                e.life.constantP = e.p;
            }
            const int index = s.addEvent(e);
            out.commonCauseEvents[g.id] << index;
            for (const Component *c : subset)
                parts[c->id] << s.event(index);
            if (n > maxN)
                break;
        }
        for (auto it = parts.begin(); it != parts.end(); ++it) {
            const Structure::NodeId node = s.orOf(*it);
            s.setLabel(node, ArchitectureTranslator::tr("%1 fails (own or common cause)").arg(m_index.displayName(it.key())), it.key());
            out.memberIntrinsic.insert(it.key(), node);
        }
    }

    // --- "is down" nodes ----------------------------------------------------

    Structure::NodeId down(const QString &id)
    {
        if (const auto it = out.down.constFind(id); it != out.down.constEnd())
            return *it;
        if (m_inProgress.contains(id))
            return s.constant(false); // a cycle (the validator reports it)
        m_inProgress.insert(id);
        const ElementRef r = m_index.find(id);
        Structure::NodeId n = s.constant(false);
        switch (r.type) {
        case ElementType::Component: n = componentDown(m_model.components.at(r.index)); break;
        case ElementType::Container: n = containerDown(m_model.containers.at(r.index)); break;
        case ElementType::RedundancyGroup: n = groupDown(m_model.groups.at(r.index)); break;
        case ElementType::QuorumGroup: n = quorumDown(m_model.quorums.at(r.index)); break;
        case ElementType::Service: {
            const Service &svc = m_model.services.at(r.index);
            n = down(svc.entry);
            addBlock(RbdBlock::Kind::Series, svc.name.isEmpty() ? svc.id : svc.name, svc.id, {blockOf(svc.entry)});
            break;
        }
        default: break;
        }
        m_inProgress.remove(id);
        out.down.insert(id, n);
        return n;
    }

    Structure::NodeId containerDown(const Container &c)
    {
        QList<Structure::NodeId> causes;
        QList<int> blocks;
        const int own = addOwnEvent(c.id, c.name, c.failure);
        if (own >= 0) {
            causes << s.event(own);
            blocks << addBasic(c.id, c.name, c.failure.steadyAvailability());
        }
        const QString parent = m_parent.value(c.id);
        if (!parent.isEmpty()) {
            causes << down(parent);
            blocks << blockOf(parent);
        }
        const Structure::NodeId n = s.orOf(causes);
        s.setLabel(n, name(c.id), c.id); // the node means "... is down"
        finishBlock(c.id, blocks);
        return n;
    }

    // Everything an element needs besides itself: its containers and its dependencies.
    void conditions(const QString &id, QList<Structure::NodeId> &causes, QList<int> &blocks)
    {
        const QString parent = m_parent.value(id);
        if (!parent.isEmpty()) {
            causes << down(parent);
            blocks << blockOf(parent);
        }
        dependencies(id, causes, blocks);
    }

    // What an element (or a group, a quorum) needs through its dependency links.
    void dependencies(const QString &id, QList<Structure::NodeId> &causes, QList<int> &blocks)
    {
        for (const DependencyLink *d : m_deps.value(id)) {
            if (d->fallback.isEmpty()) {
                causes << down(d->to);
                blocks << blockOf(d->to);
            } else {
                // A circuit breaker's fallback keeps the need satisfied while `to` is down.
                causes << s.andOf({down(d->to), down(d->fallback)});
                blocks << addBlock(RbdBlock::Kind::Parallel,
                                   ArchitectureTranslator::tr("%1 or fallback %2").arg(name(d->to), name(d->fallback)),
                                   QString(), {blockOf(d->to), blockOf(d->fallback)});
            }
        }
    }

    Structure::NodeId componentDown(const Component &c)
    {
        QList<Structure::NodeId> causes;
        QList<int> blocks;
        if (const auto it = out.memberIntrinsic.constFind(c.id); it != out.memberIntrinsic.constEnd()) {
            causes << *it;
            QList<int> parts{addBasic(c.id, c.name, s.eventAt(out.ownEvent.value(c.id)).q)};
            blocks << addBlock(RbdBlock::Kind::Series, ArchitectureTranslator::tr("%1 (with common causes)").arg(name(c.id)),
                               QString(), parts + ccfBlocksOf(c.id));
        } else {
            const int own = addOwnEvent(c.id, c.name, c.failure);
            if (own >= 0) {
                causes << s.event(own);
                blocks << addBasic(c.id, c.name, c.failure.steadyAvailability());
            }
        }
        conditions(c.id, causes, blocks);
        const Structure::NodeId n = s.orOf(causes);
        s.setLabel(n, name(c.id), c.id); // the node means "... is down"
        finishBlock(c.id, blocks);
        return n;
    }

    QList<int> ccfBlocksOf(const QString &memberId)
    {
        QList<int> blocks;
        const QString g = m_groupOf.value(memberId);
        for (int e : out.commonCauseEvents.value(g)) {
            const BasicEvent &ev = s.eventAt(e);
            if (!ev.id.split(u':').last().split(u'+').contains(memberId))
                continue;
            auto it = m_ccfBlock.constFind(e);
            if (it == m_ccfBlock.constEnd()) {
                RbdBlock b;
                b.kind = RbdBlock::Kind::Basic;
                b.label = ev.name;
                b.elementId = g;
                b.availability = ev.q;
                out.rbd << b;
                it = m_ccfBlock.insert(e, int(out.rbd.size() - 1));
            }
            out.rbd[*it].parents++;
            blocks << *it;
        }
        return blocks;
    }

    // Whether all members have the same containers and dependencies (so that a
    // Markov sub-model of their own failures can be combined exactly with them).
    bool sameConditions(const QStringList &members) const
    {
        auto key = [&](const QString &id) -> QString {
            QStringList deps;
            for (const DependencyLink *d : m_deps.value(id))
                deps << d->to + u'|' + d->fallback;
            deps.sort();
            return m_parent.value(id) + u'#' + deps.join(u',');
        };
        const QString first = key(members.first());
        return std::all_of(members.begin(), members.end(), [&](const QString &m) { return key(m) == first; });
    }

    bool identicalRates(const QStringList &members) const
    {
        const Component *first = m_index.component(members.first());
        return std::all_of(members.begin(), members.end(), [&](const QString &id) {
            const Component *c = m_index.component(id);
            return c && c->failure.mode == FailureModel::Mode::Rates && first->failure.mode == FailureModel::Mode::Rates
                   && c->failure.mtbfHours == first->failure.mtbfHours && c->failure.mttrHours == first->failure.mttrHours;
        });
    }

    // One event standing for a whole group solved as a Markov chain, combined
    // with the members' common conditions.
    Structure::NodeId markovGroup(const RedundancyGroup &g, const MarkovFigures &f, const QString &kindLabel,
                                  const QString &modelName)
    {
        BasicEvent e;
        e.id = u"markov:"_s + g.id;
        e.name = ArchitectureTranslator::tr("%1 (%2)").arg(name(g.id), kindLabel);
        e.elementId = g.id;
        e.p = f.unavailability;
        e.q = f.availability;
        e.rate = f.availability > 0.0 ? f.failureFrequencyPerHour / f.availability : 0.0;
        // Two-state equivalent for mission curves: mean life and mean outage of the chain.
        e.life.type = EventLife::Type::Exponential;
        e.life.lambda = f.mttfHours > 0.0 && std::isfinite(f.mttfHours) ? 1.0 / f.mttfHours : 0.0;
        e.life.mu = f.unavailability > 0.0 ? f.failureFrequencyPerHour / f.unavailability : 0.0;
        const int index = s.addEvent(e);
        out.ownEvent.insert(u"markov:"_s + g.id, index);
        out.groupModel.insert(g.id, modelName);
        QList<Structure::NodeId> causes{s.event(index)};
        QList<int> blocks;
        RbdBlock b;
        b.kind = RbdBlock::Kind::Markov;
        b.label = e.name;
        b.elementId = g.id;
        b.availability = e.q;
        QList<int> memberBlocks;
        for (const QString &m : g.members)
            memberBlocks << addBasic(m, m_index.component(m)->name, m_index.component(m)->failure.steadyAvailability());
        b.children = memberBlocks;
        for (int c : memberBlocks)
            out.rbd[c].parents++;
        out.rbd << b;
        blocks << int(out.rbd.size() - 1);
        // Members share their conditions: take them from the first member, once.
        conditions(g.members.first(), causes, blocks);
        // The members themselves still get their own (unused by the group) nodes for per-element figures.
        Structure::NodeId n = s.orOf(causes);
        return withGroupDependencies(g, n, blocks);
    }

    Structure::NodeId withGroupDependencies(const RedundancyGroup &g, Structure::NodeId n, QList<int> blocks)
    {
        QList<Structure::NodeId> causes{n};
        dependencies(g.id, causes, blocks);
        const Structure::NodeId result = s.orOf(causes);
        s.setLabel(result, name(g.id), g.id);
        finishBlock(g.id, blocks, blocks.size() == 1 ? -1 : 0);
        return result;
    }

    Structure::NodeId groupDown(const RedundancyGroup &g)
    {
        const int n = int(g.members.size());
        out.groupModel.insert(g.id, u"static"_s);
        // Arrays that rebuild: k-of-n with repair and stressed survivors.
        if (g.rebuildHours > 0.0 && g.policy == RedundancyPolicy::ActiveActive && n >= 2) {
            if (identicalRates(g.members) && sameConditions(g.members) && g.commonCause.type == CommonCauseType::None
                && plainMembers(g.members)) {
                const Component *c = m_index.component(g.members.first());
                KOfNRepairModel km;
                km.n = n;
                km.k = neededMembers(g);
                if (!(g.demand > 0.0) && !g.hasDeclaredNM())
                    out.assumptions << ArchitectureTranslator::tr(
                                           "Array '%1' declares neither N+M nor a demand: it is taken to survive while one "
                                           "of its %2 members is up (a mirror). Declare N+M to say otherwise (RAID 5 "
                                           "of %2 disks: N+1 with N = %3).")
                                           .arg(name(g.id))
                                           .arg(n)
                                           .arg(n - 1);
                km.lambda = c->failure.failureRate();
                km.mu = 1.0 / (c->failure.mttrHours + g.rebuildHours);
                km.stress = g.rebuildStress;
                for (const QString &m : g.members)
                    down(m);
                return markovGroup(g, km.solve(), ArchitectureTranslator::tr("%1-of-%2 with rebuild").arg(km.k).arg(n),
                                   u"markov-k-of-n"_s);
            }
            out.assumptions << ArchitectureTranslator::tr(
                                   "Rebuild stress in '%1' is not modelled: its members differ in failure data, placement "
                                   "or dependencies, or it has common causes.")
                                   .arg(name(g.id));
        }
        if (g.policy == RedundancyPolicy::ActivePassive)
            return standbyDown(g);

        QList<Structure::NodeId> memberDowns;
        QList<int> memberBlocks;
        for (const QString &m : g.members) {
            memberDowns << down(m);
            memberBlocks << blockOf(m);
        }
        Structure::NodeId node;
        int block;
        const QString label = name(g.id);
        const bool capacities = g.demand > 0.0 && std::all_of(g.members.begin(), g.members.end(), [&](const QString &m) {
                                    return m_index.component(m) && m_index.component(m)->capacity > 0.0;
                                });
        bool equal = true;
        for (const QString &m : g.members)
            equal = equal && capacities && m_index.component(m)->capacity == m_index.component(g.members.first())->capacity;
        if (capacities && !equal) {
            // Up while the capacity of the up members covers the demand.
            QList<Structure::NodeId> ups;
            QList<double> weights;
            for (qsizetype i = 0; i < g.members.size(); ++i) {
                ups << s.notOf(memberDowns.at(i));
                weights << m_index.component(g.members.at(i))->capacity;
            }
            node = s.notOf(s.weightedAtLeast(g.demand, ups, weights));
            block = addBlock(RbdBlock::Kind::Capacity, label, g.id, memberBlocks);
            out.rbd[block].needed = neededMembers(g);
        } else {
            const int k = neededMembers(g);
            node = s.atLeast(n - k + 1, memberDowns);
            block = addBlock(k == 1 ? RbdBlock::Kind::Parallel : (k == n ? RbdBlock::Kind::Series : RbdBlock::Kind::KOfN),
                             label, g.id, memberBlocks);
            out.rbd[block].needed = k;
            if (!capacities && !g.hasDeclaredNM())
                out.assumptions << ArchitectureTranslator::tr(
                                       "Group '%1' has neither a demand with member capacities nor a declared N+M: "
                                       "any one member is taken to carry the whole load.")
                                       .arg(label);
        }
        return withGroupDependencies(g, node, {block});
    }

    // Members needed up for an active-active group to carry its load.
    int neededMembers(const RedundancyGroup &g) const
    {
        const int n = int(g.members.size());
        double cap = -1.0;
        bool equal = true;
        for (const QString &m : g.members) {
            const Component *c = m_index.component(m);
            const double cc = c ? c->capacity : 0.0;
            if (cap < 0.0)
                cap = cc;
            equal = equal && cc == cap;
        }
        if (g.demand > 0.0 && cap > 0.0 && equal)
            return std::clamp(int(std::ceil(g.demand / cap - 1e-9)), 1, n);
        if (g.demand > 0.0 && !equal) {
            // the fewest members whose capacity covers the demand, best case
            QList<double> caps;
            for (const QString &m : g.members)
                caps << (m_index.component(m) ? m_index.component(m)->capacity : 0.0);
            std::sort(caps.begin(), caps.end(), std::greater<>());
            double sum = 0.0;
            for (int i = 0; i < caps.size(); ++i) {
                sum += caps.at(i);
                if (sum >= g.demand - 1e-9)
                    return i + 1;
            }
            return n;
        }
        if (g.hasDeclaredNM())
            return std::clamp(g.declaredN, 1, n);
        return 1;
    }

    const FailoverLink *linkTo(const RedundancyGroup &g, const QString &standby) const
    {
        for (const FailoverLink &f : m_model.failovers)
            if (f.to == standby && g.members.contains(f.from))
                return &f;
        return nullptr;
    }

    Structure::NodeId standbyDown(const RedundancyGroup &g)
    {
        const QString primary = g.members.first();
        // Warm/cold pair with identical members, conditions and a plain failover:
        // a Markov chain captures the idle standby's lower failure rate.
        if (g.standby != StandbyMode::Hot && g.members.size() == 2 && identicalRates(g.members)
            && m_index.component(primary)->failure.mttrHours > 0.0 && sameConditions(g.members)
            && g.commonCause.type == CommonCauseType::None && plainMembers(g.members)) {
            const FailoverLink *f = linkTo(g, g.members.at(1));
            if (!f || (f->needs.isEmpty() && f->mechanism.isEmpty())) {
                const Component *c = m_index.component(primary);
                StandbyModel sm;
                sm.lambda = c->failure.failureRate();
                sm.lambdaDormant = g.standby == StandbyMode::Cold ? 0.0 : g.dormantFactor * sm.lambda;
                sm.mu = c->failure.repairRate();
                sm.coverage = f ? f->coverage : 1.0;
                for (const QString &m : g.members)
                    down(m);
                return markovGroup(g, sm.solve(),
                                   g.standby == StandbyMode::Cold ? ArchitectureTranslator::tr("cold standby")
                                                                  : ArchitectureTranslator::tr("warm standby"),
                                   u"markov-standby"_s);
            }
        }
        if (g.standby != StandbyMode::Hot)
            out.assumptions << ArchitectureTranslator::tr(
                                   "The %1 standbys of '%2' are analysed as hot standbys (failing as often as the "
                                   "primary): conservative, because the members differ or the failover needs more "
                                   "than the standby.")
                                   .arg(kinds::toString(g.standby), name(g.id));

        QList<Structure::NodeId> all{down(primary)};
        QList<int> children{blockOf(primary)};
        QList<Structure::NodeId> inSeries;
        QList<int> seriesBlocks;
        for (qsizetype i = 1; i < g.members.size(); ++i) {
            const QString standby = g.members.at(i);
            const FailoverLink *f = linkTo(g, standby);
            QList<Structure::NodeId> branch{down(standby)};
            QList<int> branchBlocks;
            if (!f) {
                out.assumptions << ArchitectureTranslator::tr(
                                       "No failover link is drawn to '%1' in '%2': taken as automatic and always successful.")
                                       .arg(name(standby), name(g.id));
            } else {
                if (f->coverage < 1.0) {
                    BasicEvent e;
                    e.id = u"switch:"_s + f->id;
                    e.name = ArchitectureTranslator::tr("Failover to %1 fails").arg(name(standby));
                    e.elementId = f->id;
                    e.p = 1.0 - f->coverage;
                    e.q = f->coverage;
                    e.life.type = EventLife::Type::Constant;
                    e.life.constantP = e.p;
                    const int index = s.addEvent(e);
                    out.switchEvent.insert(f->id, index);
                    branch << s.event(index);
                    RbdBlock b;
                    b.kind = RbdBlock::Kind::Switch;
                    b.label = ArchitectureTranslator::tr("Switch-over (coverage %1)").arg(f->coverage);
                    b.elementId = f->id;
                    b.availability = f->coverage;
                    b.parents = 1;
                    out.rbd << b;
                    branchBlocks << int(out.rbd.size() - 1);
                }
                for (const QString &need : f->needs) {
                    branch << down(need);
                    branchBlocks << blockOf(need);
                }
                if (!f->mechanism.isEmpty()) {
                    branch << down(f->mechanism);
                    branchBlocks << blockOf(f->mechanism);
                    if (f->mechanismInSeries) {
                        inSeries << down(f->mechanism);
                        seriesBlocks << blockOf(f->mechanism);
                    }
                }
            }
            branchBlocks << blockOf(standby);
            const Structure::NodeId b = s.orOf(branch);
            s.setLabel(b, ArchitectureTranslator::tr("Failover to %1 does not work").arg(name(standby)), standby);
            out.standbyBranch.insert(g.id + u':' + standby, b);
            all << b;
            children << addBlock(RbdBlock::Kind::Series, ArchitectureTranslator::tr("Failover to %1").arg(name(standby)),
                                 f ? f->id : QString(), branchBlocks);
        }
        Structure::NodeId node = s.andOf(all);
        int block = addBlock(RbdBlock::Kind::Standby, name(g.id), g.id, children);
        if (!inSeries.isEmpty()) {
            node = s.orOf(QList<Structure::NodeId>{node} + inSeries);
            block = addBlock(RbdBlock::Kind::Series,
                             ArchitectureTranslator::tr("%1 with its failover mechanism").arg(name(g.id)), QString(),
                             QList<int>{block} + seriesBlocks);
        }
        return withGroupDependencies(g, node, {block});
    }

    Structure::NodeId quorumDown(const QuorumGroup &q)
    {
        // A tunable store keeps each key on its first N voters (a key's replica
        // set stands for all) and needs W of them to write, R to read.
        const QStringList voters = q.kind == QuorumKind::Tunable ? q.voters.mid(0, std::max(1, q.replicaCount())) : q.voters;
        QList<Structure::NodeId> voterDowns;
        QList<int> blocks;
        for (const QString &v : voters) {
            voterDowns << down(v);
            blocks << blockOf(v);
        }
        const int n = int(voters.size());
        const int needed = q.kind == QuorumKind::Tunable ? std::max(q.w, q.r) : q.majority();
        Structure::NodeId node = s.atLeast(n - needed + 1, voterDowns);
        const int block = addBlock(RbdBlock::Kind::Quorum, name(q.id), q.id, blocks);
        out.rbd[block].needed = needed;
        QList<Structure::NodeId> causes{node};
        QList<int> all{block};
        dependencies(q.id, causes, all);
        node = s.orOf(causes);
        s.setLabel(node, name(q.id), q.id);
        finishBlock(q.id, all, all.size() == 1 ? -1 : 0);
        return node;
    }

    // --- RBD blocks ---------------------------------------------------------

    int addBlock(RbdBlock::Kind kind, const QString &label, const QString &elementId, const QList<int> &children)
    {
        RbdBlock b;
        b.kind = kind;
        b.label = label;
        b.elementId = elementId;
        b.children = children;
        for (int c : children)
            out.rbd[c].parents++;
        out.rbd << b;
        const int index = int(out.rbd.size() - 1);
        if (!elementId.isEmpty() && !out.rbdOfElement.contains(elementId))
            out.rbdOfElement.insert(elementId, index);
        return index;
    }

    int addBasic(const QString &id, const QString &label, double availability)
    {
        RbdBlock b;
        b.kind = RbdBlock::Kind::Basic;
        b.label = label.isEmpty() ? id : label;
        b.elementId = id;
        b.availability = availability;
        out.rbd << b;
        return int(out.rbd.size() - 1);
    }

    // The element's block: one child stays itself, several form a series.
    void finishBlock(const QString &id, const QList<int> &blocks, int single = 0)
    {
        Q_UNUSED(single);
        int index;
        if (blocks.size() == 1 && out.rbd.at(blocks.first()).elementId == id) {
            index = blocks.first();
        } else {
            index = addBlock(RbdBlock::Kind::Series, name(id), QString(), blocks);
            out.rbd[index].elementId = id;
        }
        out.rbdOfElement.insert(id, index);
    }

    int blockOf(const QString &id)
    {
        down(id);
        auto it = out.rbdOfElement.constFind(id);
        if (it == out.rbdOfElement.constEnd()) {
            // an element that never fails and needs nothing: an always-up block
            const int b = addBasic(id, name(id), 1.0);
            out.rbdOfElement.insert(id, b);
            return b;
        }
        return *it;
    }

    QString name(const QString &id) const { return m_index.displayName(id); }

    const Model &m_model;
    const ModelIndex &m_index;
    TranslationOptions m_options;
    ArchitectureStructure out;
    Structure &s;
    QHash<QString, QString> m_parent;
    QHash<QString, QList<const DependencyLink *>> m_deps;
    QHash<QString, QString> m_groupOf;
    QHash<int, int> m_ccfBlock;
    QSet<QString> m_inProgress;
    QSet<QString> m_plannedDown; // components taken down on purpose (maintenance, tests, updates)
};

} // namespace

ArchitectureStructure ArchitectureTranslator::translate(const Model &model)
{
    return translate(ModelIndex(model));
}

ArchitectureStructure ArchitectureTranslator::translate(const ModelIndex &index, const TranslationOptions &options)
{
    return Translator(index, options).run();
}

std::pair<double, double> ArchitectureTranslator::latentUnavailability(double lambda, double repairHours,
                                                                       double interval)
{
    // One cycle: a test interval τ, plus a repair when the element was found
    // failed (probability F = 1 - e^{-λτ}). Up for E[min(T, τ)] = F/λ of it.
    const double x = lambda * interval;
    const double found = -std::expm1(-x); // F
    // τ - F/λ = (x - F)/λ without cancellation for small x: x - F = x²/2 - x³/6 + ...
    const double hidden = x < 1e-3 ? interval * x * (0.5 - x / 6.0 + x * x / 24.0) : interval - found / lambda;
    const double cycle = interval + found * repairHours;
    const double down = hidden + found * repairHours;
    return {down / cycle, (found / lambda) / cycle};
}

} // namespace nf
