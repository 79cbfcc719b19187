#include "drillmode.h"

#include "canvasitem.h"
#include "canvasscene.h"

#include <QGraphicsSceneMouseEvent>
#include <QKeyEvent>

namespace nf {

DrillMode::DrillMode(QObject *parent)
    : QObject(parent)
{
}

void DrillMode::setScene(CanvasScene *scene)
{
    if (m_scene && m_active)
        m_scene->removeEventFilter(this);
    m_scene = scene;
    m_failed.clear();
    m_split = -1;
    if (m_scene && m_active)
        m_scene->installEventFilter(this);
    evaluate();
}

void DrillMode::setResult(const AnalysisResultPtr &result, const std::shared_ptr<const Model> &model)
{
    m_result = result;
    m_model = model;
    if (!m_active)
        return; // nothing to show: splits and outcome are worked out on entering the drill
    updateSplits();
    // Failures of elements that no longer exist are dropped.
    if (model)
        m_failed.removeIf([&](const QString &id) { return !model->contains(id); });
    evaluate();
}

void DrillMode::updateSplits()
{
    // Keep the chosen split if it still exists (the result changed under it).
    const DrillSplit chosen = m_split >= 0 && m_split < m_splits.size() ? m_splits.at(m_split) : DrillSplit();
    m_splits = m_result && m_model ? DrillEvaluator::splits(*m_model, *m_result) : QList<DrillSplit>();
    m_split = chosen.first.isEmpty() ? -1 : int(m_splits.indexOf(chosen));
}

void DrillMode::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (active)
        updateSplits();
    if (m_scene) {
        if (active)
            m_scene->installEventFilter(this);
        else
            m_scene->removeEventFilter(this);
    }
    if (!active) {
        m_failed.clear();
        m_split = -1;
        m_fromSecond = false;
    }
    evaluate();
    emit activeChanged(active);
}

void DrillMode::toggle(const QString &id)
{
    if (m_failed.contains(id))
        m_failed.removeAll(id);
    else
        m_failed << id;
    evaluate();
}

void DrillMode::setFailed(const QStringList &ids)
{
    m_failed = ids;
    evaluate();
}

void DrillMode::clear()
{
    m_failed.clear();
    m_split = -1;
    evaluate();
}

void DrillMode::setSplit(int index, bool seenFromSecond)
{
    m_split = index >= 0 && index < m_splits.size() ? index : -1;
    m_fromSecond = seenFromSecond;
    evaluate();
}

void DrillMode::evaluate()
{
    m_outcome = DrillOutcome();
    if (m_active && m_result && m_model) {
        QStringList unreachable;
        if (m_split >= 0) {
            const DrillSplit &s = m_splits.at(m_split);
            unreachable = m_fromSecond ? s.first : s.second;
        }
        m_outcome = DrillEvaluator::evaluate(*m_model, *m_result, m_failed, unreachable);
    }
    emit outcomeChanged();
}

QString DrillMode::failableAt(QPointF scenePos) const
{
    if (!m_scene)
        return QString();
    for (QGraphicsItem *gi : m_scene->items(scenePos, Qt::IntersectsItemShape, Qt::DescendingOrder))
        if (gi->type() == CanvasItem::ComponentType || gi->type() == CanvasItem::ContainerType)
            return static_cast<CanvasItem *>(gi)->elementId();
    return QString();
}

bool DrillMode::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_scene || !m_active)
        return false;
    switch (event->type()) {
    case QEvent::GraphicsSceneMousePress: {
        auto *e = static_cast<QGraphicsSceneMouseEvent *>(event);
        e->accept(); // no rubber band, no selection, no move: the drill is read-only
        if (e->button() == Qt::LeftButton) {
            const QString id = failableAt(e->scenePos());
            if (!id.isEmpty())
                toggle(id);
        }
        return true;
    }
    case QEvent::GraphicsSceneMouseMove:
    case QEvent::GraphicsSceneMouseRelease:
    case QEvent::GraphicsSceneMouseDoubleClick:
        event->accept();
        return true;
    case QEvent::KeyPress: {
        // Keys that would edit through the scene (nudges, delete) do nothing in a drill.
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Left || key == Qt::Key_Right || key == Qt::Key_Up || key == Qt::Key_Down
            || key == Qt::Key_Delete || key == Qt::Key_Backspace) {
            event->accept();
            return true;
        }
        return false;
    }
    default: return false;
    }
}

} // namespace nf
