// The inspector edits what is selected; invalid values are refused with the
// validator's reason and never reach the model; an edit is one undo step.

#include "apptestsupport.h"
#include "defaultparameters.h"
#include "document.h"
#include "fixtures.h"
#include "inspectorwidget.h"

#include <QComboBox>
#include <QLineEdit>

using namespace Qt::StringLiterals;
using namespace nf;

class TestInspector : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Document> m_doc;
    std::unique_ptr<InspectorWidget> m_inspector;

    void open(const Model &model, const QStringList &selection)
    {
        m_inspector.reset();
        m_doc = std::make_unique<Document>(model, QString());
        m_inspector = std::make_unique<InspectorWidget>();
        m_inspector->setDocument(m_doc.get());
        m_inspector->setSelection(selection);
        m_inspector->show();
    }

    QLineEdit *line(const QString &key) const { return qobject_cast<QLineEdit *>(m_inspector->editorFor(key)); }

    // Types into a field and presses Enter, as a user does.
    void type(const QString &key, const QString &text)
    {
        QLineEdit *edit = line(key);
        QVERIFY2(edit, qPrintable(key));
        edit->setFocus();
        edit->selectAll();
        if (text.isEmpty())
            QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
    }

private slots:
    void showsTheSelectedElement()
    {
        open(test::zoneModel(), {u"b"_s});
        QCOMPARE(line(u"name"_s)->text(), u"B"_s);
        // MTBF 8760 h is shown as 365 days (a whole number of days, not of years).
        QCOMPARE(line(u"mtbf_hours"_s)->text(), u"365"_s);
        QVERIFY(m_inspector->fieldKeys().contains(u"mttr_hours"_s));
        QVERIFY(!m_inspector->fieldKeys().contains(u"availability"_s)); // only for a fixed availability
    }

    void editIsOneUndoStep()
    {
        open(test::zoneModel(), {u"b"_s});
        const Model before = m_doc->model();
        type(u"name"_s, u"Orders database"_s);
        QCOMPARE(m_doc->model().component(u"b"_s)->name, u"Orders database"_s);
        QCOMPARE(m_doc->undoStack()->count(), 1);
        QCOMPARE(m_doc->undoStack()->undoText(), u"Set name of B"_s);
        // 100 days = 2400 hours.
        type(u"mtbf_hours"_s, u"100"_s);
        QCOMPARE(m_doc->model().component(u"b"_s)->failure.mtbfHours, 2400.0);
        const Model after = m_doc->model();
        while (m_doc->undoStack()->canUndo())
            m_doc->undoStack()->undo();
        QVERIFY(m_doc->model() == before);
        while (m_doc->undoStack()->canRedo())
            m_doc->undoStack()->redo();
        QVERIFY(m_doc->model() == after);
        // The inspector shows the model after undo and redo.
        QCOMPARE(line(u"name"_s)->text(), u"Orders database"_s);
    }

    void invalidValuesAreRefused_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("negative MTBF") << u"mtbf_hours"_s << u"-5"_s << u"greater than 0"_s;
        QTest::newRow("negative MTTR") << u"mttr_hours"_s << u"-1"_s << u"must not be negative"_s;
        QTest::newRow("not a number") << u"capacity"_s << u"lots"_s << u"not a number"_s;
        QTest::newRow("negative capacity") << u"capacity"_s << u"-3"_s << u"must not be negative"_s;
    }

    void invalidValuesAreRefused()
    {
        QFETCH(QString, key);
        QFETCH(QString, text);
        QFETCH(QString, reason);
        open(test::zoneModel(), {u"b"_s});
        const Model before = m_doc->model();
        type(key, text);
        QVERIFY(m_doc->model() == before);
        QCOMPARE(m_doc->undoStack()->count(), 0);
        QVERIFY2(m_inspector->errorFor(key).contains(reason), qPrintable(m_inspector->errorFor(key)));
        // The refused text stays for the user to correct.
        QCOMPARE(line(key)->text(), text);
        // A valid value then goes through and clears the message.
        type(key, u"12"_s);
        QVERIFY(m_inspector->errorFor(key).isEmpty());
        QCOMPARE(m_doc->undoStack()->count(), 1);
    }

    void availabilityAsPercentage()
    {
        Model model = test::zoneModel();
        model.components[0].failure = FailureModel::fixed(0.999);
        open(model, {u"a"_s});
        QCOMPARE(line(u"availability"_s)->text(), u"99.9 %"_s);
        type(u"availability"_s, u"99.95 %"_s);
        QCOMPARE(m_doc->model().component(u"a"_s)->failure.availability, 0.9995);
        // 99.95 without a % sign is a fraction above 1: the validator refuses it.
        type(u"availability"_s, u"99.95"_s);
        QCOMPARE(m_doc->model().component(u"a"_s)->failure.availability, 0.9995);
        QVERIFY(m_inspector->errorFor(u"availability"_s).contains(u"at most 1"_s));
    }

    void refusesAnEditThatBreaksAnotherElement()
    {
        // Group demand 100 over two members of capacity 60: lowering one member
        // to 30 would overload the group, so the capacity edit is refused.
        Model model = test::groupModel();
        model.components[0].capacity = 60;
        model.components[1].capacity = 60;
        model.groups[0].demand = 100;
        open(model, {u"p1"_s});
        type(u"capacity"_s, u"30"_s);
        QCOMPARE(m_doc->model().component(u"p1"_s)->capacity, 60.0);
        QVERIFY(m_inspector->errorFor(u"capacity"_s).contains(u"exceeds the total capacity"_s));
    }

    void multiSelectionEditsSharedFields()
    {
        Model model = test::zoneModel();
        model.components[0].capacity = 5;
        model.components[1].capacity = 7;
        open(model, {u"a"_s, u"b"_s});
        // Differing values show as mixed (empty with a placeholder).
        QVERIFY(line(u"capacity"_s)->text().isEmpty());
        QVERIFY(!line(u"capacity"_s)->placeholderText().isEmpty());
        type(u"capacity"_s, u"40"_s);
        QCOMPARE(m_doc->model().component(u"a"_s)->capacity, 40.0);
        QCOMPARE(m_doc->model().component(u"b"_s)->capacity, 40.0);
        QCOMPARE(m_doc->model().component(u"c"_s)->capacity, 0.0);
        QCOMPARE(m_doc->undoStack()->count(), 1);

        // A component and a container share name and failure fields, not capacity.
        m_inspector->setSelection({u"a"_s, u"z1"_s});
        QVERIFY(m_inspector->fieldKeys().contains(u"name"_s));
        QVERIFY(m_inspector->fieldKeys().contains(u"failure_mode"_s));
        QVERIFY(!m_inspector->fieldKeys().contains(u"capacity"_s));
    }

    void choiceChangesVisibleFields()
    {
        open(test::zoneModel(), {u"a"_s});
        QVERIFY(m_inspector->commitValue(u"failure_mode"_s, u"fixed"_s));
        // The availability is kept: 8760 / 8761.
        QCOMPARE(m_doc->model().component(u"a"_s)->failure.mode, FailureModel::Mode::FixedAvailability);
        QCOMPARE(m_doc->model().component(u"a"_s)->failure.availability, 8760.0 / 8761.0);
        QVERIFY(m_inspector->fieldKeys().contains(u"availability"_s));
        QVERIFY(!m_inspector->fieldKeys().contains(u"mtbf_hours"_s));
    }

    void failoverAndServiceFields()
    {
        Model model = test::zoneModel();
        RedundancyGroup g;
        g.id = u"pair"_s;
        g.policy = RedundancyPolicy::ActivePassive;
        g.members = {u"a"_s, u"b"_s};
        model.groups << g;
        FailoverLink f;
        f.id = u"fo"_s;
        f.from = u"a"_s;
        f.to = u"b"_s;
        model.failovers << f;
        Service s;
        s.id = u"api"_s;
        s.entry = u"pair"_s;
        model.services << s;
        open(model, {u"fo"_s});
        type(u"coverage"_s, u"90 %"_s);
        QCOMPARE(m_doc->model().failovers.first().coverage, 0.9);
        type(u"coverage"_s, u"120 %"_s);
        QCOMPARE(m_doc->model().failovers.first().coverage, 0.9);
        QVERIFY(m_inspector->errorFor(u"coverage"_s).contains(u"probability"_s));
        // 2 minutes of promotion = 120 s.
        auto *unit = m_inspector->editorFor(u"promotion_seconds"_s)->parentWidget()->findChild<QComboBox *>();
        unit->setCurrentIndex(unit->findData(int(NumberFormat::Time::Minutes)));
        type(u"promotion_seconds"_s, u"2"_s);
        QCOMPARE(m_doc->model().failovers.first().promotionSeconds, 120.0);

        m_inspector->setSelection({u"api"_s});
        type(u"availability_target"_s, u"99.99 %"_s);
        QCOMPARE(*m_doc->model().services.first().availabilityTarget, 0.9999);
        type(u"availability_target"_s, QString()); // empty: no target
        QVERIFY(!m_doc->model().services.first().availabilityTarget.has_value());
    }

    void startingPointDescriptionGoesWithItsData()
    {
        Model model = test::zoneModel();
        const QString source = DefaultParameters::component(ComponentKind::Database).source;
        model.components[1].description = source; // b, a database, as dropped from the palette
        model.components[0].description = u"Our own notes"_s;
        open(model, {u"b"_s});
        type(u"name"_s, u"Orders DB"_s); // not failure data: the citation stays
        QCOMPARE(m_doc->model().components[1].description, source);
        type(u"mttr_hours"_s, u"4"_s);
        QVERIFY(m_doc->model().components[1].description.isEmpty());
        m_doc->undoStack()->undo(); // one step: the repair time and the citation
        QCOMPARE(m_doc->model().components[1].description, source);
        m_inspector->setSelection({u"a"_s});
        type(u"mttr_hours"_s, u"4"_s);
        QCOMPARE(m_doc->model().components[0].description, u"Our own notes"_s);
    }

    void membersByName()
    {
        Model model = test::zoneModel();
        model.components[2].name = u"App server"_s; // c
        RedundancyGroup g;
        g.id = u"pair"_s;
        g.members = {u"a"_s, u"b"_s};
        model.groups << g;
        open(model, {u"pair"_s});
        // Shown by name, typed by name or by id.
        QCOMPARE(line(u"members"_s)->text(), m_doc->model().displayName(u"a"_s) + u", "_s + m_doc->model().displayName(u"b"_s));
        type(u"members"_s, m_doc->model().displayName(u"a"_s) + u", App server"_s);
        QCOMPARE(m_doc->model().groups.first().members, (QStringList{u"a"_s, u"c"_s}));
        QCOMPARE(line(u"members"_s)->text(), m_doc->model().displayName(u"a"_s) + u", App server"_s);
        type(u"members"_s, u"a b"_s); // ids, separated by a space
        QCOMPARE(m_doc->model().groups.first().members, (QStringList{u"a"_s, u"b"_s}));
        // Nobody by that name: refused with the reason, the model unchanged.
        type(u"members"_s, u"App server, Nobody"_s);
        QCOMPARE(m_doc->model().groups.first().members, (QStringList{u"a"_s, u"b"_s}));
        QVERIFY(m_inspector->errorFor(u"members"_s).contains(u"Nobody"_s));
        // Two elements with one name: the ids are asked for.
        model.components[1].name = u"Twin"_s;
        model.components[2].name = u"Twin"_s;
        open(model, {u"pair"_s});
        QCOMPARE(line(u"members"_s)->text(), m_doc->model().displayName(u"a"_s) + u", b"_s);
        type(u"members"_s, u"Twin"_s);
        QVERIFY(m_inspector->errorFor(u"members"_s).contains(u"b, c"_s));
    }

    void modelPropertiesWithNothingSelected()
    {
        open(test::zoneModel(), {});
        type(u"name"_s, u"Checkout"_s);
        QCOMPARE(m_doc->model().name, u"Checkout"_s);
        type(u"mission_time_hours"_s, u"0"_s);
        QCOMPARE(m_doc->model().missionTimeHours, 8760.0);
        QVERIFY(!m_inspector->errorFor(u"mission_time_hours"_s).isEmpty());
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->model().name, u"Fixture"_s);
    }
};

NF_GUI_TEST_MAIN(TestInspector)
#include "tst_inspector.moc"
