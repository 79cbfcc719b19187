// Crash recovery: a child process opens a model, edits it, autosaves, and dies
// without cleaning up; the next window offers the recovery file and restores
// exactly the edited model. A clean exit leaves nothing behind.

#include "apptestsupport.h"
#include "filesizelimit.h"
#include "testsupport.h"
#include "canvasscene.h"
#include "document.h"
#include "fixtures.h"
#include "mainwindow.h"
#include "modelreader.h"
#include "modelwriter.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStatusBar>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace nf;

namespace {
constexpr int kCrashExitCode = 3;

// The child: open, delete component c, autosave, then die like a crash would
// (no destructors, no clean-up, the lock file left with a dead process id).
int crashingChild(const QString &path)
{
    MainWindow w;
    if (!w.openFile(path))
        return 1;
    w.scene()->selectIds({u"c"_s});
    w.scene()->deleteSelection();
    if (!w.recovery()->autosave())
        return 2;
    std::_Exit(kCrashExitCode);
}
} // namespace

class TestRecovery : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString runCrashingChild(const QString &path)
    {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"NF_RECOVERY_CHILD"_s, path);
        env.insert(u"NF_KEEP_XDG"_s, u"1"_s);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        if (!child.waitForFinished(30000))
            return u"child did not finish"_s;
        if (child.exitCode() != kCrashExitCode)
            return u"child exit code %1: %2"_s.arg(child.exitCode()).arg(QString::fromLocal8Bit(child.readAllStandardError()));
        return QString();
    }

    // zoneModel() with c deleted by hand: c, its link and its position gone.
    static Model expectedAfterEdit()
    {
        Model m = test::zoneModel();
        m.components.removeAt(2);
        m.dependencies.clear();
        m.layout.nodes.remove(u"c"_s);
        return m;
    }

private slots:
    void crashRecoveryIsOfferedAndRestored()
    {
        const QString path = m_dir.filePath(u"crash.ninefold"_s);
        QVERIFY(ModelWriter::save(test::zoneModel(), path));
        const QString failure = runCrashingChild(path);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QCOMPARE(RecoveryManager::pending().size(), 1);

        MainWindow w;
        QList<RecoveryManager::Entry> offered;
        MainWindow::Prompts p;
        p.recover = [&](const RecoveryManager::Entry &e) {
            offered << e;
            return true;
        };
        p.error = [](const QString &, const QString &text) { QFAIL(qPrintable(text)); };
        p.unsavedChanges = [](const QString &) { return QMessageBox::Discard; };
        w.setPrompts(p);
        w.checkForRecovery();

        QCOMPARE(offered.size(), 1);
        QCOMPARE(offered.first().originalPath, path);
        QCOMPARE(offered.first().modelName, u"crash.ninefold"_s);
        QVERIFY(w.document());
        QVERIFY(w.document()->model() == expectedAfterEdit());
        QCOMPARE(w.document()->filePath(), path);
        QVERIFY(w.isWindowModified()); // recovered, not yet saved
        // The file on disk is untouched until the user saves.
        QVERIFY(*ModelReader::readFile(path).model == test::zoneModel());
        // The dead session's file is gone; this session's autosave protects the model.
        QVERIFY(RecoveryManager::pending().isEmpty());
        QVERIFY(QFile::exists(w.recovery()->recoveryFile()));
        QVERIFY(w.save());
        QVERIFY(*ModelReader::readFile(path).model == expectedAfterEdit());
        QVERIFY(!QFile::exists(w.recovery()->recoveryFile()));
    }

    void declinedRecoveryIsDiscarded()
    {
        const QString path = m_dir.filePath(u"declined.ninefold"_s);
        QVERIFY(ModelWriter::save(test::zoneModel(), path));
        const QString failure = runCrashingChild(path);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        MainWindow w;
        MainWindow::Prompts p;
        int asked = 0;
        p.recover = [&](const RecoveryManager::Entry &) {
            ++asked;
            return false;
        };
        w.setPrompts(p);
        w.checkForRecovery();
        QCOMPARE(asked, 1);
        QVERIFY(!w.document());
        QVERIFY(RecoveryManager::pending().isEmpty());
    }

    void cleanExitLeavesNoRecoveryFile()
    {
        const QString path = m_dir.filePath(u"clean.ninefold"_s);
        QVERIFY(ModelWriter::save(test::zoneModel(), path));
        QString file;
        {
            MainWindow w;
            QCOMPARE(w.recovery()->interval(), 60 * 1000); // every minute by default
            QVERIFY(w.openFile(path));
            file = w.recovery()->recoveryFile();
            QVERIFY(w.recovery()->autosave());
            QVERIFY(!QFile::exists(file)); // nothing unsaved, nothing written
            w.scene()->selectIds({u"a"_s});
            w.scene()->deleteSelection();
            QVERIFY(w.recovery()->autosave());
            QVERIFY(QFile::exists(file));
            QVERIFY(*ModelReader::readFile(file).model == w.document()->model());
            // Undo, then a different edit: the same depth of the undo stack, but a
            // different model; the recovery copy must follow.
            w.document()->undoStack()->undo();
            w.scene()->selectIds({u"b"_s});
            w.scene()->deleteSelection();
            QVERIFY(w.recovery()->autosave());
            QVERIFY(*ModelReader::readFile(file).model == w.document()->model());
            QVERIFY(ModelReader::readFile(file).model->component(u"a"_s));
            MainWindow::Prompts p;
            p.unsavedChanges = [](const QString &) { return QMessageBox::Discard; };
            w.setPrompts(p);
            QVERIFY(w.close());
        }
        QVERIFY(!QFile::exists(file));
        QVERIFY(RecoveryManager::pending().isEmpty());
    }

    // An autosave on a full disk keeps the previous recovery copy and its side
    // file whole, and tells the window once (in the status bar).
    void failedAutosaveKeepsPreviousCopyAndSaysSo()
    {
        const QString path = m_dir.filePath(u"fullautosave.ninefold"_s);
        QVERIFY(ModelWriter::save(test::zoneModel(), path));
        MainWindow w;
        MainWindow::Prompts p;
        p.unsavedChanges = [](const QString &) { return QMessageBox::Discard; };
        w.setPrompts(p);
        QVERIFY(w.openFile(path));
        const QString file = w.recovery()->recoveryFile();
        w.scene()->selectIds({u"a"_s});
        w.scene()->deleteSelection();
        QVERIFY(w.recovery()->autosave());
        const QByteArray copy = test::readAll(file), side = test::readAll(file + u".json"_s);
        QVERIFY(!copy.isEmpty() && !side.isEmpty());
        // a large edit, then an autosave that cannot write more than 1 KB
        for (int i = 0; i < 40; ++i)
            w.scene()->dropPaletteEntry(u"component:cache"_s, QPointF(40 * (i % 10), 600 + 40 * (i / 10)));
        QSignalSpy failed(w.recovery(), &RecoveryManager::autosaveFailed);
        bool ok = true, again = true;
        {
            test::FileSizeLimit limit(1024);
            QVERIFY(limit.active());
            ok = w.recovery()->autosave();
            w.scene()->selectIds({u"b"_s});
            w.scene()->deleteSelection();
            again = w.recovery()->autosave();
        }
        QVERIFY(!ok && !again);
        QCOMPARE(failed.size(), 1); // said once, not at every attempt
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(QFileInfo(file).absoluteFilePath()), qPrintable(message));
        QCOMPARE(w.statusBar()->currentMessage(), message);
        QCOMPARE(test::readAll(file), copy);
        QCOMPARE(test::readAll(file + u".json"_s), side);
        QVERIFY(ModelReader::readFile(file).ok());
        // with room again the copy follows the document
        QVERIFY(w.recovery()->autosave());
        QVERIFY(*ModelReader::readFile(file).model == w.document()->model());
        QVERIFY(w.close());
    }
};

int main(int argc, char *argv[])
{
    nf::test::isolateUserFiles();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("NinefoldTest"));
    QApplication::setApplicationName(QStringLiteral("NinefoldTest"));
    const QString child = qEnvironmentVariable("NF_RECOVERY_CHILD");
    if (!child.isEmpty())
        return crashingChild(child);
    TestRecovery tc;
    return QTest::qExec(&tc, argc, argv);
}

#include "tst_recovery.moc"
