#include "canvastheme.h"

#include <QApplication>

namespace nf {

CanvasTheme CanvasTheme::fromPalette(const QPalette &palette)
{
    CanvasTheme t;
    const QColor base = palette.color(QPalette::Base);
    t.dark = base.lightnessF() < 0.5;
    if (t.dark) {
        t.background = QColor(0x1e, 0x21, 0x26);
        t.gridDot = QColor(0x4a, 0x50, 0x5a);
        t.nodeFill = QColor(0x2a, 0x2e, 0x35);
        t.nodeBorder = QColor(0x4a, 0x51, 0x5c);
        t.text = QColor(0xe8, 0xea, 0xed);
        t.mutedText = QColor(0x9a, 0xa2, 0xad);
        t.containerFill[0] = QColor(0x26, 0x2b, 0x33);
        t.containerFill[1] = QColor(0x24, 0x2f, 0x3a);
        t.containerFill[2] = QColor(0x2b, 0x31, 0x2d);
        t.containerFill[3] = QColor(0x33, 0x2d, 0x36);
        t.containerBorder[0] = QColor(0x5b, 0x66, 0x75);
        t.containerBorder[1] = QColor(0x4c, 0x6f, 0x94);
        t.containerBorder[2] = QColor(0x5d, 0x7a, 0x62);
        t.containerBorder[3] = QColor(0x7a, 0x62, 0x82);
        t.dependency = QColor(0x9a, 0xa7, 0xb8);
        t.traffic = QColor(0x5c, 0x9d, 0xff);
        t.failover = QColor(0xff, 0xa8, 0x4d);
        t.replication = QColor(0x4c, 0xd1, 0x9b);
        t.redundancyGroup = QColor(0xc0, 0x8c, 0xff);
        t.quorumGroup = QColor(0xff, 0x7a, 0xa8);
        t.badgeText = QColor(0x14, 0x16, 0x1a);
        t.greyed = QColor(0x55, 0x5a, 0x61);
        t.highlight = QColor(0xff, 0xd4, 0x3b);
    } else {
        t.background = QColor(0xf7, 0xf8, 0xfa);
        t.gridDot = QColor(0xb8, 0xbf, 0xca);
        t.nodeFill = QColor(0xff, 0xff, 0xff);
        t.nodeBorder = QColor(0xc4, 0xcb, 0xd5);
        t.text = QColor(0x1f, 0x24, 0x2b);
        t.mutedText = QColor(0x6b, 0x74, 0x80);
        t.containerFill[0] = QColor(0xee, 0xf1, 0xf5);
        t.containerFill[1] = QColor(0xe9, 0xf1, 0xfb);
        t.containerFill[2] = QColor(0xec, 0xf5, 0xee);
        t.containerFill[3] = QColor(0xf5, 0xee, 0xf6);
        t.containerBorder[0] = QColor(0x9a, 0xa5, 0xb4);
        t.containerBorder[1] = QColor(0x7f, 0xa6, 0xd6);
        t.containerBorder[2] = QColor(0x8d, 0xb8, 0x98);
        t.containerBorder[3] = QColor(0xb8, 0x98, 0xc0);
        t.dependency = QColor(0x6b, 0x77, 0x88);
        t.traffic = QColor(0x2f, 0x6f, 0xed);
        t.failover = QColor(0xe0, 0x7b, 0x0c);
        t.replication = QColor(0x12, 0x9a, 0x6a);
        t.redundancyGroup = QColor(0x7c, 0x4d, 0xd8);
        t.quorumGroup = QColor(0xd0, 0x3f, 0x78);
        t.badgeText = QColor(0xff, 0xff, 0xff);
        t.greyed = QColor(0xc9, 0xcd, 0xd3);
        t.highlight = QColor(0xf5, 0xb0, 0x00);
    }
    t.selection = palette.color(QPalette::Highlight);
    if (!t.selection.isValid() || t.selection.saturationF() < 0.2)
        t.selection = t.dark ? QColor(0x5c, 0x9d, 0xff) : QColor(0x2f, 0x6f, 0xed);
    t.handle = t.selection;
    t.guide = QColor(0xff, 0x4f, 0x8b);

    t.labelFont = QApplication::font();
    t.labelFont.setPointSizeF(9.5);
    t.labelFont.setWeight(QFont::DemiBold);
    t.smallFont = QApplication::font();
    t.smallFont.setPointSizeF(8);
    t.headerFont = QApplication::font();
    t.headerFont.setPointSizeF(10);
    t.headerFont.setWeight(QFont::Bold);
    return t;
}

QColor CanvasTheme::categoryColor(ComponentKind kind) const
{
    switch (kind) {
    case ComponentKind::Service:
    case ComponentKind::Controller: return dark ? QColor(0x5c, 0x9d, 0xff) : QColor(0x2f, 0x6f, 0xed);
    case ComponentKind::Database:
    case ComponentKind::Cache:
    case ComponentKind::Queue:
    case ComponentKind::Storage: return dark ? QColor(0xb3, 0x8c, 0xff) : QColor(0x7c, 0x4d, 0xd8);
    case ComponentKind::LoadBalancer:
    case ComponentKind::Dns:
    case ComponentKind::NetworkSwitch: return dark ? QColor(0x3d, 0xc9, 0xb0) : QColor(0x0f, 0x9a, 0x85);
    case ComponentKind::PowerFeed:
    case ComponentKind::Generator:
    case ComponentKind::Ups:
    case ComponentKind::Switchgear:
    case ComponentKind::Cooling: return dark ? QColor(0xff, 0xb5, 0x47) : QColor(0xd9, 0x7a, 0x00);
    case ComponentKind::Monitoring:
    case ComponentKind::OnCall: return dark ? QColor(0xff, 0x7a, 0x7a) : QColor(0xd6, 0x3b, 0x3b);
    case ComponentKind::ExternalSaas: return dark ? QColor(0xa0, 0xa8, 0xb4) : QColor(0x5f, 0x6b, 0x7a);
    }
    return text;
}

} // namespace nf
