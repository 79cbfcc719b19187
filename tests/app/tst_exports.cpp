// File ▸ Export: SVG that carries its model, PNG of the model or the selection at
// a scale, CSV tables, JSON, and the report from the GUI with a progress dialog
// that can be cancelled.

#include "apptestsupport.h"
#include "filesizelimit.h"
#include "analysisjson.h"
#include "architectureanalysis.h"
#include "canvasscene.h"
#include "document.h"
#include "exportcontroller.h"
#include "mainwindow.h"
#include "modelreader.h"
#include "scenediagram.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace nf;

namespace {
Model delta()
{
    const LoadResult r = ModelReader::readFile(test::examplePath(u"delta-2016.ninefold"_s));
    if (!r.ok())
        qFatal("%s", qPrintable(r.errorText()));
    return *r.model;
}
} // namespace

class TestExports : public QObject
{
    Q_OBJECT

private slots:
    void svgCarriesTheModel();
    void svgOfTheSelection();
    void pngAtScale();
    void csvTables();
    void json();
    void reportFromTheWindow();
    void cancelledReportWritesNothing();
    void openExportedSvgInTheWindow();
    void fullDiskKeepsEveryOldExport();
};

void TestExports::svgCarriesTheModel()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"delta.svg"_s);
    const Model m = delta();
    QString error;
    QVERIFY2(ExportController::writeSvg(m, {}, path, &error), qPrintable(error));
    const QByteArray svg = test::readAll(path);
    QVERIFY(svg.startsWith("<?xml"));
    QVERIFY(svg.contains("<svg"));
    // reading it back gives the very model that was drawn
    const LoadResult back = ModelReader::readFile(path);
    QVERIFY2(back.ok(), qPrintable(back.errorText()));
    QVERIFY(*back.model == m);
    // an SVG from elsewhere is refused with a reason
    QVERIFY(test::writeAll(dir.filePath(u"other.svg"_s), "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>"));
    const LoadResult other = ModelReader::readFile(dir.filePath(u"other.svg"_s));
    QVERIFY(!other.model);
    QVERIFY(other.errorText().contains(u"does not carry a Ninefold model"_s));
}

void TestExports::svgOfTheSelection()
{
    // Only the selection (and what is inside a selected container) is drawn.
    QTemporaryDir dir;
    const Model m = delta();
    QString error;
    const QString whole = dir.filePath(u"whole.svg"_s), part = dir.filePath(u"part.svg"_s);
    QVERIFY(ExportController::writeSvg(m, {}, whole, &error));
    QVERIFY(ExportController::writeSvg(m, {u"sec-dc"_s}, part, &error));
    // the text drawn (what a reader sees), not the embedded model
    auto drawnText = [](const QString &path) {
        QString text;
        for (const QByteArray &line : test::readAll(path).split('\n'))
            if (line.contains("</text>"))
                text += QString::fromUtf8(line) + u'\n';
        return text;
    };
    const QString w = drawnText(whole);
    const QString p = drawnText(part);
    QVERIFY(w.contains(u"Utility feed A"_s));
    QVERIFY(w.contains(u"Secondary data centre"_s));
    QVERIFY(p.contains(u"Secondary data centre"_s));
    QVERIFY(!p.contains(u"Utility feed A"_s));
    QVERIFY(!p.contains(u"Atlanta Technology Command Center"_s));
    // the part is smaller than the whole
    QVERIFY(SceneDiagram(m, {u"sec-dc"_s}).bounds().width() < SceneDiagram(m).bounds().width() / 2);
}

void TestExports::pngAtScale()
{
    QTemporaryDir dir;
    const Model m = delta();
    const QRectF bounds = SceneDiagram(m).bounds();
    QString error;
    QVERIFY(ExportController::writePng(m, {}, 1.0, dir.filePath(u"x1.png"_s), &error));
    QVERIFY(ExportController::writePng(m, {}, 2.0, dir.filePath(u"x2.png"_s), &error));
    const QImage one(dir.filePath(u"x1.png"_s)), two(dir.filePath(u"x2.png"_s));
    QCOMPARE(one.size(), bounds.size().toSize());
    QCOMPARE(two.size(), (bounds.size() * 2.0).toSize());
    QCOMPARE(one.pixelColor(1, 1), QColor(Qt::white)); // no theme background, no grid
    QVERIFY(!ExportController::writePng(m, {}, 1000.0, dir.filePath(u"huge.png"_s), &error));
    QVERIFY(error.contains(u"choose a smaller scale"_s));
}

void TestExports::csvTables()
{
    QTemporaryDir dir;
    const Model m = delta();
    const AnalysisResult r = ArchitectureAnalysis::run(m);
    QStringList written;
    QString error;
    QVERIFY(ExportController::writeCsv(m, r, dir.filePath(u"tables"_s), &written, &error));
    QStringList names;
    for (const QString &w : written)
        names << QFileInfo(w).fileName();
    QCOMPARE(names, (QStringList{u"summary.csv"_s, u"findings.csv"_s, u"cut-sets.csv"_s, u"importance.csv"_s,
                                 u"headroom.csv"_s, u"quorums.csv"_s, u"replication.csv"_s, u"failovers.csv"_s}));
    const QByteArray findings = test::readAll(dir.filePath(u"tables/findings.csv"_s));
    QVERIFY(findings.startsWith("severity,code,message,fix,elements\r\n"));
    QCOMPARE(findings.count("\r\n"), r.findings.size() + 1);
    // a message with commas is quoted
    QVERIFY(findings.contains("critical,spof,\"Power control module and switchgear is a single point of failure: when it fails,"));
    const QByteArray cuts = test::readAll(dir.filePath(u"tables/cut-sets.csv"_s));
    QCOMPARE(cuts.count("\r\n"), r.cutSets.size() + 1);
}

void TestExports::json()
{
    QTemporaryDir dir;
    const AnalysisResult r = ArchitectureAnalysis::run(delta());
    QString error;
    QVERIFY(ExportController::writeJson(r, dir.filePath(u"a.json"_s), &error));
    const QJsonObject o = QJsonDocument::fromJson(test::readAll(dir.filePath(u"a.json"_s))).object();
    // the headline figure is the time-aware total (DOMAIN.md §12)
    QCOMPARE(o.value(u"unavailability"_s).toDouble(), r.systemBudget.unavailability);
    QCOMPARE(o.value(u"downtime_budget"_s).toObject().value(u"structural_minutes_per_year"_s).toDouble(),
             r.system.downtimeMinutesPerYear);
    QVERIFY(o.contains(u"findings"_s));
}

void TestExports::reportFromTheWindow()
{
    MainWindow window;
    QVERIFY(window.openFile(test::examplePath(u"delta-2016.ninefold"_s)));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"report.pdf"_s);
    QString error;
    QVERIFY2(window.exports()->writeReportWithProgress(pdf, QPageSize::Letter, &error), qPrintable(error));
    QVERIFY(test::readAll(pdf).startsWith("%PDF"));
    QCOMPARE(window.document()->undoStack()->count(), 0); // exporting never edits
}

void TestExports::cancelledReportWritesNothing()
{
    MainWindow window;
    QVERIFY(window.openFile(test::examplePath(u"delta-2016.ninefold"_s)));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"report.pdf"_s);
    // Press Cancel as soon as the progress dialog is up.
    QTimer cancel;
    QObject::connect(&cancel, &QTimer::timeout, [&] {
        if (QProgressDialog *d = window.exports()->progressDialog())
            d->cancel();
    });
    cancel.start(0);
    QString error;
    QVERIFY(!window.exports()->writeReportWithProgress(pdf, QPageSize::A4, &error));
    QVERIFY(error.contains(u"cancelled"_s));
    QVERIFY(!QFile::exists(pdf));
}

void TestExports::openExportedSvgInTheWindow()
{
    QTemporaryDir dir;
    const QString svg = dir.filePath(u"drawing.svg"_s);
    QString error;
    QVERIFY(ExportController::writeSvg(delta(), {}, svg, &error));
    MainWindow window;
    QVERIFY(window.openFile(svg));
    QVERIFY(window.document()->model() == delta());
    QVERIFY(window.document()->filePath().isEmpty()); // saving asks for a .ninefold name
}

// Every export on a disk that fills up (writes past 8 KB fail): each writer
// reports the file and the reason, and the file that was there stays as it was.
void TestExports::fullDiskKeepsEveryOldExport()
{
    QTemporaryDir dir;
    const Model m = delta();
    const AnalysisResult result = ArchitectureAnalysis::run(m);
    const QString svg = dir.filePath(u"d.svg"_s), png = dir.filePath(u"d.png"_s), json = dir.filePath(u"d.json"_s),
                  pdf = dir.filePath(u"d.pdf"_s), csvDir = dir.filePath(u"tables"_s);
    QVERIFY(QDir().mkpath(csvDir));
    const QString csv = QDir(csvDir).filePath(u"cut-sets.csv"_s);
    for (const QString &path : {svg, png, json, pdf, csv})
        QVERIFY(test::writeAll(path, "old"));
    MainWindow window;
    QStringList shown;
    MainWindow::Prompts prompts;
    prompts.error = [&](const QString &, const QString &text) { shown << text; };
    window.setPrompts(prompts);
    QVERIFY(window.openFile(test::examplePath(u"delta-2016.ninefold"_s)));
    QString svgError, pngError, jsonError, csvError, pdfError;
    bool any = false;
    {
        test::FileSizeLimit limit(8 * 1024);
        QVERIFY(limit.active());
        any |= ExportController::writeSvg(m, {}, svg, &svgError);
        any |= ExportController::writePng(m, {}, 2.0, png, &pngError);
        any |= ExportController::writeJson(result, json, &jsonError);
        any |= window.exports()->writeReportWithProgress(pdf, QPageSize::A4, &pdfError);
    }
    {
        // the CSV tables are small: small ones are written whole, a bigger one fails
        test::FileSizeLimit limit(256);
        QStringList written;
        any |= ExportController::writeCsv(m, result, csvDir, &written, &csvError);
    }
    QVERIFY(!any);
    const QList<std::pair<QString, QString>> pairs{{svg, svgError}, {png, pngError}, {json, jsonError}, {pdf, pdfError}};
    for (const auto &[path, error] : pairs) {
        QVERIFY2(error.contains(QFileInfo(path).absoluteFilePath()), qPrintable(error));
        QVERIFY2(error.contains(u"larger than this system allows"_s), qPrintable(error));
        QCOMPARE(test::readAll(path), QByteArray("old"));
    }
    QCOMPARE(shown, QStringList{pdfError}); // the window says why the report was not written
    QVERIFY2(csvError.contains(u"larger than this system allows"_s), qPrintable(csvError));
    // every CSV file is whole: the old content or a complete new table, no temporary
    for (const QString &name : QDir(csvDir).entryList(QDir::Files | QDir::Hidden)) {
        QVERIFY2(name.endsWith(u".csv"_s), qPrintable(name));
        const QByteArray bytes = test::readAll(QDir(csvDir).filePath(name));
        QVERIFY(bytes == "old" || bytes.endsWith('\n'));
    }
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 4);
}

NF_GUI_TEST_MAIN(TestExports)
#include "tst_exports.moc"
