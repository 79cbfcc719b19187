#pragma once

#include "elementvalue.h"
#include "model.h"
#include "modelindex.h"

#include <QHash>
#include <QObject>
#include <QUndoStack>

#include <optional>

namespace nf {

// The model's own properties (not an element's).
struct ModelInfo
{
    QString name;
    QString description;
    QString currency;
    QString loadUnit;
    double missionTimeHours = 8760.0;
    bool operator==(const ModelInfo &) const = default;
};

// One open model: the Model, its undo stack, its file. Every change goes through
// a QUndoCommand pushed on undoStack(); the commands call the mutators below,
// which emit typed change signals that views (scene items, inspector) follow.
// snapshot() gives an immutable copy for the analysis thread (Model is an
// implicitly shared value type, so a copy is cheap).
class Document : public QObject
{
    Q_OBJECT

public:
    explicit Document(QObject *parent = nullptr);
    Document(const Model &model, const QString &filePath, QObject *parent = nullptr);

    const Model &model() const { return m_model; }
    Model snapshot() const { return m_model; }
    QUndoStack *undoStack() const { return m_undoStack; }

    QString filePath() const { return m_filePath; }
    void setFilePath(const QString &path);
    // File name for titles: the file's name, or the model's name for a new document.
    QString displayName() const;
    // Name shown while the document has no file (e.g. "delta-2016.ninefold" for an example).
    void setUntitledName(const QString &name) { m_untitledName = name; }
    bool isModified() const { return !m_undoStack->isClean(); }
    // Writes the model to `path` atomically; on success the document is clean and
    // belongs to `path`. On failure nothing changes and `error` says why.
    bool save(const QString &path, QString *error = nullptr);
    // Replaces the whole model (Revert): the undo history is cleared.
    void resetModel(const Model &model);
    // Marks the document modified although nothing is on the undo stack (a
    // recovered or imported model not yet saved where it belongs).
    void setUnsavedContent(bool unsaved);
    bool hasUnsavedContent() const { return m_unsavedContent; }

    // Lookups by id; constant time.
    ElementRef find(const QString &id) const;
    bool contains(const QString &id) const { return find(id).isValid(); }
    std::optional<ElementValue> element(const QString &id) const;
    const Component *component(const QString &id) const;
    const Container *container(const QString &id) const;
    const Service *service(const QString &id) const;
    // The containers holding `id`, innermost first.
    QStringList containerChain(const QString &id) const;
    // The container directly holding `id`, or an empty string.
    QString parentOf(const QString &id) const;
    // Everything inside container `id`, at any depth.
    QStringList descendantsOf(const QString &id) const;
    // Ids of the elements referring to `id` (links, groups, containers, services).
    QStringList referrersOf(const QString &id) const;
    // A readable id not yet used: base-1, base-2, ...
    QString uniqueId(const QString &base) const;
    std::optional<NodeGeometry> nodeGeometry(const QString &id) const;
    std::optional<QList<QPointF>> bends(const QString &id) const;

    // Mutators for undo commands only; views never call them.
    void insertElement(const ElementValue &value, int index, const std::optional<NodeGeometry> &geometry = {},
                       const std::optional<QList<QPointF>> &bends = {});
    ElementValue removeElement(const QString &id, int *index = nullptr);
    void replaceElement(const ElementValue &value);
    void setNodeGeometry(const QString &id, const std::optional<NodeGeometry> &geometry);
    void setBends(const QString &id, const std::optional<QList<QPointF>> &bends);
    ModelInfo modelInfo() const;
    void setModelInfo(const ModelInfo &info);

signals:
    void elementAdded(const QString &id);
    void elementAboutToBeRemoved(const QString &id);
    void elementRemoved(const QString &id, nf::ElementType type);
    void elementChanged(const QString &id); // properties, endpoints, members or children
    void geometryChanged(const QString &id);
    void bendsChanged(const QString &id);
    void modelInfoChanged();
    void documentReset();
    // After every change of any kind (a command done or undone, a reset).
    void changed();
    void filePathChanged(const QString &path);
    void modifiedChanged(bool modified);

private:
    void invalidateIndex();
    const ModelIndex &index() const;
    void ensureReferrers() const;
    void emitModified();

    Model m_model;
    QString m_filePath;
    QString m_untitledName;
    QUndoStack *m_undoStack;
    bool m_unsavedContent = false;
    bool m_lastModified = false;

    // The one id lookup (ModelIndex), rebuilt when first asked for after a change.
    mutable std::optional<ModelIndex> m_index;
    mutable bool m_referrersValid = false;
    mutable QMultiHash<QString, QString> m_referrers;
};

} // namespace nf
