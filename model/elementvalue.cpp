#include "elementvalue.h"

namespace nf::elements {

namespace {
template<typename T> QList<T> &listOf(Model &m);
template<> QList<Component> &listOf(Model &m) { return m.components; }
template<> QList<Container> &listOf(Model &m) { return m.containers; }
template<> QList<DependencyLink> &listOf(Model &m) { return m.dependencies; }
template<> QList<RedundancyGroup> &listOf(Model &m) { return m.groups; }
template<> QList<FailoverLink> &listOf(Model &m) { return m.failovers; }
template<> QList<ReplicationLink> &listOf(Model &m) { return m.replications; }
template<> QList<QuorumGroup> &listOf(Model &m) { return m.quorums; }
template<> QList<Service> &listOf(Model &m) { return m.services; }

template<typename T> const QList<T> &listOf(const Model &m) { return listOf<T>(const_cast<Model &>(m)); }

// Calls f with the list of `type`'s elements (as a typed QList).
template<typename F>
decltype(auto) withList(Model &m, ElementType type, F &&f)
{
    switch (type) {
    case ElementType::Component: return f(m.components);
    case ElementType::Container: return f(m.containers);
    case ElementType::Dependency: return f(m.dependencies);
    case ElementType::RedundancyGroup: return f(m.groups);
    case ElementType::FailoverLink: return f(m.failovers);
    case ElementType::ReplicationLink: return f(m.replications);
    case ElementType::QuorumGroup: return f(m.quorums);
    case ElementType::Service: return f(m.services);
    }
    return f(m.components);
}

QString mapped(const QString &id, const QHash<QString, QString> &map) { return map.value(id, id); }
QStringList mapped(const QStringList &ids, const QHash<QString, QString> &map)
{
    QStringList out;
    out.reserve(ids.size());
    for (const QString &id : ids)
        out << map.value(id, id);
    return out;
}
} // namespace

ElementType typeOf(const ElementValue &value) { return ElementType(value.index()); }

QString idOf(const ElementValue &value)
{
    return std::visit([](const auto &e) { return e.id; }, value);
}

QString nameOf(const ElementValue &value)
{
    return std::visit(
        [](const auto &e) -> QString {
            if constexpr (requires { e.name; })
                return e.name;
            else
                return QString();
        },
        value);
}

void setName(ElementValue &value, const QString &name)
{
    std::visit(
        [&](auto &e) {
            if constexpr (requires { e.name; })
                e.name = name;
        },
        value);
}

int count(const Model &model, ElementType type)
{
    return int(withList(const_cast<Model &>(model), type, [](auto &list) { return list.size(); }));
}

ElementValue at(const Model &model, ElementRef ref)
{
    return withList(const_cast<Model &>(model), ref.type,
                    [&](auto &list) { return ElementValue(list.at(ref.index)); });
}

void insert(Model &model, const ElementValue &value, int index)
{
    std::visit(
        [&](const auto &e) {
            using T = std::decay_t<decltype(e)>;
            QList<T> &list = listOf<T>(model);
            list.insert(index < 0 || index > list.size() ? list.size() : index, e);
        },
        value);
}

ElementValue take(Model &model, ElementRef ref)
{
    return withList(model, ref.type, [&](auto &list) { return ElementValue(list.takeAt(ref.index)); });
}

void replace(Model &model, ElementRef ref, const ElementValue &value)
{
    std::visit(
        [&](const auto &e) {
            using T = std::decay_t<decltype(e)>;
            listOf<T>(model)[ref.index] = e;
        },
        value);
}

bool isNode(ElementType type)
{
    return type == ElementType::Component || type == ElementType::Container || type == ElementType::Service;
}

bool isLink(ElementType type)
{
    return type == ElementType::Dependency || type == ElementType::FailoverLink
        || type == ElementType::ReplicationLink;
}

bool isGroup(ElementType type)
{
    return type == ElementType::RedundancyGroup || type == ElementType::QuorumGroup;
}

QStringList referencesOf(const ElementValue &value)
{
    QStringList out;
    auto add = [&](const QString &id) {
        if (!id.isEmpty())
            out << id;
    };
    switch (typeOf(value)) {
    case ElementType::Component: break;
    case ElementType::Container: out << std::get<Container>(value).children; break;
    case ElementType::Dependency: {
        const auto &d = std::get<DependencyLink>(value);
        add(d.from), add(d.to), add(d.fallback);
        break;
    }
    case ElementType::RedundancyGroup: out << std::get<RedundancyGroup>(value).members; break;
    case ElementType::FailoverLink: {
        const auto &f = std::get<FailoverLink>(value);
        add(f.from), add(f.to), add(f.mechanism);
        out << f.needs;
        break;
    }
    case ElementType::ReplicationLink: {
        const auto &r = std::get<ReplicationLink>(value);
        add(r.from), add(r.to), add(r.lagAlertRoute);
        break;
    }
    case ElementType::QuorumGroup: out << std::get<QuorumGroup>(value).voters; break;
    case ElementType::Service: add(std::get<Service>(value).entry); break;
    }
    return out;
}

ElementValue withoutReference(const ElementValue &value, const QString &id)
{
    ElementValue v = value;
    auto clear = [&](QString &s) {
        if (s == id)
            s.clear();
    };
    switch (typeOf(v)) {
    case ElementType::Component: break;
    case ElementType::Container: std::get<Container>(v).children.removeAll(id); break;
    case ElementType::Dependency: {
        auto &d = std::get<DependencyLink>(v);
        clear(d.from), clear(d.to), clear(d.fallback);
        break;
    }
    case ElementType::RedundancyGroup: std::get<RedundancyGroup>(v).members.removeAll(id); break;
    case ElementType::FailoverLink: {
        auto &f = std::get<FailoverLink>(v);
        clear(f.from), clear(f.to);
        if (f.mechanism == id) {
            f.mechanism.clear();
            f.mechanismInSeries = false;
        }
        f.needs.removeAll(id);
        break;
    }
    case ElementType::ReplicationLink: {
        auto &r = std::get<ReplicationLink>(v);
        clear(r.from), clear(r.to), clear(r.lagAlertRoute);
        break;
    }
    case ElementType::QuorumGroup: std::get<QuorumGroup>(v).voters.removeAll(id); break;
    case ElementType::Service: clear(std::get<Service>(v).entry); break;
    }
    return v;
}

ElementValue withIdsMapped(const ElementValue &value, const QHash<QString, QString> &map)
{
    ElementValue v = value;
    std::visit([&](auto &e) { e.id = mapped(e.id, map); }, v);
    switch (typeOf(v)) {
    case ElementType::Component: break;
    case ElementType::Container: {
        auto &c = std::get<Container>(v);
        c.children = mapped(c.children, map);
        break;
    }
    case ElementType::Dependency: {
        auto &d = std::get<DependencyLink>(v);
        d.from = mapped(d.from, map), d.to = mapped(d.to, map), d.fallback = mapped(d.fallback, map);
        break;
    }
    case ElementType::RedundancyGroup: {
        auto &g = std::get<RedundancyGroup>(v);
        g.members = mapped(g.members, map);
        break;
    }
    case ElementType::FailoverLink: {
        auto &f = std::get<FailoverLink>(v);
        f.from = mapped(f.from, map), f.to = mapped(f.to, map), f.mechanism = mapped(f.mechanism, map);
        f.needs = mapped(f.needs, map);
        break;
    }
    case ElementType::ReplicationLink: {
        auto &r = std::get<ReplicationLink>(v);
        r.from = mapped(r.from, map), r.to = mapped(r.to, map);
        r.lagAlertRoute = mapped(r.lagAlertRoute, map);
        break;
    }
    case ElementType::QuorumGroup: {
        auto &q = std::get<QuorumGroup>(v);
        q.voters = mapped(q.voters, map);
        break;
    }
    case ElementType::Service: {
        auto &s = std::get<Service>(v);
        s.entry = mapped(s.entry, map);
        break;
    }
    }
    return v;
}

} // namespace nf::elements
