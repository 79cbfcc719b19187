#pragma once

#include "elementkind.h"

#include <QColor>
#include <QFont>
#include <QPalette>

namespace nf {

// Colours and fonts of the canvas, derived from the application palette so the
// canvas follows light and dark themes. Never stored in documents.
struct CanvasTheme
{
    bool dark = false;
    QColor background;
    QColor gridDot;
    QColor nodeFill;
    QColor nodeBorder;
    QColor text;
    QColor mutedText;
    QColor selection;
    QColor handle;
    QColor guide;
    QColor containerFill[4];   // by nesting rank
    QColor containerBorder[4];
    QColor dependency;
    QColor traffic;
    QColor failover;
    QColor replication;
    QColor redundancyGroup;
    QColor quorumGroup;
    QColor badgeText;
    QColor greyed;
    QColor highlight;
    QFont labelFont;
    QFont smallFont;
    QFont headerFont;

    static CanvasTheme fromPalette(const QPalette &palette);
    // Accent colour of a component kind's category (compute, data, network, power, people).
    QColor categoryColor(ComponentKind kind) const;
};

} // namespace nf
