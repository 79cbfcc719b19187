#pragma once

#include "elementkind.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace nf {

// Voters of a consensus cluster (writable with a majority up and connected), or
// the replicas of a tunable store with N, W and R.
struct QuorumGroup
{
    QString id;
    QString name;
    QString description;
    QuorumKind kind = QuorumKind::Consensus;
    QStringList voters;
    int n = 0; // tunable: replicas per key (0: the number of voters)
    int w = 0; // tunable: write acknowledgements
    int r = 0; // tunable: read replies
    QJsonObject extra;

    int replicaCount() const { return n > 0 ? n : int(voters.size()); }
    int majority() const { return int(voters.size()) / 2 + 1; }
    bool operator==(const QuorumGroup &) const = default;
};

} // namespace nf
