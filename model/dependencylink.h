#pragma once

#include "elementkind.h"

#include <QJsonObject>
#include <QString>

namespace nf {

// "from needs to": from is down while to is down. A traffic link (from forwards
// requests to to) means the same to the analysis and is only drawn differently.
// A fallback (circuit breaker) satisfies the need while `to` is down; retries are
// what the caller does on failure (temporal redundancy, and load amplification).
struct DependencyLink
{
    QString id;
    QString from;
    QString to;
    QString description;
    DependencyKind kind = DependencyKind::Requires;
    int retries = 0;
    QString fallback; // element used by a circuit breaker while `to` is down
    QJsonObject extra;

    bool operator==(const DependencyLink &) const = default;
};

} // namespace nf
