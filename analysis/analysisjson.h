#pragma once

#include "analysisresult.h"

#include <QJsonObject>

namespace nf {

// The analysis as a JSON document with stable keys (documented in docs/cli.md):
// times in seconds (and MTBF in hours, as named), money in the model's currency.
class AnalysisJson
{
public:
    static QJsonObject toJson(const AnalysisResult &result);
    static QString severityName(Finding::Severity severity); // "critical", "warning", "info"
};

} // namespace nf
