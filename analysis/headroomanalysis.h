#pragma once

#include "analysisresult.h"

#include <QHash>

namespace nf {

class Model;
class ModelIndex;
struct RedundancyGroup;

// N+M headroom of a redundancy group (DOMAIN.md §6): load and utilisation per
// survivor after 0 … n−1 failures (the largest members failing first), declared
// N+M next to the effective tolerance at the configured ceiling, the failure
// count at which survivors are overloaded (a cascade), the posture during a
// rolling update or under a disruption budget, and retry amplification.
// Pure function of the model; fills the load-related fields of a GroupReport.
class HeadroomAnalysis
{
public:
    // `retriesInto` maps an element to the most retries of a caller of it (see retriesInto()).
    static GroupReport analyse(const ModelIndex &model, const RedundancyGroup &group,
                               const QHash<QString, int> &retriesInto);
    static QHash<QString, int> retriesInto(const Model &model);
    // Members that must be up for the group to carry its load: with a demand
    // and every member's capacity, the fewest members whose capacity covers it
    // (the largest first); otherwise the declared N; otherwise one. The one rule,
    // for the structure (k of n) and the headroom alike.
    static int neededMembers(const ModelIndex &model, const RedundancyGroup &group);
};

} // namespace nf
