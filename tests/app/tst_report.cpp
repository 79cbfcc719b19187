// The PDF report as a reader gets it: text extracted with pdftotext, page size
// read with pdfinfo, every section present, the figures and findings in it.

#include "architectureanalysis.h"
#include "modelreader.h"
#include "reportgenerator.h"
#include "testsupport.h"

#include <QApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace nf;

namespace {
QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString pdfText(const QString &pdf)
{
    // -raw keeps the reading order and joins nothing across columns
    return run(u"pdftotext"_s, {u"-raw"_s, pdf, u"-"_s}).simplified();
}

struct CliRun
{
    int code;
    QString out, err;
};

CliRun cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(NINEFOLD_CLI), args);
    p.waitForFinished(120000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}
} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private slots:
    void deltaReport();
    void postgresReportOnLetter();
    void handComputedFigures();
    void cancelLeavesNothing();
    void cliErrors();
};

void TestReport::deltaReport()
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"delta.pdf"_s);
    const CliRun r = cli({u"report"_s, test::examplePath(u"delta-2016.ninefold"_s), u"-o"_s, pdf});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(run(u"pdfinfo"_s, {pdf}).contains(u"(A4)"_s));
    const QString text = pdfText(pdf);
    for (const QString &title : ReportGenerator::sectionTitles())
        QVERIFY2(text.contains(title), qPrintable(title));
    QVERIFY(text.contains(u"Contents"_s));
    QVERIFY(text.contains(u"Reliability report"_s));
    QVERIFY(text.contains(u"SHA-256 of the model"_s));
    // the findings the example exists for, in plain words
    QVERIFY(text.contains(u"Power control module and switchgear is a single point of failure"_s));
    QVERIFY(text.contains(u"needs Flight operations database (primary), which is down in"_s));
    QVERIFY(text.contains(u"FAIL"_s)); // the 99.95 % target is missed
    QVERIFY(text.contains(u"Page 2 of"_s));
}

void TestReport::postgresReportOnLetter()
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"pg.pdf"_s);
    const CliRun r = cli({u"report"_s, test::examplePath(u"postgres-failover.ninefold"_s), u"-o"_s, pdf, u"--page-size"_s,
                          u"letter"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(run(u"pdfinfo"_s, {pdf}).contains(u"(letter)"_s));
    const QString text = pdfText(pdf);
    for (const QString &title : ReportGenerator::sectionTitles())
        QVERIFY2(text.contains(title), qPrintable(title));
    QVERIFY(text.contains(u"loses up to 6 h of acknowledged writes"_s));
    QVERIFY(text.contains(u"which nobody watches"_s));
    // the manual failover: 60 + 180 + 60 + 30 s
    QVERIFY(text.contains(u"5 min 30 s"_s));
}

void TestReport::handComputedFigures()
{
    // A load balancer of 0.999 in front of two replicas of 0.99 (any one suffices):
    // A = 0.999 × (1 - 0.01²) = 0.9989001 → "99.89 %"; downtime = 0.0010999 ×
    // 525,960 = 578.50 min a year; the target of 99.95 % is missed.
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"small.pdf"_s);
    const CliRun r = cli({u"report"_s, test::dataPath(u"check/spof-behind-redundancy.ninefold"_s), u"-o"_s, pdf});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(u"The system is available 99.89 % of the time"_s), qPrintable(text.left(2000)));
    QVERIFY(text.contains(u"578.50 min of downtime a year"_s));
    QVERIFY(text.contains(u"Load balancer is a single point of failure"_s));
}

void TestReport::cancelLeavesNothing()
{
    const LoadResult lr = ModelReader::readFile(test::examplePath(u"delta-2016.ninefold"_s));
    QVERIFY(lr.ok());
    const AnalysisResult result = ArchitectureAnalysis::run(*lr.model);
    ReportGenerator::Input in;
    in.model = &*lr.model;
    in.result = &result;
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"cancelled.pdf"_s);
    QVERIFY(test::writeAll(pdf, "previous report"));
    QString error;
    int seen = 0;
    QVERIFY(!ReportGenerator::writePdf(in, pdf, &error, [&](int page, int) {
        seen = page;
        return page < 3; // cancel on the third page
    }));
    QCOMPARE(seen, 3);
    QVERIFY(error.contains(u"cancelled"_s));
    QCOMPARE(test::readAll(pdf), QByteArray("previous report"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"cancelled.pdf"_s});
}

void TestReport::cliErrors()
{
    QCOMPARE(cli({u"report"_s}).code, 2);
    QCOMPARE(cli({u"report"_s, u"x.ninefold"_s}).code, 2);
    QCOMPARE(cli({u"report"_s, u"x.ninefold"_s, u"-o"_s, u"x.pdf"_s, u"--page-size"_s, u"a3"_s}).code, 2);
    // An invalid model: refused, and nothing written.
    QTemporaryDir dir;
    const QString never = dir.filePath(u"never.pdf"_s);
    QCOMPARE(cli({u"report"_s, test::dataPath(u"invalid/dependency-cycle.ninefold"_s), u"-o"_s, never}).code, 1);
    QVERIFY(!QFile::exists(never));
    const CliRun r = cli({u"report"_s, test::examplePath(u"delta-2016.ninefold"_s), u"-o"_s, u"/no/such/dir/r.pdf"_s});
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains(u"Could not save /no/such/dir/r.pdf"_s), qPrintable(r.err));
}

QTEST_MAIN(TestReport)
#include "tst_report.moc"
