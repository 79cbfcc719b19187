#pragma once

#include "diagramrenderer.h"

#include <QStringList>

#include <memory>

namespace nf {

class CanvasScene;
class Document;
class Model;

// The architecture diagram as the canvas draws it, for the report and the image
// exports: a scene of its own over a copy of the model, in the light print theme
// with no grid and no selection. With `only` set, just those elements (and what
// is inside selected containers, links between them, groups whose members are
// all there) are drawn.
class SceneDiagram : public DiagramRenderer
{
public:
    explicit SceneDiagram(const Model &model, const QStringList &only = {});
    ~SceneDiagram() override;

    QRectF bounds() const override { return m_bounds; }
    void render(QPainter *painter, const QRectF &target) const override;

private:
    std::unique_ptr<Document> m_document;
    std::unique_ptr<CanvasScene> m_scene;
    QRectF m_bounds;
};

} // namespace nf
