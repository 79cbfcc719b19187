#include "dependencygraph.h"

namespace nf {

DependencyGraph::DependencyGraph(const Model &m)
{
    for (const Container &c : m.containers) // what is placed in a zone is down when the zone is
        for (const QString &child : c.children)
            m_edges[child] << c.id;
    for (const DependencyLink &d : m.dependencies) {
        m_edges[d.from] << d.to;
        if (!d.fallback.isEmpty()) // used only when `to` is down, but then it is needed
            m_edges[d.from] << d.fallback;
    }
    for (const RedundancyGroup &g : m.groups)
        m_edges[g.id] << g.members;
    for (const QuorumGroup &q : m.quorums)
        m_edges[q.id] << q.voters;
    QHash<QString, QString> groupOf;
    for (const RedundancyGroup &g : m.groups)
        for (const QString &member : g.members)
            groupOf.insert(member, g.id);
    for (const FailoverLink &f : m.failovers) {
        const QString g = groupOf.value(f.from);
        if (g.isEmpty() || g != groupOf.value(f.to))
            continue;
        m_edges[g] << f.needs;
        if (!f.mechanism.isEmpty())
            m_edges[g] << f.mechanism;
    }
    for (const Service &s : m.services)
        if (!s.entry.isEmpty())
            m_edges[s.id] << s.entry;
}

bool DependencyGraph::reaches(const QString &from, const QString &to) const
{
    QSet<QString> seen;
    QStringList todo = needs(from);
    while (!todo.isEmpty()) {
        const QString v = todo.takeLast();
        if (v == to)
            return true;
        if (seen.contains(v))
            continue;
        seen.insert(v);
        todo << m_edges.value(v);
    }
    return false;
}

QSet<QString> DependencyGraph::closure(const QString &id) const
{
    QSet<QString> seen;
    QStringList todo{id};
    while (!todo.isEmpty()) {
        const QString v = todo.takeLast();
        for (const QString &w : m_edges.value(v))
            if (!seen.contains(w)) {
                seen.insert(w);
                todo << w;
            }
    }
    return seen;
}

namespace {
// Depth-first search with an explicit stack. `onBackEdge` sees the path when an
// edge closes a cycle; `onFinish` sees each element when everything it needs is done.
template<typename BackEdge, typename Finish>
void depthFirst(const QHash<QString, QStringList> &edges, const QStringList &roots, BackEdge onBackEdge,
                Finish onFinish)
{
    QHash<QString, int> state; // 0 new, 1 on the path, 2 done
    QStringList path;
    QList<qsizetype> nextEdge;
    for (const QString &root : roots) {
        if (state.value(root, 0) != 0)
            continue;
        state[root] = 1;
        path << root;
        nextEdge << 0;
        while (!path.isEmpty()) {
            const QStringList out = edges.value(path.constLast());
            if (nextEdge.constLast() >= out.size()) {
                state[path.constLast()] = 2;
                onFinish(path.constLast(), int(path.size()));
                path.removeLast();
                nextEdge.removeLast();
                continue;
            }
            const QString w = out.at(nextEdge.last()++);
            const int s = state.value(w, 0);
            if (s == 0) {
                state[w] = 1;
                path << w;
                nextEdge << 0;
            } else if (s == 1) {
                onBackEdge(path, w);
            }
        }
    }
}
} // namespace

QList<QStringList> DependencyGraph::cycles(const QStringList &startOrder) const
{
    QStringList roots;
    for (const QString &id : startOrder)
        if (m_edges.contains(id))
            roots << id;
    QList<QStringList> found;
    QSet<QString> reported;
    depthFirst(
        m_edges, roots,
        [&](const QStringList &path, const QString &w) {
            QStringList cycle = path.mid(path.lastIndexOf(w));
            QStringList key = cycle;
            key.sort();
            const QString k = key.join(u'\n');
            if (reported.contains(k))
                return;
            reported.insert(k);
            cycle << w;
            found << cycle;
        },
        [](const QString &, int) {});
    return found;
}

QStringList DependencyGraph::postOrder(const QStringList &roots, int *depth) const
{
    QStringList order;
    int deepest = 0;
    depthFirst(
        m_edges, roots, [](const QStringList &, const QString &) {},
        [&](const QString &id, int pathLength) {
            order << id;
            deepest = std::max(deepest, pathLength);
        });
    if (depth)
        *depth = deepest;
    return order;
}

} // namespace nf
