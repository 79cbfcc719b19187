#pragma once

#include "elementvalue.h"
#include "layout.h"

#include <QUndoCommand>

#include <optional>

namespace nf {

class Document;

// One element with its place in the model's list and its layout entries.
struct ElementEntry
{
    ElementValue value;
    int index = -1; // -1: append
    std::optional<NodeGeometry> geometry;
    std::optional<QList<QPointF>> bends;
};

// Adds or removes elements. Removal remembers each element's index and layout so
// undo puts everything back exactly where it was.
class AddRemoveElements : public QUndoCommand
{
protected:
    AddRemoveElements(Document *document, QUndoCommand *parent);
    void addElements();
    void removeElements();

    Document *m_document;
    QList<ElementEntry> m_entries;
    QStringList m_ids;
};

class AddElements : public AddRemoveElements
{
public:
    AddElements(Document *document, const QList<ElementEntry> &entries, QUndoCommand *parent = nullptr);
    void undo() override { removeElements(); }
    void redo() override { addElements(); }
};

class RemoveElements : public AddRemoveElements
{
public:
    RemoveElements(Document *document, const QStringList &ids, QUndoCommand *parent = nullptr);
    void undo() override { addElements(); }
    void redo() override { removeElements(); }
};

} // namespace nf
