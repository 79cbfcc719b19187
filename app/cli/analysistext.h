#pragma once

#include "analysisresult.h"

#include <QCoreApplication>

namespace nf {

class Model;

// The analysis as plain text for a terminal: headline figures, services,
// findings, minimal cut sets and the group, quorum, replication and failover tables.
class AnalysisText
{
    Q_DECLARE_TR_FUNCTIONS(AnalysisText)

public:
    static QString render(const Model &model, const AnalysisResult &result);
};

} // namespace nf
