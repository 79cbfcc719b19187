#include "defaultparameters.h"

namespace nf {

DefaultParameters::Defaults DefaultParameters::component(ComponentKind kind)
{
    switch (kind) {
    case ComponentKind::Service:
    case ComponentKind::Controller:
        return {FailureModel::rates(16000, 1),
                tr("Starting point: about 0.55 machine failures a year in a large cluster (Jeff Dean, Google I/O "
                   "2008), one hour to replace.")};
    case ComponentKind::Database:
        return {FailureModel::rates(8760, 2),
                tr("Starting point (assumed): one failure a year, two hours to restore; a managed Single-AZ "
                   "database's SLA is 99.5 % (Amazon RDS SLA, 2024).")};
    case ComponentKind::Cache:
    case ComponentKind::Queue:
        return {FailureModel::fixed(0.999, 1),
                tr("Starting point: 99.9 % (ElastiCache Multi-AZ, SQS and MSK SLAs), one hour to recover.")};
    case ComponentKind::LoadBalancer:
        return {FailureModel::fixed(0.9999, 1),
                tr("Starting point: 99.99 % (AWS Elastic Load Balancing SLA across two or more zones), one hour "
                   "to recover.")};
    case ComponentKind::Dns:
        return {FailureModel::fixed(0.99999, 1),
                tr("Starting point (assumed): 99.999 %; managed DNS SLAs promise 100 %, which is a credit "
                   "threshold, not a measurement.")};
    case ComponentKind::Storage:
        return {FailureModel::rates(558000, 24),
                tr("Starting point: annualised failure rate 1.57 % (Backblaze Drive Stats, 2024), a day to "
                   "replace and rebuild.")};
    case ComponentKind::NetworkSwitch:
        return {FailureModel::rates(175000, 4),
                tr("Starting point: under 5 % of top-of-rack switches fail in a year (Gill et al., SIGCOMM "
                   "2011), four hours to replace.")};
    case ComponentKind::PowerFeed:
        return {FailureModel::rates(6257, 5.6),
                tr("Starting point: US utility supply, 1.4 interruptions and 7.8 h a year including major "
                   "events (EIA, 2017 data).")};
    case ComponentKind::Generator:
        return {FailureModel::fixed(0.995, 24),
                tr("Starting point: standby generator operational availability 0.995 (NREL REopt default), a "
                   "day to repair.")};
    case ComponentKind::Ups:
    case ComponentKind::Switchgear:
        return {FailureModel::rates(100000, 6),
                tr("Starting point (assumed; no public MTBF was found): about eleven years between failures, "
                   "six hours to restore power.")};
    case ComponentKind::Cooling:
        return {FailureModel::rates(17500, 36),
                tr("Starting point: about a 50 % chance of an overheating event per cluster-year, one to two "
                   "days to recover (Jeff Dean, Google I/O 2008).")};
    case ComponentKind::Monitoring:
    case ComponentKind::ExternalSaas:
        return {FailureModel::fixed(0.999, 1),
                tr("Starting point: 99.9 %, the most common SaaS SLA level, one hour to recover.")};
    case ComponentKind::OnCall:
        return {FailureModel(),
                tr("A person: never fails here; their response time belongs to the failover they perform.")};
    }
    return {FailureModel::rates(8760, 1), QString()};
}

DefaultParameters::Defaults DefaultParameters::container(ContainerKind kind)
{
    switch (kind) {
    case ContainerKind::Region:
        return {FailureModel::rates(87600, 12),
                tr("Starting point (assumed): a regional outage once in ten years, half a day long; no provider "
                   "publishes a frequency.")};
    case ContainerKind::Zone:
        return {FailureModel::rates(43800, 7),
                tr("Starting point (assumed): a zone outage once in five years, about as long as AWS us-east-1's "
                   "2021 network event (about 7 h).")};
    case ContainerKind::Rack:
        return {FailureModel::rates(17500, 6),
                tr("Starting point: about 20 rack failures a year in a cluster of about 40 racks (Jeff Dean, "
                   "Google I/O 2008), six hours to restore.")};
    case ContainerKind::Host:
        return {FailureModel::rates(16000, 1),
                tr("Starting point: about 0.55 machine failures a year (Jeff Dean, Google I/O 2008), one hour "
                   "to replace.")};
    }
    return {};
}

} // namespace nf
