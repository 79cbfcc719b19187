#include "documenteditor.h"

#include "defaultparameters.h"
#include "dependencygraph.h"

#include "addremoveelements.h"
#include "changeelement.h"
#include "document.h"
#include "kindlabels.h"
#include "undocommands.h"
#include "validator.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace nf {

namespace {
QString idBase(const QString &kindName)
{
    QString s = kindName;
    s.replace(u'_', u'-');
    return s;
}

// The number at the end of a generated id ("database-3" -> "3").
QString idNumber(const QString &id)
{
    return id.section(u'-', -1);
}

// An id for a copy: the original's base with a fresh number.
QString copyBase(const QString &id)
{
    static const QRegularExpression trailingNumber(u"-\\d+$"_s);
    QString base = id;
    base.remove(trailingNumber);
    return base.isEmpty() ? u"element"_s : base;
}
} // namespace

DocumentEditor::DocumentEditor(Document *document)
    : m_document(document)
{
}

QSizeF DocumentEditor::defaultSize(ElementType type, std::optional<ContainerKind> containerKind)
{
    switch (type) {
    case ElementType::Component: return {160, 56};
    case ElementType::Service: return {250, 36};
    case ElementType::Container:
        switch (containerKind.value_or(ContainerKind::Zone)) {
        case ContainerKind::Region: return {760, 480};
        case ContainerKind::Zone: return {420, 300};
        case ContainerKind::Rack: return {220, 220};
        case ContainerKind::Host: return {200, 120};
        }
        break;
    default: break;
    }
    return {};
}

QString DocumentEditor::addComponent(ComponentKind kind, QPointF topLeft, const QString &parent)
{
    Component c;
    c.id = m_document->uniqueId(idBase(kinds::toString(kind)));
    c.kind = kind;
    c.name = KindLabels::component(kind) + u' ' + idNumber(c.id);
    const DefaultParameters::Defaults defaults = DefaultParameters::component(kind);
    c.failure = defaults.failure;
    c.description = defaults.source;
    NodeGeometry g;
    g.pos = topLeft;
    m_document->undoStack()->beginMacro(tr("Add %1").arg(KindLabels::component(kind)));
    m_document->undoStack()->push(new AddElements(m_document, {ElementEntry{c, -1, g, std::nullopt}}));
    if (!parent.isEmpty() && canContainKind(parent, std::nullopt))
        setParent(c.id, parent);
    m_document->undoStack()->endMacro();
    return c.id;
}

QString DocumentEditor::addContainer(ContainerKind kind, const QRectF &rect, const QString &parent)
{
    Container c;
    c.id = m_document->uniqueId(idBase(kinds::toString(kind)));
    c.kind = kind;
    c.name = KindLabels::container(kind) + u' ' + idNumber(c.id);
    const DefaultParameters::Defaults defaults = DefaultParameters::container(kind);
    c.failure = defaults.failure;
    c.description = defaults.source;
    NodeGeometry g;
    g.pos = rect.topLeft();
    g.size = rect.size();
    m_document->undoStack()->beginMacro(tr("Add %1").arg(KindLabels::container(kind)));
    m_document->undoStack()->push(new AddElements(m_document, {ElementEntry{c, -1, g, std::nullopt}}));
    if (!parent.isEmpty() && canContainKind(parent, kind))
        setParent(c.id, parent);
    m_document->undoStack()->endMacro();
    return c.id;
}

QString DocumentEditor::addService(const QString &entry, QPointF topLeft)
{
    Service s;
    s.id = m_document->uniqueId(u"entry"_s);
    s.name = tr("Entry point %1").arg(idNumber(s.id));
    s.entry = entry;
    NodeGeometry g;
    g.pos = topLeft;
    auto *cmd = new AddElements(m_document, {ElementEntry{s, -1, g, std::nullopt}});
    cmd->setText(tr("Add entry point"));
    m_document->undoStack()->push(cmd);
    return s.id;
}

bool DocumentEditor::canContainKind(const QString &containerId, std::optional<ContainerKind> childKind) const
{
    const Container *c = m_document->container(containerId);
    if (!c)
        return false;
    return !childKind || kinds::nestingRank(*childKind) > kinds::nestingRank(c->kind);
}

bool DocumentEditor::canContain(const QString &containerId, const QString &childId) const
{
    if (containerId == childId)
        return false;
    const ElementRef ref = m_document->find(childId);
    if (ref.type == ElementType::Component)
        return canContainKind(containerId, std::nullopt);
    if (ref.type != ElementType::Container)
        return false;
    if (m_document->descendantsOf(childId).contains(containerId))
        return false;
    return canContainKind(containerId, m_document->model().containers.at(ref.index).kind);
}

void DocumentEditor::setParent(const QString &id, const QString &newParent)
{
    const QString oldParent = m_document->parentOf(id);
    if (oldParent == newParent)
        return;
    QList<ElementValue> values;
    if (!oldParent.isEmpty()) {
        Container c = *m_document->container(oldParent);
        c.children.removeAll(id);
        values << c;
    }
    if (!newParent.isEmpty()) {
        Container c = *m_document->container(newParent);
        c.children << id;
        values << c;
    }
    auto *cmd = new ChangeElement(m_document, values);
    cmd->setText(newParent.isEmpty() ? tr("Take %1 out of %2").arg(m_document->model().displayName(id),
                                                                    m_document->model().displayName(oldParent))
                                     : tr("Place %1 in %2").arg(m_document->model().displayName(id),
                                                                m_document->model().displayName(newParent)));
    m_document->undoStack()->push(cmd);
}

bool DocumentEditor::wouldCreateCycle(const QString &from, const QString &to) const
{
    // A new "from needs to" closes a cycle when `to` already needs `from`; the
    // edges are the validator's own (DependencyGraph), so nothing the editor
    // accepts is later reported as a cycle.
    return from == to || DependencyGraph(m_document->model()).reaches(to, from);
}

QString DocumentEditor::createLink(LinkKind kind, const QString &from, const QString &to, QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return QString();
    };
    const ElementRef fromRef = m_document->find(from);
    const ElementRef toRef = m_document->find(to);
    if (!fromRef.isValid() || !toRef.isValid())
        return fail(tr("A link needs an element at both ends."));
    if (from == to)
        return fail(tr("An element cannot be linked to itself."));
    const Model &m = m_document->model();

    switch (kind) {
    case LinkKind::Dependency:
    case LinkKind::Traffic: {
        auto isEndpoint = [](ElementType t) {
            return t == ElementType::Component || t == ElementType::RedundancyGroup || t == ElementType::QuorumGroup;
        };
        if (!isEndpoint(fromRef.type) || !isEndpoint(toRef.type))
            return fail(tr("A dependency joins components, redundancy groups or quorum groups."));
        for (const DependencyLink &d : m.dependencies)
            if (d.from == from && d.to == to)
                return fail(tr("%1 already depends on %2.").arg(m.displayName(from), m.displayName(to)));
        if (wouldCreateCycle(from, to))
            return fail(tr("%1 already needs %2 (directly or through others): this dependency would make a cycle.")
                            .arg(m.displayName(to), m.displayName(from)));
        DependencyLink d;
        d.id = m_document->uniqueId(kind == LinkKind::Traffic ? u"traffic"_s : u"dependency"_s);
        d.from = from;
        d.to = to;
        d.kind = kind == LinkKind::Traffic ? DependencyKind::Traffic : DependencyKind::Requires;
        auto *cmd = new AddElements(m_document, {ElementEntry{d, -1, std::nullopt, std::nullopt}});
        cmd->setText(kind == LinkKind::Traffic
                         ? tr("Add traffic from %1 to %2").arg(m.displayName(from), m.displayName(to))
                         : tr("Add dependency: %1 needs %2").arg(m.displayName(from), m.displayName(to)));
        m_document->undoStack()->push(cmd);
        return d.id;
    }
    case LinkKind::Replication: {
        if (fromRef.type != ElementType::Component || toRef.type != ElementType::Component)
            return fail(tr("Replication joins two components (data stores)."));
        for (const ReplicationLink &r : m.replications)
            if (r.from == from && r.to == to)
                return fail(tr("%1 already replicates to %2.").arg(m.displayName(from), m.displayName(to)));
        ReplicationLink r;
        r.id = m_document->uniqueId(u"replication"_s);
        r.from = from;
        r.to = to;
        auto *cmd = new AddElements(m_document, {ElementEntry{r, -1, std::nullopt, std::nullopt}});
        cmd->setText(tr("Add replication from %1 to %2").arg(m.displayName(from), m.displayName(to)));
        m_document->undoStack()->push(cmd);
        return r.id;
    }
    case LinkKind::Failover: return createFailover(from, to, error);
    }
    return QString();
}

QString DocumentEditor::createFailover(const QString &from, const QString &to, QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return QString();
    };
    const Model &m = m_document->model();
    if (!m_document->component(from) || !m_document->component(to))
        return fail(tr("A failover joins two components of one redundancy group."));
    for (const FailoverLink &f : m.failovers)
        if (f.from == from && f.to == to)
            return fail(tr("%1 already fails over to %2.").arg(m.displayName(from), m.displayName(to)));
    const RedundancyGroup *gFrom = nullptr;
    const RedundancyGroup *gTo = nullptr;
    for (const RedundancyGroup &g : m.groups) {
        if (g.members.contains(from))
            gFrom = &g;
        if (g.members.contains(to))
            gTo = &g;
    }
    if (gFrom && gTo && gFrom != gTo)
        return fail(tr("%1 and %2 are in different redundancy groups; a failover stays inside one group.")
                        .arg(m.displayName(from), m.displayName(to)));

    const QString fromName = m.displayName(from), toName = m.displayName(to);
    QUndoStack *stack = m_document->undoStack();
    stack->beginMacro(tr("Add failover from %1 to %2").arg(fromName, toName));
    const RedundancyGroup *existing = gFrom ? gFrom : gTo;
    if (existing) {
        RedundancyGroup g = *existing;
        if (!g.members.contains(from))
            g.members << from;
        if (!g.members.contains(to))
            g.members << to;
        g.policy = RedundancyPolicy::ActivePassive;
        if (!(g == *existing)) {
            auto *cmd = new ChangeElement(m_document, {g});
            cmd->setText(tr("Make %1 active-passive").arg(g.name.isEmpty() ? g.id : g.name));
            stack->push(cmd);
        }
    } else {
        RedundancyGroup g;
        g.id = m_document->uniqueId(u"group"_s);
        g.name = tr("%1 / %2").arg(fromName, toName);
        g.policy = RedundancyPolicy::ActivePassive;
        g.members = QStringList{from, to};
        stack->push(new AddElements(m_document, {ElementEntry{g, -1, std::nullopt, std::nullopt}}));
    }
    FailoverLink f;
    f.id = m_document->uniqueId(u"failover"_s);
    f.from = from;
    f.to = to;
    stack->push(new AddElements(m_document, {ElementEntry{f, -1, std::nullopt, std::nullopt}}));
    stack->endMacro();
    return f.id;
}

void DocumentEditor::deleteElements(const QStringList &ids)
{
    const Model &m = m_document->model();
    QSet<QString> removed;
    QStringList order; // removal set in discovery order
    QHash<QString, ElementValue> changed;
    QStringList todo;
    auto remove = [&](const QString &id) {
        if (id.isEmpty() || removed.contains(id) || !m_document->contains(id))
            return;
        removed.insert(id);
        order << id;
        todo << id;
        changed.remove(id);
    };
    for (const QString &id : ids) {
        remove(id);
        for (const QString &inner : m_document->descendantsOf(id))
            remove(inner);
    }
    while (!todo.isEmpty()) {
        const QString id = todo.takeFirst();
        for (const QString &referrer : m_document->referrersOf(id)) {
            if (removed.contains(referrer))
                continue;
            ElementValue v = changed.contains(referrer) ? changed.value(referrer) : *m_document->element(referrer);
            const ElementType t = elements::typeOf(v);
            // Links die with either end; an entry point with what it serves.
            if (t == ElementType::Dependency) {
                const auto &d = std::get<DependencyLink>(v);
                if (d.from == id || d.to == id) {
                    remove(referrer);
                    continue;
                }
            } else if (t == ElementType::FailoverLink) {
                const auto &f = std::get<FailoverLink>(v);
                if (f.from == id || f.to == id) {
                    remove(referrer);
                    continue;
                }
            } else if (t == ElementType::ReplicationLink) {
                const auto &r = std::get<ReplicationLink>(v);
                if (r.from == id || r.to == id) {
                    remove(referrer);
                    continue;
                }
            } else if (t == ElementType::Service) {
                remove(referrer);
                continue;
            }
            v = elements::withoutReference(v, id);
            if (t == ElementType::RedundancyGroup) {
                auto &g = std::get<RedundancyGroup>(v);
                const int minimum = g.policy == RedundancyPolicy::ActivePassive ? 2 : 1;
                if (g.members.size() < minimum) {
                    remove(referrer);
                    continue;
                }
                g.maxUnavailable = std::min<int>(g.maxUnavailable, int(g.members.size()));
                g.minAvailable = std::min<int>(g.minAvailable, int(g.members.size()));
                if (g.commonCause.type == CommonCauseType::AlphaFactor || g.members.size() < 2)
                    g.commonCause = CommonCauseModel(); // the factors were per member count
            } else if (t == ElementType::QuorumGroup) {
                auto &q = std::get<QuorumGroup>(v);
                if (q.voters.isEmpty()) {
                    remove(referrer);
                    continue;
                }
                if (q.n > q.voters.size())
                    q.n = int(q.voters.size());
                const int n = q.replicaCount();
                q.w = std::min(q.w, n);
                q.r = std::min(q.r, n);
            }
            changed.insert(referrer, v);
        }
    }
    if (order.isEmpty())
        return;

    QUndoStack *stack = m_document->undoStack();
    // Named after what the user chose; what goes with it is part of the step.
    QStringList chosen;
    for (const QString &id : ids)
        if (m_document->contains(id) && !chosen.contains(id))
            chosen << id;
    const QString text = chosen.size() == 1 ? tr("Delete %1").arg(m.displayName(chosen.first()))
                                            : tr("Delete %n element(s)", nullptr, int(chosen.size()));
    stack->beginMacro(text);
    if (!changed.isEmpty()) {
        QList<ElementValue> values;
        for (const QString &id : m.allIds()) // file order: deterministic
            if (changed.contains(id))
                values << changed.value(id);
        stack->push(new ChangeElement(m_document, values));
    }
    stack->push(new RemoveElements(m_document, order));
    stack->endMacro();
}

QStringList DocumentEditor::paste(const Model &fragment, QPointF offset, const ParentResolver &parentAt,
                                  const QString &text)
{
    const QStringList fragmentIds = fragment.allIds();
    if (fragmentIds.isEmpty())
        return {};
    QHash<QString, QString> map;
    QSet<QString> taken;
    for (const QString &id : fragmentIds) {
        QString newId = id;
        if (m_document->contains(id) || taken.contains(id) || !Validator::isValidId(id)) {
            const QString base = copyBase(id);
            for (int n = 1;; ++n) {
                newId = base + u'-' + QString::number(n);
                if (!m_document->contains(newId) && !taken.contains(newId) && !fragmentIds.contains(newId))
                    break;
            }
        }
        taken.insert(newId);
        map.insert(id, newId);
    }

    Model source = fragment;
    QList<ElementEntry> entries;
    QSet<QString> childrenInFragment;
    for (const Container &c : fragment.containers)
        for (const QString &child : c.children)
            childrenInFragment.insert(child);
    auto addAll = [&](const auto &list) {
        for (const auto &e : list) {
            ElementValue v = elements::withIdsMapped(ElementValue(e), map);
            // References leaving the fragment stay only if they name something here.
            for (const QString &ref : elements::referencesOf(v))
                if (!taken.contains(ref) && !m_document->contains(ref))
                    v = elements::withoutReference(v, ref);
            ElementEntry entry{v, -1, std::nullopt, std::nullopt};
            const auto node = fragment.layout.nodes.constFind(e.id);
            if (node != fragment.layout.nodes.constEnd()) {
                NodeGeometry g = *node;
                g.pos += offset;
                entry.geometry = g;
            }
            const auto bends = fragment.layout.bends.constFind(e.id);
            if (bends != fragment.layout.bends.constEnd()) {
                QList<QPointF> points = *bends;
                for (QPointF &p : points)
                    p += offset;
                entry.bends = points;
            }
            entries << entry;
        }
    };
    addAll(fragment.components);
    addAll(fragment.containers);
    addAll(fragment.groups);
    addAll(fragment.quorums);
    addAll(fragment.services);
    addAll(fragment.dependencies);
    addAll(fragment.failovers);
    addAll(fragment.replications);

    // Links whose ends did not survive (an end outside the fragment that does not
    // exist here) cannot be pasted.
    QList<ElementEntry> kept;
    for (const ElementEntry &e : std::as_const(entries)) {
        const ElementType t = elements::typeOf(e.value);
        bool ok = true;
        std::visit(
            [&](const auto &x) {
                if constexpr (requires { x.from; x.to; })
                    ok = !x.from.isEmpty() && !x.to.isEmpty();
            },
            e.value);
        if (t == ElementType::Service && std::get<Service>(e.value).entry.isEmpty())
            ok = false;
        if (ok)
            kept << e;
    }
    if (kept.isEmpty())
        return {};

    QUndoStack *stack = m_document->undoStack();
    stack->beginMacro(text.isEmpty() ? tr("Paste %n element(s)", nullptr, int(kept.size())) : text);
    stack->push(new AddElements(m_document, kept));
    QStringList newIds;
    for (const ElementEntry &e : std::as_const(kept)) {
        const QString id = elements::idOf(e.value);
        newIds << id;
        const ElementType t = elements::typeOf(e.value);
        if ((t == ElementType::Component || t == ElementType::Container) && e.geometry
            && !childrenInFragment.contains(map.key(id)) && parentAt) {
            std::optional<ContainerKind> kind;
            if (t == ElementType::Container)
                kind = std::get<Container>(e.value).kind;
            QSizeF size = e.geometry->size.isEmpty() ? defaultSize(t, kind) : e.geometry->size;
            const QString parent = parentAt(id, QRectF(e.geometry->pos, size));
            if (!parent.isEmpty() && canContain(parent, id))
                setParent(id, parent);
        }
    }
    stack->endMacro();
    return newIds;
}

QString DocumentEditor::groupAsRedundancyGroup(const QStringList &componentIds, QString *error)
{
    const Model &m = m_document->model();
    QStringList members;
    for (const QString &id : componentIds)
        if (m_document->component(id))
            members << id;
    if (members.isEmpty()) {
        if (error)
            *error = tr("Select the components that replicate one role.");
        return QString();
    }
    for (const RedundancyGroup &g : m.groups)
        for (const QString &id : members)
            if (g.members.contains(id)) {
                if (error)
                    *error = tr("%1 is already in redundancy group %2.").arg(m.displayName(id), m.displayName(g.id));
                return QString();
            }
    RedundancyGroup g;
    g.id = m_document->uniqueId(u"group"_s);
    g.name = tr("Redundancy group %1").arg(idNumber(g.id));
    g.members = members;
    auto *cmd = new AddElements(m_document, {ElementEntry{g, -1, std::nullopt, std::nullopt}});
    cmd->setText(tr("Group %n component(s) as redundant", nullptr, int(members.size())));
    m_document->undoStack()->push(cmd);
    return g.id;
}

QString DocumentEditor::groupAsQuorum(const QStringList &componentIds, QString *error)
{
    QStringList voters;
    for (const QString &id : componentIds)
        if (m_document->component(id))
            voters << id;
    if (voters.isEmpty()) {
        if (error)
            *error = tr("Select the voters of the quorum.");
        return QString();
    }
    QuorumGroup q;
    q.id = m_document->uniqueId(u"quorum"_s);
    q.name = tr("Quorum %1").arg(idNumber(q.id));
    q.voters = voters;
    auto *cmd = new AddElements(m_document, {ElementEntry{q, -1, std::nullopt, std::nullopt}});
    cmd->setText(tr("Group %n component(s) as a quorum", nullptr, int(voters.size())));
    m_document->undoStack()->push(cmd);
    return q.id;
}

void DocumentEditor::changeElements(const QList<ElementValue> &values, const QString &text, const QString &mergeKey)
{
    QList<ElementValue> changedValues;
    for (const ElementValue &v : values) {
        const auto current = m_document->element(elements::idOf(v));
        if (current && !(*current == v))
            changedValues << v;
    }
    if (changedValues.isEmpty())
        return;
    auto *cmd = new ChangeElement(m_document, changedValues);
    cmd->setText(text);
    if (!mergeKey.isEmpty())
        cmd->setMergeKey(CmdChangeProperty, mergeKey);
    m_document->undoStack()->push(cmd);
}

} // namespace nf
