#include "exportcontroller.h"

#include "analysiscsv.h"
#include "analysisjson.h"
#include "architectureanalysis.h"
#include "atomicfile.h"
#include "canvasscene.h"
#include "document.h"
#include "mainwindow.h"
#include "modelreader.h"
#include "modelwriter.h"
#include "reportgenerator.h"
#include "scenediagram.h"

#include <QAction>
#include <QBuffer>
#include <QEventLoop>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QImage>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QProgressDialog>
#include <QSettings>
#include <QSvgGenerator>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace nf {

namespace {
bool saveBytes(const QString &path, const QByteArray &bytes, QString *error)
{
    return AtomicFile::write(path, bytes, error);
}
} // namespace

ExportController::ExportController(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    m_report = new QAction(tr("Export &Report (PDF)…"), this);
    m_report->setShortcut(QKeySequence(tr("Ctrl+Shift+R")));
    m_report->setStatusTip(tr("Write the reliability report of this model as a PDF"));
    connect(m_report, &QAction::triggered, this, &ExportController::exportReport);

    m_menu = new QMenu(tr("E&xport"), window);
    m_menu->addAction(m_report);
    m_menu->addSeparator();
    QAction *svg = m_menu->addAction(tr("Drawing as &SVG…"));
    svg->setStatusTip(tr("A vector picture of the drawing; Ninefold can open it again"));
    connect(svg, &QAction::triggered, this, [this] { exportImage(true); });
    QAction *png = m_menu->addAction(tr("Drawing as &PNG…"));
    png->setStatusTip(tr("A picture of the drawing or of the selection, at a chosen scale"));
    connect(png, &QAction::triggered, this, [this] { exportImage(false); });
    m_menu->addSeparator();
    QAction *csv = m_menu->addAction(tr("Analysis Tables as &CSV…"));
    csv->setStatusTip(tr("Findings, cut sets, importance, headroom, quorums, replication and failovers as CSV files"));
    connect(csv, &QAction::triggered, this, &ExportController::exportCsv);
    QAction *json = m_menu->addAction(tr("Analysis as &JSON…"));
    json->setStatusTip(tr("The whole analysis in the documented JSON format of ninefold-cli"));
    connect(json, &QAction::triggered, this, &ExportController::exportJson);
}

QString ExportController::suggestedPath(const QString &suffix) const
{
    const QString file = m_window->document()->filePath();
    QString base = file.isEmpty() ? tr("untitled") : QFileInfo(file).completeBaseName();
    const QString dir = file.isEmpty() ? QDir::homePath() : QFileInfo(file).absolutePath();
    return dir + u'/' + base + suffix;
}

void ExportController::showError(const QString &text)
{
    m_window->prompts().error(tr("Export failed"), text);
}

bool ExportController::writeSvg(const Model &model, const QStringList &only, const QString &path, QString *error)
{
    const SceneDiagram diagram(model, only);
    const QRectF b = diagram.bounds();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(b.size().toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), b.size()));
    svg.setTitle(model.name);
    // The model travels inside the picture, so the drawing can be edited again.
    svg.setDescription(ModelReader::svgMarker() + u'\n' + QString::fromUtf8(ModelWriter::toBytes(model)));
    QPainter painter;
    if (!painter.begin(&svg)) {
        if (error)
            *error = tr("Could not draw the SVG");
        return false;
    }
    diagram.render(&painter, QRectF(QPointF(0, 0), b.size()));
    if (!painter.end()) {
        if (error)
            *error = tr("Could not draw the SVG");
        return false;
    }
    return saveBytes(path, buffer.data(), error);
}

bool ExportController::writePng(const Model &model, const QStringList &only, double scale, const QString &path,
                                 QString *error)
{
    const SceneDiagram diagram(model, only);
    const QSizeF size = diagram.bounds().size() * scale;
    if (size.width() * size.height() > 400e6) {
        if (error)
            *error = tr("The picture would be %1 × %2 pixels: choose a smaller scale").arg(qRound(size.width())).arg(qRound(size.height()));
        return false;
    }
    QImage image(size.toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    diagram.render(&painter, QRectF(QPointF(0, 0), size));
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG")) {
        if (error)
            *error = tr("Could not encode the PNG picture");
        return false;
    }
    return saveBytes(path, bytes, error);
}

bool ExportController::writeCsv(const Model &model, const AnalysisResult &result, const QString &directory,
                                QStringList *written, QString *error)
{
    if (!QDir().mkpath(directory)) {
        if (error)
            *error = tr("Could not create the folder %1").arg(directory);
        return false;
    }
    for (const AnalysisCsv::Table &t : AnalysisCsv::tables(model, result)) {
        const QString path = QDir(directory).filePath(t.name + u".csv"_s);
        if (!saveBytes(path, t.csv, error))
            return false;
        if (written)
            *written << path;
    }
    return true;
}

bool ExportController::writeJson(const AnalysisResult &result, const QString &path, QString *error)
{
    return saveBytes(path, QJsonDocument(AnalysisJson::toJson(result)).toJson(QJsonDocument::Indented), error);
}

void ExportController::exportImage(bool svg)
{
    const Model model = m_window->document()->snapshot();
    QStringList only;
    const QStringList selected = m_window->scene()->selectedIds();
    if (!selected.isEmpty()) {
        const QStringList choices{tr("The whole model"), tr("The selection (%n element(s))", nullptr, int(selected.size()))};
        bool ok = false;
        const QString choice = QInputDialog::getItem(m_window, tr("Export Drawing"), tr("Export:"), choices, 0, false, &ok);
        if (!ok)
            return;
        if (choice == choices.at(1))
            only = selected;
    }
    double scale = 1.0;
    if (!svg) {
        bool ok = false;
        scale = QInputDialog::getDouble(m_window, tr("Export PNG"), tr("Scale (1 = one pixel per scene unit):"), 2.0, 0.25,
                                        8.0, 2, &ok);
        if (!ok)
            return;
    }
    const QString path = QFileDialog::getSaveFileName(m_window, svg ? tr("Export Drawing as SVG") : tr("Export Drawing as PNG"),
                                                      suggestedPath(svg ? u".svg"_s : u".png"_s),
                                                      svg ? tr("SVG pictures (*.svg)") : tr("PNG pictures (*.png)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!(svg ? writeSvg(model, only, path, &error) : writePng(model, only, scale, path, &error)))
        showError(error);
}

void ExportController::exportCsv()
{
    const QString dir = QFileDialog::getExistingDirectory(m_window, tr("Export Analysis Tables to a Folder"),
                                                          QFileInfo(suggestedPath(QString())).absolutePath());
    if (dir.isEmpty())
        return;
    const Model model = m_window->document()->snapshot();
    const AnalysisResult result = ArchitectureAnalysis::run(model);
    if (!result.ok()) {
        showError(result.error);
        return;
    }
    QString error;
    QStringList written;
    if (!writeCsv(model, result, dir, &written, &error))
        showError(error);
}

void ExportController::exportJson()
{
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export Analysis as JSON"), suggestedPath(u"-analysis.json"_s),
                                                      tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    const AnalysisResult result = ArchitectureAnalysis::run(m_window->document()->snapshot());
    QString error;
    if (!result.ok())
        showError(result.error);
    else if (!writeJson(result, path, &error))
        showError(error);
}

void ExportController::exportReport()
{
    QSettings settings;
    const QString defaultSize = QLocale().measurementSystem() == QLocale::ImperialUSSystem ? u"Letter"_s : u"A4"_s;
    const QStringList sizes{u"A4"_s, u"Letter"_s};
    const QString last = settings.value(u"report/pageSize"_s, defaultSize).toString();
    bool ok = false;
    const QString size = QInputDialog::getItem(m_window, tr("Export Report"), tr("Page size:"), sizes,
                                               std::max<qsizetype>(0, sizes.indexOf(last)), false, &ok);
    if (!ok)
        return;
    settings.setValue(u"report/pageSize"_s, size);
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export Report"), suggestedPath(u"-report.pdf"_s),
                                                      tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    writeReportWithProgress(path, size == u"Letter"_s ? QPageSize::Letter : QPageSize::A4);
}

bool ExportController::writeReportWithProgress(const QString &path, QPageSize::PageSizeId pageSize, QString *error)
{
    const Model model = m_window->document()->snapshot();
    QByteArray bytes = ModelWriter::toBytes(model);
    if (!m_window->document()->filePath().isEmpty() && !m_window->document()->isModified()) {
        QFile f(m_window->document()->filePath());
        if (f.open(QIODevice::ReadOnly))
            bytes = f.readAll(); // the saved file's own hash
    }
    QProgressDialog progress(tr("Analysing the model…"), tr("Cancel"), 0, 0, m_window);
    progress.setWindowTitle(tr("Export Report"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.show();
    m_progress = &progress;
    // The analysis runs on a worker thread; the window keeps answering meanwhile.
    QFutureWatcher<AnalysisResult> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcher<AnalysisResult>::finished, &loop, &QEventLoop::quit);
    connect(&progress, &QProgressDialog::canceled, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([model] { return ArchitectureAnalysis::run(model); }));
    if (!watcher.isFinished())
        loop.exec();
    auto cancelled = [&] {
        m_progress = nullptr;
        if (error)
            *error = tr("cancelled");
        return false;
    };
    if (progress.wasCanceled()) {
        watcher.waitForFinished();
        return cancelled();
    }
    const AnalysisResult result = watcher.result();
    if (!result.ok()) {
        m_progress = nullptr;
        if (error)
            *error = result.error;
        showError(result.error);
        return false;
    }
    ReportGenerator::Input in;
    in.model = &model;
    in.result = &result;
    in.fileName = m_window->document()->filePath();
    in.fileBytes = bytes;
    in.pageSize = pageSize;
    in.diagram = std::make_shared<SceneDiagram>(model);
    progress.setLabelText(tr("Writing the report…"));
    QString why;
    const bool written = ReportGenerator::writePdf(in, path, &why, [&](int page, int pages) {
        progress.setMaximum(pages);
        progress.setValue(page);
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    });
    m_progress = nullptr;
    if (!written) {
        if (error)
            *error = why;
        if (!progress.wasCanceled())
            showError(why);
        return false;
    }
    return true;
}

} // namespace nf
