#pragma once

#include "elementkind.h"
#include "nodeitem.h"

#include <QStaticText>

namespace nf {

// A component drawn as a card: kind icon, name, kind and availability. Shows edge
// handles on hover, from which links are dragged.
class ComponentItem : public NodeItem
{
public:
    ComponentItem(CanvasScene *canvas, const QString &id);

    int type() const override { return ComponentType; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    // Edge handle under `localPos` (0 top, 1 right, 2 bottom, 3 left) or -1.
    int handleAt(QPointF localPos) const;
    QPointF handlePos(int handle) const;

protected:
    void syncProperties() override;
    void layoutText();
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    ComponentKind m_kind = ComponentKind::Service;
    QString m_name;
    QStringList m_nameLines;
    QList<QStaticText> m_nameText; // laid out once, drawn many times
    QStaticText m_subtitleText;
    QString m_subtitle;
    QString m_subtitleShown;
    bool m_textLaidOut = false;
    bool m_hovered = false;
};

} // namespace nf
