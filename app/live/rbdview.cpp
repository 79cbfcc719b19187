#include "rbdview.h"

#include <QApplication>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTimer>
#include <QWheelEvent>

#include <cmath>

using namespace Qt::StringLiterals;

namespace nf {

namespace {
// One section of the diagram: painted by RbdDiagram itself.
class SectionItem : public QGraphicsItem
{
public:
    SectionItem(const RbdDiagram *diagram, int section, RbdDiagram::Style style)
        : m_diagram(diagram)
        , m_section(section)
        , m_style(style)
    {
        // The title may run past the section's frame.
        m_bounds = diagram->sections().at(section).rect.adjusted(-4, -4, 420, 4);
    }
    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        m_diagram->paintSection(painter, m_section, m_style);
    }

private:
    const RbdDiagram *m_diagram;
    int m_section;
    RbdDiagram::Style m_style;
    QRectF m_bounds;
};
} // namespace

RbdView::RbdView(QWidget *parent)
    : QGraphicsView(parent)
{
    setObjectName(u"rbdView"_s);
    setScene(new QGraphicsScene(this));
    setRenderHint(QPainter::Antialiasing);
    setRenderHint(QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setFrameShape(QFrame::NoFrame);
    setMouseTracking(true);
}

RbdDiagram::Style RbdView::style() const
{
    return QApplication::palette().color(QPalette::Window).lightness() < 128 ? RbdDiagram::Style::Dark
                                                                              : RbdDiagram::Style::Light;
}

void RbdView::setStructure(std::shared_ptr<const ArchitectureStructure> structure)
{
    m_structure = std::move(structure);
    m_dirty = true;
    if (isVisible())
        rebuild();
}

void RbdView::ensureBuilt()
{
    if (m_dirty)
        rebuild();
}

void RbdView::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    ensureBuilt();
    if (!m_fitted && m_diagram) {
        m_fitted = true;
        QTimer::singleShot(0, this, &RbdView::fitWidth);
    }
}

void RbdView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        m_dirty = true;
        if (isVisible())
            rebuild();
    }
    QGraphicsView::changeEvent(event);
}

void RbdView::rebuild()
{
    m_dirty = false;
    scene()->clear();
    m_diagram.reset();
    const bool dark = style() == RbdDiagram::Style::Dark;
    setBackgroundBrush(dark ? QColor(0x11, 0x18, 0x27) : QColor(0xf5, 0xf7, 0xfb));
    if (!m_structure)
        return;
    m_diagram = std::make_unique<RbdDiagram>(RbdDiagram::build(*m_structure));
    for (int i = 0; i < m_diagram->sections().size(); ++i)
        scene()->addItem(new SectionItem(m_diagram.get(), i, style()));
    const QSizeF size = m_diagram->size();
    scene()->setSceneRect(QRectF(QPointF(-40, -60), size + QSizeF(480, 120)));
}

void RbdView::fitWidth()
{
    if (!m_diagram)
        return;
    // As wide as the view allows, but never so small that labels cannot be read
    // (11 px labels at 9 px): a wider diagram scrolls.
    const qreal width = m_diagram->size().width() + 80;
    const qreal z = std::clamp(viewport()->width() / std::max<qreal>(1, width), 0.82, 1.0);
    setTransform(QTransform::fromScale(z, z));
    horizontalScrollBar()->setValue(horizontalScrollBar()->minimum());
    verticalScrollBar()->setValue(verticalScrollBar()->minimum());
}

QPoint RbdView::boxPosition(const QString &elementId, bool reference)
{
    ensureBuilt();
    if (!m_diagram)
        return QPoint(-1, -1);
    for (const RbdDiagram::Section &s : m_diagram->sections())
        for (const RbdDiagram::Box &b : s.boxes)
            if (b.elementId == elementId && b.reference == reference) {
                ensureVisible(b.rect, 20, 20);
                return mapFromScene(b.rect.center());
            }
    return QPoint(-1, -1);
}

void RbdView::mousePressEvent(QMouseEvent *event)
{
    if (m_diagram && event->button() == Qt::LeftButton) {
        if (const RbdDiagram::Box *b = m_diagram->boxAt(mapToScene(event->position().toPoint()))) {
            if (b->reference && b->section >= 0 && b->section < m_diagram->sections().size()) {
                const QRectF target = m_diagram->sections().at(b->section).rect;
                ensureVisible(QRectF(target.topLeft(), QSizeF(std::min(target.width(), 600.0), 60)), 40, 40);
                m_flashSection = b->section;
                viewport()->update();
                QTimer::singleShot(1200, this, [this] {
                    m_flashSection = -1;
                    viewport()->update();
                });
            } else if (!b->elementId.isEmpty()) {
                emit elementActivated(b->elementId);
            }
            event->accept();
            return;
        }
    }
    QGraphicsView::mousePressEvent(event);
}

void RbdView::mouseMoveEvent(QMouseEvent *event)
{
    QGraphicsView::mouseMoveEvent(event);
    if (!m_diagram || event->buttons() != Qt::NoButton)
        return;
    const RbdDiagram::Box *b = m_diagram->boxAt(mapToScene(event->position().toPoint()));
    viewport()->setCursor(b ? Qt::PointingHandCursor : Qt::OpenHandCursor);
    setToolTip(b ? (b->reference ? tr("%1: drawn in its own section (shared). Click to go there.").arg(b->label)
                                 : tr("%1 \u2014 %2. Click to select it on the canvas.").arg(b->label, b->detail))
                 : QString());
}

void RbdView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const qreal factor = std::pow(1.0015, event->angleDelta().y());
        const qreal z = std::clamp(zoom() * factor, 0.1, 4.0);
        setTransform(QTransform::fromScale(z, z));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void RbdView::drawForeground(QPainter *painter, const QRectF &)
{
    if (!m_diagram || m_flashSection < 0 || m_flashSection >= m_diagram->sections().size())
        return;
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(QColor(0xfb, 0xbf, 0x24), 3.0));
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(m_diagram->sections().at(m_flashSection).rect.adjusted(-8, -4, 8, 8), 8, 8);
}

} // namespace nf
