#include "canvasview.h"

#include "canvasscene.h"
#include "document.h"

#include <QKeyEvent>
#include <QMimeData>
#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>

using namespace Qt::StringLiterals;

namespace nf {

CanvasView::CanvasView(QWidget *parent)
    : QGraphicsView(parent)
{
    setDragMode(RubberBandDrag);
    setRubberBandSelectionMode(Qt::ContainsItemShape);
    setTransformationAnchor(NoAnchor);
    setResizeAnchor(NoAnchor);
    setViewportUpdateMode(SmartViewportUpdate);
    setOptimizationFlags(DontAdjustForAntialiasing | DontSavePainterState); // items set all state they use
    setRenderHint(QPainter::TextAntialiasing);
    setFrameShape(QFrame::NoFrame);
    setAcceptDrops(true);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
}

void CanvasView::setCanvas(CanvasScene *scene)
{
    setScene(scene);
    updateFarView();
}

void CanvasView::updateFarView()
{
    if (canvas())
        canvas()->setFarView(zoom() < CanvasScene::kFarZoom);
}

CanvasScene *CanvasView::canvas() const
{
    return static_cast<CanvasScene *>(scene());
}

qreal CanvasView::zoom() const
{
    return transform().m11();
}

void CanvasView::setZoom(qreal z, std::optional<QPoint> viewportAnchor)
{
    z = std::clamp(z, kMinZoom, kMaxZoom);
    const QPoint anchor = viewportAnchor.value_or(viewport()->rect().center());
    const QPointF fixed = mapToScene(anchor);
    setTransform(QTransform::fromScale(z, z));
    updateFarView();
    // Put the anchored scene point back under the anchor.
    const QPointF now = mapToScene(anchor);
    const QPointF shift = (now - fixed) * z;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() - qRound(shift.x()));
    verticalScrollBar()->setValue(verticalScrollBar()->value() - qRound(shift.y()));
    emit zoomChanged(z);
    emit viewportMoved();
}

void CanvasView::zoomIn()
{
    setZoom(zoom() * kZoomStep);
}

void CanvasView::zoomOut()
{
    setZoom(zoom() / kZoomStep);
}

void CanvasView::resetZoom()
{
    setZoom(1.0);
}

void CanvasView::zoomToFit()
{
    if (!canvas())
        return;
    QRectF content = canvas()->contentRect();
    if (content.isNull()) { // an empty model: actual size, the origin in the middle
        setTransform(QTransform());
        updateFarView();
        centerOn(0, 0);
        emit zoomChanged(1.0);
        emit viewportMoved();
        return;
    }
    content.adjust(-30, -30, 30, 30);
    const QRectF view = viewport()->rect();
    const qreal z = std::clamp(std::min(view.width() / content.width(), view.height() / content.height()), kMinZoom,
                               1.5);
    setTransform(QTransform::fromScale(z, z));
    updateFarView();
    centerOn(content.center());
    emit zoomChanged(z);
    emit viewportMoved();
}

void CanvasView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QGraphicsView::drawForeground(painter, rect);
    if (!canvas() || !canvas()->document())
        return;
    const Model &m = canvas()->document()->model();
    if (!m.components.isEmpty() || !m.containers.isEmpty() || !m.services.isEmpty())
        return;
    // An empty model says how to begin.
    painter->save();
    painter->resetTransform();
    const QRect area = viewport()->rect().adjusted(40, 40, -40, -40);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    painter->setFont(f);
    painter->setPen(canvas()->theme().mutedText);
    painter->drawText(area, Qt::AlignCenter | Qt::TextWordWrap,
                      tr("Drag components and failure domains from the palette to start drawing.\n"
                         "Then drag from a component's edge handle to link it to another."));
    painter->restore();
}

void CanvasView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const qreal steps = event->angleDelta().y() / 120.0;
        if (steps != 0)
            setZoom(zoom() * std::pow(kZoomStep, steps), event->position().toPoint());
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void CanvasView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = true;
        viewport()->setCursor(Qt::OpenHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void CanvasView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        if (!m_panning)
            viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void CanvasView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        m_panning = true;
        m_panLast = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void CanvasView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint p = event->position().toPoint();
        const QPoint d = p - m_panLast;
        m_panLast = p;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - d.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - d.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void CanvasView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning && (event->button() == Qt::MiddleButton || event->button() == Qt::LeftButton)) {
        m_panning = false;
        if (m_spaceHeld)
            viewport()->setCursor(Qt::OpenHandCursor);
        else
            viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

bool CanvasView::hasModelFiles(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return false;
    for (const QUrl &url : mime->urls())
        if (url.isLocalFile() && url.toLocalFile().endsWith(u".ninefold"_s, Qt::CaseInsensitive))
            return true;
    return false;
}

void CanvasView::dragEnterEvent(QDragEnterEvent *event)
{
    if (hasModelFiles(event->mimeData())) {
        event->acceptProposedAction();
        return;
    }
    QGraphicsView::dragEnterEvent(event);
}

void CanvasView::dragMoveEvent(QDragMoveEvent *event)
{
    if (hasModelFiles(event->mimeData())) {
        event->acceptProposedAction();
        return;
    }
    QGraphicsView::dragMoveEvent(event);
}

void CanvasView::dropEvent(QDropEvent *event)
{
    if (hasModelFiles(event->mimeData())) {
        event->acceptProposedAction();
        emit filesDropped(event->mimeData()->urls());
        return;
    }
    QGraphicsView::dropEvent(event);
}

void CanvasView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    emit viewportMoved();
}

void CanvasView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    emit viewportMoved();
}

} // namespace nf
