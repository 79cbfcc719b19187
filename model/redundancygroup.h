#pragma once

#include "elementkind.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace nf {

// Parametric common-cause failure among identical members (DOMAIN.md §5).
// Beta-factor: factors = {β}. Multiple Greek letter: {β, γ, δ, ...}.
// Alpha-factor: {α1, ..., αn} for a group of n.
struct CommonCauseModel
{
    CommonCauseType type = CommonCauseType::None;
    QList<double> factors;

    bool operator==(const CommonCauseModel &) const = default;
};

// Replicas of one role. Active-active: all serve, load is shared; the group is up
// while the up members' capacity covers the demand. Active-passive: the first
// member is the primary, the others are standbys reached through failover links.
struct RedundancyGroup
{
    QString id;
    QString name;
    QString description;
    QStringList members;
    RedundancyPolicy policy = RedundancyPolicy::ActiveActive;
    StandbyMode standby = StandbyMode::Hot;
    // Failure-rate factor of an idle warm standby relative to an active member
    // (0 for cold, 1 for hot); only used for warm standby.
    double dormantFactor = 0.1;
    // Declared N+M (0/0 when not declared).
    int declaredN = 0;
    int declaredM = 0;
    double demand = 0.0;  // total load in the model's load unit (0: not given)
    double ceiling = 1.0; // highest acceptable utilisation of a member, e.g. 0.8
    int maxUnavailable = 0; // rolling update: members taken down at once
    int minAvailable = 0;   // disruption budget: members that must stay up
    CommonCauseModel commonCause;
    // Arrays that rebuild (RAID): hours to rebuild a failed member, and how much
    // faster the survivors fail while rebuilding (1 = no stress).
    double rebuildHours = 0.0;
    double rebuildStress = 1.0;
    // Active-active: how long a dead member keeps receiving its share of requests
    // before health checks take it out (interval × unhealthy threshold when both
    // are given, else detectionSeconds).
    double healthCheckIntervalSeconds = 0.0;
    int unhealthyThreshold = 0;
    double detectionSeconds = 0.0;
    // Planned maintenance: every member in turn, every interval for the duration.
    double maintenanceIntervalHours = 0.0;
    double maintenanceDurationHours = 0.0;
    // Rolling updates: every interval, maxUnavailable members at a time, each step
    // taking stepHours.
    double rollingUpdateIntervalHours = 0.0;
    double rollingUpdateStepHours = 0.0;

    double detectionTime() const
    {
        if (healthCheckIntervalSeconds > 0.0 && unhealthyThreshold > 0)
            return healthCheckIntervalSeconds * unhealthyThreshold;
        return detectionSeconds;
    }
    QJsonObject extra;

    bool hasDeclaredNM() const { return declaredN > 0; }
    bool operator==(const RedundancyGroup &) const = default;
};

} // namespace nf
