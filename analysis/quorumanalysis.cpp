#include "quorumanalysis.h"

#include "modelindex.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace nf {

QuorumReport QuorumAnalysis::analyse(const ModelIndex &m, const QuorumGroup &q)
{
    QuorumReport r;
    r.id = q.id;
    r.name = q.name.isEmpty() ? q.id : q.name;
    r.kind = kinds::toString(q.kind);
    r.voters = int(q.voters.size());
    if (q.kind == QuorumKind::Tunable) {
        r.n = q.replicaCount();
        r.w = q.w;
        r.r = q.r;
        r.quorum = std::max(q.w, q.r);
        r.readYourWrites = q.w + q.r > r.n;
        r.singleWriteQuorum = 2 * q.w > r.n;
    } else {
        r.quorum = q.majority();
        r.evenSize = r.voters > 0 && r.voters % 2 == 0;
    }
    r.tolerated = std::max(0, r.voters - r.quorum);

    // Failure domains that hold voters: zones and regions (and anything above them).
    // A tunable store keeps each key on N replicas: a key's replica set stands
    // for all (the first N voters).
    const QStringList voters = q.kind == QuorumKind::Tunable ? q.voters.mid(0, std::max(1, r.n)) : q.voters;
    QHash<QString, QStringList> chains;
    QStringList domains;
    for (const QString &v : voters) {
        chains.insert(v, m.containerChain(v));
        for (const QString &c : chains.value(v)) {
            const Container *ct = m.container(c);
            if (ct && (ct->kind == ContainerKind::Zone || ct->kind == ContainerKind::Region) && !domains.contains(c))
                domains << c;
        }
    }
    for (const QString &domain : domains) {
        QuorumScenario s;
        s.description = tr("loss of %1").arg(m.displayName(domain));
        s.containers = {domain};
        for (const QString &v : voters)
            if (!chains.value(v).contains(domain))
                ++s.votersLeft;
        s.votersOther = int(voters.size()) - s.votersLeft;
        // A tunable store writes with W replicas and reads with R.
        s.writable = s.votersLeft >= (q.kind == QuorumKind::Tunable ? q.w : r.quorum);
        s.readable = s.votersLeft >= (q.kind == QuorumKind::Tunable ? q.r : r.quorum);
        r.losses << s;
    }

    // Splits between zones: voters grouped by their zone (or region, or alone).
    QStringList sites;
    QHash<QString, int> votersAt;
    for (const QString &v : voters) {
        QString site;
        for (const QString &c : chains.value(v)) {
            const Container *ct = m.container(c);
            if (ct && ct->kind == ContainerKind::Zone) {
                site = c;
                break;
            }
        }
        if (site.isEmpty())
            for (const QString &c : chains.value(v))
                if (const Container *ct = m.container(c); ct && ct->kind == ContainerKind::Region) {
                    site = c;
                    break;
                }
        if (site.isEmpty())
            site = v; // an unplaced voter is its own site
        if (!sites.contains(site))
            sites << site;
        votersAt[site] += 1;
    }
    const int k = int(sites.size());
    if (k >= 2 && k <= 10) {
        // Bipartitions with sites[0] on the first side: 2^(k-1) - 1 of them.
        for (quint32 mask = 0; mask < (quint32(1) << (k - 1)); ++mask) {
            QStringList first{sites.first()}, second;
            for (int i = 1; i < k; ++i)
                ((mask >> (i - 1)) & 1 ? second : first) << sites.at(i);
            if (second.isEmpty())
                continue;
            QuorumScenario s;
            QStringList a, b;
            for (const QString &x : first) {
                s.votersLeft += votersAt.value(x);
                a << m.displayName(x);
            }
            for (const QString &x : second) {
                s.votersOther += votersAt.value(x);
                b << m.displayName(x);
            }
            s.containers = first;
            s.description = tr("split {%1} | {%2}").arg(a.join(u", "_s), b.join(u", "_s));
            if (q.kind == QuorumKind::Tunable) {
                // A tunable store takes writes wherever W replicas answer: with a
                // small W both sides can, and their writes conflict.
                const bool firstWrites = s.votersLeft >= q.w, secondWrites = s.votersOther >= q.w;
                s.sideWithQuorum = firstWrites && secondWrites ? u"both"_s
                                   : firstWrites              ? u"first"_s
                                   : secondWrites             ? u"second"_s
                                                              : QString();
            } else if (s.votersLeft >= r.quorum && s.votersLeft > s.votersOther) {
                s.sideWithQuorum = u"first"_s;
            } else if (s.votersOther >= r.quorum && s.votersOther > s.votersLeft) {
                s.sideWithQuorum = u"second"_s;
            }
            s.writable = !s.sideWithQuorum.isEmpty();
            s.readable = q.kind == QuorumKind::Tunable ? (s.votersLeft >= q.r || s.votersOther >= q.r) : s.writable;
            r.splits << s;
        }
    }
    return r;
}

} // namespace nf
