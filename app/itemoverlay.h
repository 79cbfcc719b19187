#pragma once

#include <QString>

namespace nf {

// Display state set on a scene item from outside the document (analysis findings,
// a failure drill): it changes how the item looks, never the model.
struct ItemOverlay
{
    bool highlighted = false; // e.g. part of a selected finding
    bool greyed = false;      // e.g. failed in a drill
    QString badge;            // short text shown in a corner, e.g. "SPOF"

    bool isEmpty() const { return !highlighted && !greyed && badge.isEmpty(); }
    bool operator==(const ItemOverlay &) const = default;
};

} // namespace nf
