#pragma once

#include "analysisresult.h"
#include "drillevaluator.h"
#include "itemoverlay.h"

#include <QCoreApplication>
#include <QHash>

namespace nf {

class Model;

// What the analysis puts on the canvas, as overlays keyed by element id: single
// points of failure outlined, the importance heat, badges for N+M (declared
// against effective), quorums (tolerance, which domain loss breaks them) and
// replication (RPO, added latency), and hover texts with each component's
// availability, downtime share and importance. Also the drill's picture: what
// failed, what is down, what still serves, which failovers fire.
class AnalysisOverlay
{
    Q_DECLARE_TR_FUNCTIONS(AnalysisOverlay)

public:
    using Overlays = QHash<QString, ItemOverlay>;

    static Overlays build(const AnalysisResult &result, const Model &model, bool heat);
    static Overlays drill(const DrillOutcome &outcome, const Model &model);

    // What hovering a component or container shows: its availability, its share
    // of the system downtime and its importance.
    static QString hoverText(const AnalysisResult &result, const Model &model, const QString &id);

    // Heat of an element from its Fussell-Vesely importance relative to the
    // largest one, over three decades (< 0: too small to show).
    static double heatOf(double fussellVesely, double largest);
};

} // namespace nf
