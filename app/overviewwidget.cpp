#include "overviewwidget.h"

#include "canvasscene.h"
#include "canvasview.h"

#include <QMouseEvent>

namespace nf {

OverviewWidget::OverviewWidget(QWidget *parent)
    : QGraphicsView(parent)
{
    setInteractive(false);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    setViewportUpdateMode(FullViewportUpdate);
    setMinimumSize(160, 110);
    setToolTip(tr("Overview: click or drag to move the view"));
}

void OverviewWidget::setCanvasView(CanvasView *view)
{
    if (m_view)
        disconnect(m_view, nullptr, this, nullptr);
    m_view = view;
    setScene(view ? view->scene() : nullptr);
    if (view) {
        connect(view, &CanvasView::viewportMoved, this, [this] { viewport()->update(); });
        if (view->scene())
            connect(view->scene(), &QGraphicsScene::sceneRectChanged, this, &OverviewWidget::refit);
    }
    refit();
}

void OverviewWidget::refit()
{
    auto *canvas = qobject_cast<CanvasScene *>(scene());
    if (!canvas)
        return;
    const QRectF content = canvas->contentRect().adjusted(-40, -40, 40, 40);
    if (!content.isEmpty())
        fitInView(content, Qt::KeepAspectRatio);
    viewport()->update();
}

void OverviewWidget::drawForeground(QPainter *painter, const QRectF &)
{
    if (!m_view)
        return;
    const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    const QColor c = static_cast<CanvasScene *>(scene())->theme().selection;
    QColor fill = c;
    fill.setAlphaF(0.12f);
    painter->setBrush(fill);
    painter->setPen(QPen(c, 0));
    painter->drawRect(visible);
}

void OverviewWidget::centreMainViewAt(QPoint pos)
{
    if (m_view)
        m_view->centerOn(mapToScene(pos));
}

void OverviewWidget::mousePressEvent(QMouseEvent *event)
{
    centreMainViewAt(event->position().toPoint());
}

void OverviewWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        centreMainViewAt(event->position().toPoint());
}

void OverviewWidget::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    refit();
}

void OverviewWidget::wheelEvent(QWheelEvent *event)
{
    event->ignore(); // the overview always shows everything
}

} // namespace nf
