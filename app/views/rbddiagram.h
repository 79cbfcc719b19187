#pragma once

#include "architecturestructure.h"

#include <QCoreApplication>
#include <QList>
#include <QPolygonF>
#include <QRectF>
#include <QString>

class QPainter;

namespace nf {

// The reliability block diagram Ninefold derived from a drawing, laid out for
// people: series left to right, parallel, k-of-n, standby and quorum blocks as
// framed stacks with their rule written on the frame. A block that several others
// use (a zone, shared power, a lower tier: a common cause) is drawn once, in a
// section of its own, and referred to elsewhere by a dashed reference box, which
// keeps large models legible. Used by the RBD view and the PDF report.
class RbdDiagram
{
    Q_DECLARE_TR_FUNCTIONS(RbdDiagram)

public:
    struct Box
    {
        QRectF rect;
        QString label;
        QString detail;     // availability, rule
        QString elementId;  // element to select when clicked
        RbdBlock::Kind kind = RbdBlock::Kind::Basic;
        bool reference = false; // stands for a block drawn in another section
        bool shared = false;    // a common cause used by several blocks
        int section = -1;       // reference: the section it refers to
    };
    struct Frame
    {
        QRectF rect;
        QString label; // "2 of 3", "standby", "quorum 3 of 5"
        QString elementId;
        RbdBlock::Kind kind = RbdBlock::Kind::Parallel;
    };
    struct Section
    {
        QString title;
        QString elementId;
        bool shared = false;
        int users = 0;       // blocks that use it
        QRectF rect;         // in diagram coordinates (title included)
        QList<Box> boxes;
        QList<Frame> frames;
        QList<QPolygonF> wires;
    };

    static RbdDiagram build(const ArchitectureStructure &structure);

    const QList<Section> &sections() const { return m_sections; }
    QSizeF size() const { return m_size; }
    int blockCount() const;

    // Paints the whole diagram, or one section, at diagram coordinates.
    enum class Style { Light, Dark };
    void paint(QPainter *painter, Style style = Style::Light) const;
    void paintSection(QPainter *painter, int section, Style style = Style::Light) const;

    // The box under a point (diagram coordinates), or nullptr.
    const Box *boxAt(const QPointF &point) const;

    static constexpr double kBoxWidth = 196.0;
    static constexpr double kBoxHeight = 44.0;

private:
    QList<Section> m_sections;
    QSizeF m_size;
};

} // namespace nf
