#include "model.h"

#include <QSet>

namespace nf {

namespace {
template<typename T>
int indexOf(const QList<T> &list, const QString &id)
{
    for (int i = 0; i < list.size(); ++i)
        if (list.at(i).id == id)
            return i;
    return -1;
}

template<typename T>
const T *findIn(const QList<T> &list, const QString &id)
{
    const int i = indexOf(list, id);
    return i < 0 ? nullptr : &list.at(i);
}

// The mutable lookup detaches the list first (operator[] on a non-const QList),
// so writing through the pointer never changes other copies of the model.
template<typename T>
T *findIn(QList<T> &list, const QString &id)
{
    const int i = indexOf(std::as_const(list), id);
    return i < 0 ? nullptr : &list[i];
}
} // namespace

ElementRef Model::find(const QString &id) const
{
    if (id.isEmpty())
        return {};
    for (ElementType type : kLookupOrder)
        for (int i = 0, n = countOf(type); i < n; ++i)
            if (idAt(type, i) == id)
                return {type, i};
    return {};
}

int Model::countOf(ElementType type) const
{
    switch (type) {
    case ElementType::Component: return int(components.size());
    case ElementType::Container: return int(containers.size());
    case ElementType::Dependency: return int(dependencies.size());
    case ElementType::RedundancyGroup: return int(groups.size());
    case ElementType::FailoverLink: return int(failovers.size());
    case ElementType::ReplicationLink: return int(replications.size());
    case ElementType::QuorumGroup: return int(quorums.size());
    case ElementType::Service: return int(services.size());
    }
    return 0;
}

QString Model::idOf(const ElementRef &ref) const
{
    if (!ref.isValid())
        return {};
    switch (ref.type) {
    case ElementType::Component: return components.at(ref.index).id;
    case ElementType::Container: return containers.at(ref.index).id;
    case ElementType::Dependency: return dependencies.at(ref.index).id;
    case ElementType::RedundancyGroup: return groups.at(ref.index).id;
    case ElementType::FailoverLink: return failovers.at(ref.index).id;
    case ElementType::ReplicationLink: return replications.at(ref.index).id;
    case ElementType::QuorumGroup: return quorums.at(ref.index).id;
    case ElementType::Service: return services.at(ref.index).id;
    }
    return {};
}

QString Model::nameOf(const ElementRef &ref) const
{
    if (!ref.isValid())
        return {};
    switch (ref.type) {
    case ElementType::Component: return components.at(ref.index).name;
    case ElementType::Container: return containers.at(ref.index).name;
    case ElementType::RedundancyGroup: return groups.at(ref.index).name;
    case ElementType::QuorumGroup: return quorums.at(ref.index).name;
    case ElementType::Service: return services.at(ref.index).name;
    case ElementType::Dependency:
    case ElementType::FailoverLink:
    case ElementType::ReplicationLink: return {};
    }
    return {};
}

QString Model::displayName(const QString &id) const
{
    const QString n = nameOf(find(id));
    return n.isEmpty() ? id : n;
}

const Component *Model::component(const QString &id) const { return findIn(components, id); }
Component *Model::component(const QString &id) { return findIn(components, id); }
const Container *Model::container(const QString &id) const { return findIn(containers, id); }
Container *Model::container(const QString &id) { return findIn(containers, id); }
const RedundancyGroup *Model::group(const QString &id) const { return findIn(groups, id); }
RedundancyGroup *Model::group(const QString &id) { return findIn(groups, id); }
const QuorumGroup *Model::quorum(const QString &id) const { return findIn(quorums, id); }
const Service *Model::service(const QString &id) const { return findIn(services, id); }

QString Model::parentOf(const QString &id) const
{
    for (const Container &c : containers)
        if (c.children.contains(id))
            return c.id;
    return {};
}

QStringList Model::containerChain(const QString &id) const
{
    return containerChain(id, [this](const QString &x) { return parentOf(x); });
}

QStringList Model::containerChain(const QString &id, const std::function<QString(const QString &)> &parentOf)
{
    QStringList chain;
    QSet<QString> seen; // a malformed model may nest in a cycle
    QString current = parentOf(id);
    while (!current.isEmpty() && !seen.contains(current)) {
        seen.insert(current);
        chain << current;
        current = parentOf(current);
    }
    return chain;
}

QStringList Model::allIds() const
{
    QStringList ids;
    for (const auto &e : components) ids << e.id;
    for (const auto &e : containers) ids << e.id;
    for (const auto &e : dependencies) ids << e.id;
    for (const auto &e : groups) ids << e.id;
    for (const auto &e : failovers) ids << e.id;
    for (const auto &e : replications) ids << e.id;
    for (const auto &e : quorums) ids << e.id;
    for (const auto &e : services) ids << e.id;
    return ids;
}

} // namespace nf
