#include "groupitem.h"

#include "canvasscene.h"
#include "canvastheme.h"
#include "document.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace nf {

namespace {
constexpr qreal kLabelStep = 22; // labels of groups sharing an outline, one below another (a label is 18 high)
} // namespace

GroupItem::GroupItem(CanvasScene *canvas, const QString &id, bool quorum)
    : CanvasItem(canvas, id)
    , m_quorum(quorum)
{
    setFlag(ItemIsSelectable);
    setZValue(quorum ? 6 : 5);
}

QPolygonF GroupItem::convexHull(QList<QPointF> pts)
{
    std::sort(pts.begin(), pts.end(), [](QPointF a, QPointF b) { return a.x() < b.x() || (a.x() == b.x() && a.y() < b.y()); });
    pts.erase(std::unique(pts.begin(), pts.end()), pts.end());
    if (pts.size() < 3)
        return QPolygonF(pts);
    auto cross = [](QPointF o, QPointF a, QPointF b) {
        return (a.x() - o.x()) * (b.y() - o.y()) - (a.y() - o.y()) * (b.x() - o.x());
    };
    QList<QPointF> hull(2 * pts.size());
    int k = 0;
    for (int i = 0; i < pts.size(); ++i) {
        while (k >= 2 && cross(hull[k - 2], hull[k - 1], pts[i]) <= 0)
            --k;
        hull[k++] = pts[i];
    }
    for (int i = int(pts.size()) - 2, t = k + 1; i >= 0; --i) {
        while (k >= t && cross(hull[k - 2], hull[k - 1], pts[i]) <= 0)
            --k;
        hull[k++] = pts[i];
    }
    hull.resize(k - 1);
    return QPolygonF(hull);
}

void GroupItem::sync()
{
    prepareGeometryChange();
    m_shapeValid = false;
    const Model &m = m_canvas->document()->model();
    const ElementRef ref = m_canvas->document()->find(m_id);
    m_members.clear();
    if (m_quorum && ref.type == ElementType::QuorumGroup) {
        const QuorumGroup &q = m.quorums.at(ref.index);
        m_members = q.voters;
        m_name = q.name;
        if (q.kind == QuorumKind::Tunable)
            m_badge = CanvasScene::tr("N=%1 W=%2 R=%3").arg(q.replicaCount()).arg(q.w).arg(q.r);
        else
            m_badge = CanvasScene::tr("quorum %1 of %2").arg(q.majority()).arg(q.voters.size());
    } else if (!m_quorum && ref.type == ElementType::RedundancyGroup) {
        const RedundancyGroup &g = m.groups.at(ref.index);
        m_members = g.members;
        m_name = g.name;
        QString nm;
        if (g.hasDeclaredNM()) {
            nm = u"%1+%2"_s.arg(g.declaredN).arg(g.declaredM);
        } else {
            double capacity = 0;
            bool all = !g.members.isEmpty();
            for (const QString &id : g.members) {
                const Component *c = m_canvas->document()->component(id);
                all = all && c && c->capacity > 0;
                if (c && c->capacity > 0)
                    capacity = capacity == 0 ? c->capacity : std::min(capacity, c->capacity);
            }
            if (g.demand > 0 && all) {
                const int n = int(std::ceil(g.demand / (capacity * g.ceiling) - 1e-9));
                nm = u"%1+%2"_s.arg(n).arg(std::max<qsizetype>(0, g.members.size() - n));
            } else {
                nm = u"\u00d7%1"_s.arg(g.members.size());
            }
        }
        QString policy;
        if (g.policy == RedundancyPolicy::ActiveActive)
            policy = CanvasScene::tr("active-active");
        else if (g.standby == StandbyMode::Hot)
            policy = CanvasScene::tr("active-passive, hot");
        else if (g.standby == StandbyMode::Warm)
            policy = CanvasScene::tr("active-passive, warm");
        else
            policy = CanvasScene::tr("active-passive, cold");
        m_badge = nm + u" \u00b7 "_s + policy;
    }

    const qreal margin = m_quorum ? 16 : 10;
    QList<QPointF> corners;
    for (const QString &member : std::as_const(m_members)) {
        const QRectF r = m_canvas->elementRect(member).adjusted(-margin, -margin, margin, margin);
        if (r.isNull())
            continue;
        corners << r.topLeft() << r.topRight() << r.bottomLeft() << r.bottomRight();
    }
    m_hull = convexHull(corners);
    m_outline = QPainterPath();
    if (!m_hull.isEmpty()) {
        m_outline.addPolygon(m_hull);
        m_outline.closeSubpath();
    }
    const QFontMetricsF fm(theme().smallFont);
    const QRectF bounds = m_hull.boundingRect();
    const qreal w = fm.horizontalAdvance(m_badge) + 14;
    // Groups around exactly the same members share the outline: the first one is
    // labelled on its top edge, the others on the bottom edge, one below another.
    const qsizetype nth = std::max<qsizetype>(0, m_canvas->groupsWithSameMembers(this).indexOf(this));
    const qreal edge = nth == 0 ? bounds.top() : bounds.bottom() + qreal(nth - 1) * kLabelStep;
    m_badgeRect = QRectF(bounds.left() + 12, edge - 9, w, 18);
    m_overlayAnchor = QPointF(bounds.right(), edge);
    m_bounds = m_hull.isEmpty() ? QRectF()
                                : (bounds | m_badgeRect.adjusted(0, 0, fm.horizontalAdvance(m_name) + 16, 0))
                                      .adjusted(-4, -4, 4, 4);
    overlayChanged();
    update();
}

void GroupItem::overlayChanged()
{
    m_badgeBounds = m_hull.isEmpty() ? QRectF() : badgeRect(m_overlayAnchor).adjusted(-2, -2, 2, 2);
}

QRectF GroupItem::boundingRect() const
{
    return m_badgeBounds.isEmpty() ? m_bounds : m_bounds | m_badgeBounds;
}

QPainterPath GroupItem::shape() const
{
    if (!m_shapeValid) {
        QPainterPathStroker stroker;
        stroker.setWidth(8);
        m_shape = stroker.createStroke(m_outline);
        m_shape.addRect(m_badgeRect);
        m_shapeValid = true;
    }
    return m_shape;
}

void GroupItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (m_hull.isEmpty())
        return;
    const CanvasTheme &t = theme();
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    QColor color = m_quorum ? t.quorumGroup : t.redundancyGroup;
    if (m_overlay.greyed)
        color = t.greyed;
    if (m_overlay.highlighted)
        color = t.highlight;
    const bool selected = isSelected();
    QPen pen(selected ? t.selection : color, selected ? 2.4 : 1.0, m_quorum ? Qt::DashDotLine : Qt::DashLine,
             Qt::RoundCap, Qt::RoundJoin);
    pen.setCosmetic(!selected); // hulls can be long: a cosmetic dash is drawn directly
    painter->setOpacity(1.0);
    if (lod < 0.35) {
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setBrush(Qt::NoBrush);
        pen.setWidthF(0);
        painter->setPen(pen);
        painter->drawPolygon(m_hull);
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing);
    QColor fill = color;
    fill.setAlphaF(t.dark ? 0.07f : 0.05f);
    painter->setPen(pen);
    painter->setBrush(fill);
    painter->drawPath(m_outline);

    if (lod >= 0.5) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(selected ? t.selection : color);
        painter->drawRoundedRect(m_badgeRect, 9, 9);
        painter->setPen(t.badgeText);
        painter->setFont(t.smallFont);
        painter->drawText(m_badgeRect, Qt::AlignCenter, m_badge);
        if (!m_name.isEmpty()) {
            painter->setPen(color.darker(t.dark ? 80 : 115));
            painter->drawText(QRectF(m_badgeRect.right() + 6, m_badgeRect.top(), 400, m_badgeRect.height()),
                              Qt::AlignLeft | Qt::AlignVCenter, m_name);
        }
    }
    paintBadge(painter, m_overlayAnchor);
}

} // namespace nf
