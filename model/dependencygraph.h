#pragma once

#include "model.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace nf {

// The one list of "X is up only if Y is up" edges of a drawing (DOMAIN.md §3):
// an element needs the container holding it, what it depends on (and the
// circuit breaker's fallback, which it uses when the target is down), a group its
// members, a quorum its voters, an active-passive group what its failovers need
// and their mechanism, a service its entry. The validator's cycle check, the
// editor's refusal of a cycle and the analysis's closures all read these edges,
// so they can never disagree. Every walk is iterative: a chain of 100,000 links
// does not touch the call stack.
class DependencyGraph
{
public:
    explicit DependencyGraph(const Model &model);

    // What `id` needs directly, in drawing order (may repeat).
    QStringList needs(const QString &id) const { return m_edges.value(id); }
    bool hasNeeds(const QString &id) const { return m_edges.contains(id); }

    // Whether `from` needs `to`, directly or through others.
    bool reaches(const QString &from, const QString &to) const;
    // Everything `id` needs, directly or through others (not `id` itself unless on a cycle).
    QSet<QString> closure(const QString &id) const;
    // Each cycle once, as the path from its first element back to it.
    QList<QStringList> cycles(const QStringList &startOrder) const;
    // Every element reachable from `roots`, what it needs before itself (depth-first
    // post-order, edges followed in drawing order; back edges of cycles ignored).
    // `depth`, when given, receives the longest chain of needs met on the way.
    QStringList postOrder(const QStringList &roots, int *depth = nullptr) const;

private:
    QHash<QString, QStringList> m_edges;
};

} // namespace nf
