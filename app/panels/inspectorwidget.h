#pragma once

#include "documenteditor.h"
#include "propertydef.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QVBoxLayout;

namespace nf {

class Document;

// Edits the selected elements' properties. A value is parsed and the changed
// model validated before anything is written: an invalid value is refused with
// the validator's reason shown under the field, and the model is left alone.
// With several elements selected it edits the fields they share; fields whose
// values differ show as mixed. With nothing selected it edits the model itself.
class InspectorWidget : public QWidget
{
    Q_OBJECT

public:
    explicit InspectorWidget(QWidget *parent = nullptr);
    ~InspectorWidget() override;

    void setDocument(Document *document);
    void setSelection(const QStringList &ids);
    QStringList selection() const { return m_ids; }

    // What the fields do when the user commits them; public for tests.
    // `text` is parsed as the field's editor parses it; returns false (and shows
    // the reason) when the value is refused.
    bool commitText(const QString &key, const QString &text);
    static void dropStaleStartingPoint(ElementValue &v, const ElementValue &before);
    bool commitValue(const QString &key, const QVariant &value);
    QWidget *editorFor(const QString &key) const;
    QString errorFor(const QString &key) const;
    QStringList fieldKeys() const;

signals:
    void statusMessage(const QString &message);

private:
    struct Field;

    void rebuild();
    QString titleOf(const ElementValue &value) const;
    void refresh();
    void clearForm();
    void buildModelForm();
    bool commitModelInfo(const QString &key, const QString &text);
    QList<ElementValue> selectedValues() const;
    QStringList visibleKeys(const QList<ElementValue> &values) const;
    const PropertyDef *defFor(const ElementValue &value, const QString &key) const;
    void showValue(Field &field, const QList<ElementValue> &values);
    std::optional<QVariant> parse(const Field &field, const QString &text, QString *error) const;
    QString validationError(const QList<ElementValue> &candidate) const;
    void setError(const QString &key, const QString &message);
    QString formatNumber(double v) const;

    QPointer<Document> m_document;
    std::unique_ptr<DocumentEditor> m_editor;
    QStringList m_ids;
    int m_session = 0;
    bool m_refreshing = false;

    QLabel *m_title;
    QLabel *m_subtitle;
    QWidget *m_formHost;
    QVBoxLayout *m_formLayout;
    QList<Field *> m_fields;
    QStringList m_shownKeys;
    mutable std::optional<QStringList> m_errorsBefore; // validation of the current model
};

} // namespace nf
