#pragma once

#include "model.h"

#include <QHash>

namespace nf {

// Constant-time lookups into a model that does not change while the index
// lives (an analysis snapshot, a scene rebuild). Model's own lookups are linear.
class ModelIndex
{
public:
    explicit ModelIndex(const Model &model);

    const Model &model() const { return m_model; }
    ElementRef find(const QString &id) const { return m_refs.value(id); }
    bool contains(const QString &id) const { return m_refs.contains(id); }
    const Component *component(const QString &id) const;
    const Container *container(const QString &id) const;
    const RedundancyGroup *group(const QString &id) const;
    const QuorumGroup *quorum(const QString &id) const;
    const Service *service(const QString &id) const;
    QString parentOf(const QString &id) const { return m_parent.value(id); }
    QStringList containerChain(const QString &id) const;
    QString displayName(const QString &id) const;

private:
    const Model &m_model;
    QHash<QString, ElementRef> m_refs;
    QHash<QString, QString> m_parent;
};

} // namespace nf
