// 500 random edits through the same entry points the canvas and inspector use,
// then undo all (the document must equal the start exactly) and redo all (it
// must equal the end exactly). The scene must follow every step.

#include "apptestsupport.h"
#include "canvasscene.h"
#include "changelayout.h"
#include "document.h"
#include "documenteditor.h"
#include "fixtures.h"
#include "kindlabels.h"
#include "undocommands.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;
using namespace nf;

class TestRandomEdits : public QObject
{
    Q_OBJECT

private:
    static QStringList idsOf(const Model &m, ElementType type)
    {
        QStringList out;
        for (const QString &id : m.allIds())
            if (m.find(id).type == type)
                out << id;
        return out;
    }

private slots:
    void fiveHundredRandomCommands_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::newRow("seed 1") << 1u;
        QTest::newRow("seed 2016") << 2016u;
    }

    void fiveHundredRandomCommands()
    {
        QFETCH(quint32, seed);
        QRandomGenerator rng(seed);
        Document doc(test::groupModel(), QString());
        CanvasScene scene(&doc);
        DocumentEditor &editor = scene.editor();
        const Model start = doc.model();
        QUndoStack *stack = doc.undoStack();
        const QList<ComponentKind> componentKinds = KindLabels::allComponentKinds();
        auto pick = [&](const QStringList &list) { return list.isEmpty() ? QString() : list.at(rng.bounded(int(list.size()))); };
        auto point = [&] { return QPointF(rng.bounded(120) * 10.0, rng.bounded(80) * 10.0); };

        int attempts = 0;
        while (stack->count() < 500 && attempts < 20000) {
            ++attempts;
            const Model &m = doc.model();
            const QStringList components = idsOf(m, ElementType::Component);
            const QStringList containers = idsOf(m, ElementType::Container);
            switch (rng.bounded(11)) {
            case 0:
                editor.addComponent(componentKinds.at(rng.bounded(int(componentKinds.size()))), point(),
                                    rng.bounded(2) ? pick(containers) : QString());
                break;
            case 1: {
                const ContainerKind kind = ContainerKind(rng.bounded(4));
                const QPointF p = point();
                editor.addContainer(kind, QRectF(p, QSizeF(300, 200)), rng.bounded(2) ? pick(containers) : QString());
                break;
            }
            case 2: { // a drag: several merging layout changes and a placement, one step
                const QString id = pick(components + containers);
                if (id.isEmpty())
                    break;
                stack->beginMacro(u"Move"_s);
                for (int step = 1; step <= 3; ++step) {
                    NodeGeometry g;
                    g.pos = scene.nodeRect(id).topLeft() + QPointF(10.0 * step, 0);
                    auto *cmd = new ChangeLayout(&doc, {id}, {LayoutEntry{g, doc.bends(id)}});
                    cmd->setMergeKey(CmdChangeLayout, u"drag-%1"_s.arg(attempts));
                    stack->push(cmd);
                }
                const QString target = pick(containers);
                if (!target.isEmpty() && editor.canContain(target, id))
                    editor.setParent(id, target);
                stack->endMacro();
                break;
            }
            case 3: editor.deleteElements({pick(m.allIds())}); break;
            case 4:
                editor.createLink(LinkKind(rng.bounded(4)), pick(components),
                                  rng.bounded(4) ? pick(components) : pick(idsOf(m, ElementType::RedundancyGroup)));
                break;
            case 5: { // an inspector edit
                const QString id = pick(components);
                if (id.isEmpty())
                    break;
                Component c = *m.component(id);
                c.name = u"renamed %1"_s.arg(attempts);
                c.failure.mtbfHours = 100.0 + rng.bounded(10000);
                editor.changeElements({c}, u"Edit"_s, u"session-%1"_s.arg(rng.bounded(3)));
                break;
            }
            case 6: {
                QStringList selection;
                for (int i = 0; i < 3; ++i)
                    selection << pick(m.allIds());
                scene.selectIds(selection);
                scene.copySelection();
                scene.paste();
                break;
            }
            case 7: {
                QStringList members{pick(components), pick(components)};
                members.removeDuplicates();
                if (rng.bounded(2))
                    editor.groupAsRedundancyGroup(members);
                else
                    editor.groupAsQuorum(members);
                break;
            }
            case 8: {
                const QString id = pick(components);
                if (!id.isEmpty())
                    editor.setParent(id, rng.bounded(3) ? pick(containers) : QString());
                break;
            }
            case 9: {
                scene.selectIds({pick(components)});
                scene.nudgeSelection(QPointF(10, -10));
                break;
            }
            case 10: {
                const QString link = pick(idsOf(m, ElementType::Dependency));
                if (!link.isEmpty()) {
                    auto *cmd = new ChangeLayout(&doc, {link}, {LayoutEntry{std::nullopt, QList<QPointF>{point()}}});
                    cmd->setText(u"Bend"_s);
                    stack->push(cmd);
                }
                break;
            }
            }
        }
        QCOMPARE(stack->count(), 500);
        const Model end = doc.model();
        QVERIFY(!(end == start));

        while (stack->canUndo())
            stack->undo();
        QVERIFY(doc.model() == start);
        for (const QString &id : doc.model().allIds())
            QVERIFY2(scene.item(id), qPrintable(id));

        while (stack->canRedo())
            stack->redo();
        QVERIFY(doc.model() == end);
        for (const QString &id : doc.model().allIds())
            QVERIFY2(scene.item(id), qPrintable(id));
    }
};

NF_GUI_TEST_MAIN(TestRandomEdits)
#include "tst_randomedits.moc"
