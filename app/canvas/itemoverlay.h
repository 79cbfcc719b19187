#pragma once

#include <QString>

namespace nf {

// Display state set on a scene item from outside the document (analysis findings,
// the importance heat map, a failure drill): it changes how the item looks,
// never the model.
struct ItemOverlay
{
    // The colour of the corner badge: what the figure on it means.
    enum class Tone { Accent, Info, Good, Warning, Bad };

    bool highlighted = false; // e.g. part of a selected finding
    bool greyed = false;      // e.g. down in a drill
    QString badge;            // short text shown in a corner, e.g. "SPOF"
    Tone badgeTone = Tone::Accent;
    bool outlined = false;    // a single point of failure: drawn with a red outline
    double heat = -1.0;       // importance heat 0 … 1 (< 0: none)
    bool failed = false;      // failed on purpose in a drill: crossed out
    QString toolTip;          // shown on hover

    bool isEmpty() const
    {
        return !highlighted && !greyed && badge.isEmpty() && !outlined && heat < 0 && !failed && toolTip.isEmpty();
    }
    bool operator==(const ItemOverlay &) const = default;
};

} // namespace nf
