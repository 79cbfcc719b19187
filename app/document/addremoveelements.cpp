#include "addremoveelements.h"

#include "document.h"

#include <algorithm>
#include <limits>

namespace nf {

AddRemoveElements::AddRemoveElements(Document *document, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
{
}

void AddRemoveElements::addElements()
{
    // Ascending index per type: each element lands where it was taken from.
    QList<ElementEntry> sorted = m_entries;
    std::stable_sort(sorted.begin(), sorted.end(), [](const ElementEntry &a, const ElementEntry &b) {
        const auto ta = elements::typeOf(a.value), tb = elements::typeOf(b.value);
        if (ta != tb)
            return ta < tb;
        auto key = [](int i) { return i < 0 ? std::numeric_limits<int>::max() : i; };
        return key(a.index) < key(b.index);
    });
    for (const ElementEntry &e : std::as_const(sorted))
        m_document->insertElement(e.value, e.index, e.geometry, e.bends);
}

void AddRemoveElements::removeElements()
{
    // Capture the current values (the first time, and again after an undo they
    // are identical), then remove in descending index order per type, so the
    // recorded indices are the original ones.
    QList<ElementEntry> current;
    for (const QString &id : std::as_const(m_ids)) {
        const ElementRef ref = m_document->find(id);
        if (!ref.isValid())
            continue;
        ElementEntry e;
        e.value = *m_document->element(id);
        e.index = ref.index;
        e.geometry = m_document->nodeGeometry(id);
        e.bends = m_document->bends(id);
        current << e;
    }
    std::sort(current.begin(), current.end(), [](const ElementEntry &a, const ElementEntry &b) {
        const auto ta = elements::typeOf(a.value), tb = elements::typeOf(b.value);
        if (ta != tb)
            return ta < tb;
        return a.index > b.index;
    });
    for (const ElementEntry &e : std::as_const(current))
        m_document->removeElement(elements::idOf(e.value));
    m_entries = current;
}

AddElements::AddElements(Document *document, const QList<ElementEntry> &entries, QUndoCommand *parent)
    : AddRemoveElements(document, parent)
{
    m_entries = entries;
    for (const ElementEntry &e : entries)
        m_ids << elements::idOf(e.value);
}

RemoveElements::RemoveElements(Document *document, const QStringList &ids, QUndoCommand *parent)
    : AddRemoveElements(document, parent)
{
    m_ids = ids;
}

} // namespace nf
