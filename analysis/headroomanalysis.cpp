#include "headroomanalysis.h"

#include "modelindex.h"

#include <algorithm>
#include <cmath>

namespace nf {

QHash<QString, int> HeadroomAnalysis::retriesInto(const Model &model)
{
    QHash<QString, int> out;
    for (const DependencyLink &d : model.dependencies)
        if (d.retries > 0)
            out[d.to] = std::max(out.value(d.to), d.retries);
    return out;
}

int HeadroomAnalysis::neededMembers(const ModelIndex &model, const RedundancyGroup &g)
{
    const int n = int(g.members.size());
    QList<double> caps;
    for (const QString &m : g.members) {
        const Component *c = model.component(m);
        caps << (c ? c->capacity : 0.0);
    }
    const bool hasLoad = g.demand > 0.0 && n > 0 && std::all_of(caps.begin(), caps.end(), [](double c) { return c > 0.0; });
    if (hasLoad) {
        std::sort(caps.begin(), caps.end(), std::greater<>());
        double sum = 0.0;
        for (int k = 0; k < n; ++k) {
            sum += caps.at(k);
            if (sum >= g.demand - 1e-9)
                return k + 1;
        }
        return n;
    }
    if (g.hasDeclaredNM())
        return std::clamp(g.declaredN, 1, std::max(1, n));
    return 1;
}

GroupReport HeadroomAnalysis::analyse(const ModelIndex &model, const RedundancyGroup &g,
                                      const QHash<QString, int> &retriesInto)
{
    GroupReport r;
    r.id = g.id;
    r.name = g.name.isEmpty() ? g.id : g.name;
    r.policy = kinds::toString(g.policy);
    const int n = int(g.members.size());
    r.members = n;
    r.declaredN = g.declaredN;
    r.declaredM = g.declaredM;
    r.ceiling = g.ceiling;
    r.demand = g.demand;
    r.maxUnavailable = g.maxUnavailable;
    r.minAvailable = g.minAvailable;

    QList<double> caps;
    for (const QString &m : g.members) {
        const Component *c = model.component(m);
        caps << (c ? c->capacity : 0.0);
    }
    r.hasLoad = g.demand > 0.0 && n > 0 && std::all_of(caps.begin(), caps.end(), [](double c) { return c > 0.0; });

    // Callers' retries multiply the load offered during an outage.
    r.callerRetries = retriesInto.value(g.id);
    for (const QString &member : g.members)
        r.callerRetries = std::max(r.callerRetries, retriesInto.value(member));

    if (r.hasLoad) {
        // Worst case: the members with the most capacity fail first.
        QList<double> sorted = caps;
        std::sort(sorted.begin(), sorted.end()); // ascending: survivors are the smallest
        r.capacityPerMember = sorted.first();
        double total = 0.0;
        for (double c : caps)
            total += c;
        r.effectiveM = -1;
        bool withinCeiling = true;
        for (int f = 0; f < n; ++f) {
            HeadroomRow row;
            row.failures = f;
            row.survivors = n - f;
            double survivorCapacity = 0.0;
            for (int i = 0; i < n - f; ++i)
                survivorCapacity += sorted.at(i);
            row.loadPerSurvivor = g.demand / double(n - f);
            row.utilisation = g.demand / survivorCapacity;
            // A hair of tolerance so that exactly 80 % at an 80 % ceiling counts as within it.
            const double eps = 1e-12;
            if (row.utilisation > 1.0 + eps)
                row.status = HeadroomRow::Status::Overload;
            else if (row.utilisation > g.ceiling + eps)
                row.status = HeadroomRow::Status::AboveCeiling;
            else
                row.status = HeadroomRow::Status::Ok;
            withinCeiling = withinCeiling && row.status == HeadroomRow::Status::Ok;
            if (withinCeiling)
                r.effectiveM = f;
            if (row.status == HeadroomRow::Status::Overload && r.cascadeAfter < 0)
                r.cascadeAfter = f;
            r.rows << row;
        }
        r.neededMembers = neededMembers(model, g);
        r.totalCapacity = total;
        r.offeredLoadWithRetries = g.demand * double(r.callerRetries + 1);
        r.retryStorm = r.callerRetries > 0 && r.offeredLoadWithRetries > total + 1e-9;
    } else {
        r.neededMembers = neededMembers(model, g);
        r.effectiveM = n - r.neededMembers;
    }
    r.toleranceDuringUpdate = r.effectiveM - g.maxUnavailable;
    r.voluntaryDisruptions = g.minAvailable > 0 ? n - g.minAvailable : n;
    return r;
}

} // namespace nf
