#pragma once

#include <QList>
#include <QStringList>
#include <QUndoCommand>

namespace nf {

class Document;

// Sets a value on one or more elements (by id) and restores the previous values on
// undo. Commands built on it with the same merge id and key merge, so a gesture or
// an edit session is one undo step; a merged command that brings every value back
// to where it started marks itself obsolete and leaves the stack.
template<typename Value>
class ChangeValue : public QUndoCommand
{
public:
    ChangeValue(Document *document, const QStringList &ids, const QList<Value> &newValues,
                QUndoCommand *parent = nullptr)
        : QUndoCommand(parent)
        , m_document(document)
        , m_ids(ids)
        , m_newValues(newValues)
    {
        Q_ASSERT(ids.size() == newValues.size());
    }

    // Makes the command mergeable with later commands of the same id and key.
    void setMergeKey(int commandId, const QString &key)
    {
        m_mergeId = commandId;
        m_mergeKey = key;
    }

    void undo() override
    {
        for (int i = m_ids.size() - 1; i >= 0; --i)
            setValue(m_ids.at(i), m_oldValues.at(i));
        QUndoCommand::undo();
    }

    void redo() override
    {
        if (!m_captured) {
            m_oldValues.clear();
            for (const QString &id : std::as_const(m_ids))
                m_oldValues << getValue(id);
            m_captured = true;
        }
        for (int i = 0; i < m_ids.size(); ++i)
            setValue(m_ids.at(i), m_newValues.at(i));
        QUndoCommand::redo();
    }

    int id() const override { return m_mergeId; }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = dynamic_cast<const ChangeValue<Value> *>(other);
        if (!o || m_mergeKey.isEmpty() || o->m_mergeKey != m_mergeKey || o->m_ids != m_ids || childCount() > 0
            || o->childCount() > 0)
            return false;
        m_newValues = o->m_newValues;
        setObsolete(m_oldValues == m_newValues);
        return true;
    }

    const QStringList &ids() const { return m_ids; }
    const QList<Value> &newValues() const { return m_newValues; }

protected:
    virtual Value getValue(const QString &id) const = 0;
    virtual void setValue(const QString &id, const Value &value) = 0;
    Document *document() const { return m_document; }

private:
    Document *m_document;
    QStringList m_ids;
    QList<Value> m_oldValues;
    QList<Value> m_newValues;
    bool m_captured = false;
    int m_mergeId = -1;
    QString m_mergeKey;
};

} // namespace nf
