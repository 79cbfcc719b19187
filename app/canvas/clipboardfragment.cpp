#include "clipboardfragment.h"

#include "document.h"
#include "modelreader.h"
#include "modelwriter.h"

#include <QJsonDocument>
#include <QMimeData>
#include <QSet>

using namespace Qt::StringLiterals;

namespace nf {

QString ClipboardFragment::mimeType()
{
    return u"application/x-ninefold-fragment"_s;
}

Model ClipboardFragment::build(const Document &document, const QStringList &selectedIds,
                               const std::function<QRectF(const QString &)> &rectOf)
{
    const Model &m = document.model();
    QSet<QString> nodes;
    QSet<QString> groupIds;
    for (const QString &id : selectedIds) {
        const ElementRef ref = document.find(id);
        if (!ref.isValid())
            continue;
        if (ref.type == ElementType::Component || ref.type == ElementType::Container
            || ref.type == ElementType::Service) {
            nodes.insert(id);
            for (const QString &inner : document.descendantsOf(id))
                nodes.insert(inner);
        } else if (ref.type == ElementType::RedundancyGroup) {
            groupIds.insert(id);
            for (const QString &member : m.groups.at(ref.index).members)
                nodes.insert(member);
        } else if (ref.type == ElementType::QuorumGroup) {
            groupIds.insert(id);
            for (const QString &voter : m.quorums.at(ref.index).voters)
                nodes.insert(voter);
        }
    }
    Model f;
    f.name = m.name;
    f.currency = m.currency;
    f.loadUnit = m.loadUnit;
    QSet<QString> ids; // everything in the fragment
    auto addLayout = [&](const QString &id) {
        const QRectF r = rectOf(id);
        if (r.isNull())
            return;
        NodeGeometry g;
        g.pos = r.topLeft();
        if (const auto stored = document.nodeGeometry(id); stored && !stored->size.isEmpty())
            g.size = stored->size;
        else if (document.container(id))
            g.size = r.size(); // a container's drawn size travels with it
        f.layout.nodes.insert(id, g);
    };
    for (const Component &c : m.components)
        if (nodes.contains(c.id)) {
            f.components << c;
            ids.insert(c.id);
            addLayout(c.id);
        }
    for (const Container &c : m.containers)
        if (nodes.contains(c.id)) {
            Container copy = c;
            copy.children.clear();
            for (const QString &child : c.children)
                if (nodes.contains(child))
                    copy.children << child;
            f.containers << copy;
            ids.insert(c.id);
            addLayout(c.id);
        }
    for (const RedundancyGroup &g : m.groups) {
        const bool all = !g.members.isEmpty()
            && std::all_of(g.members.begin(), g.members.end(), [&](const QString &x) { return nodes.contains(x); });
        if (all || groupIds.contains(g.id)) {
            f.groups << g;
            ids.insert(g.id);
        }
    }
    for (const QuorumGroup &q : m.quorums) {
        const bool all = !q.voters.isEmpty()
            && std::all_of(q.voters.begin(), q.voters.end(), [&](const QString &x) { return nodes.contains(x); });
        if (all || groupIds.contains(q.id)) {
            f.quorums << q;
            ids.insert(q.id);
        }
    }
    for (const Service &s : m.services)
        if (nodes.contains(s.id)) {
            f.services << s;
            ids.insert(s.id);
            addLayout(s.id);
        }
    auto addBends = [&](const QString &id) {
        if (const auto b = document.bends(id))
            f.layout.bends.insert(id, *b);
    };
    for (const DependencyLink &d : m.dependencies)
        if (ids.contains(d.from) && ids.contains(d.to)) {
            f.dependencies << d;
            addBends(d.id);
        }
    for (const ReplicationLink &r : m.replications)
        if (ids.contains(r.from) && ids.contains(r.to)) {
            f.replications << r;
            addBends(r.id);
        }
    for (const FailoverLink &l : m.failovers) {
        // Only with its group, or the pasted failover would be outside any group.
        bool inGroup = false;
        for (const RedundancyGroup &g : f.groups)
            inGroup = inGroup || (g.members.contains(l.from) && g.members.contains(l.to));
        if (inGroup) {
            f.failovers << l;
            addBends(l.id);
        }
    }
    return f;
}

QMimeData *ClipboardFragment::toMimeData(const Model &fragment)
{
    auto *mime = new QMimeData;
    const QByteArray bytes = ModelWriter::toBytes(fragment);
    mime->setData(mimeType(), bytes);
    mime->setText(QString::fromUtf8(bytes));
    return mime;
}

std::optional<Model> ClipboardFragment::fromMimeData(const QMimeData *mime)
{
    if (!mime || !mime->hasFormat(mimeType()))
        return std::nullopt;
    const LoadResult r = ModelReader::readBytes(mime->data(mimeType()), tr("clipboard"));
    // A fragment may be incomplete (an entry point whose entry was left behind):
    // read it even when it does not validate; paste drops what cannot be joined.
    return r.model;
}

} // namespace nf
