#pragma once

#include <QPixmap>
#include <QPointer>
#include <QRectF>
#include <QTimer>
#include <QWidget>

namespace nf {

class CanvasView;

// The minimap: the whole drawing at a glance with the main view's visible area
// outlined; click or drag to move the main view there. The drawing is rendered
// into a cached picture after changes settle, so scrolling the main view only
// moves the outline, however large the model.
class OverviewWidget : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewWidget(QWidget *parent = nullptr);
    void setCanvasView(CanvasView *view);
    // Renders the picture again now (normally done shortly after a change).
    void refresh();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QTransform sceneToWidget() const;
    void centreMainViewAt(QPoint pos);

    QPointer<CanvasView> m_view;
    QPixmap m_picture;
    QRectF m_source; // the scene area shown
    QTimer m_refresh;
};

} // namespace nf
