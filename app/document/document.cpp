#include "document.h"

#include "modelwriter.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace nf {

Document::Document(QObject *parent)
    : Document(Model(), QString(), parent)
{
}

Document::Document(const Model &model, const QString &filePath, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_filePath(filePath)
    , m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this, &Document::emitModified);
    connect(m_undoStack, &QUndoStack::indexChanged, this, &Document::changed);
}

void Document::setFilePath(const QString &path)
{
    if (m_filePath == path)
        return;
    m_filePath = path;
    emit filePathChanged(path);
}

QString Document::displayName() const
{
    if (!m_filePath.isEmpty())
        return QFileInfo(m_filePath).fileName();
    return m_untitledName.isEmpty() ? tr("Untitled") : m_untitledName;
}

bool Document::save(const QString &path, QString *error)
{
    if (!ModelWriter::save(m_model, path, error))
        return false;
    setFilePath(path);
    m_unsavedContent = false;
    m_undoStack->setClean();
    emitModified();
    return true;
}

void Document::resetModel(const Model &model)
{
    m_undoStack->clear();
    m_model = model;
    m_unsavedContent = false;
    invalidateIndex();
    emit documentReset();
    emit changed();
    emitModified();
}

void Document::setUnsavedContent(bool unsaved)
{
    m_unsavedContent = unsaved;
    emitModified();
}

void Document::emitModified()
{
    const bool modified = isModified() || m_unsavedContent;
    if (modified == m_lastModified)
        return;
    m_lastModified = modified;
    emit modifiedChanged(modified);
}

void Document::invalidateIndex()
{
    m_index.reset();
    m_referrersValid = false;
}

const ModelIndex &Document::index() const
{
    if (!m_index)
        m_index.emplace(m_model);
    return *m_index;
}

ElementRef Document::find(const QString &id) const
{
    return index().find(id);
}

std::optional<ElementValue> Document::element(const QString &id) const
{
    const ElementRef ref = find(id);
    if (!ref.isValid())
        return std::nullopt;
    return elements::at(m_model, ref);
}

const Component *Document::component(const QString &id) const
{
    const ElementRef ref = find(id);
    return ref.type == ElementType::Component && ref.isValid() ? &m_model.components.at(ref.index) : nullptr;
}

const Container *Document::container(const QString &id) const
{
    const ElementRef ref = find(id);
    return ref.type == ElementType::Container && ref.isValid() ? &m_model.containers.at(ref.index) : nullptr;
}

const Service *Document::service(const QString &id) const
{
    const ElementRef ref = find(id);
    return ref.type == ElementType::Service && ref.isValid() ? &m_model.services.at(ref.index) : nullptr;
}

QStringList Document::containerChain(const QString &id) const
{
    return index().containerChain(id);
}

QString Document::parentOf(const QString &id) const
{
    return index().parentOf(id);
}

QStringList Document::descendantsOf(const QString &id) const
{
    QStringList out;
    QStringList todo{id};
    QSet<QString> seen{id};
    while (!todo.isEmpty()) {
        const Container *c = container(todo.takeFirst());
        if (!c)
            continue;
        for (const QString &child : c->children) {
            if (seen.contains(child))
                continue; // a malformed model may nest in a cycle
            seen.insert(child);
            out << child;
            todo << child;
        }
    }
    return out;
}

void Document::ensureReferrers() const
{
    if (m_referrersValid)
        return;
    m_referrers.clear();
    auto addAll = [this](const auto &list) {
        for (const auto &e : list)
            for (const QString &ref : elements::referencesOf(ElementValue(e)))
                m_referrers.insert(ref, e.id);
    };
    addAll(m_model.components);
    addAll(m_model.containers);
    addAll(m_model.dependencies);
    addAll(m_model.groups);
    addAll(m_model.failovers);
    addAll(m_model.replications);
    addAll(m_model.quorums);
    addAll(m_model.services);
    m_referrersValid = true;
}

QStringList Document::referrersOf(const QString &id) const
{
    ensureReferrers();
    QStringList out = m_referrers.values(id);
    out.removeDuplicates();
    return out;
}

QString Document::uniqueId(const QString &base) const
{
    for (int n = 1;; ++n) {
        const QString id = base + u'-' + QString::number(n);
        if (!index().contains(id))
            return id;
    }
}

std::optional<NodeGeometry> Document::nodeGeometry(const QString &id) const
{
    const auto it = m_model.layout.nodes.constFind(id);
    if (it == m_model.layout.nodes.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<QList<QPointF>> Document::bends(const QString &id) const
{
    const auto it = m_model.layout.bends.constFind(id);
    if (it == m_model.layout.bends.constEnd())
        return std::nullopt;
    return *it;
}

void Document::insertElement(const ElementValue &value, int index, const std::optional<NodeGeometry> &geometry,
                             const std::optional<QList<QPointF>> &bends)
{
    const QString id = elements::idOf(value);
    elements::insert(m_model, value, index);
    if (geometry)
        m_model.layout.nodes.insert(id, *geometry);
    if (bends)
        m_model.layout.bends.insert(id, *bends);
    invalidateIndex();
    emit elementAdded(id);
}

ElementValue Document::removeElement(const QString &id, int *index)
{
    const ElementRef ref = find(id);
    Q_ASSERT(ref.isValid());
    emit elementAboutToBeRemoved(id);
    if (index)
        *index = ref.index;
    ElementValue value = elements::take(m_model, ref);
    m_model.layout.nodes.remove(id);
    m_model.layout.bends.remove(id);
    invalidateIndex();
    emit elementRemoved(id, ref.type);
    return value;
}

void Document::replaceElement(const ElementValue &value)
{
    const QString id = elements::idOf(value);
    const ElementRef ref = find(id);
    Q_ASSERT(ref.isValid());
    elements::replace(m_model, ref, value);
    invalidateIndex();
    emit elementChanged(id);
}

void Document::setNodeGeometry(const QString &id, const std::optional<NodeGeometry> &geometry)
{
    if (geometry)
        m_model.layout.nodes.insert(id, *geometry);
    else
        m_model.layout.nodes.remove(id);
    emit geometryChanged(id);
}

void Document::setBends(const QString &id, const std::optional<QList<QPointF>> &bends)
{
    if (bends)
        m_model.layout.bends.insert(id, *bends);
    else
        m_model.layout.bends.remove(id);
    emit bendsChanged(id);
}

ModelInfo Document::modelInfo() const
{
    return {m_model.name, m_model.description, m_model.currency, m_model.loadUnit, m_model.missionTimeHours};
}

void Document::setModelInfo(const ModelInfo &info)
{
    m_model.name = info.name;
    m_model.description = info.description;
    m_model.currency = info.currency;
    m_model.loadUnit = info.loadUnit;
    m_model.missionTimeHours = info.missionTimeHours;
    emit modelInfoChanged();
}

} // namespace nf
