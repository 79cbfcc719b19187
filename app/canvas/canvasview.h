#pragma once

#include <QGraphicsView>
#include <QMimeData>
#include <QUrl>

#include <optional>

namespace nf {

class CanvasScene;

// The canvas widget: zoom to the cursor with Ctrl+wheel, pan with the middle
// button or Space+drag, zoom to fit; accepts palette drops (handled by the
// scene) and model files dropped onto it (reported with filesDropped).
class CanvasView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit CanvasView(QWidget *parent = nullptr);

    void setCanvas(CanvasScene *scene);
    CanvasScene *canvas() const;

    qreal zoom() const;
    // Zooms keeping the scene point under `viewportAnchor` (default: the centre) fixed.
    void setZoom(qreal zoom, std::optional<QPoint> viewportAnchor = std::nullopt);
    void zoomIn();
    void zoomOut();
    void zoomToFit();
    void resetZoom();

    static constexpr qreal kMinZoom = 0.02;
    static constexpr qreal kMaxZoom = 6.0;
    static constexpr qreal kZoomStep = 1.25;

signals:
    void zoomChanged(qreal zoom);
    void viewportMoved();
    void filesDropped(const QList<QUrl> &urls);

protected:
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void resizeEvent(QResizeEvent *event) override;
    void updateFarView();

private:
    static bool hasModelFiles(const QMimeData *mime);

    bool m_spaceHeld = false;
    bool m_panning = false;
    QPoint m_panLast;
};

} // namespace nf
