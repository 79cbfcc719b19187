#include "modelindex.h"

#include <QSet>

namespace nf {

ModelIndex::ModelIndex(const Model &model)
    : m_model(model)
{
    qsizetype total = 0;
    for (ElementType type : kLookupOrder)
        total += model.countOf(type);
    m_refs.reserve(total);
    for (ElementType type : kLookupOrder) // the first match wins, as Model::find
        for (int i = 0, n = model.countOf(type); i < n; ++i) {
            const QString id = model.idAt(type, i);
            if (!id.isEmpty() && !m_refs.contains(id))
                m_refs.insert(id, ElementRef{type, i});
        }
    for (const Container &c : model.containers)
        for (const QString &child : c.children)
            if (!m_parent.contains(child))
                m_parent.insert(child, c.id);
}

const Component *ModelIndex::component(const QString &id) const
{
    const ElementRef r = find(id);
    return r.isValid() && r.type == ElementType::Component ? &m_model.components.at(r.index) : nullptr;
}

const Container *ModelIndex::container(const QString &id) const
{
    const ElementRef r = find(id);
    return r.isValid() && r.type == ElementType::Container ? &m_model.containers.at(r.index) : nullptr;
}

const RedundancyGroup *ModelIndex::group(const QString &id) const
{
    const ElementRef r = find(id);
    return r.isValid() && r.type == ElementType::RedundancyGroup ? &m_model.groups.at(r.index) : nullptr;
}

const QuorumGroup *ModelIndex::quorum(const QString &id) const
{
    const ElementRef r = find(id);
    return r.isValid() && r.type == ElementType::QuorumGroup ? &m_model.quorums.at(r.index) : nullptr;
}

const Service *ModelIndex::service(const QString &id) const
{
    const ElementRef r = find(id);
    return r.isValid() && r.type == ElementType::Service ? &m_model.services.at(r.index) : nullptr;
}

QStringList ModelIndex::containerChain(const QString &id) const
{
    return Model::containerChain(id, [this](const QString &x) { return parentOf(x); });
}

QString ModelIndex::displayName(const QString &id) const
{
    const QString n = m_model.nameOf(find(id));
    return n.isEmpty() ? id : n;
}

} // namespace nf
