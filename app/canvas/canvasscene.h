#pragma once

#include "canvastheme.h"
#include "documenteditor.h"
#include "itemoverlay.h"
#include "linkkind.h"

#include <QGraphicsScene>
#include <QHash>
#include <QPointer>
#include <QSet>

#include <functional>
#include <optional>

class QMimeData;

namespace nf {

class CanvasItem;
class ComponentItem;
class ContainerItem;
class Document;
class GroupItem;
class LinkBatchItem;
class LinkItem;
class NodeItem;

// The drawing of one document. Holds one thin item per element (id -> item
// hashes, no linear searches) and follows the document's change signals. Mouse
// gestures become undo commands through DocumentEditor: a drag is one undo step.
class CanvasScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit CanvasScene(Document *document, QObject *parent = nullptr);
    ~CanvasScene() override;

    Document *document() const;
    DocumentEditor &editor() { return m_editor; }
    const CanvasTheme &theme() const { return m_theme; }
    void setTheme(const CanvasTheme &theme);

    // Scene rectangle of a node (component, container, entry point), from the
    // layout or, for elements without a position, from an automatic placement.
    QRectF nodeRect(const QString &id) const;
    // Nodes, and the outline bounds of groups (for links that end at a group).
    QRectF elementRect(const QString &id) const;
    // Bounds of everything drawn.
    QRectF contentRect() const;
    // The innermost container whose box holds the centre of `rect` and may hold an
    // element of `kind` (nullopt: a component), skipping `exclude`.
    QString containerAt(const QRectF &rect, std::optional<ContainerKind> kind,
                        const QSet<QString> &exclude = {}) const;

    CanvasItem *item(const QString &id) const;
    QStringList selectedIds() const;
    void selectIds(const QStringList &ids);

    LinkKind linkKind() const { return m_linkKind; }
    void setLinkKind(LinkKind kind) { m_linkKind = kind; }
    bool snapToGrid() const { return m_snap; }
    void setSnapToGrid(bool snap) { m_snap = snap; }
    static constexpr qreal kGrid = 10;

    // Far view: links are drawn all at once instead of item by item (see
    // LinkBatchItem). Set by the view from its zoom; links cannot be clicked then.
    void setFarView(bool far);
    bool isFarView() const { return m_far; }
    static constexpr qreal kFarZoom = 0.2;
    QList<LinkItem *> linkItems() const;
    // The links drawn between the same two elements as `link`, either way round,
    // `link` included, in a stable order (a failover and the replication beside it):
    // their labels are stacked rather than drawn over each other.
    QList<LinkItem *> parallelLinks(const LinkItem *link) const;
    // The groups drawn around exactly the same members as `group` (two quorums over
    // the same replicas), `group` included, in model order: their outlines coincide,
    // so their labels are placed apart.
    QList<GroupItem *> groupsWithSameMembers(const GroupItem *group) const;

    // Display state set from outside (analysis, drills); never touches the model.
    void setOverlay(const QString &id, const ItemOverlay &overlay);
    void clearOverlays();
    // Hover text of an element (analysis figures), asked for when the pointer
    // enters its item: nothing is worked out for items nobody hovers.
    using HoverTextProvider = std::function<QString(const QString &id)>;
    void setHoverTextProvider(HoverTextProvider provider) { m_hoverText = std::move(provider); }
    QString hoverText(const QString &id) const { return m_hoverText ? m_hoverText(id) : QString(); }

    // Palette drag and drop: "component:database", "container:zone".
    static QString paletteMimeType();
    static QMimeData *paletteMimeData(const QString &entry);
    // Creates the palette entry centred at `scenePos`, inside the container there.
    QString dropPaletteEntry(const QString &entry, QPointF scenePos);

    // Edit actions on the selection.
    void copySelection();
    void cutSelection();
    void paste();
    void duplicateSelection();
    void deleteSelection();
    void selectAllElements();
    void nudgeSelection(QPointF delta);
    void groupSelection(bool quorum);
    void addEntryPointForSelection();
    bool canPaste() const;

signals:
    void statusMessage(const QString &message);
    void selectedIdsChanged(const QStringList &ids);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void dragEnterEvent(QGraphicsSceneDragDropEvent *event) override;
    void dragMoveEvent(QGraphicsSceneDragDropEvent *event) override;
    void dragLeaveEvent(QGraphicsSceneDragDropEvent *event) override;
    void dropEvent(QGraphicsSceneDragDropEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    enum class Gesture { None, Pending, Move, Resize, Link, Bend };

    void rebuild();
    void computeFallbacks();
    void createItem(const QString &id);
    void removeItem(const QString &id);
    void syncDependents(const QString &id, QSet<QString> &done);
    void indexLink(LinkItem *link, bool add);
    void indexGroup(GroupItem *group, bool add);
    void invalidateContent();
    void updateSceneBounds();

    void onElementAdded(const QString &id);
    void onElementAboutToBeRemoved(const QString &id);
    void onElementChanged(const QString &id);
    void onGeometryChanged(const QString &id);

    CanvasItem *interactiveItemAt(QPointF scenePos) const;
    QString linkTargetAt(QPointF scenePos) const;
    void beginGesture(const QString &text);
    void endGesture();
    void moveSelectionTo(QPointF scenePos, Qt::KeyboardModifiers modifiers);
    QPointF snapped(QPointF p) const;
    QStringList movingRoots() const;

    QPointer<Document> m_document;
    DocumentEditor m_editor;
    CanvasTheme m_theme;
    LinkKind m_linkKind = LinkKind::Dependency;
    bool m_snap = true;

    QHash<QString, CanvasItem *> m_items;
    QHash<QString, LinkItem *> m_entryLinks; // service id -> connector
    QMultiHash<QString, LinkItem *> m_linksAt;  // endpoint id -> links
    QMultiHash<QString, GroupItem *> m_groupsOf; // member id -> groups
    QHash<QString, QRectF> m_fallback;      // nodes without a position
    QHash<QString, QSizeF> m_fallbackSize;  // containers without a size
    mutable std::optional<QRectF> m_content;
    bool m_boundsQueued = false;

    // The gesture in progress.
    Gesture m_gesture = Gesture::None;
    int m_gestureCount = 0;
    bool m_macroOpen = false;
    QPointF m_pressPos;
    QString m_pressId;
    QStringList m_moveIds;               // nodes moved, with everything inside
    QHash<QString, QRectF> m_moveStart;  // their rectangles at the press
    QHash<QString, QList<QPointF>> m_bendStart; // links that move along
    QList<QLineF> m_guides;
    int m_bendIndex = -1;
    QGraphicsPathItem *m_preview = nullptr;
    LinkBatchItem *m_linkBatch = nullptr;
    bool m_far = false;
    QString m_hoverTarget;
    int m_pasteCount = 0;
    QList<QPointF> m_dots;
    HoverTextProvider m_hoverText;
};

} // namespace nf
