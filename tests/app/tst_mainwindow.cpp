// Files and the window around the canvas: new, open, save and reopen, save as,
// revert, load errors that leave the open document alone, recent files, the
// examples menu, the title, file drops, the unsaved-changes prompt.

#include "apptestsupport.h"
#include "filesizelimit.h"
#include "canvasscene.h"
#include "canvasview.h"
#include "document.h"
#include "examplecatalog.h"
#include "fixtures.h"
#include "mainwindow.h"
#include "modelreader.h"
#include "modelwriter.h"
#include "testsupport.h"

#include <QAction>
#include <QCloseEvent>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QStatusBar>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace nf;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QStringList m_errors;
    QStringList m_unsavedAsked;
    QMessageBox::StandardButton m_unsavedAnswer = QMessageBox::Discard;
    bool m_openInvalid = false;

    void quiet(MainWindow &w)
    {
        MainWindow::Prompts p;
        p.error = [this](const QString &title, const QString &text) { m_errors << title + u'\n' + text; };
        p.unsavedChanges = [this](const QString &name) {
            m_unsavedAsked << name;
            return m_unsavedAnswer;
        };
        p.openDespiteErrors = [this](const QString &) { return m_openInvalid; };
        p.recover = [](const RecoveryManager::Entry &) { return false; };
        p.confirmRevert = [] { return true; };
        w.setPrompts(p);
    }

    QString write(const QString &name, const Model &m)
    {
        const QString path = m_dir.filePath(name);
        if (!ModelWriter::save(m, path))
            return QString();
        return path;
    }

private slots:
    void init()
    {
        m_errors.clear();
        m_unsavedAsked.clear();
        m_unsavedAnswer = QMessageBox::Discard;
        m_openInvalid = false;
    }

    void welcomeThenNew()
    {
        MainWindow w;
        quiet(w);
        QVERIFY(w.isShowingWelcome());
        QVERIFY(!w.document());
        w.newDocument();
        QVERIFY(!w.isShowingWelcome());
        QVERIFY(w.document());
        QCOMPARE(w.windowTitle(), u"Untitled[*] \u2014 Ninefold"_s);
    }

    void saveThenReopenIsIdentical()
    {
        MainWindow w;
        quiet(w);
        w.show();
        QVERIFY(w.openFile(test::examplePath(u"delta-2016.ninefold"_s)));
        CanvasScene *scene = w.scene();
        // Edit: add a component into the Atlanta zone, link it, move something.
        const QString id = scene->dropPaletteEntry(u"component:cache"_s, QPointF(300, 470));
        QCOMPARE(w.document()->parentOf(id), u"atl-dc"_s);
        QVERIFY(!scene->editor().createLink(LinkKind::Dependency, u"ops-atl"_s, id).isEmpty());
        scene->selectIds({u"gw-sec"_s});
        scene->nudgeSelection(QPointF(10, 10));
        QVERIFY(w.isWindowModified());

        const QString path = m_dir.filePath(u"edited.ninefold"_s);
        QVERIFY(w.saveAs(path));
        QVERIFY(!w.isWindowModified());
        QCOMPARE(w.windowTitle(), u"edited.ninefold[*] \u2014 Ninefold"_s);
        const LoadResult r = ModelReader::readFile(path);
        QVERIFY(r.ok());
        QVERIFY(*r.model == w.document()->model());
        // And through the window: reopening gives the same model again.
        const Model saved = w.document()->model();
        QVERIFY(w.openFile(path));
        QVERIFY(w.document()->model() == saved);
        QCOMPARE(w.recentFiles().first(), path);
    }

    void saveWritesInPlaceAndRevertDiscards()
    {
        const QString path = write(u"fixture.ninefold"_s, test::zoneModel());
        MainWindow w;
        quiet(w);
        QVERIFY(w.openFile(path));
        const Model original = w.document()->model();
        w.scene()->selectIds({u"a"_s});
        w.scene()->deleteSelection();
        QVERIFY(w.isWindowModified());
        QVERIFY(w.revert());
        QVERIFY(w.document()->model() == original);
        QVERIFY(!w.isWindowModified());

        w.scene()->selectIds({u"a"_s});
        w.scene()->deleteSelection();
        QVERIFY(w.save());
        QVERIFY(!ModelReader::readFile(path).model->component(u"a"_s));
    }

    // Save on a disk that fills up: the old file stays, the user is told which
    // file and why, and the document stays modified (nothing claims "Saved").
    void saveOnFullDiskKeepsFileAndModifiedMark()
    {
        const QString path = write(u"full.ninefold"_s, test::zoneModel());
        const QByteArray before = test::readAll(path);
        MainWindow w;
        quiet(w);
        QVERIFY(w.openFile(path));
        CanvasScene *scene = w.scene();
        for (int i = 0; i < 60; ++i)
            scene->dropPaletteEntry(u"component:cache"_s, QPointF(40 * (i % 10), 600 + 40 * (i / 10)));
        QVERIFY(ModelWriter::toBytes(w.document()->model()).size() > 16 * 1024);
        QVERIFY(w.isWindowModified());
        bool saved = true;
        {
            test::FileSizeLimit limit(8 * 1024);
            QVERIFY(limit.active());
            saved = w.save();
        }
        QVERIFY(!saved);
        QVERIFY(w.isWindowModified());
        QVERIFY(w.document()->isModified());
        QCOMPARE(m_errors.size(), 1);
        QVERIFY2(m_errors.first().contains(QFileInfo(path).absoluteFilePath()), qPrintable(m_errors.first()));
        QVERIFY2(m_errors.first().contains(u"larger than this system allows"_s), qPrintable(m_errors.first()));
        QVERIFY(!w.statusBar()->currentMessage().startsWith(u"Saved"_s));
        QCOMPARE(test::readAll(path), before);
        // once there is room the same save works and clears the mark
        QVERIFY(w.save());
        QVERIFY(!w.isWindowModified());
        QCOMPARE(ModelReader::readFile(path).model->components.size(), w.document()->model().components.size());
    }

    void loadErrorsKeepTheOpenDocument()
    {
        MainWindow w;
        quiet(w);
        QVERIFY(w.openFile(test::examplePath(u"delta-2016.ninefold"_s)));
        Document *doc = w.document();
        const Model before = doc->model();

        QVERIFY(!w.openFile(test::dataPath(u"invalid/malformed.ninefold"_s)));
        QCOMPARE(m_errors.size(), 1);
        QVERIFY(m_errors.first().contains(u"malformed.ninefold"_s));
        QCOMPARE(w.document(), doc);
        QVERIFY(w.document()->model() == before);

        // A file that parses but does not validate: the reason is shown and,
        // declined, the open document stays.
        QVERIFY(!w.openFile(test::dataPath(u"invalid/negative-mtbf.ninefold"_s)));
        QCOMPARE(w.document(), doc);
        m_openInvalid = true;
        QVERIFY(w.openFile(test::dataPath(u"invalid/negative-mtbf.ninefold"_s)));
        QVERIFY(w.document() != doc);

        QVERIFY(!w.openFile(m_dir.filePath(u"does-not-exist.ninefold"_s)));
        QCOMPARE(m_errors.size(), 2);
    }

    void unsavedChangesPrompt()
    {
        MainWindow w;
        quiet(w);
        QVERIFY(w.openFile(test::examplePath(u"delta-2016.ninefold"_s)));
        w.scene()->selectIds({u"generators"_s});
        w.scene()->deleteSelection();
        m_unsavedAnswer = QMessageBox::Cancel;
        QCloseEvent close;
        QApplication::sendEvent(&w, &close);
        QVERIFY(!close.isAccepted());
        QCOMPARE(m_unsavedAsked, QStringList{u"delta-2016.ninefold"_s});
        // Opening another model asks too; Cancel keeps the edited one.
        QVERIFY(!w.openFile(test::examplePath(u"delta-2016.ninefold"_s)));
        QVERIFY(!w.document()->model().component(u"generators"_s));
        m_unsavedAnswer = QMessageBox::Discard;
        QCloseEvent again;
        QApplication::sendEvent(&w, &again);
        QVERIFY(again.isAccepted());
    }

    void examplesAreListedWithTheirFirstSentence()
    {
        const QList<ExampleInfo> examples = ExampleCatalog::examples();
        // One per file in examples/, embedded in the binary.
        QCOMPARE(examples.size(), test::exampleFiles().size());
        const ExampleInfo *delta = nullptr;
        for (const ExampleInfo &e : examples)
            if (e.fileName == u"delta-2016.ninefold"_s)
                delta = &e;
        QVERIFY(delta);
        QCOMPARE(delta->name, u"Delta Air Lines, August 2016: one switchgear under every power path"_s);
        QVERIFY(delta->summary.startsWith(u"On 8 August 2016 a power control module"_s));
        QVERIFY(delta->summary.endsWith(u"if the primary database answered."_s));

        MainWindow w;
        quiet(w);
        QMenu *examplesMenu = nullptr;
        for (QAction *a : w.menuBar()->actions())
            for (QAction *sub : a->menu()->actions())
                if (sub->menu() && sub->menu()->title() == u"&Examples"_s)
                    examplesMenu = sub->menu();
        QVERIFY(examplesMenu);
        QCOMPARE(examplesMenu->actions().size(), examples.size());
        QAction *deltaAction = nullptr;
        for (QAction *a : examplesMenu->actions())
            if (a->text() == delta->name)
                deltaAction = a;
        QVERIFY(deltaAction);
        QCOMPARE(deltaAction->toolTip(), delta->summary);
        deltaAction->trigger();
        QVERIFY(w.document());
        QCOMPARE(w.document()->model().components.size(), 12);
        QVERIFY(w.document()->filePath().isEmpty()); // Save asks where
        QCOMPARE(w.windowTitle(), u"delta-2016.ninefold[*] \u2014 Ninefold"_s);
    }

    void droppingAFileOpensIt()
    {
        const QString path = write(u"dropped.ninefold"_s, test::zoneModel());
        MainWindow w;
        quiet(w);
        w.newDocument();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        const QPoint p = w.view()->viewport()->rect().center();
        QDragEnterEvent enter(p, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(w.view()->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(p), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(w.view()->viewport(), &drop);
        QCOMPARE(w.document()->filePath(), path);
        QVERIFY(w.document()->model() == test::zoneModel());
    }

    void undoActionsFollowTheStack()
    {
        MainWindow w;
        quiet(w);
        QVERIFY(w.openFile(write(u"undo.ninefold"_s, test::zoneModel())));
        QAction *undo = w.action(u"undo"_s);
        QVERIFY(!undo->isEnabled());
        QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
        w.scene()->selectIds({u"c"_s});
        w.scene()->deleteSelection();
        QVERIFY(undo->isEnabled());
        QCOMPARE(undo->text(), u"&Undo Delete C"_s);
        undo->trigger();
        QVERIFY(w.document()->model() == test::zoneModel());
        QVERIFY(!w.isWindowModified());
    }
};

NF_GUI_TEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
