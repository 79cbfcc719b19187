#pragma once

#include "rbddiagram.h"

#include <QGraphicsView>

#include <memory>

namespace nf {

// The read-only reliability block diagram tab: the RBD Ninefold derived from the
// drawing (RbdDiagram), laid out automatically, one scene item per section so
// only what is in view is painted. Clicking a block asks for its element to be
// selected on the canvas; clicking a reference box jumps to the section it
// stands for. Ctrl+wheel zooms.
class RbdView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit RbdView(QWidget *parent = nullptr);

    // The structure to draw; laid out when the tab is shown.
    void setStructure(std::shared_ptr<const ArchitectureStructure> structure);
    const RbdDiagram *diagram() const { return m_diagram.get(); }
    // Lays out now if needed (tests, screenshots).
    void ensureBuilt();
    // Centre of a box of `elementId` in view coordinates (tests), or (-1, -1).
    QPoint boxPosition(const QString &elementId, bool reference = false);
    void fitWidth();
    qreal zoom() const { return transform().m11(); }

signals:
    void elementActivated(const QString &id);

protected:
    void showEvent(QShowEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    RbdDiagram::Style style() const;

    std::shared_ptr<const ArchitectureStructure> m_structure;
    std::unique_ptr<RbdDiagram> m_diagram;
    bool m_dirty = false;
    bool m_fitted = false;
    int m_flashSection = -1;
};

} // namespace nf
