#pragma once

#include <QGraphicsItem>
#include <QLineF>
#include <QList>

namespace nf {

class CanvasScene;

// Far-away drawing of every link at once. When the view is zoomed out so far that
// links are hairlines (a whole large model in the window), the scene hides the
// thousands of link items and this one item draws their routes in a few
// drawLines calls: the view no longer visits, sorts and paints each link.
class LinkBatchItem : public QGraphicsItem
{
public:
    explicit LinkBatchItem(CanvasScene *canvas);

    void setBounds(const QRectF &bounds);
    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    CanvasScene *m_canvas;
    QRectF m_bounds;
    QList<QLineF> m_lines[5]; // reused between paints, by role (and selection)
};

} // namespace nf
