#include "migration.h"

#include "formatversion.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace nf {

bool Migration::upgrade(QJsonObject &root, int fromVersion, const QString &file,
                        QList<Diagnostic> &diagnostics)
{
    for (int v = fromVersion; v < kFormatVersion; ++v) {
        bool ok = false;
        switch (v) {
        case 1: ok = upgrade1to2(root, file, diagnostics); break;
        default: break;
        }
        if (!ok)
            return false;
        root.insert(u"format_version"_s, v + 1);
    }
    return true;
}

// Format 1 (the 0.0 drafts) kept a component's container on the component
// ("placement"), named the rates "mtbf"/"mttr" and the groups "groups". Format 2
// lists a container's children on the container, spells out units, and names
// the groups "redundancy_groups".
bool Migration::upgrade1to2(QJsonObject &root, const QString &file, QList<Diagnostic> &diagnostics)
{
    auto renameRates = [](QJsonObject &o) {
        if (o.contains(u"mtbf"_s)) {
            o.insert(u"mtbf_hours"_s, o.value(u"mtbf"_s));
            o.remove(u"mtbf"_s);
        }
        if (o.contains(u"mttr"_s)) {
            o.insert(u"mttr_hours"_s, o.value(u"mttr"_s));
            o.remove(u"mttr"_s);
        }
    };

    QJsonArray containers = root.value(u"containers"_s).toArray();
    QHash<QString, qsizetype> containerIndex;
    for (qsizetype i = 0; i < containers.size(); ++i) {
        QJsonObject c = containers.at(i).toObject();
        renameRates(c);
        containerIndex.insert(c.value(u"id"_s).toString(), i);
        // A version-1 container could itself be placed in another one.
        containers[i] = c;
    }

    auto place = [&](const QJsonObject &element, const QString &kind) -> bool {
        if (!element.contains(u"placement"_s))
            return true;
        const QString id = element.value(u"id"_s).toString();
        const QString parent = element.value(u"placement"_s).toString();
        const auto it = containerIndex.constFind(parent);
        if (it == containerIndex.constEnd()) {
            Diagnostic d;
            d.file = file;
            d.elementType = kind;
            d.elementId = id;
            d.field = u"placement"_s;
            d.message = tr("format 1 placement refers to unknown container '%1'").arg(parent);
            diagnostics << d;
            return false;
        }
        QJsonObject c = containers.at(*it).toObject();
        QJsonArray children = c.value(u"children"_s).toArray();
        children.append(id);
        c.insert(u"children"_s, children);
        containers[*it] = c;
        return true;
    };

    bool ok = true;
    QJsonArray components = root.value(u"components"_s).toArray();
    for (qsizetype i = 0; i < components.size(); ++i) {
        QJsonObject c = components.at(i).toObject();
        renameRates(c);
        ok = place(c, u"component"_s) && ok;
        c.remove(u"placement"_s);
        components[i] = c;
    }
    for (qsizetype i = 0; i < containers.size(); ++i) {
        const QJsonObject c = containers.at(i).toObject();
        ok = place(c, u"container"_s) && ok;
    }
    for (qsizetype i = 0; i < containers.size(); ++i) {
        QJsonObject c = containers.at(i).toObject();
        c.remove(u"placement"_s);
        containers[i] = c;
    }
    if (!components.isEmpty())
        root.insert(u"components"_s, components);
    if (!containers.isEmpty())
        root.insert(u"containers"_s, containers);

    if (root.contains(u"groups"_s)) {
        root.insert(u"redundancy_groups"_s, root.value(u"groups"_s));
        root.remove(u"groups"_s);
    }

    Diagnostic note;
    note.severity = Diagnostic::Severity::Warning;
    note.file = file;
    note.message = tr("converted from file format 1; saving writes format %1").arg(kFormatVersion);
    diagnostics << note;
    return ok;
}

} // namespace nf
