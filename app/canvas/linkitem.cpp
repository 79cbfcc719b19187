#include "linkitem.h"

#include "canvasscene.h"
#include "canvastheme.h"
#include "document.h"
#include "numberformat.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <cmath>

using namespace Qt::StringLiterals;

namespace nf {

namespace {
constexpr qreal kArrow = 9;
constexpr qreal kLabelStep = 22; // labels of parallel links, centre to centre (a label is 18 high)
constexpr qreal kMinOverlap = 16;

// Where a ray leaving the centre of `r` along an axis-aligned direction crosses
// its border.
QPointF exitPoint(const QRectF &r, QPointF from, QPointF towards)
{
    if (qFuzzyCompare(from.y(), towards.y()))
        return {towards.x() >= from.x() ? r.right() : r.left(), from.y()};
    return {from.x(), towards.y() >= from.y() ? r.bottom() : r.top()};
}
} // namespace

LinkItem::LinkItem(CanvasScene *canvas, const QString &id, Role role)
    : CanvasItem(canvas, id)
    , m_role(role)
{
    if (role != Role::Entry)
        setFlag(ItemIsSelectable);
    setZValue(role == Role::Entry ? 9 : 10);
}

QList<QPointF> LinkItem::route(const QRectF &a, const QRectF &b, const QList<QPointF> &bends)
{
    if (a.isNull() || b.isNull())
        return {};
    if (bends.isEmpty()) {
        const qreal left = std::max(a.left(), b.left()), right = std::min(a.right(), b.right());
        if (right - left >= kMinOverlap) { // one vertical segment
            const qreal x = (left + right) / 2;
            if (b.top() >= a.bottom())
                return {{x, a.bottom()}, {x, b.top()}};
            if (a.top() >= b.bottom())
                return {{x, a.top()}, {x, b.bottom()}};
        }
        const qreal top = std::max(a.top(), b.top()), bottom = std::min(a.bottom(), b.bottom());
        if (bottom - top >= kMinOverlap) { // one horizontal segment
            const qreal y = (top + bottom) / 2;
            if (b.left() >= a.right())
                return {{a.right(), y}, {b.left(), y}};
            if (a.left() >= b.right())
                return {{a.left(), y}, {b.right(), y}};
        }
        const QPointF ca = a.center(), cb = b.center();
        const qreal dx = cb.x() - ca.x(), dy = cb.y() - ca.y();
        if (std::fabs(dx) >= std::fabs(dy)) { // out sideways, a vertical jog, in sideways
            const qreal mx = dx > 0 ? (a.right() + b.left()) / 2 : (a.left() + b.right()) / 2;
            return {{dx > 0 ? a.right() : a.left(), ca.y()}, {mx, ca.y()}, {mx, cb.y()},
                    {dx > 0 ? b.left() : b.right(), cb.y()}};
        }
        const qreal my = dy > 0 ? (a.bottom() + b.top()) / 2 : (a.top() + b.bottom()) / 2;
        return {{ca.x(), dy > 0 ? a.bottom() : a.top()}, {ca.x(), my}, {cb.x(), my},
                {cb.x(), dy > 0 ? b.top() : b.bottom()}};
    }

    // Through the bends: centre, bends, centre, with a corner wherever two
    // consecutive points are not aligned.
    QList<QPointF> pts;
    pts << a.center() << bends << b.center();
    QList<QPointF> ortho{pts.first()};
    for (int i = 1; i < pts.size(); ++i) {
        const QPointF p = ortho.last(), q = pts.at(i);
        if (!qFuzzyCompare(p.x(), q.x()) && !qFuzzyCompare(p.y(), q.y())) {
            // The first leg leaves the source along the longer axis; later legs
            // alternate with the previous one.
            bool horizontalFirst = std::fabs(q.x() - p.x()) >= std::fabs(q.y() - p.y());
            if (ortho.size() >= 2)
                horizontalFirst = qFuzzyCompare(ortho.at(ortho.size() - 2).x(), p.x()); // came vertically
            ortho << (horizontalFirst ? QPointF(q.x(), p.y()) : QPointF(p.x(), q.y()));
        }
        ortho << q;
    }
    ortho.first() = exitPoint(a, ortho.at(0), ortho.at(1));
    const int n = int(ortho.size());
    ortho.last() = exitPoint(b, ortho.at(n - 1), ortho.at(n - 2));
    return ortho;
}

void LinkItem::sync()
{
    const Model &m = m_canvas->document()->model();
    m_label.clear();
    switch (m_role) {
    case Role::Dependency:
    case Role::Traffic:
        if (const ElementRef ref = m_canvas->document()->find(m_id); ref.type == ElementType::Dependency) {
            const DependencyLink &d = m.dependencies.at(ref.index);
            m_from = d.from, m_to = d.to;
            m_role = d.kind == DependencyKind::Traffic ? Role::Traffic : Role::Dependency;
            if (d.retries > 0)
                m_label = CanvasScene::tr("%n retries", nullptr, d.retries);
            // A circuit breaker's fallback is not a line of its own: the link says it.
            if (!d.fallback.isEmpty())
                m_label += (m_label.isEmpty() ? QString() : u" \u00b7 "_s)
                    + CanvasScene::tr("fallback: %1").arg(m.displayName(d.fallback));
        }
        break;
    case Role::Failover:
        if (const ElementRef ref = m_canvas->document()->find(m_id); ref.type == ElementType::FailoverLink) {
            const FailoverLink &f = m.failovers.at(ref.index);
            m_from = f.from, m_to = f.to;
            const double rto = f.detectionTime() + f.promotionSeconds + f.reconnectSeconds
                + (f.automatic ? 0.0 : f.humanResponseSeconds);
            m_label = f.automatic ? CanvasScene::tr("failover") : CanvasScene::tr("manual failover");
            if (rto > 0)
                m_label += u" \u00b7 "_s + NumberFormat::duration(rto);
        }
        break;
    case Role::Replication:
        if (const ElementRef ref = m_canvas->document()->find(m_id); ref.type == ElementType::ReplicationLink) {
            const ReplicationLink &r = m.replications.at(ref.index);
            m_from = r.from, m_to = r.to;
            m_label = r.mode == ReplicationMode::Synchronous ? CanvasScene::tr("sync") : CanvasScene::tr("async");
            if (r.mode == ReplicationMode::Asynchronous && r.lagSeconds > 0)
                m_label += u" \u00b7 "_s + NumberFormat::duration(r.lagSeconds);
        }
        break;
    case Role::Entry:
        if (const Service *s = m_canvas->document()->service(m_id)) {
            m_from = s->id;
            m_to = s->entry;
        }
        break;
    }
    m_bends = m_role == Role::Entry ? QList<QPointF>() : m_canvas->document()->bends(m_id).value_or(QList<QPointF>());
    rebuildPath();
}

void LinkItem::rebuildPath()
{
    prepareGeometryChange();
    m_shapeValid = false;
    m_route = route(m_canvas->elementRect(m_from), m_canvas->elementRect(m_to), m_bends);
    m_path = QPainterPath();
    m_arrow.clear();
    m_bounds = QRectF();
    if (m_route.size() < 2)
        return;
    m_path.moveTo(m_route.first());
    for (int i = 1; i < m_route.size(); ++i)
        m_path.lineTo(m_route.at(i));
    const QPointF tip = m_route.last();
    const QPointF prev = m_route.at(m_route.size() - 2);
    QLineF dir(tip, prev);
    if (dir.length() > 0) {
        dir.setLength(kArrow);
        const QPointF back = dir.p2();
        const QPointF normal(-(back.y() - tip.y()) * 0.5, (back.x() - tip.x()) * 0.5);
        m_arrow << tip << back + normal << back - normal;
    }
    // Label at the middle of the longest segment.
    qreal best = -1;
    for (int i = 1; i < m_route.size(); ++i) {
        const qreal len = QLineF(m_route.at(i - 1), m_route.at(i)).length();
        if (len > best) {
            best = len;
            m_labelPos = (m_route.at(i - 1) + m_route.at(i)) / 2;
        }
    }
    // Links between the same two elements (a failover beside its replication)
    // share the route: their labels are stacked across it, not drawn over each other.
    m_stackIndex = 0;
    m_stackSize = 1;
    if (!m_label.isEmpty() && m_bends.isEmpty()) {
        QList<const LinkItem *> stacked;
        for (const LinkItem *l : m_canvas->parallelLinks(this))
            if (!l->m_label.isEmpty() && l->m_bends.isEmpty())
                stacked << l;
        const qsizetype index = stacked.indexOf(this);
        if (stacked.size() > 1 && index >= 0) {
            m_labelPos.ry() += (double(index) - double(stacked.size() - 1) / 2.0) * kLabelStep;
            m_stackIndex = int(index);
            m_stackSize = int(stacked.size());
        }
    }
    // Computed once here: the view asks for it for every item on every paint.
    m_bounds = m_path.boundingRect().adjusted(-kArrow - 4, -kArrow - 4, kArrow + 4, kArrow + 4);
    if (!m_label.isEmpty())
        m_bounds |= QRectF(m_labelPos.x() - 90, m_labelPos.y() - 12, 180, 24);
    for (const QPointF &b : m_bends)
        m_bounds |= QRectF(b.x() - 6, b.y() - 6, 12, 12);
    overlayChanged();
    update();
}

QRectF LinkItem::labelRect() const
{
    if (m_label.isEmpty() || m_route.size() < 2)
        return {};
    const qreal w = QFontMetricsF(theme().smallFont).horizontalAdvance(m_label) + 10;
    return QRectF(m_labelPos.x() - w / 2, m_labelPos.y() - 9, w, 18);
}

QPointF LinkItem::badgeAnchor() const
{
    // Below the label, centred on it. Of stacked labels, the top one has its badge
    // above it, and those in the middle beside them.
    const QRectF r = badgeRect(QPointF());
    if (m_stackSize > 1 && m_stackIndex == 0)
        return m_labelPos + QPointF(r.width() / 2 - 6, -20);
    if (m_stackSize > 1 && m_stackIndex + 1 < m_stackSize) {
        const qreal halfLabel = QFontMetricsF(theme().smallFont).horizontalAdvance(m_label) / 2 + 5;
        return m_labelPos + QPointF(halfLabel + 4 + r.width() - 6, 0);
    }
    return m_labelPos + QPointF(r.width() / 2 - 6, m_label.isEmpty() ? 0 : 20);
}

void LinkItem::overlayChanged()
{
    m_badgeBounds = m_overlay.badge.isEmpty() ? QRectF() : badgeRect(badgeAnchor()).adjusted(-2, -2, 2, 2);
}

QRectF LinkItem::boundingRect() const
{
    return m_badgeBounds.isEmpty() ? m_bounds : m_bounds | m_badgeBounds;
}

QPainterPath LinkItem::shape() const
{
    if (!m_shapeValid) {
        QPainterPathStroker stroker;
        stroker.setWidth(10);
        m_shape = stroker.createStroke(m_path);
        m_shape.addPolygon(m_arrow);
        for (const QPointF &b : m_bends)
            m_shape.addEllipse(b, 6, 6);
        m_shapeValid = true;
    }
    return m_shape;
}

int LinkItem::bendAt(QPointF scenePos) const
{
    for (int i = 0; i < m_bends.size(); ++i)
        if (QLineF(m_bends.at(i), scenePos).length() <= 7)
            return i;
    return -1;
}

int LinkItem::insertionIndex(QPointF scenePos) const
{
    // The route segment nearest to the point decides; count the bends before it.
    int bestSegment = 0;
    qreal best = std::numeric_limits<qreal>::max();
    for (int i = 1; i < m_route.size(); ++i) {
        const QPointF a = m_route.at(i - 1), b = m_route.at(i);
        const QPointF c(std::clamp(scenePos.x(), std::min(a.x(), b.x()), std::max(a.x(), b.x())),
                        std::clamp(scenePos.y(), std::min(a.y(), b.y()), std::max(a.y(), b.y())));
        const qreal d = QLineF(c, scenePos).length();
        if (d < best) {
            best = d;
            bestSegment = i;
        }
    }
    int index = 0;
    for (int i = 0; i < m_bends.size(); ++i)
        if (m_route.indexOf(m_bends.at(i)) >= 0 && m_route.indexOf(m_bends.at(i)) < bestSegment)
            index = i + 1;
    return index;
}

void LinkItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (m_route.size() < 2)
        return;
    const CanvasTheme &t = theme();
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    QColor color;
    qreal width = 1.4;
    Qt::PenStyle style = Qt::SolidLine;
    switch (m_role) {
    case Role::Dependency: color = t.dependency, width = 1.0; break;
    case Role::Traffic: color = t.traffic, width = 2.2; break;
    case Role::Failover: color = t.failover, width = 1.8, style = Qt::DashLine; break;
    case Role::Replication: color = t.replication, width = 1.8, style = Qt::DashDotLine; break;
    case Role::Entry: color = t.traffic, width = 1.6, style = Qt::DotLine; break;
    }
    if (m_overlay.greyed)
        color = t.greyed;
    if (isSelected())
        color = t.selection, width += 1.0;
    if (m_overlay.highlighted)
        color = t.highlight, width += 1.5;

    painter->setOpacity(1.0);
    if (lod < 0.35) { // far away: a hairline, no arrow or label
        painter->setRenderHint(QPainter::Antialiasing, false);
        QPen pen(color, 0);
        painter->setPen(pen);
        painter->drawPolyline(m_route.constData(), int(m_route.size()));
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing);
    QPen pen(color, width, style, Qt::FlatCap, Qt::MiterJoin);
    if (width <= 1.0)
        pen.setCosmetic(true); // thin lines are drawn directly, not stroked
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);
    painter->setPen(QPen(color, 1.0));
    painter->setBrush(m_role == Role::Dependency || m_role == Role::Entry ? t.background : QBrush(color));
    painter->drawPolygon(m_arrow);

    if (!m_label.isEmpty() && lod >= 0.6) {
        painter->setFont(t.smallFont);
        const QRectF textRect = painter->fontMetrics().boundingRect(m_label).toRectF();
        const QRectF box(m_labelPos.x() - textRect.width() / 2 - 5, m_labelPos.y() - 9, textRect.width() + 10, 18);
        painter->setPen(QPen(color, 1.0));
        painter->setBrush(t.background);
        painter->drawRoundedRect(box, 9, 9);
        painter->setPen(m_overlay.greyed ? t.mutedText : color.darker(t.dark ? 90 : 120));
        painter->drawText(box, Qt::AlignCenter, m_label);
    }
    if (isSelected()) {
        painter->setPen(QPen(t.nodeFill, 1.2));
        painter->setBrush(t.selection);
        for (const QPointF &b : m_bends)
            painter->drawRect(QRectF(b.x() - 4, b.y() - 4, 8, 8));
    }
    paintBadge(painter, badgeAnchor());
}

} // namespace nf
