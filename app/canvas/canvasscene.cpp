#include "canvasscene.h"

#include "changelayout.h"
#include "clipboardfragment.h"
#include "componentitem.h"
#include "containeritem.h"
#include "document.h"
#include "groupitem.h"
#include "linkbatchitem.h"
#include "linkitem.h"
#include "serviceitem.h"
#include "undocommands.h"

#include <QApplication>
#include <QClipboard>
#include <QGraphicsPathItem>
#include <QGraphicsSceneMouseEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QTimer>

#include <cmath>

using namespace Qt::StringLiterals;

namespace nf {

namespace {
constexpr qreal kGuideSnap = 6;
constexpr qreal kCellW = 170;
constexpr qreal kCellH = 80;

bool isNodeType(int type)
{
    return type == CanvasItem::ComponentType || type == CanvasItem::ContainerType || type == CanvasItem::ServiceType;
}
} // namespace

CanvasScene::CanvasScene(Document *document, QObject *parent)
    : QGraphicsScene(parent)
    , m_document(document)
    , m_editor(document)
    , m_theme(CanvasTheme::fromPalette(QApplication::palette()))
{
    setItemIndexMethod(BspTreeIndex); // see setFarView()
    m_preview = new QGraphicsPathItem;
    m_preview->setZValue(1000);
    m_preview->setVisible(false);
    addItem(m_preview);
    m_linkBatch = new LinkBatchItem(this);
    addItem(m_linkBatch);

    connect(document, &Document::elementAdded, this, &CanvasScene::onElementAdded);
    connect(document, &Document::elementAboutToBeRemoved, this, &CanvasScene::onElementAboutToBeRemoved);
    connect(document, &Document::elementChanged, this, &CanvasScene::onElementChanged);
    connect(document, &Document::geometryChanged, this, &CanvasScene::onGeometryChanged);
    connect(document, &Document::bendsChanged, this, [this](const QString &id) {
        if (CanvasItem *i = item(id))
            i->sync();
        invalidateContent();
    });
    connect(document, &Document::documentReset, this, &CanvasScene::rebuild);
    connect(this, &QGraphicsScene::selectionChanged, this, [this] { emit selectedIdsChanged(selectedIds()); });
    rebuild();
}

CanvasScene::~CanvasScene()
{
    // Items are deleted by QGraphicsScene; make sure no signal reaches us meanwhile.
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    disconnect(this, &QGraphicsScene::selectionChanged, nullptr, nullptr);
}

Document *CanvasScene::document() const
{
    return m_document;
}

void CanvasScene::setTheme(const CanvasTheme &theme)
{
    m_theme = theme;
    for (CanvasItem *i : std::as_const(m_items))
        i->sync();
    for (LinkItem *l : std::as_const(m_entryLinks))
        l->sync();
    update();
}

// ---------------------------------------------------------------- geometry

QRectF CanvasScene::nodeRect(const QString &id) const
{
    const ElementRef ref = m_document->find(id);
    if (!ref.isValid() || !elements::isNode(ref.type))
        return {};
    if (const auto g = m_document->nodeGeometry(id)) {
        QSizeF size = g->size;
        if (size.isEmpty()) {
            if (ref.type == ElementType::Container)
                size = m_fallbackSize.value(id, DocumentEditor::defaultSize(ref.type,
                                                     m_document->model().containers.at(ref.index).kind));
            else
                size = DocumentEditor::defaultSize(ref.type);
        }
        return QRectF(g->pos, size);
    }
    const auto it = m_fallback.constFind(id);
    if (it != m_fallback.constEnd())
        return *it;
    std::optional<ContainerKind> kind;
    if (ref.type == ElementType::Container)
        kind = m_document->model().containers.at(ref.index).kind;
    return QRectF(QPointF(0, 0), DocumentEditor::defaultSize(ref.type, kind));
}

QRectF CanvasScene::elementRect(const QString &id) const
{
    CanvasItem *i = m_items.value(id);
    if (!i)
        return {};
    if (i->type() == CanvasItem::GroupType)
        return static_cast<GroupItem *>(i)->hullRect();
    if (isNodeType(i->type()))
        return static_cast<NodeItem *>(i)->sceneBox();
    return {};
}

QRectF CanvasScene::contentRect() const
{
    if (!m_content) {
        QRectF r;
        for (CanvasItem *i : m_items)
            r |= i->sceneBoundingRect();
        m_content = r;
    }
    return *m_content;
}

QList<LinkItem *> CanvasScene::linkItems() const
{
    QList<LinkItem *> out;
    out.reserve(m_items.size());
    for (CanvasItem *i : m_items)
        if (i->type() == CanvasItem::LinkType)
            out << static_cast<LinkItem *>(i);
    for (LinkItem *l : m_entryLinks)
        out << l;
    return out;
}

void CanvasScene::setFarView(bool far)
{
    if (far == m_far)
        return;
    m_far = far;
    for (CanvasItem *i : std::as_const(m_items))
        if (i->type() == CanvasItem::LinkType)
            i->setVisible(!far);
    for (LinkItem *l : std::as_const(m_entryLinks))
        l->setVisible(!far);
    m_linkBatch->setBounds(contentRect());
    m_linkBatch->setVisible(far);
    // Close up, the BSP index finds the few items in view. From far away every
    // item is in view and the index only adds a traversal and a sort of all of
    // them to each paint, so the scene goes without one.
    setItemIndexMethod(far ? NoIndex : BspTreeIndex);
}

void CanvasScene::invalidateContent()
{
    m_content.reset();
    if (m_far) {
        m_linkBatch->setBounds(contentRect());
        m_linkBatch->update();
    }
    if (!m_boundsQueued) {
        m_boundsQueued = true;
        QTimer::singleShot(0, this, &CanvasScene::updateSceneBounds);
    }
}

void CanvasScene::updateSceneBounds()
{
    m_boundsQueued = false;
    const QRectF c = contentRect();
    const QRectF wanted = c.adjusted(-1500, -1500, 1500, 1500);
    if (!sceneRect().contains(wanted))
        setSceneRect(sceneRect() | wanted);
}

QString CanvasScene::containerAt(const QRectF &rect, std::optional<ContainerKind> kind,
                                 const QSet<QString> &exclude) const
{
    const QPointF c = rect.center();
    QString best;
    int bestRank = -1;
    qreal bestArea = 0;
    for (const QGraphicsItem *gi : items(c, Qt::IntersectsItemBoundingRect)) {
        if (gi->type() != CanvasItem::ContainerType)
            continue;
        const auto *ci = static_cast<const ContainerItem *>(gi);
        if (exclude.contains(ci->elementId()) || !ci->sceneBox().contains(c))
            continue;
        if (kind && kinds::nestingRank(*kind) <= kinds::nestingRank(ci->kind()))
            continue;
        const int rank = kinds::nestingRank(ci->kind());
        const qreal area = ci->sceneBox().width() * ci->sceneBox().height();
        if (rank > bestRank || (rank == bestRank && area < bestArea)) {
            best = ci->elementId();
            bestRank = rank;
            bestArea = area;
        }
    }
    return best;
}

// ---------------------------------------------------------------- items

CanvasItem *CanvasScene::item(const QString &id) const
{
    return m_items.value(id);
}

QStringList CanvasScene::selectedIds() const
{
    QStringList ids;
    for (QGraphicsItem *gi : selectedItems())
        if (gi->type() >= CanvasItem::ComponentType && gi->type() <= CanvasItem::GroupType)
            ids << static_cast<CanvasItem *>(gi)->elementId();
    // In model order, so that commands built from a selection are deterministic.
    std::sort(ids.begin(), ids.end(), [this](const QString &a, const QString &b) {
        const ElementRef ra = m_document->find(a), rb = m_document->find(b);
        return ra.type != rb.type ? ra.type < rb.type : ra.index < rb.index;
    });
    return ids;
}

void CanvasScene::selectIds(const QStringList &ids)
{
    QSignalBlocker blocker(this);
    clearSelection();
    for (const QString &id : ids)
        if (CanvasItem *i = m_items.value(id))
            i->setSelected(true);
    blocker.unblock();
    emit selectedIdsChanged(selectedIds());
}

void CanvasScene::setOverlay(const QString &id, const ItemOverlay &overlay)
{
    if (CanvasItem *i = m_items.value(id))
        i->setOverlay(overlay);
}

void CanvasScene::clearOverlays()
{
    for (CanvasItem *i : std::as_const(m_items))
        i->setOverlay(ItemOverlay());
}

void CanvasScene::computeFallbacks()
{
    m_fallback.clear();
    m_fallbackSize.clear();
    const Model &m = m_document->model();
    // Nothing to do when every box has its place (and every container its size).
    bool complete = true;
    for (const Component &c : m.components)
        complete = complete && m.layout.nodes.contains(c.id);
    for (const Container &c : m.containers)
        complete = complete && !m.layout.nodes.value(c.id).size.isEmpty();
    if (complete)
        return;
    // Sizes of containers without one, innermost first, from what they hold.
    QList<const Container *> byRank;
    for (const Container &c : m.containers)
        byRank << &c;
    std::sort(byRank.begin(), byRank.end(), [](const Container *a, const Container *b) {
        return kinds::nestingRank(a->kind) > kinds::nestingRank(b->kind);
    });
    auto sizeOf = [&](const QString &id) {
        const ElementRef ref = m_document->find(id);
        if (const auto g = m_document->nodeGeometry(id); g && !g->size.isEmpty())
            return g->size;
        if (ref.type == ElementType::Container)
            return m_fallbackSize.value(id, DocumentEditor::defaultSize(ref.type, m.containers.at(ref.index).kind));
        return DocumentEditor::defaultSize(ref.type);
    };
    auto cellOf = [&](const Container &c) {
        QSizeF cell(kCellW, kCellH);
        for (const QString &child : c.children)
            cell = cell.expandedTo(sizeOf(child) + QSizeF(20, 24));
        return cell;
    };
    for (const Container *c : std::as_const(byRank)) {
        if (const auto g = m_document->nodeGeometry(c->id); g && !g->size.isEmpty())
            continue;
        const int n = int(c->children.size());
        if (n == 0)
            continue;
        const int cols = int(std::ceil(std::sqrt(double(n))));
        const int rows = (n + cols - 1) / cols;
        const QSizeF cell = cellOf(*c);
        m_fallbackSize.insert(c->id, QSizeF(cols * cell.width() + 20, rows * cell.height() + 50)
                                         .expandedTo(DocumentEditor::defaultSize(ElementType::Container, c->kind)));
    }
    // Positions: roots without one go in a grid below what has a position;
    // children without one go in their container's grid.
    QRectF placed;
    for (auto it = m.layout.nodes.begin(); it != m.layout.nodes.end(); ++it)
        if (m_document->contains(it.key()))
            placed |= QRectF(it->pos, it->size.isEmpty() ? QSizeF(150, 56) : it->size);
    QPointF cursor = placed.isNull() ? QPointF(0, 0) : QPointF(placed.left(), placed.bottom() + 80);
    qreal rowHeight = 0;
    const qreal wrapWidth = std::max<qreal>(1200, placed.width());
    const qreal left = cursor.x();
    auto placeRoot = [&](const QString &id) {
        const QSizeF s = sizeOf(id);
        if (cursor.x() > left && cursor.x() + s.width() > left + wrapWidth) {
            cursor = QPointF(left, cursor.y() + rowHeight + 40);
            rowHeight = 0;
        }
        m_fallback.insert(id, QRectF(cursor, s));
        cursor.rx() += s.width() + 40;
        rowHeight = std::max(rowHeight, s.height());
    };
    QSet<QString> visited; // a malformed model may nest containers in a cycle
    std::function<void(const Container &)> placeChildren = [&](const Container &c) {
        if (visited.contains(c.id))
            return;
        visited.insert(c.id);
        const QRectF box = nodeRect(c.id);
        const int cols = std::max(1, int(std::ceil(std::sqrt(double(c.children.size())))));
        const QSizeF cell = cellOf(c);
        for (int i = 0; i < c.children.size(); ++i) {
            const QString &child = c.children.at(i);
            if (!m_document->nodeGeometry(child)) {
                const QPointF p = box.topLeft() + QPointF(20 + (i % cols) * cell.width(), 50 + (i / cols) * cell.height());
                m_fallback.insert(child, QRectF(p, sizeOf(child)));
            }
            if (const Container *inner = m_document->container(child))
                placeChildren(*inner);
        }
    };
    auto placeTree = [&](const QString &id) {
        if (!m_document->nodeGeometry(id))
            placeRoot(id);
        if (const Container *c = m_document->container(id))
            placeChildren(*c);
    };
    for (const Container &c : m.containers)
        if (m_document->parentOf(c.id).isEmpty())
            placeTree(c.id);
    for (const Component &c : m.components)
        if (m_document->parentOf(c.id).isEmpty())
            placeTree(c.id);
}

void CanvasScene::rebuild()
{
    clearSelection();
    for (CanvasItem *i : std::as_const(m_items))
        delete i;
    for (LinkItem *l : std::as_const(m_entryLinks))
        delete l;
    m_items.clear();
    m_entryLinks.clear();
    m_linksAt.clear();
    m_groupsOf.clear();
    computeFallbacks();

    const Model &m = m_document->model();
    // Nodes first, groups next (they wrap nodes), entry points (placed above their
    // entry), links last (they end at nodes and groups).
    for (const Container &c : m.containers)
        createItem(c.id);
    for (const Component &c : m.components)
        createItem(c.id);
    for (const RedundancyGroup &g : m.groups)
        createItem(g.id);
    for (const QuorumGroup &q : m.quorums)
        createItem(q.id);
    for (const Service &s : m.services)
        createItem(s.id);
    for (const DependencyLink &d : m.dependencies)
        createItem(d.id);
    for (const FailoverLink &f : m.failovers)
        createItem(f.id);
    for (const ReplicationLink &r : m.replications)
        createItem(r.id);
    m_content.reset();
    setSceneRect(contentRect().adjusted(-1500, -1500, 1500, 1500));
}

void CanvasScene::createItem(const QString &id)
{
    const ElementRef ref = m_document->find(id);
    if (!ref.isValid() || m_items.contains(id))
        return; // a malformed model may repeat an id: the first one is drawn
    CanvasItem *i = nullptr;
    switch (ref.type) {
    case ElementType::Component: i = new ComponentItem(this, id); break;
    case ElementType::Container: i = new ContainerItem(this, id); break;
    case ElementType::Service: {
        if (!m_document->nodeGeometry(id)) { // above what it serves
            const QString entry = m_document->model().services.at(ref.index).entry;
            const QRectF e = elementRect(entry);
            const QSizeF s = DocumentEditor::defaultSize(ElementType::Service);
            if (!e.isNull()) {
                // Above the entry and above every container it reaches into, so
                // the pill never sits on top of other elements.
                qreal top = e.top();
                for (QGraphicsItem *gi : items(e, Qt::IntersectsItemBoundingRect))
                    if (gi->type() == CanvasItem::ContainerType)
                        top = std::min(top, static_cast<NodeItem *>(gi)->sceneBox().top());
                m_fallback.insert(id, QRectF(QPointF(e.center().x() - s.width() / 2, top - s.height() - 36), s));
            }
        }
        i = new ServiceItem(this, id);
        auto *connector = new LinkItem(this, id, LinkItem::Role::Entry);
        connector->setVisible(!m_far);
        m_entryLinks.insert(id, connector);
        addItem(connector);
        break;
    }
    case ElementType::Dependency: i = new LinkItem(this, id, LinkItem::Role::Dependency); break;
    case ElementType::FailoverLink: i = new LinkItem(this, id, LinkItem::Role::Failover); break;
    case ElementType::ReplicationLink: i = new LinkItem(this, id, LinkItem::Role::Replication); break;
    case ElementType::RedundancyGroup: i = new GroupItem(this, id, false); break;
    case ElementType::QuorumGroup: i = new GroupItem(this, id, true); break;
    }
    if (!i)
        return;
    if (i->type() == CanvasItem::LinkType)
        i->setVisible(!m_far);
    m_items.insert(id, i);
    addItem(i);
    i->sync();
    if (i->type() == CanvasItem::LinkType)
        indexLink(static_cast<LinkItem *>(i), true);
    else if (i->type() == CanvasItem::GroupType)
        indexGroup(static_cast<GroupItem *>(i), true);
    if (LinkItem *connector = m_entryLinks.value(id)) {
        connector->sync();
        indexLink(connector, true);
    }
}

void CanvasScene::removeItem(const QString &id)
{
    CanvasItem *i = m_items.take(id);
    if (!i)
        return;
    if (i->type() == CanvasItem::LinkType)
        indexLink(static_cast<LinkItem *>(i), false);
    else if (i->type() == CanvasItem::GroupType)
        indexGroup(static_cast<GroupItem *>(i), false);
    if (LinkItem *connector = m_entryLinks.take(id)) {
        indexLink(connector, false);
        delete connector;
    }
    m_fallback.remove(id);
    delete i;
}

void CanvasScene::indexLink(LinkItem *link, bool add)
{
    for (const QString &end : {link->from(), link->to()}) {
        if (end.isEmpty())
            continue;
        if (add) {
            if (!m_linksAt.contains(end, link))
                m_linksAt.insert(end, link);
        } else {
            m_linksAt.remove(end, link);
        }
    }
    // Links between the same two elements stack their labels: the others move.
    for (LinkItem *other : parallelLinks(link))
        if (other != link)
            other->sync();
}

QList<LinkItem *> CanvasScene::parallelLinks(const LinkItem *link) const
{
    QList<LinkItem *> out;
    if (link->role() == LinkItem::Role::Entry || link->from().isEmpty() || link->to().isEmpty())
        return out;
    const QList<LinkItem *> atFrom = m_linksAt.values(link->from());
    for (LinkItem *l : atFrom)
        if (l->role() != LinkItem::Role::Entry && !out.contains(l)
            && ((l->from() == link->from() && l->to() == link->to())
                || (l->from() == link->to() && l->to() == link->from())))
            out << l;
    if (!out.contains(link))
        out << const_cast<LinkItem *>(link);
    std::sort(out.begin(), out.end(), [](const LinkItem *a, const LinkItem *b) {
        return a->role() != b->role() ? a->role() < b->role() : a->elementId() < b->elementId();
    });
    return out;
}

void CanvasScene::indexGroup(GroupItem *group, bool add)
{
    for (const QString &member : group->members()) {
        if (add) {
            if (!m_groupsOf.contains(member, group))
                m_groupsOf.insert(member, group);
        } else {
            m_groupsOf.remove(member, group);
        }
    }
    // Groups around the same members place their labels apart: the others move.
    for (GroupItem *other : groupsWithSameMembers(group))
        if (other != group)
            other->sync();
}

QList<GroupItem *> CanvasScene::groupsWithSameMembers(const GroupItem *group) const
{
    QList<GroupItem *> out;
    const QStringList &members = group->members();
    if (members.isEmpty())
        return out;
    const QSet<QString> mine(members.begin(), members.end());
    const QList<GroupItem *> around = m_groupsOf.values(members.first());
    for (GroupItem *g : around) {
        const QStringList &theirs = g->members();
        if (!out.contains(g) && QSet<QString>(theirs.begin(), theirs.end()) == mine)
            out << g;
    }
    if (!out.contains(group))
        out << const_cast<GroupItem *>(group);
    std::sort(out.begin(), out.end(), [this](const GroupItem *a, const GroupItem *b) {
        const ElementRef ra = m_document->find(a->elementId()), rb = m_document->find(b->elementId());
        return ra.type != rb.type ? ra.type < rb.type : ra.index < rb.index;
    });
    return out;
}

void CanvasScene::syncDependents(const QString &id, QSet<QString> &done)
{
    // Groups around the element, then links ending at it or at those groups.
    const QList<GroupItem *> groups = m_groupsOf.values(id);
    for (GroupItem *g : groups) {
        if (done.contains(g->elementId()))
            continue;
        done.insert(g->elementId());
        g->sync();
        syncDependents(g->elementId(), done);
    }
    const QList<LinkItem *> links = m_linksAt.values(id);
    for (LinkItem *l : links)
        l->sync();
}

void CanvasScene::onElementAdded(const QString &id)
{
    createItem(id);
    QSet<QString> done;
    syncDependents(id, done);
    invalidateContent();
}

void CanvasScene::onElementAboutToBeRemoved(const QString &id)
{
    if (m_gesture != Gesture::None && (m_pressId == id || m_moveIds.contains(id)))
        m_gesture = Gesture::None;
    removeItem(id);
    invalidateContent();
}

void CanvasScene::onElementChanged(const QString &id)
{
    CanvasItem *i = m_items.value(id);
    if (!i)
        return;
    if (i->type() == CanvasItem::LinkType)
        indexLink(static_cast<LinkItem *>(i), false);
    else if (i->type() == CanvasItem::GroupType)
        indexGroup(static_cast<GroupItem *>(i), false);
    i->sync();
    if (i->type() == CanvasItem::LinkType)
        indexLink(static_cast<LinkItem *>(i), true);
    else if (i->type() == CanvasItem::GroupType)
        indexGroup(static_cast<GroupItem *>(i), true);
    if (LinkItem *connector = m_entryLinks.value(id)) {
        indexLink(connector, false);
        connector->sync();
        indexLink(connector, true);
    }
    QSet<QString> done{id};
    syncDependents(id, done);
    invalidateContent();
}

void CanvasScene::onGeometryChanged(const QString &id)
{
    if (CanvasItem *i = m_items.value(id)) {
        i->sync();
        // Titles of containers are elided to their width.
        QSet<QString> done{id};
        syncDependents(id, done);
    }
    invalidateContent();
}

// ---------------------------------------------------------------- palette

QString CanvasScene::paletteMimeType()
{
    return u"application/x-ninefold-palette"_s;
}

QMimeData *CanvasScene::paletteMimeData(const QString &entry)
{
    auto *mime = new QMimeData;
    mime->setData(paletteMimeType(), entry.toUtf8());
    return mime;
}

QString CanvasScene::dropPaletteEntry(const QString &entry, QPointF scenePos)
{
    const QString type = entry.section(u':', 0, 0);
    const QString kindName = entry.section(u':', 1);
    QString id;
    if (type == u"component"_s) {
        const auto kind = kinds::componentKind(kindName);
        if (!kind)
            return QString();
        const QSizeF s = DocumentEditor::defaultSize(ElementType::Component);
        const QRectF r(snapped(scenePos - QPointF(s.width() / 2, s.height() / 2)), s);
        id = m_editor.addComponent(*kind, r.topLeft(), containerAt(r, std::nullopt));
    } else if (type == u"container"_s) {
        const auto kind = kinds::containerKind(kindName);
        if (!kind)
            return QString();
        const QSizeF s = DocumentEditor::defaultSize(ElementType::Container, *kind);
        const QRectF r(snapped(scenePos - QPointF(s.width() / 2, s.height() / 2)), s);
        id = m_editor.addContainer(*kind, r, containerAt(r, *kind));
    }
    if (!id.isEmpty())
        selectIds({id});
    return id;
}

void CanvasScene::dragEnterEvent(QGraphicsSceneDragDropEvent *event)
{
    event->setAccepted(event->mimeData()->hasFormat(paletteMimeType()));
}

void CanvasScene::dragMoveEvent(QGraphicsSceneDragDropEvent *event)
{
    event->setAccepted(event->mimeData()->hasFormat(paletteMimeType()));
    if (event->isAccepted())
        event->setDropAction(Qt::CopyAction);
}

void CanvasScene::dragLeaveEvent(QGraphicsSceneDragDropEvent *event)
{
    event->accept();
}

void CanvasScene::dropEvent(QGraphicsSceneDragDropEvent *event)
{
    if (!event->mimeData()->hasFormat(paletteMimeType())) {
        event->ignore();
        return;
    }
    const QString entry = QString::fromUtf8(event->mimeData()->data(paletteMimeType()));
    event->setDropAction(Qt::CopyAction);
    event->setAccepted(!dropPaletteEntry(entry, event->scenePos()).isEmpty());
}

// ---------------------------------------------------------------- gestures

QPointF CanvasScene::snapped(QPointF p) const
{
    if (!m_snap)
        return p;
    return QPointF(std::round(p.x() / kGrid) * kGrid, std::round(p.y() / kGrid) * kGrid);
}

CanvasItem *CanvasScene::interactiveItemAt(QPointF scenePos) const
{
    for (QGraphicsItem *gi : items(scenePos, Qt::IntersectsItemShape, Qt::DescendingOrder))
        if (gi->type() >= CanvasItem::ComponentType && gi->type() <= CanvasItem::GroupType
            && (gi->flags() & QGraphicsItem::ItemIsSelectable))
            return static_cast<CanvasItem *>(gi);
    return nullptr;
}

QString CanvasScene::linkTargetAt(QPointF scenePos) const
{
    // A component under the cursor wins; otherwise a group's outline or badge.
    QString group;
    for (QGraphicsItem *gi : items(scenePos, Qt::IntersectsItemShape, Qt::DescendingOrder)) {
        if (gi->type() == CanvasItem::ComponentType)
            return static_cast<CanvasItem *>(gi)->elementId();
        if (gi->type() == CanvasItem::GroupType && group.isEmpty())
            group = static_cast<CanvasItem *>(gi)->elementId();
    }
    return group;
}

void CanvasScene::beginGesture(const QString &text)
{
    if (m_macroOpen)
        return;
    m_document->undoStack()->beginMacro(text);
    m_macroOpen = true;
    ++m_gestureCount;
}

void CanvasScene::endGesture()
{
    if (m_macroOpen) {
        m_document->undoStack()->endMacro();
        m_macroOpen = false;
    }
    m_gesture = Gesture::None;
    m_guides.clear();
    m_preview->setVisible(false);
    m_hoverTarget.clear();
    update();
}

QStringList CanvasScene::movingRoots() const
{
    // Selected nodes whose container is not selected too (it carries them).
    QStringList roots;
    QSet<QString> selected;
    for (const QString &id : selectedIds())
        if (elements::isNode(m_document->find(id).type))
            selected.insert(id);
    for (const QString &id : selectedIds()) {
        if (!selected.contains(id))
            continue;
        bool carried = false;
        for (const QString &c : m_document->containerChain(id))
            carried = carried || selected.contains(c);
        if (!carried)
            roots << id;
    }
    return roots;
}

void CanvasScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_gesture != Gesture::None) {
        event->ignore();
        return;
    }
    m_pressPos = event->scenePos();
    CanvasItem *hit = interactiveItemAt(event->scenePos());
    if (!hit) {
        if (!(event->modifiers() & Qt::ControlModifier))
            clearSelection();
        event->ignore(); // the view starts a rubber band
        return;
    }
    event->accept();
    m_pressId = hit->elementId();

    if (hit->type() == CanvasItem::ComponentType) {
        auto *c = static_cast<ComponentItem *>(hit);
        const int handle = c->handleAt(c->mapFromScene(event->scenePos()));
        if (handle >= 0) {
            m_gesture = Gesture::Link;
            m_preview->setPath(QPainterPath());
            return;
        }
    }
    if (hit->type() == CanvasItem::ContainerType && hit->isSelected()
        && static_cast<ContainerItem *>(hit)->isOnResizeGrip(hit->mapFromScene(event->scenePos()))) {
        m_gesture = Gesture::Resize;
        m_moveStart = {{m_pressId, nodeRect(m_pressId)}};
        return;
    }
    if (hit->type() == CanvasItem::LinkType && hit->isSelected()) {
        const int bend = static_cast<LinkItem *>(hit)->bendAt(event->scenePos());
        if (bend >= 0) {
            m_gesture = Gesture::Bend;
            m_bendIndex = bend;
            return;
        }
    }
    if (event->modifiers() & Qt::ControlModifier) {
        hit->setSelected(!hit->isSelected());
        return; // Ctrl-click toggles; no move
    }
    if (!hit->isSelected()) {
        QSignalBlocker blocker(this);
        clearSelection();
        blocker.unblock();
        hit->setSelected(true);
    }
    m_gesture = isNodeType(hit->type()) ? Gesture::Pending : Gesture::None;
}

void CanvasScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    switch (m_gesture) {
    case Gesture::None: QGraphicsScene::mouseMoveEvent(event); return;
    case Gesture::Pending: {
        if ((event->scenePos() - m_pressPos).manhattanLength() < QApplication::startDragDistance())
            return;
        const QStringList roots = movingRoots();
        if (roots.isEmpty()) {
            m_gesture = Gesture::None;
            return;
        }
        m_moveIds.clear();
        m_moveStart.clear();
        m_bendStart.clear();
        QSet<QString> seen;
        for (const QString &root : roots)
            for (const QString &id : QStringList{root} + m_document->descendantsOf(root))
                if (!seen.contains(id)) {
                    seen.insert(id);
                    m_moveIds << id;
                    m_moveStart.insert(id, nodeRect(id));
                }
        // Bends of links with both ends moving move along.
        for (auto it = m_document->model().layout.bends.begin(); it != m_document->model().layout.bends.end(); ++it) {
            const auto *l = static_cast<LinkItem *>(m_items.value(it.key()));
            if (l && l->type() == CanvasItem::LinkType && seen.contains(l->from()) && seen.contains(l->to()))
                m_bendStart.insert(it.key(), *it);
        }
        if (!m_moveStart.contains(m_pressId))
            m_pressId = roots.first();
        m_gesture = Gesture::Move;
        beginGesture(roots.size() == 1 ? tr("Move %1").arg(m_document->model().displayName(roots.first()))
                                       : tr("Move %n element(s)", nullptr, int(roots.size())));
        moveSelectionTo(event->scenePos(), event->modifiers());
        return;
    }
    case Gesture::Move: moveSelectionTo(event->scenePos(), event->modifiers()); return;
    case Gesture::Resize: {
        const QRectF start = m_moveStart.value(m_pressId);
        QSizeF size(snapped(event->scenePos()).x() - start.left(), snapped(event->scenePos()).y() - start.top());
        // Never smaller than what it holds.
        QRectF inside;
        for (const QString &child : m_document->descendantsOf(m_pressId))
            inside |= nodeRect(child);
        QSizeF minimum(120, 80);
        if (!inside.isNull())
            minimum = minimum.expandedTo(QSizeF(inside.right() - start.left() + 10, inside.bottom() - start.top() + 10));
        size = size.expandedTo(minimum);
        if (size == nodeRect(m_pressId).size())
            return;
        beginGesture(tr("Resize %1").arg(m_document->model().displayName(m_pressId)));
        LayoutEntry e{NodeGeometry{start.topLeft(), size}, m_document->bends(m_pressId)};
        auto *cmd = new ChangeLayout(m_document, {m_pressId}, {e});
        cmd->setMergeKey(CmdChangeLayout, u"gesture-%1"_s.arg(m_gestureCount));
        m_document->undoStack()->push(cmd);
        return;
    }
    case Gesture::Link: {
        CanvasItem *src = m_items.value(m_pressId);
        if (!src)
            return;
        const QRectF from = elementRect(m_pressId);
        m_hoverTarget = linkTargetAt(event->scenePos());
        if (m_hoverTarget == m_pressId)
            m_hoverTarget.clear();
        const QRectF to = m_hoverTarget.isEmpty() ? QRectF(event->scenePos() - QPointF(1, 1), QSizeF(2, 2))
                                                  : elementRect(m_hoverTarget);
        const QList<QPointF> pts = LinkItem::route(from, to, {});
        QPainterPath path;
        if (!pts.isEmpty()) {
            path.moveTo(pts.first());
            for (const QPointF &p : pts)
                path.lineTo(p);
        }
        QColor color = m_theme.dependency;
        switch (m_linkKind) {
        case LinkKind::Dependency: break;
        case LinkKind::Traffic: color = m_theme.traffic; break;
        case LinkKind::Failover: color = m_theme.failover; break;
        case LinkKind::Replication: color = m_theme.replication; break;
        }
        m_preview->setPen(QPen(color, 2, Qt::DashLine));
        m_preview->setPath(path);
        m_preview->setVisible(true);
        update();
        return;
    }
    case Gesture::Bend: {
        auto *l = static_cast<LinkItem *>(m_items.value(m_pressId));
        if (!l || m_bendIndex >= l->bendPoints().size())
            return;
        QList<QPointF> bends = l->bendPoints();
        const QPointF p = snapped(event->scenePos());
        if (bends.at(m_bendIndex) == p)
            return;
        bends[m_bendIndex] = p;
        beginGesture(tr("Move bend point"));
        auto *cmd = new ChangeLayout(m_document, {m_pressId}, {LayoutEntry{std::nullopt, bends}});
        cmd->setMergeKey(CmdChangeLayout, u"gesture-%1"_s.arg(m_gestureCount));
        m_document->undoStack()->push(cmd);
        return;
    }
    }
}

void CanvasScene::moveSelectionTo(QPointF scenePos, Qt::KeyboardModifiers modifiers)
{
    const QRectF primary = m_moveStart.value(m_pressId);
    QPointF delta = scenePos - m_pressPos;
    QRectF target = primary.translated(delta);
    if (m_snap && !(modifiers & Qt::AltModifier))
        target.moveTopLeft(snapped(target.topLeft()));

    // Alignment guides: edges and centres of nearby nodes that do not move.
    m_guides.clear();
    const QSet<QString> moving(m_moveIds.begin(), m_moveIds.end());
    qreal bestDx = kGuideSnap + 1, bestDy = kGuideSnap + 1;
    qreal guideX = 0, guideY = 0;
    QRectF alignedX, alignedY;
    const QRectF area = target.adjusted(-800, -800, 800, 800);
    for (QGraphicsItem *gi : items(area, Qt::IntersectsItemBoundingRect)) {
        if (gi->type() != CanvasItem::ComponentType && gi->type() != CanvasItem::ServiceType)
            continue;
        const auto *n = static_cast<NodeItem *>(gi);
        if (moving.contains(n->elementId()))
            continue;
        const QRectF o = n->sceneBox();
        for (qreal ox : {o.left(), o.center().x(), o.right()})
            for (qreal tx : {target.left(), target.center().x(), target.right()})
                if (std::fabs(ox - tx) < std::fabs(bestDx)) {
                    bestDx = ox - tx;
                    guideX = ox;
                    alignedX = o;
                }
        for (qreal oy : {o.top(), o.center().y(), o.bottom()})
            for (qreal ty : {target.top(), target.center().y(), target.bottom()})
                if (std::fabs(oy - ty) < std::fabs(bestDy)) {
                    bestDy = oy - ty;
                    guideY = oy;
                    alignedY = o;
                }
    }
    if (std::fabs(bestDx) <= kGuideSnap) {
        target.translate(bestDx, 0);
        const QRectF span = target | alignedX;
        m_guides << QLineF(guideX, span.top() - 10, guideX, span.bottom() + 10);
    }
    if (std::fabs(bestDy) <= kGuideSnap) {
        target.translate(0, bestDy);
        const QRectF span = target | alignedY;
        m_guides << QLineF(span.left() - 10, guideY, span.right() + 10, guideY);
    }
    const QPointF d = target.topLeft() - primary.topLeft();

    QStringList ids;
    QList<LayoutEntry> entries;
    for (const QString &id : std::as_const(m_moveIds)) {
        const QRectF start = m_moveStart.value(id);
        const auto stored = m_document->nodeGeometry(id);
        NodeGeometry g;
        g.pos = start.topLeft() + d;
        // Keep a stored size; a container drawn at its automatic size keeps that size.
        if (stored && !stored->size.isEmpty())
            g.size = stored->size;
        else if (m_document->find(id).type == ElementType::Container)
            g.size = start.size();
        ids << id;
        entries << LayoutEntry{g, m_document->bends(id)};
    }
    for (auto it = m_bendStart.constBegin(); it != m_bendStart.constEnd(); ++it) {
        QList<QPointF> bends = *it;
        for (QPointF &p : bends)
            p += d;
        ids << it.key();
        entries << LayoutEntry{m_document->nodeGeometry(it.key()), bends};
    }
    auto *cmd = new ChangeLayout(m_document, ids, entries);
    cmd->setMergeKey(CmdChangeLayout, u"gesture-%1"_s.arg(m_gestureCount));
    m_document->undoStack()->push(cmd);
    update();
}

void CanvasScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    switch (m_gesture) {
    case Gesture::None:
    case Gesture::Pending:
        m_gesture = Gesture::None;
        QGraphicsScene::mouseReleaseEvent(event);
        return;
    case Gesture::Move: {
        // Drop into the container under each moved root (or out of every one):
        // the same rule as a palette drop and a paste.
        const QSet<QString> moving(m_moveIds.begin(), m_moveIds.end());
        for (const QString &root : movingRoots()) {
            const ElementRef ref = m_document->find(root);
            if (ref.type != ElementType::Component && ref.type != ElementType::Container)
                continue;
            std::optional<ContainerKind> kind;
            if (ref.type == ElementType::Container)
                kind = m_document->model().containers.at(ref.index).kind;
            const QString parent = containerAt(nodeRect(root), kind, moving);
            if (parent != m_document->parentOf(root))
                m_editor.setParent(root, parent);
        }
        endGesture();
        return;
    }
    case Gesture::Link: {
        const QString target = linkTargetAt(event->scenePos());
        const QString source = m_pressId;
        endGesture();
        if (target.isEmpty() || target == source)
            return;
        QString error;
        const QString id = m_editor.createLink(m_linkKind, source, target, &error);
        if (id.isEmpty())
            emit statusMessage(error);
        else
            selectIds({id});
        return;
    }
    case Gesture::Resize:
    case Gesture::Bend: endGesture(); return;
    }
}

void CanvasScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    CanvasItem *hit = interactiveItemAt(event->scenePos());
    if (!hit || hit->type() != CanvasItem::LinkType) {
        QGraphicsScene::mouseDoubleClickEvent(event);
        return;
    }
    auto *l = static_cast<LinkItem *>(hit);
    QList<QPointF> bends = l->bendPoints();
    const int existing = l->bendAt(event->scenePos());
    QString text;
    if (existing >= 0) {
        bends.removeAt(existing);
        text = tr("Remove bend point");
    } else {
        bends.insert(l->insertionIndex(event->scenePos()), snapped(event->scenePos()));
        text = tr("Add bend point");
    }
    auto *cmd = new ChangeLayout(m_document, {l->elementId()},
                                 {LayoutEntry{std::nullopt, bends.isEmpty() ? std::nullopt
                                                                            : std::optional<QList<QPointF>>(bends)}});
    cmd->setText(text);
    m_document->undoStack()->push(cmd);
    l->setSelected(true);
    event->accept();
}

void CanvasScene::keyPressEvent(QKeyEvent *event)
{
    const qreal step = (event->modifiers() & Qt::ShiftModifier) ? 1.0 : kGrid;
    switch (event->key()) {
    case Qt::Key_Left: nudgeSelection({-step, 0}); break;
    case Qt::Key_Right: nudgeSelection({step, 0}); break;
    case Qt::Key_Up: nudgeSelection({0, -step}); break;
    case Qt::Key_Down: nudgeSelection({0, step}); break;
    case Qt::Key_Escape:
        if (m_gesture == Gesture::Link)
            endGesture();
        else
            clearSelection();
        break;
    default: QGraphicsScene::keyPressEvent(event); return;
    }
    event->accept();
}

void CanvasScene::nudgeSelection(QPointF delta)
{
    const QStringList roots = movingRoots();
    if (roots.isEmpty() || m_gesture != Gesture::None)
        return;
    QStringList ids;
    QList<LayoutEntry> entries;
    QSet<QString> seen;
    for (const QString &root : roots)
        for (const QString &id : QStringList{root} + m_document->descendantsOf(root)) {
            if (seen.contains(id))
                continue;
            seen.insert(id);
            const QRectF r = nodeRect(id);
            NodeGeometry g;
            g.pos = r.topLeft() + delta;
            if (const auto stored = m_document->nodeGeometry(id); stored && !stored->size.isEmpty())
                g.size = stored->size;
            else if (m_document->find(id).type == ElementType::Container)
                g.size = r.size();
            ids << id;
            entries << LayoutEntry{g, m_document->bends(id)};
        }
    auto *cmd = new ChangeLayout(m_document, ids, entries);
    cmd->setText(tr("Nudge %n element(s)", nullptr, int(roots.size())));
    cmd->setMergeKey(CmdChangeLayout, u"nudge"_s);
    m_document->undoStack()->push(cmd);
}

// ---------------------------------------------------------------- edit actions

void CanvasScene::copySelection()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    const Model fragment = ClipboardFragment::build(*m_document, ids, [this](const QString &id) { return nodeRect(id); });
    QApplication::clipboard()->setMimeData(ClipboardFragment::toMimeData(fragment));
    m_pasteCount = 0;
}

void CanvasScene::cutSelection()
{
    copySelection();
    deleteSelection();
    m_pasteCount = -1; // the first paste lands where the cut elements were
}

bool CanvasScene::canPaste() const
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    return mime && mime->hasFormat(ClipboardFragment::mimeType());
}

void CanvasScene::paste()
{
    const auto fragment = ClipboardFragment::fromMimeData(QApplication::clipboard()->mimeData());
    if (!fragment)
        return;
    ++m_pasteCount;
    const QPointF offset(20.0 * m_pasteCount, 20.0 * m_pasteCount);
    const QStringList ids = m_editor.paste(*fragment, offset, [this](const QString &id, const QRectF &rect) {
        const ElementRef ref = m_document->find(id);
        std::optional<ContainerKind> kind;
        if (ref.type == ElementType::Container)
            kind = m_document->model().containers.at(ref.index).kind;
        return containerAt(rect, kind, {id});
    });
    selectIds(ids);
}

void CanvasScene::duplicateSelection()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    const Model fragment = ClipboardFragment::build(*m_document, ids, [this](const QString &id) { return nodeRect(id); });
    const QStringList created = m_editor.paste(
        fragment, QPointF(20, 20),
        [this](const QString &id, const QRectF &rect) {
            const ElementRef ref = m_document->find(id);
            std::optional<ContainerKind> kind;
            if (ref.type == ElementType::Container)
                kind = m_document->model().containers.at(ref.index).kind;
            return containerAt(rect, kind, {id});
        },
        tr("Duplicate %n element(s)", nullptr, int(ids.size())));
    selectIds(created);
}

void CanvasScene::deleteSelection()
{
    const QStringList ids = selectedIds();
    if (!ids.isEmpty())
        m_editor.deleteElements(ids);
}

void CanvasScene::selectAllElements()
{
    QSignalBlocker blocker(this);
    for (CanvasItem *i : std::as_const(m_items))
        i->setSelected(true);
    blocker.unblock();
    emit selectedIdsChanged(selectedIds());
}

void CanvasScene::groupSelection(bool quorum)
{
    QString error;
    const QStringList ids = selectedIds();
    const QString id = quorum ? m_editor.groupAsQuorum(ids, &error) : m_editor.groupAsRedundancyGroup(ids, &error);
    if (id.isEmpty())
        emit statusMessage(error);
    else
        selectIds({id});
}

void CanvasScene::addEntryPointForSelection()
{
    const QStringList ids = selectedIds();
    QString entry;
    for (const QString &id : ids) {
        const ElementType t = m_document->find(id).type;
        if (t == ElementType::Component || t == ElementType::RedundancyGroup || t == ElementType::QuorumGroup) {
            entry = id;
            break;
        }
    }
    if (entry.isEmpty()) {
        emit statusMessage(tr("Select the component or group that serves the entry point."));
        return;
    }
    const QRectF e = elementRect(entry);
    const QSizeF s = DocumentEditor::defaultSize(ElementType::Service);
    const QString id = m_editor.addService(entry, snapped(QPointF(e.center().x() - s.width() / 2, e.top() - s.height() - 40)));
    selectIds({id});
}

// ---------------------------------------------------------------- painting

void CanvasScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, m_theme.background);
    const qreal lod = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    if (lod < 0.6)
        return;
    const qreal step = kGrid * 2;
    const qreal left = std::floor(rect.left() / step) * step;
    const qreal top = std::floor(rect.top() / step) * step;
    m_dots.clear(); // reused: no allocation per paint once grown
    for (qreal x = left; x < rect.right(); x += step)
        for (qreal y = top; y < rect.bottom(); y += step)
            m_dots << QPointF(x, y);
    // Hairline points are plotted pixel by pixel; wider pens would stroke every dot.
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(QPen(m_theme.gridDot, 0));
    painter->drawPoints(m_dots.constData(), int(m_dots.size()));
}

void CanvasScene::drawForeground(QPainter *painter, const QRectF &)
{
    if (!m_guides.isEmpty()) {
        QPen pen(m_theme.guide, 0, Qt::DashLine);
        painter->setPen(pen);
        for (const QLineF &l : std::as_const(m_guides))
            painter->drawLine(l);
    }
    if (m_gesture == Gesture::Link && !m_hoverTarget.isEmpty()) {
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(m_theme.selection, 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(elementRect(m_hoverTarget).adjusted(-4, -4, 4, 4), 10, 10);
    }
}

} // namespace nf
