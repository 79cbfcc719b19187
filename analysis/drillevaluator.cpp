#include "drillevaluator.h"

#include "architecturestructure.h"
#include "modelindex.h"

#include <vector>

using namespace Qt::StringLiterals;

namespace nf {

namespace {

// The site of a voter as the quorum analysis groups them: its zone, else its
// region, else the voter itself.
QString siteOf(const ModelIndex &m, const QString &voter)
{
    const QStringList chain = m.containerChain(voter);
    for (ContainerKind kind : {ContainerKind::Zone, ContainerKind::Region})
        for (const QString &c : chain)
            if (const Container *ct = m.container(c); ct && ct->kind == kind)
                return c;
    return voter;
}

// Everything inside container `id`, at any depth (a malformed model may nest in a cycle).
QStringList descendants(const ModelIndex &m, const QString &id)
{
    QStringList out;
    QStringList todo{id};
    QSet<QString> seen{id};
    while (!todo.isEmpty()) {
        const Container *c = m.container(todo.takeLast());
        if (!c)
            continue;
        for (const QString &child : c->children)
            if (!seen.contains(child)) {
                seen.insert(child);
                out << child;
                todo << child;
            }
    }
    return out;
}

} // namespace

DrillOutcome DrillEvaluator::evaluate(const Model &model, const AnalysisResult &result, const QStringList &failed,
                                      const QStringList &unreachable)
{
    DrillOutcome out;
    if (!result.structure)
        return out;
    const ModelIndex index(model);
    const ArchitectureStructure &as = *result.structure;
    const Structure &s = as.structure;
    std::vector<char> state(size_t(s.eventCount()), 0);

    auto fail = [&](const QString &id) {
        const int e = as.ownEvent.value(id, -1);
        if (e >= 0) {
            state[size_t(e)] = 1;
            return true;
        }
        return false;
    };
    // A container that cannot fail by itself in the analysis (no failure data)
    // takes down what it holds: everything inside fails with it.
    QSet<QString> forcedDown;
    auto failWithContents = [&](const QString &id) {
        if (fail(id))
            return true;
        if (!index.container(id))
            return false;
        for (const QString &inner : descendants(index, id))
            fail(inner);
        forcedDown.insert(id);
        return true;
    };
    for (const QString &id : failed) {
        out.failed.insert(id);
        if (!failWithContents(id))
            out.cannotFail << id;
    }
    for (const QString &id : unreachable) {
        out.unreachable.insert(id);
        failWithContents(id);
        for (const QString &inner : descendants(index, id))
            fail(inner); // seen from the other side, nothing in there answers
    }
    // Groups solved as Markov chains: their one event occurs when the chosen
    // member failures alone take the group down.
    for (const GroupReport &g : result.groups) {
        const int e = as.ownEvent.value(u"markov:"_s + g.id, -1);
        if (e < 0)
            continue;
        const RedundancyGroup *rg = index.group(g.id);
        if (!rg)
            continue;
        int lost = 0;
        for (const QString &m : rg->members) {
            const auto it = as.down.constFind(m);
            if (it != as.down.constEnd() && s.evaluate(*it, state))
                ++lost;
        }
        const int needed = as.groupModel.value(g.id) == u"markov-standby"_s ? 1 : std::max(1, g.neededMembers);
        if (int(rg->members.size()) - lost < needed)
            state[size_t(e)] = 1;
    }

    auto isDown = [&](const QString &id) {
        const auto it = as.down.constFind(id);
        return it != as.down.constEnd() && s.evaluate(*it, state);
    };
    for (auto it = as.down.constBegin(); it != as.down.constEnd(); ++it)
        if (s.evaluate(it.value(), state))
            out.down.insert(it.key());
    for (const QString &id : out.failed)
        if (!out.cannotFail.contains(id))
            out.down.insert(id);
    for (const QString &id : forcedDown)
        out.down.insert(id);
    out.systemDown = s.evaluate(s.top(), state);

    for (const Service &svc : model.services)
        out.services << DrillOutcome::ServiceState{svc.id, index.displayName(svc.id), !isDown(svc.id)};

    for (const QuorumReport &q : result.quorums) {
        const QuorumGroup *qg = index.quorum(q.id);
        if (!qg)
            continue;
        DrillOutcome::QuorumState st;
        st.id = q.id;
        st.name = index.displayName(q.id);
        st.voters = int(qg->voters.size());
        st.quorum = q.quorum;
        for (const QString &v : qg->voters)
            if (!isDown(v))
                ++st.votersUp;
        st.lost = st.votersUp < st.quorum || isDown(q.id);
        out.quorums << st;
    }

    for (const GroupReport &g : result.groups) {
        const RedundancyGroup *rg = index.group(g.id);
        if (!rg)
            continue;
        DrillOutcome::GroupState st;
        st.id = g.id;
        st.name = index.displayName(g.id);
        st.members = int(rg->members.size());
        for (const QString &m : rg->members)
            if (!isDown(m))
                ++st.survivors;
        st.down = isDown(g.id);
        if (st.survivors == st.members && !st.down)
            continue; // untouched
        if (g.hasLoad && g.capacityPerMember > 0 && st.survivors > 0) {
            st.utilisation = g.demand / (st.survivors * g.capacityPerMember);
            st.cascade = st.down && st.utilisation > 1.0;
        }
        out.groups << st;
    }

    // Failovers of active-passive groups whose primary is down.
    for (const FailoverReport &f : result.failovers) {
        if (!isDown(f.from))
            continue;
        DrillOutcome::FailoverState st;
        st.id = f.id;
        st.group = f.group;
        st.from = f.from;
        st.to = f.to;
        st.rtoSeconds = f.rtoSeconds;
        st.rpoSeconds = f.rpoSeconds;
        QStringList why;
        if (isDown(f.to))
            why << tr("the standby %1 is down").arg(index.displayName(f.to));
        for (const FailoverLink &link : model.failovers) {
            if (link.id != f.id)
                continue;
            for (const QString &need : link.needs)
                if (isDown(need))
                    why << tr("it requires %1, which is down").arg(index.displayName(need));
            if (!link.mechanism.isEmpty() && isDown(link.mechanism))
                why << tr("its mechanism %1 is down").arg(index.displayName(link.mechanism));
        }
        st.fires = why.isEmpty();
        st.reason = why.join(u"; "_s);
        out.failovers << st;
    }
    return out;
}

QList<DrillSplit> DrillEvaluator::splits(const Model &model, const AnalysisResult &result)
{
    QList<DrillSplit> out;
    const ModelIndex index(model);
    for (const QuorumReport &q : result.quorums) {
        const QuorumGroup *qg = index.quorum(q.id);
        if (!qg)
            continue;
        QStringList sites;
        for (const QString &v : qg->voters) {
            const QString site = siteOf(index, v);
            if (!sites.contains(site))
                sites << site;
        }
        for (const QuorumScenario &sc : q.splits) {
            DrillSplit split;
            split.description = sc.description;
            split.first = sc.containers;
            for (const QString &site : sites)
                if (!split.first.contains(site))
                    split.second << site;
            if (split.second.isEmpty())
                continue;
            bool repeated = false;
            for (const DrillSplit &o : std::as_const(out))
                repeated = repeated
                           || (QSet<QString>(o.first.begin(), o.first.end()) == QSet<QString>(split.first.begin(), split.first.end())
                               && QSet<QString>(o.second.begin(), o.second.end())
                                      == QSet<QString>(split.second.begin(), split.second.end()));
            if (!repeated)
                out << split;
        }
    }
    return out;
}

} // namespace nf
