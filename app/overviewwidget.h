#pragma once

#include <QGraphicsView>
#include <QPointer>

namespace nf {

class CanvasView;

// The minimap: the whole drawing at a glance with the main view's visible area
// outlined; click or drag to move the main view there.
class OverviewWidget : public QGraphicsView
{
    Q_OBJECT

public:
    explicit OverviewWidget(QWidget *parent = nullptr);
    void setCanvasView(CanvasView *view);
    void refit();

protected:
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    void centreMainViewAt(QPoint pos);
    QPointer<CanvasView> m_view;
};

} // namespace nf
