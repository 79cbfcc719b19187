// ninefold-cli as a user runs it: exit codes and messages of every command.

#include "ninefold_version.h"
#include "filesizelimit.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

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
    void fullDiskKeepsOldOutputs();
    void runtimeDirectoryIsPrivate();
    void analyzeArchitectureJson();
    void analyzeArchitectureText();
    void analyzeFaultTree();
    void analyzeErrors();
    void analyzeRefusedFaultTreeJson();
    void analyzeSeveralTopEvents();
    void checkPasses();
    void checkAvailabilityAndDowntime();
    void checkCountsFailoverInterruptions();
    void checkServiceTargetAndFindings();
    void checkUsage();
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
    // numbers out of range are usage errors, never converted (1e300 to int is
    // undefined behaviour; inf would reach Boost.Math)
    const QString model = nf::test::examplePath(u"postgres-failover.ninefold"_s);
    const QList<QStringList> bad{{u"--mission-time"_s, u"inf"_s},      {u"--mission-time"_s, u"1e300"_s},
                                 {u"--cut-set-order"_s, u"1e300"_s},   {u"--cut-set-order"_s, u"2.5"_s},
                                 {u"--cut-sets"_s, u"3e9"_s},          {u"--cut-sets"_s, u"-1"_s}};
    for (const QStringList &option : bad) {
        const Run bad = cli(QStringList{u"analyze"_s, model} + option);
        QVERIFY2(bad.code == 2, qPrintable(option.join(u' ') + u": "_s + bad.err));
        QVERIFY2(bad.err.contains(option.first() + u" needs"_s) && bad.err.contains(option.last()), qPrintable(bad.err));
    }
    QCOMPARE(cli({u"check"_s, model, u"--max-downtime-minutes"_s, u"inf"_s}).code, 2);
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
    QVERIFY2(r.err.contains(u"Could not save /no/such/dir/out.ninefold"_s), qPrintable(r.err));
}

// convert and report on a disk that fills up (writes past 8 KB fail): exit 3, a
// message naming the file and the reason, and the previous file unchanged.
void TestCli::fullDiskKeepsOldOutputs()
{
    QTemporaryDir dir;
    const QString model = nf::test::examplePath(u"delta-2016.ninefold"_s);
    QVERIFY(QFileInfo(model).size() > 8 * 1024);
    const QString converted = dir.filePath(u"converted.ninefold"_s);
    const QString report = dir.filePath(u"report.pdf"_s);
    QVERIFY(nf::test::writeAll(converted, "old model"));
    QVERIFY(nf::test::writeAll(report, "old report"));
    Run convert, pdf;
    {
        nf::test::FileSizeLimit limit(8 * 1024);
        QVERIFY(limit.active());
        convert = cli({u"convert"_s, model, u"-o"_s, converted});
        pdf = cli({u"report"_s, model, u"-o"_s, report});
    }
    QCOMPARE(convert.code, 3);
    QVERIFY2(convert.err.contains(u"Could not save "_s + converted), qPrintable(convert.err));
    QVERIFY2(convert.err.contains(u"larger than this system allows"_s), qPrintable(convert.err));
    QVERIFY(!convert.out.contains(u"written"_s));
    QCOMPARE(nf::test::readAll(converted), QByteArray("old model"));
    QCOMPARE(pdf.code, 3);
    QVERIFY2(pdf.err.contains(u"Could not save "_s + report), qPrintable(pdf.err));
    QCOMPARE(nf::test::readAll(report), QByteArray("old report"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 2); // no temporary left
}

// Without XDG_RUNTIME_DIR the report (which needs Qt's GUI classes) makes its
// own private runtime directory; a symlink planted under the name an older
// version used must be neither followed nor chmodded.
void TestCli::runtimeDirectoryIsPrivate()
{
    QTemporaryDir tmp;
    const QString victim = tmp.filePath(u"victim"_s);
    QVERIFY(QDir().mkpath(victim));
    const QFileDevice::Permissions open = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                          | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                          | QFileDevice::ExeOther;
    QVERIFY(QFile::setPermissions(victim, open));
    QVERIFY(QFile::link(victim, tmp.filePath(u"ninefold-runtime-mallory"_s)));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"XDG_RUNTIME_DIR"_s);
    env.insert(u"TMPDIR"_s, tmp.path());
    env.insert(u"USER"_s, u"mallory"_s);
    p.setProcessEnvironment(env);
    const QString pdf = tmp.filePath(u"r.pdf"_s);
    p.start(QStringLiteral(NINEFOLD_CLI), {u"report"_s, nf::test::examplePath(u"postgres-failover.ninefold"_s), u"-o"_s, pdf});
    QVERIFY(p.waitForFinished(120000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    QVERIFY(QFile::exists(pdf));
    QCOMPARE(QFileInfo(victim).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser), open);
    QVERIFY(QDir(victim).isEmpty());
    // its own directory is gone again
    QStringList left = QDir(tmp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System);
    left.sort();
    QCOMPARE(left, (QStringList{u"ninefold-runtime-mallory"_s, u"r.pdf"_s, u"victim"_s}));
}

void TestCli::analyzeArchitectureJson()
{
    const Run r = cli({u"analyze"_s, nf::test::examplePath(u"postgres-failover.ninefold"_s), u"--json"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    for (const QString &key : {u"availability"_s, u"unavailability"_s, u"nines"_s, u"downtime_minutes_per_year"_s,
                               u"mtbf_hours"_s, u"minimal_cut_sets"_s, u"importance"_s, u"groups"_s, u"quorums"_s,
                               u"replication"_s, u"failovers"_s, u"findings"_s})
        QVERIFY2(o.contains(key), qPrintable(key));
    QVERIFY(std::fabs(o.value(u"availability"_s).toDouble() + o.value(u"unavailability"_s).toDouble() - 1.0) < 1e-12);
    // downtime = U × 525,960 minutes
    QVERIFY(std::fabs(o.value(u"downtime_minutes_per_year"_s).toDouble()
                      - o.value(u"unavailability"_s).toDouble() * 525960.0) < 1e-9);
    // times in seconds: the manual failover takes 60 + 180 + 60 + 30 s
    const QJsonObject fo = o.value(u"failovers"_s).toArray().at(0).toObject();
    QCOMPARE(fo.value(u"rto_seconds"_s).toDouble(), 330.0);
    QCOMPARE(fo.value(u"rpo_seconds"_s).toDouble(), 21600.0);
    bool asyncLoss = false;
    for (const QJsonValue &v : o.value(u"findings"_s).toArray()) {
        const QJsonObject f = v.toObject();
        for (const QString &key : {u"severity"_s, u"code"_s, u"message"_s, u"fix"_s, u"elements"_s})
            QVERIFY2(f.contains(key), qPrintable(key));
        if (f.value(u"code"_s).toString() == u"async-data-loss"_s) {
            asyncLoss = true;
            QCOMPARE(f.value(u"severity"_s).toString(), u"critical"_s);
            QVERIFY(f.value(u"elements"_s).toArray().contains(u"wal-stream"_s));
        }
    }
    QVERIFY(asyncLoss);
}

void TestCli::analyzeArchitectureText()
{
    const Run r = cli({u"analyze"_s, nf::test::examplePath(u"delta-2016.ninefold"_s)});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(u"System availability"_s));
    QVERIFY(r.out.contains(u"[CRITICAL] spof: Power control module and switchgear is a single point of failure"_s));
    QVERIFY(r.out.contains(u"failover-depends-on-primary"_s));
    QVERIFY(r.out.contains(u"target 99.95 %: FAIL"_s));
}

void TestCli::analyzeFaultTree()
{
    // theatre.xml: P = 0.03·(1 - 0.98·0.95) = 0.00207, two minimal cut sets.
    const Run r = cli({u"analyze"_s, nf::test::dataPath(u"openpsa/theatre.xml"_s), u"--json"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QVERIFY(std::fabs(o.value(u"top_event_probability"_s).toDouble() - 0.00207) < 1e-15);
    QCOMPARE(o.value(u"minimal_cut_set_count"_s).toDouble(), 2.0);
    QCOMPARE(o.value(u"minimal_cut_sets"_s).toArray().size(), 2);
    QVERIFY(o.contains(u"importance"_s));
    // A model split over two files, loaded together; order limit 4: 72 sets.
    const Run b = cli({u"analyze"_s, nf::test::dataPath(u"openpsa/baobab1.xml"_s),
                       nf::test::dataPath(u"openpsa/baobab1-basic-events.xml"_s), u"--cut-set-order"_s, u"4"_s, u"--json"_s});
    QVERIFY2(b.code == 0, qPrintable(b.err));
    QCOMPARE(QJsonDocument::fromJson(b.out.toUtf8()).object().value(u"minimal_cut_set_count"_s).toDouble(), 72.0);
}

void TestCli::analyzeErrors()
{
    QCOMPARE(cli({u"analyze"_s}).code, 2);
    QCOMPARE(cli({u"analyze"_s, u"--mission-time"_s, u"-5"_s, u"x.ninefold"_s}).code, 2);
    const Run bad = cli({u"analyze"_s, nf::test::dataPath(u"invalid/dependency-cycle.ninefold"_s)});
    QCOMPARE(bad.code, 1);
    QVERIFY(bad.err.contains(u"dependency cycle"_s));
    const Run missing = cli({u"analyze"_s, nf::test::dataPath(u"openpsa/theatre.xml"_s), u"/no/such/file.xml"_s});
    QCOMPARE(missing.code, 1);
}

// pair.ninefold: two replicas of A = 0.99, any one suffices: A = 1 - 0.01² = 0.9999,
// downtime 1e-4 × 525,960 = 52.596 min a year; no target, no findings.
void TestCli::analyzeRefusedFaultTreeJson()
{
    // Issue 16, item 4: --json on a refused MEF model prints {"ok": false,
    // "errors": [...]} with the file and line of each error, and exits 1.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"refused.xml"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("<opsa-mef>\n"
            "  <define-fault-tree name=\"t\">\n"
            "    <define-gate name=\"top\"><or><event name=\"g2\"/><event name=\"nowhere\"/></or></define-gate>\n"
            "    <define-gate name=\"g2\"><and><event name=\"elsewhere\"/><event name=\"top\"/></and></define-gate>\n"
            "  </define-fault-tree>\n"
            "</opsa-mef>\n");
    f.close();
    const Run r = cli({u"analyze"_s, path, u"--json"_s});
    QCOMPARE(r.code, 1);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(u"ok"_s), QJsonValue(false));
    const QJsonArray errors = o.value(u"errors"_s).toArray();
    QCOMPARE(errors.size(), 2);
    QSet<int> lines;
    for (const QJsonValue &e : errors) {
        QCOMPARE(e[u"file"_s].toString(), path);
        lines.insert(e[u"line"_s].toInt());
    }
    QCOMPARE(lines, (QSet<int>{3, 4}));
    // the memory budget: a usage error below 16 MB, and the option is accepted
    QCOMPARE(cli({u"analyze"_s, path, u"--max-memory"_s, u"1"_s}).code, 2);
    const Run t = cli({u"analyze"_s, nf::test::dataPath(u"openpsa/theatre.xml"_s), u"--max-memory"_s, u"64"_s, u"--json"_s});
    QCOMPARE(t.code, 0);
}

void TestCli::analyzeSeveralTopEvents()
{
    // t1 = a ∧ b and t2 = a ∨ c are used by no other gate: each is analysed.
    // a = 0.1, b = 0.2, c = 0.3: P(t1) = 0.02, P(t2) = 1 − 0.9·0.7 = 0.37.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"two-tops.xml"_s);
    QVERIFY(nf::test::writeAll(path, R"(<opsa-mef><define-fault-tree name="ft">
<define-gate name="t1"><and><event name="a"/><event name="b"/></and></define-gate>
<define-gate name="t2"><or><event name="a"/><event name="c"/></or></define-gate>
</define-fault-tree><model-data>
<define-basic-event name="a"><float value="0.1"/></define-basic-event>
<define-basic-event name="b"><float value="0.2"/></define-basic-event>
<define-basic-event name="c"><float value="0.3"/></define-basic-event>
</model-data></opsa-mef>
)"));
    const Run j = cli({u"analyze"_s, path, u"--json"_s});
    QCOMPARE(j.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(j.out.toUtf8()).object();
    QCOMPARE(o[u"format"_s].toString(), u"ninefold-fault-tree-analyses"_s);
    QVERIFY(o[u"ok"_s].toBool());
    QCOMPARE(o[u"top_events"_s].toArray(), (QJsonArray{u"t1"_s, u"t2"_s}));
    const QJsonArray analyses = o[u"analyses"_s].toArray();
    QCOMPARE(analyses.size(), 2);
    QCOMPARE(analyses[0].toObject()[u"top_event"_s].toString(), u"t1"_s);
    QVERIFY(std::fabs(analyses[0].toObject()[u"top_event_probability"_s].toDouble() - 0.02) < 1e-15);
    QCOMPARE(analyses[1].toObject()[u"top_event"_s].toString(), u"t2"_s);
    QVERIFY(std::fabs(analyses[1].toObject()[u"top_event_probability"_s].toDouble() - 0.37) < 1e-15);
    // Text: says so, then one report per top.
    const Run t = cli({u"analyze"_s, path});
    QCOMPARE(t.code, 0);
    QVERIFY2(t.out.contains(u"2 gates are used by no other gate (t1, t2): each is analysed as a top event"_s), qPrintable(t.out));
    QVERIFY(t.out.contains(u"=== top event t1 (1 of 2) ==="_s));
    QVERIFY(t.out.contains(u"=== top event t2 (2 of 2) ==="_s));
    // --top: that one only, as a plain report.
    const Run one = cli({u"analyze"_s, path, u"--top"_s, u"t2"_s, u"--json"_s});
    QCOMPARE(one.code, 0);
    const QJsonObject r = QJsonDocument::fromJson(one.out.toUtf8()).object();
    QCOMPARE(r[u"format"_s].toString(), u"ninefold-fault-tree-analysis"_s);
    QVERIFY(std::fabs(r[u"top_event_probability"_s].toDouble() - 0.37) < 1e-15);
}

void TestCli::checkPasses()
{
    const QString pair = nf::test::dataPath(u"check/pair.ninefold"_s);
    Run r = cli({u"check"_s, pair});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(u"PASS"_s));
    r = cli({u"check"_s, pair, u"--min-availability"_s, u"99.98"_s, u"--max-downtime-minutes"_s, u"52.7"_s,
             u"--fail-on"_s, u"warning"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
}

void TestCli::checkAvailabilityAndDowntime()
{
    const QString pair = nf::test::dataPath(u"check/pair.ninefold"_s);
    Run r = cli({u"check"_s, pair, u"--min-availability"_s, u"99.995"_s});
    QCOMPARE(r.code, 4);
    QVERIFY2(r.err.contains(u"system availability 99.99 % is below the required 99.995 %"_s), qPrintable(r.err));
    QVERIFY(r.err.contains(u"FAIL: 1 reason(s)"_s));
    r = cli({u"check"_s, pair, u"--max-downtime-minutes"_s, u"52.5"_s});
    QCOMPARE(r.code, 4);
    QVERIFY2(r.err.contains(u"system downtime 52.60 min a year is above the allowed 52.50 min"_s), qPrintable(r.err));
}

// DOMAIN.md §12: a manual failover of 37 min after each monthly failure of the
// primary costs 8,766/734 × 37 = 441.88 min a year (99.916 %) although the
// structure alone says 100 %; an automatic failover of 30 s costs 5.97 min.
void TestCli::checkCountsFailoverInterruptions()
{
    Run r = cli({u"check"_s, nf::test::dataPath(u"check/manual-failover.ninefold"_s), u"--min-availability"_s, u"99.95"_s});
    QCOMPARE(r.code, 4);
    QVERIFY2(r.err.contains(u"system availability 99.916 % is below the required 99.95 %"_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"failover interruptions 441.88 min"_s), qPrintable(r.err));
    r = cli({u"check"_s, nf::test::dataPath(u"check/automatic-failover.ninefold"_s), u"--min-availability"_s, u"99.95"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"5.97 min of downtime a year"_s), qPrintable(r.out));
}

// spof-behind-redundancy.ninefold: a load balancer of 0.999 in front of the pair:
// 0.999 × 0.9999 = 0.9989001, below the service's 99.95 % target; the balancer is
// a single point of failure (a critical finding, being infrastructure).
void TestCli::checkServiceTargetAndFindings()
{
    const QString model = nf::test::dataPath(u"check/spof-behind-redundancy.ninefold"_s);
    Run r = cli({u"check"_s, model});
    QCOMPARE(r.code, 4);
    QVERIFY2(r.err.contains(u"service Site is available 99.89 %, below its target 99.95 %"_s), qPrintable(r.err));
    r = cli({u"check"_s, model, u"--fail-on"_s, u"critical"_s});
    QCOMPARE(r.code, 4);
    QVERIFY2(r.err.contains(u"critical finding spof: Load balancer is a single point of failure"_s), qPrintable(r.err));
    // the pair alone has no critical findings
    QCOMPARE(cli({u"check"_s, nf::test::dataPath(u"check/pair.ninefold"_s), u"--fail-on"_s, u"critical"_s}).code, 0);
}

void TestCli::checkUsage()
{
    QCOMPARE(cli({u"check"_s}).code, 2);
    QCOMPARE(cli({u"check"_s, u"x.ninefold"_s, u"--fail-on"_s, u"sometimes"_s}).code, 2);
    QCOMPARE(cli({u"check"_s, u"x.ninefold"_s, u"--min-availability"_s, u"0.9995"_s, u"--min-availability"_s, u"140"_s}).code, 2);
    QCOMPARE(cli({u"check"_s, nf::test::dataPath(u"invalid/negative-mtbf.ninefold"_s)}).code, 1);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
