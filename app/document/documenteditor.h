#pragma once

#include "elementvalue.h"
#include "linkkind.h"

#include <QCoreApplication>
#include <QRectF>

#include <functional>
#include <optional>

namespace nf {

class Document;

// The edits a user makes, each pushed on the document's undo stack as one step
// (a macro where several commands are needed). Views call these; they never
// touch the model. Geometry-dependent choices (which container is under a
// point) are made by the caller and passed in, so this works without a scene.
class DocumentEditor
{
    Q_DECLARE_TR_FUNCTIONS(DocumentEditor)

public:
    explicit DocumentEditor(Document *document);

    // Size of a node drawn without a size in the layout.
    static QSizeF defaultSize(ElementType type, std::optional<ContainerKind> containerKind = {});

    QString addComponent(ComponentKind kind, QPointF topLeft, const QString &parent = QString());
    QString addContainer(ContainerKind kind, const QRectF &rect, const QString &parent = QString());
    QString addService(const QString &entry, QPointF topLeft);

    // Whether `containerId` may hold an element; childKind is nullopt for a component.
    bool canContain(const QString &containerId, const QString &childId) const;
    bool canContainKind(const QString &containerId, std::optional<ContainerKind> childKind) const;
    // Moves `id` into `newParent` (empty: out of every container). Pushes one
    // command; call inside a macro to join it to a move.
    void setParent(const QString &id, const QString &newParent);

    // Creates a link by dragging from `from` to `to`. A failover between two
    // components not yet in one active-passive group creates or extends the group
    // in the same undo step. Returns the new link's id, or empty with `error` set.
    QString createLink(LinkKind kind, const QString &from, const QString &to, QString *error = nullptr);

    // Deletes elements with everything inside them and every link touching them;
    // groups that lose too many members go too. One undo step.
    void deleteElements(const QStringList &ids);

    // Pastes a fragment (as built by ClipboardFragment) shifted by `offset`. Ids
    // are made unique, relations inside the fragment kept; parentAt chooses the
    // container for each pasted top-level node. Returns the new ids.
    using ParentResolver = std::function<QString(const QString &id, const QRectF &rect)>;
    QStringList paste(const Model &fragment, QPointF offset, const ParentResolver &parentAt,
                      const QString &text = QString());

    QString groupAsRedundancyGroup(const QStringList &componentIds, QString *error = nullptr);
    QString groupAsQuorum(const QStringList &componentIds, QString *error = nullptr);

    // Replaces elements by new values (same ids). With a merge key, consecutive
    // changes with the same key merge into one undo step (an edit session).
    void changeElements(const QList<ElementValue> &values, const QString &text,
                        const QString &mergeKey = QString());

    // Whether a dependency from `from` to `to` would close a cycle.
    bool wouldCreateCycle(const QString &from, const QString &to) const;

private:
    QString createFailover(const QString &from, const QString &to, QString *error);
    Document *m_document;
};

} // namespace nf
