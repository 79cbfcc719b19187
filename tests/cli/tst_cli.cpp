// ninefold-cli as a user runs it: exit codes and messages of every command.

#include "ninefold_version.h"
#include "testsupport.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(NINEFOLD_CLI), args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void versionAndHelp();
    void usageErrors();
    void validateExamples();
    void validateBrokenFiles();
    void validateMixed();
    void convertMigratesAndRoundTrips();
    void convertFailures();
};

void TestCli::versionAndHelp()
{
    Run r = cli({u"--version"_s});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out.trimmed(), u"ninefold-cli "_s + QStringLiteral(NINEFOLD_VERSION));
    r = cli({u"--help"_s});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(u"validate FILE"_s));
    QVERIFY(r.out.contains(u"Exit codes"_s));
}

void TestCli::usageErrors()
{
    QCOMPARE(cli({}).code, 2);
    const Run r = cli({u"frobnicate"_s});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(u"unknown command 'frobnicate'"_s));
    QCOMPARE(cli({u"validate"_s}).code, 2);
    QCOMPARE(cli({u"validate"_s, u"--bogus"_s, u"x"_s}).code, 2);
    QCOMPARE(cli({u"convert"_s, u"in.ninefold"_s}).code, 2);
    QCOMPARE(cli({u"convert"_s, u"in.ninefold"_s, u"-o"_s}).code, 2);
}

void TestCli::validateExamples()
{
    const QStringList examples = nf::test::exampleFiles();
    QVERIFY(!examples.isEmpty());
    const Run r = cli(QStringList{u"validate"_s} + examples);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    for (const QString &e : examples)
        QVERIFY(r.out.contains(e + u": valid"_s));
}

void TestCli::validateBrokenFiles()
{
    const QDir dir(nf::test::dataPath(u"invalid"_s));
    const QStringList files = dir.entryList({u"*.ninefold"_s}, QDir::Files);
    QVERIFY(files.size() >= 15);
    for (const QString &f : files) {
        const Run r = cli({u"validate"_s, dir.filePath(f)});
        QVERIFY2(r.code == 1, qPrintable(f));
        QVERIFY2(r.err.contains(dir.filePath(f) + u": INVALID"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"error: "_s), qPrintable(r.err));
    }
    const Run missing = cli({u"validate"_s, u"/no/such/model.ninefold"_s});
    QCOMPARE(missing.code, 1);
    QVERIFY(missing.err.contains(u"/no/such/model.ninefold: error: cannot open the file"_s));
}

void TestCli::validateMixed()
{
    // One bad file among good ones fails the whole run but every file is reported.
    const QString good = nf::test::exampleFiles().constFirst();
    const QString bad = nf::test::dataPath(u"invalid/negative-mtbf.ninefold"_s);
    const Run r = cli({u"validate"_s, good, bad});
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.contains(good + u": valid"_s));
    QVERIFY(r.err.contains(u"mtbf_hours: must be greater than 0 hours (found -100)"_s));
}

void TestCli::convertMigratesAndRoundTrips()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"converted.ninefold"_s);
    Run r = cli({u"convert"_s, nf::test::dataPath(u"format1/legacy.ninefold"_s), u"-o"_s, out});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QByteArray first = nf::test::readAll(out);
    QVERIFY(first.contains("\"format_version\": 2"));
    QVERIFY(first.contains("\"mtbf_hours\": 2000"));
    // converting our own output again changes nothing
    const QString again = dir.filePath(u"again.ninefold"_s);
    r = cli({u"convert"_s, out, u"-o"_s, again});
    QCOMPARE(r.code, 0);
    QCOMPARE(nf::test::readAll(again), first);
}

void TestCli::convertFailures()
{
    QTemporaryDir dir;
    Run r = cli({u"convert"_s, nf::test::dataPath(u"invalid/dependency-cycle.ninefold"_s), u"-o"_s,
                 dir.filePath(u"x.ninefold"_s)});
    QCOMPARE(r.code, 1);
    QVERIFY(!QFile::exists(dir.filePath(u"x.ninefold"_s)));
    r = cli({u"convert"_s, nf::test::exampleFiles().constFirst(), u"-o"_s, u"/no/such/dir/out.ninefold"_s});
    QCOMPARE(r.code, 3);
    QVERIFY(r.err.contains(u"Could not save out.ninefold"_s));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
