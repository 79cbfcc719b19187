#include "overviewwidget.h"

#include "canvasscene.h"
#include "canvasview.h"

#include <QMouseEvent>
#include <QPainter>

namespace nf {

OverviewWidget::OverviewWidget(QWidget *parent)
    : QWidget(parent)
{
    setMinimumSize(160, 110);
    setToolTip(tr("Overview: click or drag to move the view"));
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(250);
    connect(&m_refresh, &QTimer::timeout, this, &OverviewWidget::refresh);
}

void OverviewWidget::setCanvasView(CanvasView *view)
{
    if (m_view) {
        disconnect(m_view, nullptr, this, nullptr);
        if (m_view->scene())
            disconnect(m_view->scene(), nullptr, this, nullptr);
    }
    m_view = view;
    if (view) {
        connect(view, &CanvasView::viewportMoved, this, qOverload<>(&QWidget::update));
        if (view->scene())
            connect(view->scene(), &QGraphicsScene::changed, &m_refresh, qOverload<>(&QTimer::start));
    }
    refresh();
}

void OverviewWidget::refresh()
{
    m_picture = QPixmap();
    auto *canvas = m_view ? qobject_cast<CanvasScene *>(m_view->scene()) : nullptr;
    if (!canvas || width() <= 0 || height() <= 0) {
        update();
        return;
    }
    m_source = canvas->contentRect().adjusted(-40, -40, 40, 40);
    const qreal dpr = devicePixelRatioF();
    m_picture = QPixmap((QSizeF(size()) * dpr).toSize());
    m_picture.setDevicePixelRatio(dpr);
    m_picture.fill(canvas->theme().background);
    if (!m_source.isEmpty()) {
        QPainter p(&m_picture);
        // Into the centred rectangle the outline is drawn with: render() scales to
        // fit but aligns to the target's top left, it does not centre.
        canvas->render(&p, sceneToWidget().mapRect(m_source), m_source, Qt::KeepAspectRatio);
    }
    update();
}

QTransform OverviewWidget::sceneToWidget() const
{
    if (m_source.isEmpty())
        return {};
    // The source scaled to fit the widget, keeping its aspect ratio, and centred
    // (refresh() renders the picture into this rectangle).
    const qreal s = std::min(width() / m_source.width(), height() / m_source.height());
    const qreal dx = (width() - m_source.width() * s) / 2, dy = (height() - m_source.height() * s) / 2;
    return QTransform::fromTranslate(-m_source.left(), -m_source.top()) * QTransform::fromScale(s, s)
        * QTransform::fromTranslate(dx, dy);
}

void OverviewWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    if (m_picture.isNull()) {
        p.fillRect(rect(), palette().base());
        return;
    }
    p.drawPixmap(0, 0, m_picture);
    if (!m_view)
        return;
    const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    const QColor c = static_cast<CanvasScene *>(m_view->scene())->theme().selection;
    QColor fill = c;
    fill.setAlphaF(0.15f);
    p.setBrush(fill);
    p.setPen(QPen(c, 1.5));
    p.drawRect(sceneToWidget().mapRect(visible).intersected(QRectF(rect()).adjusted(1, 1, -1, -1)));
}

void OverviewWidget::centreMainViewAt(QPoint pos)
{
    if (m_view && !m_source.isEmpty())
        m_view->centerOn(sceneToWidget().inverted().map(QPointF(pos)));
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
    QWidget::resizeEvent(event);
    m_refresh.start();
}

} // namespace nf
