#pragma once

#include "analysisresult.h"

#include <QCoreApplication>

namespace nf {

class ModelIndex;
struct QuorumGroup;

// Quorum and partitions (DOMAIN.md §7): quorum size and tolerated failures; for
// the loss of every zone and region holding voters, whether quorum survives; for
// every split of the voters' zones into two sides, which side keeps quorum;
// even-sized clusters; W + R > N and W > N/2 for tunable stores.
class QuorumAnalysis
{
    Q_DECLARE_TR_FUNCTIONS(QuorumAnalysis)

public:
    static QuorumReport analyse(const ModelIndex &model, const QuorumGroup &quorum);
};

} // namespace nf
