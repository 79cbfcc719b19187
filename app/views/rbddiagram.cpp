#include "rbddiagram.h"

#include "numberformat.h"

#include <QFontMetricsF>
#include <QHash>
#include <QSet>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace nf {

namespace {

constexpr double kSeriesGap = 26.0;  // between blocks in series
constexpr double kStackGap = 10.0;   // between stacked alternatives
constexpr double kFrameMargin = 14.0;
constexpr double kFrameTitle = 18.0;
constexpr double kSectionTitle = 28.0;
constexpr double kSectionGap = 34.0;
constexpr double kRail = 12.0;       // wire stub in and out of a section

bool isLeaf(RbdBlock::Kind k)
{
    return k == RbdBlock::Kind::Basic || k == RbdBlock::Kind::Switch || k == RbdBlock::Kind::Markov;
}

// What one section is made of before it is placed.
struct Node
{
    enum class Type { Leaf, Reference, Series, Stack } type = Type::Leaf;
    int block = -1;
    QList<Node> children;
    QSizeF size;
};

class Builder
{
public:
    explicit Builder(const ArchitectureStructure &s) : s(s) {}

    RbdDiagram::Section section(int block, bool root)
    {
        RbdDiagram::Section sec;
        const RbdBlock &b = s.rbd.at(block);
        sec.elementId = b.elementId;
        sec.users = b.parents;
        sec.shared = !root;
        sec.title = root ? b.label
                         : RbdDiagram::tr("%1 — shared by %n block(s): a common cause", nullptr, b.parents).arg(b.label);
        Node tree = expand(block, true);
        measure(tree);
        m_current = &sec;
        const double top = kSectionTitle;
        place(tree, QPointF(kRail, top));
        // rails in and out of the section
        const double mid = top + tree.size.height() / 2.0;
        sec.wires << QPolygonF({QPointF(0, mid), QPointF(kRail, mid)});
        sec.wires << QPolygonF({QPointF(kRail + tree.size.width(), mid), QPointF(2 * kRail + tree.size.width(), mid)});
        sec.rect = QRectF(0, 0, std::max(2 * kRail + tree.size.width(), 260.0), top + tree.size.height());
        return sec;
    }

    QList<int> sectionOrder(int root)
    {
        // Breadth-first from the root: every shared block gets one section.
        QList<int> order{root};
        QList<int> queue{root};
        QSet<int> seen{root};
        while (!queue.isEmpty()) {
            const int b = queue.takeFirst();
            QList<int> stack = s.rbd.at(b).children;
            while (!stack.isEmpty()) {
                const int c = stack.takeFirst();
                if (seen.contains(c))
                    continue;
                const RbdBlock &cb = s.rbd.at(c);
                if (cb.parents > 1 && !isLeaf(cb.kind) && !cb.children.isEmpty()) {
                    seen.insert(c);
                    order << c;
                    queue << c;
                } else {
                    stack = s.rbd.at(c).children + stack;
                }
            }
        }
        return order;
    }

    QHash<int, int> sectionOf;

private:
    // The block as drawn in this section: shared children become references,
    // series inside series are spliced, single-child wrappers disappear.
    Node expand(int block, bool sectionRoot)
    {
        const RbdBlock &b = s.rbd.at(block);
        Node n;
        n.block = block;
        // A shared block that is a single box is simply drawn at every use
        // (marked shared); bigger shared blocks get a section and references.
        if (!sectionRoot && b.parents > 1 && !isLeaf(b.kind) && !b.children.isEmpty()) {
            n.type = Node::Type::Reference;
            return n;
        }
        if (isLeaf(b.kind) || b.children.isEmpty()) {
            n.type = Node::Type::Leaf;
            return n;
        }
        if (b.kind == RbdBlock::Kind::Series) {
            if (b.children.size() == 1 && !sectionRoot)
                return expand(b.children.first(), false);
            n.type = Node::Type::Series;
            // x AND x = x: a block met twice along one series is drawn once.
            QSet<int> inSeries;
            auto add = [&](const Node &child) {
                if ((child.type == Node::Type::Leaf || child.type == Node::Type::Reference) && inSeries.contains(child.block))
                    return;
                inSeries.insert(child.block);
                n.children << child;
            };
            for (int c : b.children) {
                Node child = expand(c, false);
                if (child.type == Node::Type::Series)
                    for (const Node &g : child.children)
                        add(g);
                else
                    add(child);
            }
            if (n.children.size() == 1 && !sectionRoot)
                return n.children.first();
            return n;
        }
        n.type = Node::Type::Stack;
        for (int c : b.children)
            n.children << expand(c, false);
        return n;
    }

    void measure(Node &n)
    {
        switch (n.type) {
        case Node::Type::Leaf:
        case Node::Type::Reference:
            n.size = QSizeF(RbdDiagram::kBoxWidth, RbdDiagram::kBoxHeight);
            break;
        case Node::Type::Series: {
            double w = 0.0, h = 0.0;
            for (Node &c : n.children) {
                measure(c);
                w += c.size.width();
                h = std::max(h, c.size.height());
            }
            w += kSeriesGap * double(std::max<qsizetype>(0, n.children.size() - 1));
            n.size = QSizeF(w, h);
            break;
        }
        case Node::Type::Stack: {
            double w = 0.0, h = 0.0;
            for (Node &c : n.children) {
                measure(c);
                w = std::max(w, c.size.width());
                h += c.size.height();
            }
            h += kStackGap * double(std::max<qsizetype>(0, n.children.size() - 1));
            n.size = QSizeF(w + 2 * kFrameMargin, h + kFrameTitle + kFrameMargin);
            break;
        }
        }
    }

    void place(const Node &n, const QPointF &at)
    {
        const RbdBlock &b = s.rbd.at(n.block);
        switch (n.type) {
        case Node::Type::Leaf:
        case Node::Type::Reference: {
            RbdDiagram::Box box;
            box.rect = QRectF(at, n.size);
            box.kind = b.kind;
            box.elementId = b.elementId;
            box.label = b.label;
            box.shared = b.parents > 1;
            if (n.type == Node::Type::Reference) {
                box.reference = true;
                box.section = sectionOf.value(n.block, -1);
                box.detail = RbdDiagram::tr("shared, drawn below");
            } else if (b.kind == RbdBlock::Kind::Switch) {
                box.detail = RbdDiagram::tr("works %1 of the time").arg(NumberFormat::percent(b.availability, 1));
            } else if (b.kind == RbdBlock::Kind::Markov) {
                box.detail = RbdDiagram::tr("Markov model · %1").arg(NumberFormat::availability(1.0 - b.availability));
            } else if (b.children.isEmpty() && b.availability >= 1.0) {
                box.detail = RbdDiagram::tr("never fails");
            } else {
                box.detail = NumberFormat::availability(1.0 - b.availability);
            }
            if (box.shared && !box.reference)
                box.detail = RbdDiagram::tr("%1 · shared by %2").arg(box.detail).arg(b.parents);
            m_current->boxes << box;
            break;
        }
        case Node::Type::Series: {
            double x = at.x();
            const double mid = at.y() + n.size.height() / 2.0;
            for (qsizetype i = 0; i < n.children.size(); ++i) {
                const Node &c = n.children.at(i);
                place(c, QPointF(x, mid - c.size.height() / 2.0));
                x += c.size.width();
                if (i + 1 < n.children.size()) {
                    m_current->wires << QPolygonF({QPointF(x, mid), QPointF(x + kSeriesGap, mid)});
                    x += kSeriesGap;
                }
            }
            break;
        }
        case Node::Type::Stack: {
            RbdDiagram::Frame frame;
            frame.rect = QRectF(at, n.size);
            frame.kind = b.kind;
            frame.elementId = b.elementId;
            const int total = int(b.children.size());
            switch (b.kind) {
            case RbdBlock::Kind::Parallel: frame.label = RbdDiagram::tr("any 1 of %1 · %2").arg(total).arg(b.label); break;
            case RbdBlock::Kind::KOfN: frame.label = RbdDiagram::tr("%1 of %2 · %3").arg(b.needed).arg(total).arg(b.label); break;
            case RbdBlock::Kind::Capacity:
                frame.label = RbdDiagram::tr("capacity ≥ demand (at best %1 of %2) · %3").arg(b.needed).arg(total).arg(b.label);
                break;
            case RbdBlock::Kind::Standby: frame.label = RbdDiagram::tr("primary or failover · %1").arg(b.label); break;
            case RbdBlock::Kind::Quorum: frame.label = RbdDiagram::tr("quorum %1 of %2 · %3").arg(b.needed).arg(total).arg(b.label); break;
            default: frame.label = b.label; break;
            }
            m_current->frames << frame;
            const double left = at.x(), right = at.x() + n.size.width();
            const double mid = at.y() + n.size.height() / 2.0;
            double y = at.y() + kFrameTitle;
            const double railL = left + kFrameMargin / 2.0, railR = right - kFrameMargin / 2.0;
            double firstMid = 0, lastMid = 0;
            for (qsizetype i = 0; i < n.children.size(); ++i) {
                const Node &c = n.children.at(i);
                const double cx = left + kFrameMargin;
                place(c, QPointF(cx, y));
                const double cm = y + c.size.height() / 2.0;
                if (i == 0)
                    firstMid = cm;
                lastMid = cm;
                m_current->wires << QPolygonF({QPointF(railL, cm), QPointF(cx, cm)});
                m_current->wires << QPolygonF({QPointF(cx + c.size.width(), cm), QPointF(railR, cm)});
                y += c.size.height() + kStackGap;
            }
            m_current->wires << QPolygonF({QPointF(railL, firstMid), QPointF(railL, lastMid)});
            m_current->wires << QPolygonF({QPointF(railR, firstMid), QPointF(railR, lastMid)});
            m_current->wires << QPolygonF({QPointF(left, mid), QPointF(railL, mid)});
            m_current->wires << QPolygonF({QPointF(railR, mid), QPointF(right, mid)});
            break;
        }
        }
    }

    const ArchitectureStructure &s;
    RbdDiagram::Section *m_current = nullptr;
};

struct Colours
{
    QColor text, muted, box, boxBorder, frame, frameBorder, wire, reference, markov, sw, titleShared;
};

Colours colours(RbdDiagram::Style style)
{
    if (style == RbdDiagram::Style::Dark)
        return {QColor(0xe5, 0xe7, 0xeb), QColor(0x9c, 0xa3, 0xaf), QColor(0x1f, 0x29, 0x37), QColor(0x60, 0xa5, 0xfa),
                QColor(0x11, 0x18, 0x27), QColor(0x6b, 0x72, 0x80), QColor(0x9c, 0xa3, 0xaf), QColor(0x37, 0x41, 0x51),
                QColor(0x4c, 0x1d, 0x95), QColor(0x78, 0x35, 0x0f), QColor(0xfb, 0xbf, 0x24)};
    return {QColor(0x11, 0x18, 0x27), QColor(0x6b, 0x72, 0x80), QColor(0xff, 0xff, 0xff), QColor(0x25, 0x63, 0xeb),
            QColor(0xf5, 0xf7, 0xfb), QColor(0xc7, 0xcd, 0xd6), QColor(0x64, 0x74, 0x8b), QColor(0xf3, 0xf4, 0xf6),
            QColor(0xed, 0xe9, 0xfe), QColor(0xff, 0xf7, 0xed), QColor(0xb4, 0x53, 0x09)};
}

} // namespace

RbdDiagram RbdDiagram::build(const ArchitectureStructure &s)
{
    RbdDiagram d;
    if (s.rbdRoot < 0)
        return d;
    Builder b(s);
    const QList<int> order = b.sectionOrder(s.rbdRoot);
    for (int i = 0; i < order.size(); ++i)
        b.sectionOf.insert(order.at(i), i);
    double y = 0.0, width = 0.0;
    for (int i = 0; i < order.size(); ++i) {
        Section sec = b.section(order.at(i), i == 0);
        // move the section to its place in the diagram
        const QPointF offset(0.0, y);
        sec.rect.translate(offset);
        for (Box &box : sec.boxes)
            box.rect.translate(offset);
        for (Frame &f : sec.frames)
            f.rect.translate(offset);
        for (QPolygonF &w : sec.wires)
            w.translate(offset);
        y += sec.rect.height() + kSectionGap;
        width = std::max(width, sec.rect.width());
        d.m_sections << sec;
    }
    d.m_size = QSizeF(width, std::max(0.0, y - kSectionGap));
    return d;
}

int RbdDiagram::blockCount() const
{
    int n = 0;
    for (const Section &s : m_sections)
        n += int(s.boxes.size() + s.frames.size());
    return n;
}

const RbdDiagram::Box *RbdDiagram::boxAt(const QPointF &p) const
{
    for (const Section &s : m_sections)
        if (s.rect.contains(p))
            for (const Box &b : s.boxes)
                if (b.rect.contains(p))
                    return &b;
    return nullptr;
}

void RbdDiagram::paint(QPainter *painter, Style style) const
{
    for (int i = 0; i < m_sections.size(); ++i)
        paintSection(painter, i, style);
}

void RbdDiagram::paintSection(QPainter *painter, int index, Style style) const
{
    const Section &s = m_sections.at(index);
    const Colours c = colours(style);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    // Sizes in diagram units (pixel sizes), so the drawing scales as one piece on
    // any device: a screen, an image, a 300 dpi PDF page.
    QFont titleFont(u"DejaVu Sans"_s);
    titleFont.setPixelSize(13);
    titleFont.setBold(true);
    QFont labelFont = titleFont;
    labelFont.setPixelSize(11);
    QFont detailFont = labelFont;
    detailFont.setBold(false);
    detailFont.setPixelSize(10);
    QFont frameFont = detailFont;

    painter->setFont(titleFont);
    painter->setPen(s.shared ? c.titleShared : c.text);
    painter->drawText(QRectF(s.rect.left(), s.rect.top(), s.rect.width() + 400, kSectionTitle - 8),
                      Qt::AlignLeft | Qt::AlignBottom, s.title);

    for (const Frame &f : s.frames) {
        painter->setPen(QPen(c.frameBorder, 1.0));
        painter->setBrush(c.frame);
        painter->drawRoundedRect(f.rect, 6, 6);
        painter->setFont(frameFont);
        painter->setPen(c.muted);
        const QFontMetricsF fm(frameFont);
        painter->drawText(QRectF(f.rect.left() + 8, f.rect.top() + 2, f.rect.width() - 16, kFrameTitle - 2),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(f.label, Qt::ElideRight, f.rect.width() - 16));
    }
    painter->setPen(QPen(c.wire, 1.2));
    painter->setBrush(Qt::NoBrush);
    for (const QPolygonF &w : s.wires)
        painter->drawPolyline(w);

    for (const Box &b : s.boxes) {
        QColor fill = c.box;
        QPen border(c.boxBorder, 1.2);
        if (b.reference) {
            fill = c.reference;
            border = QPen(c.muted, 1.0, Qt::DashLine);
        } else if (b.kind == RbdBlock::Kind::Markov) {
            fill = c.markov;
        } else if (b.kind == RbdBlock::Kind::Switch) {
            fill = c.sw;
            border = QPen(c.titleShared, 1.2);
        } else if (b.shared) {
            border = QPen(c.titleShared, 1.6); // a common cause, drawn at every use
        }
        painter->setPen(border);
        painter->setBrush(fill);
        painter->drawRoundedRect(b.rect, 5, 5);
        const QRectF inner = b.rect.adjusted(8, 4, -8, -4);
        const QFontMetricsF lfm(labelFont);
        painter->setFont(labelFont);
        painter->setPen(c.text);
        const QString label = b.reference ? u"\u2192 "_s + b.label : b.label;
        painter->drawText(QRectF(inner.left(), inner.top(), inner.width(), inner.height() * 0.55),
                          Qt::AlignLeft | Qt::AlignVCenter, lfm.elidedText(label, Qt::ElideRight, inner.width()));
        painter->setFont(detailFont);
        painter->setPen(c.muted);
        const QFontMetricsF dfm(detailFont);
        painter->drawText(QRectF(inner.left(), inner.top() + inner.height() * 0.55, inner.width(), inner.height() * 0.45),
                          Qt::AlignLeft | Qt::AlignVCenter, dfm.elidedText(b.detail, Qt::ElideRight, inner.width()));
    }
    painter->restore();
}

} // namespace nf
