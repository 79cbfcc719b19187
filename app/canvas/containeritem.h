#pragma once

#include "elementkind.h"
#include "nodeitem.h"

namespace nf {

// A failure domain drawn as a labelled box behind what it holds. A selected
// container shows a resize grip in its bottom-right corner.
class ContainerItem : public NodeItem
{
public:
    ContainerItem(CanvasScene *canvas, const QString &id);

    int type() const override { return ContainerType; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    QPainterPath shape() const override;

    bool isOnResizeGrip(QPointF localPos) const;
    ContainerKind kind() const { return m_kind; }
    static constexpr qreal kHeaderHeight = 34;

protected:
    void syncProperties() override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;

private:
    ContainerKind m_kind = ContainerKind::Zone;
    QString m_title;
    QString m_subtitle;
};

} // namespace nf
