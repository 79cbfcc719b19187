#include "scenediagram.h"

#include "apptheme.h"
#include "canvasitem.h"
#include "canvasscene.h"
#include "document.h"
#include "linkitem.h"
#include "model.h"

#include <QPainter>
#include <QSet>

namespace nf {

SceneDiagram::SceneDiagram(const Model &model, const QStringList &only)
    : m_document(std::make_unique<Document>(model, QString()))
    , m_scene(std::make_unique<CanvasScene>(m_document.get()))
{
    // Exports never carry the screen's theme: always the light one, on white.
    CanvasTheme theme = CanvasTheme::fromPalette(AppTheme::lightPalette());
    theme.background = Qt::white;
    theme.gridDot = Qt::transparent;
    // Font sizes in scene units (as a 96 dpi screen shows them), so the drawing
    // scales as one piece on any device: an image, a 300 dpi PDF page, an SVG.
    for (QFont *f : {&theme.labelFont, &theme.smallFont, &theme.headerFont})
        if (f->pointSizeF() > 0)
            f->setPixelSize(qRound(f->pointSizeF() * 96.0 / 72.0));
    m_scene->setTheme(theme);
    m_scene->clearSelection();

    if (only.isEmpty()) {
        m_bounds = m_scene->contentRect();
    } else {
        // The chosen elements and everything inside chosen containers.
        QSet<QString> shown(only.begin(), only.end());
        bool grew = true;
        while (grew) {
            grew = false;
            for (const Container &c : model.containers)
                if (shown.contains(c.id))
                    for (const QString &child : c.children)
                        if (!shown.contains(child)) {
                            shown.insert(child);
                            grew = true;
                        }
        }
        QRectF bounds;
        for (QGraphicsItem *item : m_scene->items()) {
            auto *ci = dynamic_cast<CanvasItem *>(item);
            if (!ci)
                continue;
            bool visible = shown.contains(ci->elementId());
            if (auto *link = dynamic_cast<LinkItem *>(item))
                visible = shown.contains(link->from()) && shown.contains(link->to());
            else if (item->type() == CanvasItem::GroupType) {
                const RedundancyGroup *g = model.group(ci->elementId());
                const QuorumGroup *q = model.quorum(ci->elementId());
                const QStringList members = g ? g->members : (q ? q->voters : QStringList());
                visible = !members.isEmpty()
                          && std::all_of(members.begin(), members.end(), [&](const QString &m) { return shown.contains(m); });
            }
            item->setVisible(visible);
            if (visible)
                bounds |= item->sceneBoundingRect();
        }
        m_bounds = bounds;
    }
    m_bounds = m_bounds.adjusted(-16, -16, 16, 16);
}

SceneDiagram::~SceneDiagram()
{
    m_scene.reset(); // before the document it shows
}

void SceneDiagram::render(QPainter *painter, const QRectF &target) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    m_scene->render(painter, target, m_bounds, Qt::KeepAspectRatio);
    painter->restore();
}

} // namespace nf
