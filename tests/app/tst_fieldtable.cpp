// Every field of the file format is known to all five places that must know it:
// the schema (resources/schema), the writer (the every-field file it wrote), the
// reader (no field of that file is unknown to it), the validator (a value out of
// range is refused, named) and the inspector (PropertyTable). Adding a field to
// one of them without the others fails here.

#include "apptestsupport.h"
#include "modelreader.h"
#include "propertytable.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;
using namespace nf;

namespace {
struct Section
{
    QString schemaName; // $defs name
    QString listKey;    // the file's list of these elements
    ElementType type;
};

const QList<Section> kSections{
    {u"component"_s, u"components"_s, ElementType::Component},
    {u"container"_s, u"containers"_s, ElementType::Container},
    {u"dependency"_s, u"dependencies"_s, ElementType::Dependency},
    {u"redundancy_group"_s, u"redundancy_groups"_s, ElementType::RedundancyGroup},
    {u"failover_link"_s, u"failover_links"_s, ElementType::FailoverLink},
    {u"replication_link"_s, u"replication_links"_s, ElementType::ReplicationLink},
    {u"quorum_group"_s, u"quorum_groups"_s, ElementType::QuorumGroup},
    {u"service"_s, u"services"_s, ElementType::Service},
};

// Fields the inspector does not edit as a field, and why: identity and the
// drawing itself (ends of a link, what a container holds) are edited on the canvas.
const QSet<QString> kDrawnNotTyped{u"id"_s, u"from"_s, u"to"_s, u"children"_s};

QJsonObject readJson(const QString &path)
{
    return QJsonDocument::fromJson(test::readAll(path)).object();
}
} // namespace

class TestFieldTable : public QObject
{
    Q_OBJECT

private slots:
    void everySchemaFieldIsWrittenReadAndEdited()
    {
        const QJsonObject schema =
            readJson(QStringLiteral(NINEFOLD_TEST_DATA) + u"/../../resources/schema/ninefold.schema.json"_s);
        const QJsonObject defs = schema.value(u"$defs"_s).toObject();
        QVERIFY(!defs.isEmpty());
        const QString everyField = test::dataPath(u"every-field.ninefold"_s);
        const QJsonObject file = readJson(everyField);
        const LoadResult read = ModelReader::readFile(everyField);
        QVERIFY2(read.ok(), qPrintable(read.errorText()));
        // the reader knows every field the writer wrote (x_custom is kept unknown on purpose)
        for (const Diagnostic &d : read.diagnostics)
            QVERIFY2(!d.message.contains(u"unknown field"_s) || d.field.startsWith(u"x_"_s), qPrintable(d.toString()));
        int checked = 0;
        for (const Section &section : kSections) {
            const QStringList fields = defs.value(section.schemaName).toObject().value(u"properties"_s).toObject().keys();
            QVERIFY2(!fields.isEmpty(), qPrintable(section.schemaName));
            // The writer emitted every field somewhere in the every-field file.
            QSet<QString> written;
            for (const QJsonValue &e : file.value(section.listKey).toArray())
                for (const QString &key : e.toObject().keys())
                    written.insert(key);
            QStringList inspected;
            for (const PropertyDef &def : PropertyTable::of(section.type))
                inspected << def.key;
            for (const QString &field : fields) {
                QVERIFY2(written.contains(field),
                         qPrintable(u"%1.%2: not in every-field.ninefold (writer or test model)"_s.arg(section.schemaName, field)));
                if (kDrawnNotTyped.contains(field))
                    continue;
                const bool edited = std::any_of(inspected.begin(), inspected.end(), [&](const QString &key) {
                    return key == field || key.startsWith(field + u'.');
                }) || (field == u"availability"_s && inspected.contains(u"failure_mode"_s));
                QVERIFY2(edited, qPrintable(u"%1.%2: the inspector has no field for it"_s.arg(section.schemaName, field)));
                ++checked;
            }
            // and nothing in the inspector that the file does not have (besides
            // the derived failure mode)
            for (const QString &key : std::as_const(inspected)) {
                const QString root = key.section(u'.', 0, 0);
                QVERIFY2(fields.contains(root) || key == u"failure_mode"_s,
                         qPrintable(u"%1: inspector field %2 is not in the schema"_s.arg(section.schemaName, key)));
            }
        }
        QVERIFY(checked > 90);
    }

    // The validator names every numeric field it bounds: a value far out of range
    // in each is refused with the field's own name.
    void validatorBoundsEveryNumber()
    {
        const QJsonObject file = readJson(test::dataPath(u"every-field.ninefold"_s));
        for (const Section &section : kSections) {
            const QJsonArray list = file.value(section.listKey).toArray();
            for (qsizetype i = 0; i < list.size(); ++i) {
                const QJsonObject element = list.at(i).toObject();
                for (auto it = element.begin(); it != element.end(); ++it) {
                    if (!it.value().isDouble() || it.key().startsWith(u"x_"_s))
                        continue;
                    QJsonObject broken = file;
                    QJsonArray copy = list;
                    QJsonObject changed = element;
                    changed.insert(it.key(), -1e300);
                    copy[i] = changed;
                    broken.insert(section.listKey, copy);
                    const LoadResult r = ModelReader::readBytes(QJsonDocument(broken).toJson(), u"bounds.ninefold"_s);
                    bool named = false;
                    for (const Diagnostic &d : r.diagnostics)
                        named = named || (d.isError() && d.field == it.key());
                    QVERIFY2(named, qPrintable(u"%1.%2 = -1e300 was not refused by name:\n%3"_s.arg(
                                        section.schemaName, it.key(), r.errorText())));
                }
            }
        }
    }
};

NF_GUI_TEST_MAIN(TestFieldTable)
#include "tst_fieldtable.moc"
