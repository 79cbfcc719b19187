#pragma once

#include "analysisresult.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace nf {

class Model;

// The analysis tables as CSV (RFC 4180, UTF-8, a header row): for spreadsheets
// and scripts. Numbers are written in full precision, times in seconds, money in
// the model's currency, availabilities as fractions.
class AnalysisCsv
{
public:
    struct Table
    {
        QString name; // file name without extension: "findings", "cut-sets", ...
        QByteArray csv;
    };
    static QList<Table> tables(const Model &model, const AnalysisResult &result);
    static QByteArray quote(const QString &field);
};

} // namespace nf
