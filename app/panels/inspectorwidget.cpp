#include "inspectorwidget.h"

#include "changemodelinfo.h"
#include "defaultparameters.h"
#include "document.h"
#include "focusoutfilter.h"
#include "kindicons.h"
#include "kindlabels.h"
#include "propertytable.h"
#include "undocommands.h"
#include "validator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSet>

using namespace Qt::StringLiterals;

namespace nf {

struct InspectorWidget::Field
{
    QString key;
    PropertyDef def; // of the first selected element's type (labels, editor kind)
    QWidget *editor = nullptr;
    QLineEdit *line = nullptr;
    QPlainTextEdit *text = nullptr;
    QComboBox *combo = nullptr;
    QCheckBox *check = nullptr;
    QComboBox *unit = nullptr;
    QLabel *error = nullptr;
    QString shown;          // the text last shown, to skip commits that change nothing
    double durationValue = 0; // Duration: the model value shown, in def.unit
    bool mixed = false;
    QList<QMetaObject::Connection> connections;
    QObject *filter = nullptr;
};


InspectorWidget::InspectorWidget(QWidget *parent)
    : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *inner = new QWidget;
    scroll->setWidget(inner);
    auto *v = new QVBoxLayout(inner);
    v->setContentsMargins(10, 10, 10, 10);
    m_title = new QLabel(inner);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.2);
    f.setBold(true);
    m_title->setFont(f);
    m_title->setWordWrap(true);
    m_subtitle = new QLabel(inner);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_subtitle->setWordWrap(true);
    v->addWidget(m_title);
    v->addWidget(m_subtitle);
    m_formHost = new QWidget(inner);
    m_formLayout = new QVBoxLayout(m_formHost);
    m_formLayout->setContentsMargins(0, 6, 0, 0);
    v->addWidget(m_formHost);
    v->addStretch(1);
    rebuild();
}

InspectorWidget::~InspectorWidget()
{
    qDeleteAll(m_fields);
}

void InspectorWidget::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_editor = document ? std::make_unique<DocumentEditor>(document) : nullptr;
    m_ids.clear();
    m_errorsBefore.reset();
    if (document) {
        auto changed = [this](const QString &id) {
            if (m_ids.contains(id))
                refresh();
        };
        connect(document, &Document::elementChanged, this, changed);
        connect(document, &Document::modelInfoChanged, this, [this] {
            if (m_ids.isEmpty())
                refresh();
        });
        connect(document, &Document::changed, this, [this] { m_errorsBefore.reset(); });
        connect(document, &Document::elementRemoved, this, [this](const QString &id) {
            if (m_ids.removeAll(id))
                rebuild();
        });
        connect(document, &Document::documentReset, this, [this] {
            m_ids.clear();
            rebuild();
        });
    }
    rebuild();
}

void InspectorWidget::setSelection(const QStringList &ids)
{
    m_ids = ids;
    ++m_session;
    rebuild();
}

QList<ElementValue> InspectorWidget::selectedValues() const
{
    QList<ElementValue> out;
    if (!m_document)
        return out;
    for (const QString &id : m_ids)
        if (const auto v = m_document->element(id))
            out << *v;
    return out;
}

const PropertyDef *InspectorWidget::defFor(const ElementValue &value, const QString &key) const
{
    return PropertyTable::find(elements::typeOf(value), key);
}

QStringList InspectorWidget::visibleKeys(const QList<ElementValue> &values) const
{
    if (values.isEmpty())
        return {};
    QStringList keys;
    for (const PropertyDef &d : PropertyTable::of(elements::typeOf(values.first()))) {
        bool shared = true;
        for (const ElementValue &v : values) {
            const PropertyDef *other = defFor(v, d.key);
            shared = shared && other && other->editor == d.editor && (!other->visible || other->visible(v));
        }
        if (shared)
            keys << d.key;
    }
    return keys;
}

void InspectorWidget::clearForm()
{
    // The form may be rebuilt from inside one of its own editors' signals (an edit
    // commits, the model changes, the fields change): cut the old editors off and
    // let the event loop delete them.
    for (Field *f : std::as_const(m_fields)) {
        for (const QMetaObject::Connection &c : std::as_const(f->connections))
            disconnect(c);
        delete f->filter;
    }
    qDeleteAll(m_fields);
    m_fields.clear();
    while (QLayoutItem *item = m_formLayout->takeAt(0)) {
        if (QWidget *w = item->widget()) {
            w->hide();
            w->deleteLater();
        }
        delete item;
    }
}

QString InspectorWidget::titleOf(const ElementValue &value) const
{
    const QString name = elements::nameOf(value);
    if (!name.isEmpty())
        return name;
    // Links have no name: they are known by their ends.
    const QStringList refs = elements::referencesOf(value);
    if (elements::isLink(elements::typeOf(value)) && refs.size() >= 2)
        return tr("%1 \u2192 %2").arg(m_document->model().displayName(refs.at(0)),
                                      m_document->model().displayName(refs.at(1)));
    const QString type = KindLabels::elementType(elements::typeOf(value));
    return type.left(1).toUpper() + type.mid(1);
}

void InspectorWidget::rebuild()
{
    clearForm();
    m_shownKeys.clear();
    if (!m_document) {
        m_title->setText(tr("No model open"));
        m_subtitle->clear();
        return;
    }
    const QList<ElementValue> values = selectedValues();
    if (values.isEmpty()) {
        buildModelForm();
        return;
    }
    QSet<ElementType> types;
    for (const ElementValue &v : values)
        types.insert(elements::typeOf(v));
    if (values.size() == 1) {
        m_title->setText(titleOf(values.first()));
        const ElementValue &v = values.first();
        m_subtitle->setText(tr("%1 \u00b7 id %2").arg(KindLabels::elementType(elements::typeOf(v)), elements::idOf(v)));
    } else {
        m_title->setText(tr("%n elements selected", nullptr, int(values.size())));
        m_subtitle->setText(types.size() == 1 ? tr("Editing the fields they share")
                                              : tr("Different kinds: only the fields they share are shown"));
    }

    m_shownKeys = visibleKeys(values);
    QString currentSection;
    QFormLayout *form = nullptr;
    for (const QString &key : std::as_const(m_shownKeys)) {
        const PropertyDef *def = defFor(values.first(), key);
        if (def->section != currentSection || !form) {
            currentSection = def->section;
            auto *heading = new QLabel(currentSection, m_formHost);
            QFont f = heading->font();
            f.setBold(true);
            heading->setFont(f);
            heading->setContentsMargins(0, 10, 0, 2);
            m_formLayout->addWidget(heading);
            auto *host = new QWidget(m_formHost);
            form = new QFormLayout(host);
            form->setContentsMargins(0, 0, 0, 0);
            form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
            form->setRowWrapPolicy(QFormLayout::DontWrapRows);
            m_formLayout->addWidget(host);
        }
        auto *field = new Field;
        field->key = key;
        field->def = *def;
        QWidget *host = form->parentWidget();
        switch (def->editor) {
        case PropertyDef::Editor::LongText: {
            field->text = new QPlainTextEdit(host);
            field->text->setTabChangesFocus(true);
            field->text->setFixedHeight(field->text->fontMetrics().lineSpacing() * 4 + 12);
            field->filter = new FocusOutFilter(field->text, [this, field] {
                if (field->text->toPlainText() != field->shown)
                    commitText(field->key, field->text->toPlainText());
            });
            field->text->installEventFilter(field->filter);
            field->editor = field->text;
            break;
        }
        case PropertyDef::Editor::Bool:
            field->check = new QCheckBox(host);
            field->connections << connect(field->check, &QCheckBox::clicked, this, [this, key](bool on) { commitValue(key, on); });
            field->editor = field->check;
            break;
        case PropertyDef::Editor::Choice:
            field->combo = new QComboBox(host);
            for (const auto &[id, label] : def->choices)
                field->combo->addItem(label, id);
            field->connections << connect(field->combo, &QComboBox::activated, this, [this, field](int index) {
                commitValue(field->key, field->combo->itemData(index));
            });
            field->editor = field->combo;
            break;
        case PropertyDef::Editor::Reference: {
            field->combo = new QComboBox(host);
            if (def->optional)
                field->combo->addItem(tr("(none)"), QString());
            const Model &m = m_document->model();
            auto add = [&](ElementType t, const QString &id, const QString &name) {
                if (def->referenceTypes.contains(t))
                    field->combo->addItem(name.isEmpty() ? id : tr("%1 (%2)").arg(name, id), id);
            };
            for (const Component &c : m.components)
                add(ElementType::Component, c.id, c.name);
            for (const RedundancyGroup &g : m.groups)
                add(ElementType::RedundancyGroup, g.id, g.name);
            for (const QuorumGroup &q : m.quorums)
                add(ElementType::QuorumGroup, q.id, q.name);
            field->connections << connect(field->combo, &QComboBox::activated, this, [this, field](int index) {
                commitValue(field->key, field->combo->itemData(index));
            });
            field->editor = field->combo;
            break;
        }
        case PropertyDef::Editor::Duration: {
            auto *row = new QWidget(host);
            auto *h = new QHBoxLayout(row);
            h->setContentsMargins(0, 0, 0, 0);
            field->line = new QLineEdit(row);
            field->unit = new QComboBox(row);
            for (NumberFormat::Time u : {NumberFormat::Time::Seconds, NumberFormat::Time::Minutes, NumberFormat::Time::Hours, NumberFormat::Time::Days,
                                  NumberFormat::Time::Years})
                field->unit->addItem(NumberFormat::unitLabel(u), int(u));
            h->addWidget(field->line, 1);
            h->addWidget(field->unit);
            field->connections << connect(field->unit, &QComboBox::activated, this, [this, field] {
                if (field->mixed || !field->line->text().isEmpty() || !field->def.optional) {
                    // Show the same value in the unit just chosen.
                    const double per = NumberFormat::secondsPer(NumberFormat::Time(field->unit->currentData().toInt()));
                    const double seconds = field->durationValue * NumberFormat::secondsPer(field->def.unit);
                    if (!field->mixed && !(field->def.optional && field->line->text().isEmpty())) {
                        field->shown = formatNumber(seconds / per);
                        field->line->setText(field->shown);
                    }
                }
            });
            field->connections << connect(field->line, &QLineEdit::editingFinished, this, [this, field] {
                if (field->line->text() != field->shown)
                    commitText(field->key, field->line->text());
            });
            field->editor = row;
            break;
        }
        default: {
            field->line = new QLineEdit(host);
            const QString suffix = PropertyTable::suffixFor(*def, *m_document);
            QWidget *w = field->line;
            if (!suffix.isEmpty()) {
                auto *row = new QWidget(host);
                auto *h = new QHBoxLayout(row);
                h->setContentsMargins(0, 0, 0, 0);
                field->line->setParent(row);
                h->addWidget(field->line, 1);
                h->addWidget(new QLabel(suffix, row));
                w = row;
            }
            field->connections << connect(field->line, &QLineEdit::editingFinished, this, [this, field] {
                if (field->line->text() != field->shown)
                    commitText(field->key, field->line->text());
            });
            field->editor = w;
            break;
        }
        }
        if (!def->toolTip.isEmpty())
            field->editor->setToolTip(def->toolTip);
        QWidget *focusable = field->line ? static_cast<QWidget *>(field->line) : field->editor;
        focusable->setObjectName(key);
        field->error = new QLabel(host);
        field->error->setWordWrap(true);
        field->error->setStyleSheet(u"color: #d63b3b;"_s);
        field->error->setVisible(false);
        // A long (translated) label goes above its field instead of squeezing it.
        auto *label = new QLabel(def->label, host);
        label->setBuddy(field->line ? static_cast<QWidget *>(field->line) : field->editor);
        if (label->sizeHint().width() > fontMetrics().averageCharWidth() * 18) {
            label->setWordWrap(true);
            form->addRow(label);
            form->addRow(field->editor);
        } else {
            form->addRow(label, field->editor);
        }
        form->addRow(QString(), field->error);
        m_fields << field;
        showValue(*field, values);
    }
}

void InspectorWidget::buildModelForm()
{
    const ModelInfo info = m_document->modelInfo();
    m_title->setText(info.name.isEmpty() ? tr("Untitled model") : info.name);
    m_subtitle->setText(tr("Model \u00b7 select an element to edit it"));
    auto *host = new QWidget(m_formHost);
    auto *form = new QFormLayout(host);
    form->setContentsMargins(0, 0, 0, 0);
    m_formLayout->addWidget(host);
    auto addLine = [&](const QString &key, const QString &label, const QString &value) {
        auto *field = new Field;
        field->key = key;
        field->line = new QLineEdit(value, host);
        field->line->setObjectName(key);
        field->shown = value;
        field->editor = field->line;
        field->error = new QLabel(host);
        field->error->setWordWrap(true);
        field->error->setStyleSheet(u"color: #d63b3b;"_s);
        field->error->setVisible(false);
        field->connections << connect(field->line, &QLineEdit::editingFinished, this, [this, field] {
            if (field->line->text() != field->shown)
                commitText(field->key, field->line->text());
        });
        form->addRow(label, field->line);
        form->addRow(QString(), field->error);
        m_fields << field;
    };
    addLine(u"name"_s, tr("Name"), info.name);
    auto *field = new Field;
    field->key = u"description"_s;
    field->text = new QPlainTextEdit(info.description, host);
    field->text->setObjectName(field->key);
    field->text->setTabChangesFocus(true);
    field->text->setFixedHeight(field->text->fontMetrics().lineSpacing() * 8 + 12);
    field->shown = info.description;
    field->editor = field->text;
    field->error = new QLabel(host);
    field->error->setVisible(false);
    field->filter = new FocusOutFilter(field->text, [this, field] {
        if (field->text->toPlainText() != field->shown)
            commitText(field->key, field->text->toPlainText());
    });
    field->text->installEventFilter(field->filter);
    form->addRow(tr("Description"), field->text);
    form->addRow(QString(), field->error);
    m_fields << field;
    addLine(u"currency"_s, tr("Currency"), info.currency);
    addLine(u"load_unit"_s, tr("Load unit"), info.loadUnit);
    addLine(u"mission_time_hours"_s, tr("Mission time (hours)"), formatNumber(info.missionTimeHours));
    m_shownKeys = {u"name"_s, u"description"_s, u"currency"_s, u"load_unit"_s, u"mission_time_hours"_s};
}

QString InspectorWidget::formatNumber(double v) const
{
    return QLocale().toString(v, 'g', 12).remove(QLocale().groupSeparator());
}

void InspectorWidget::showValue(Field &field, const QList<ElementValue> &values)
{
    QList<QVariant> all;
    for (const ElementValue &v : values)
        if (const PropertyDef *d = defFor(v, field.key))
            all << d->get(v);
    field.mixed = false;
    for (const QVariant &x : all)
        field.mixed = field.mixed || !(x == all.first());
    const QVariant value = all.isEmpty() ? QVariant() : all.first();
    const QString mixedText = tr("(mixed)");

    QString text;
    switch (field.def.editor) {
    case PropertyDef::Editor::Text:
    case PropertyDef::Editor::LongText: text = value.toString(); break;
    case PropertyDef::Editor::Number: text = value.isValid() ? formatNumber(value.toDouble()) : QString(); break;
    case PropertyDef::Editor::Integer: text = QString::number(value.toInt()); break;
    case PropertyDef::Editor::Percent:
        text = value.isValid() ? formatNumber(value.toDouble() * 100.0) + u" %"_s : QString();
        break;
    case PropertyDef::Editor::Duration: {
        field.durationValue = value.toDouble();
        if (!value.isValid()) {
            text.clear();
            break;
        }
        const double seconds = value.toDouble() * NumberFormat::secondsPer(field.def.unit);
        // Keep the unit the user chose for this field; pick one the first time.
        NumberFormat::Time unit = field.shown.isNull() ? (seconds > 0 ? NumberFormat::bestUnit(seconds) : field.def.unit)
                                                : NumberFormat::Time(field.unit->currentData().toInt());
        field.unit->setCurrentIndex(field.unit->findData(int(unit)));
        text = formatNumber(seconds / NumberFormat::secondsPer(unit));
        break;
    }
    case PropertyDef::Editor::IdList: {
        // Elements by name where the name says which one it is, else by id.
        const Model &m = m_document->model();
        QHash<QString, int> uses;
        for (const QString &id : m.allIds())
            ++uses[m.displayName(id)];
        QStringList shown;
        for (const QString &id : value.toStringList()) {
            const QString name = m.displayName(id);
            const bool plain = uses.value(name) == 1 && !name.contains(u',') && !name.contains(u';');
            shown << (plain ? name : id);
        }
        text = shown.join(u", "_s);
        break;
    }
    case PropertyDef::Editor::Tags: text = value.toStringList().join(u", "_s); break;
    case PropertyDef::Editor::NumberList: {
        QStringList parts;
        for (const QVariant &x : value.toList())
            parts << formatNumber(x.toDouble());
        text = parts.join(u", "_s);
        break;
    }
    case PropertyDef::Editor::Bool:
        field.check->setTristate(field.mixed);
        field.check->setCheckState(field.mixed ? Qt::PartiallyChecked
                                               : (value.toBool() ? Qt::Checked : Qt::Unchecked));
        return;
    case PropertyDef::Editor::Choice:
    case PropertyDef::Editor::Reference: {
        const int index = field.mixed ? -1 : field.combo->findData(value.toString());
        field.combo->setCurrentIndex(index);
        if (index < 0 && !field.mixed && !value.toString().isEmpty()) {
            field.combo->addItem(value.toString(), value.toString()); // a dangling reference stays visible
            field.combo->setCurrentIndex(field.combo->count() - 1);
        }
        field.combo->setPlaceholderText(field.mixed ? mixedText : QString());
        return;
    }
    }
    if (field.mixed)
        text.clear();
    field.shown = text;
    if (field.line) {
        field.line->setText(text);
        field.line->setPlaceholderText(field.mixed ? mixedText : QString());
    } else if (field.text) {
        field.text->setPlainText(text);
        field.text->setPlaceholderText(field.mixed ? mixedText : QString());
    }
}

void InspectorWidget::refresh()
{
    if (m_refreshing)
        return;
    const QList<ElementValue> values = selectedValues();
    if (values.isEmpty() || visibleKeys(values) != m_shownKeys) {
        rebuild();
        return;
    }
    if (values.size() == 1)
        m_title->setText(titleOf(values.first()));
    for (Field *f : std::as_const(m_fields)) {
        showValue(*f, values);
        f->error->setVisible(false);
    }
}

QWidget *InspectorWidget::editorFor(const QString &key) const
{
    for (Field *f : m_fields)
        if (f->key == key)
            return f->line ? f->line : (f->text ? static_cast<QWidget *>(f->text) : f->editor);
    return nullptr;
}

QString InspectorWidget::errorFor(const QString &key) const
{
    for (Field *f : m_fields)
        if (f->key == key && !f->error->isHidden())
            return f->error->text();
    return QString();
}

QStringList InspectorWidget::fieldKeys() const
{
    return m_shownKeys;
}

void InspectorWidget::setError(const QString &key, const QString &message)
{
    for (Field *f : std::as_const(m_fields))
        if (f->key == key) {
            f->error->setText(message);
            f->error->setVisible(!message.isEmpty());
        }
    if (!message.isEmpty())
        emit statusMessage(message);
}

std::optional<QVariant> InspectorWidget::parse(const Field &field, const QString &input, QString *error) const
{
    const QString text = input.trimmed();
    auto splitList = [](const QString &s) {
        QStringList out;
        for (const QString &part : s.split(QRegularExpression(u"[,;\\s]+"_s), Qt::SkipEmptyParts))
            out << part.trimmed();
        return out;
    };
    switch (field.def.editor) {
    case PropertyDef::Editor::Text:
    case PropertyDef::Editor::LongText: return QVariant(input);
    case PropertyDef::Editor::Number: {
        if (text.isEmpty() && field.def.optional)
            return QVariant();
        const auto v = NumberFormat::parseNumber(text);
        if (!v) {
            *error = tr("'%1' is not a number.").arg(text);
            return std::nullopt;
        }
        return QVariant(*v);
    }
    case PropertyDef::Editor::Integer: {
        bool ok = false;
        const int v = QLocale().toInt(text, &ok);
        if (!ok) {
            *error = tr("'%1' is not a whole number.").arg(text);
            return std::nullopt;
        }
        return QVariant(v);
    }
    case PropertyDef::Editor::Percent: {
        if (text.isEmpty() && field.def.optional)
            return QVariant();
        const auto v = NumberFormat::parseAvailability(text);
        if (!v) {
            *error = tr("'%1' is not a percentage: write 99.95 % or 0.9995.").arg(text);
            return std::nullopt;
        }
        return QVariant(*v);
    }
    case PropertyDef::Editor::Duration: {
        if (text.isEmpty() && field.def.optional)
            return QVariant();
        const auto v = NumberFormat::parseNumber(text);
        if (!v) {
            *error = tr("'%1' is not a number.").arg(text);
            return std::nullopt;
        }
        const double seconds = *v * NumberFormat::secondsPer(NumberFormat::Time(field.unit->currentData().toInt()));
        return QVariant(seconds / NumberFormat::secondsPer(field.def.unit));
    }
    case PropertyDef::Editor::IdList: {
        // Names or ids, separated by commas (ids alone may also be separated by spaces).
        const Model &m = m_document->model();
        QHash<QString, QStringList> byName;
        for (const QString &id : m.allIds())
            byName[m.displayName(id)] << id;
        QStringList ids;
        for (const QString &raw : text.split(QRegularExpression(u"[,;]"_s), Qt::SkipEmptyParts)) {
            const QString item = raw.trimmed();
            if (item.isEmpty())
                continue;
            if (m_document->contains(item)) {
                ids << item;
            } else if (byName.value(item).size() == 1) {
                ids << byName.value(item).first();
            } else if (byName.value(item).size() > 1) {
                *error = tr("Several elements are named '%1': use their ids (%2).")
                             .arg(item, byName.value(item).join(u", "_s));
                return std::nullopt;
            } else {
                const QStringList words = splitList(item);
                for (const QString &id : words)
                    if (!m_document->contains(id)) {
                        *error = tr("There is no element named '%1' or with id '%2'.").arg(item, id);
                        return std::nullopt;
                    }
                ids << words;
            }
        }
        return QVariant(ids);
    }
    case PropertyDef::Editor::Tags: {
        QStringList tags;
        for (const QString &t : input.split(u','))
            if (!t.trimmed().isEmpty())
                tags << t.trimmed();
        return QVariant(tags);
    }
    case PropertyDef::Editor::NumberList: {
        QVariantList out;
        for (const QString &part : splitList(text)) {
            const auto v = NumberFormat::parseNumber(part);
            if (!v) {
                *error = tr("'%1' is not a number.").arg(part);
                return std::nullopt;
            }
            out << *v;
        }
        return QVariant(out);
    }
    case PropertyDef::Editor::Bool: return QVariant(text == u"true"_s || text == u"1"_s);
    case PropertyDef::Editor::Choice:
    case PropertyDef::Editor::Reference: return QVariant(text);
    }
    return std::nullopt;
}

QString InspectorWidget::validationError(const QList<ElementValue> &candidate) const
{
    if (!m_errorsBefore) {
        QStringList before;
        for (const Diagnostic &d : Validator::validate(m_document->model()))
            if (d.isError())
                before << d.toString();
        m_errorsBefore = before;
    }
    Model model = m_document->model();
    for (const ElementValue &v : candidate)
        elements::replace(model, m_document->find(elements::idOf(v)), v);
    const QSet<QString> before(m_errorsBefore->begin(), m_errorsBefore->end());
    for (const Diagnostic &d : Validator::validate(model)) {
        if (!d.isError() || before.contains(d.toString()))
            continue;
        QString where;
        if (!m_ids.contains(d.elementId) && !d.elementId.isEmpty())
            where = tr("%1 %2: ").arg(d.elementType, d.elementName.isEmpty() ? d.elementId : d.elementName);
        const QString field = d.field.isEmpty() ? QString() : d.field + u": "_s;
        return where + field + d.message;
    }
    return QString();
}

bool InspectorWidget::commitText(const QString &key, const QString &text)
{
    if (!m_document)
        return false;
    if (m_ids.isEmpty())
        return commitModelInfo(key, text);
    for (Field *f : std::as_const(m_fields)) {
        if (f->key != key)
            continue;
        if (f->mixed && text.trimmed().isEmpty())
            return true; // left mixed: nothing to change
        QString error;
        const auto value = parse(*f, text, &error);
        if (!value) {
            setError(key, error);
            return false;
        }
        return commitValue(key, *value);
    }
    return false;
}

// A new element's description cites the starting failure data it was given;
// once the user changes that data, the citation would mislead, so it goes in
// the same step (undone with it).
void InspectorWidget::dropStaleStartingPoint(ElementValue &v, const ElementValue &before)
{
    if (auto *c = std::get_if<Component>(&v)) {
        if (c->failure != std::get<Component>(before).failure
            && c->description == DefaultParameters::component(c->kind).source)
            c->description.clear();
    } else if (auto *c = std::get_if<Container>(&v)) {
        if (c->failure != std::get<Container>(before).failure
            && c->description == DefaultParameters::container(c->kind).source)
            c->description.clear();
    }
}

bool InspectorWidget::commitValue(const QString &key, const QVariant &value)
{
    if (!m_document || m_ids.isEmpty())
        return false;
    QList<ElementValue> values = selectedValues();
    for (ElementValue &v : values) {
        const PropertyDef *d = defFor(v, key);
        if (!d)
            return false;
        const ElementValue before = v;
        d->set(v, value);
        dropStaleStartingPoint(v, before);
    }
    const QString reason = validationError(values);
    if (!reason.isEmpty()) {
        setError(key, reason);
        return false;
    }
    setError(key, QString());
    const PropertyDef *def = defFor(values.first(), key);
    const QString target = values.size() == 1 ? m_document->model().displayName(m_ids.first())
                                              : tr("%n elements", nullptr, int(values.size()));
    m_editor->changeElements(values, tr("Set %1 of %2").arg(def->label.toLower(), target),
                             u"%1/%2"_s.arg(m_session).arg(key));
    return true;
}

bool InspectorWidget::commitModelInfo(const QString &key, const QString &text)
{
    ModelInfo info = m_document->modelInfo();
    if (key == u"name"_s)
        info.name = text;
    else if (key == u"description"_s)
        info.description = text;
    else if (key == u"currency"_s)
        info.currency = text.trimmed();
    else if (key == u"load_unit"_s)
        info.loadUnit = text.trimmed();
    else if (key == u"mission_time_hours"_s) {
        const auto v = NumberFormat::parseNumber(text);
        if (!v || !(*v > 0.0)) {
            setError(key, tr("The mission time must be a number of hours greater than 0."));
            return false;
        }
        info.missionTimeHours = *v;
    }
    if ((key == u"currency"_s || key == u"load_unit"_s) && info.currency.isEmpty()) {
        setError(key, tr("The currency cannot be empty."));
        return false;
    }
    if (key == u"load_unit"_s && info.loadUnit.isEmpty()) {
        setError(key, tr("The load unit cannot be empty."));
        return false;
    }
    if (info == m_document->modelInfo())
        return true;
    setError(key, QString());
    auto *cmd = new ChangeModelInfo(m_document, info);
    cmd->setText(tr("Change model properties"));
    cmd->setMergeKey(CmdChangeProperty, u"model/%1/%2"_s.arg(m_session).arg(key));
    m_document->undoStack()->push(cmd);
    return true;
}

} // namespace nf
