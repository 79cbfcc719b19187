#pragma once

#include "analysisresult.h"

#include <QCoreApplication>
#include <QPointF>

#include <optional>

class QChart;
class QPainter;
class QRectF;

namespace nf {

class Model;

// The analysis charts, built once and used by the analysis dock and the PDF
// report alike (Qt Charts). Screen charts follow the application palette; print
// charts are always light. The caller owns the returned chart.
class ChartFactory
{
    Q_DECLARE_TR_FUNCTIONS(ChartFactory)

public:
    enum class Style { Screen, Print };

    // R(t) without repair over the mission time, with the MTTF in the title.
    static QChart *reliability(const AnalysisResult &result, Style style);
    // Point availability A(t) over the mission time against the availability target.
    static QChart *availability(const AnalysisResult &result, std::optional<double> target, Style style);
    // Downtime per year by contributor (Fussell-Vesely × downtime), largest first,
    // with the cumulative share.
    static QChart *downtimePareto(const AnalysisResult &result, const Model &model, int maxBars, Style style);
    // Utilisation per survivor after 0 … n−1 failures, with the capacity (100 %) and the ceiling.
    static QChart *headroom(const GroupReport &group, Style style);
    // Importance tornado: how many nines the system would gain if the element never
    // failed, and lose if it were always down.
    static QChart *importanceTornado(const AnalysisResult &result, const Model &model, int maxRows, Style style);
    // Availability before and after a change, for the system and each service.
    static QChart *whatIf(const AnalysisResult &before, const AnalysisResult &after, Style style);
    // System availability across a parameter range: (parameter value, availability).
    static QChart *sensitivity(const QList<QPointF> &points, const QString &parameter, std::optional<double> target,
                               Style style);

    // Paints `chart` into `target` on any painter (a widget, an image, a PDF page:
    // vector output). The chart is resized to the target.
    static void render(QChart *chart, QPainter *painter, const QRectF &target);
};

} // namespace nf
