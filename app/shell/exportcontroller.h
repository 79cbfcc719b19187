#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QPageSize>
#include <QPointer>
#include <QProgressDialog>

class QAction;
class QProgressDialog;
class QMenu;
class QWidget;

namespace nf {

class MainWindow;
class Model;
struct AnalysisResult;

// File ▸ Export: the PDF report (with a progress dialog that can be cancelled),
// the drawing as SVG (which carries the model, so Ninefold can open it again) or
// PNG (whole model or selection, at a chosen scale), the analysis tables as CSV
// and the analysis as JSON. Every export reads a snapshot of the document and
// never changes it.
class ExportController : public QObject
{
    Q_OBJECT

public:
    explicit ExportController(MainWindow *window);

    QAction *reportAction() const { return m_report; }
    QMenu *menu() const { return m_menu; }

    // The work behind the actions, without dialogs (tests call these).
    static bool writeSvg(const Model &model, const QStringList &only, const QString &path, QString *error);
    static bool writePng(const Model &model, const QStringList &only, double scale, const QString &path, QString *error);
    static bool writeCsv(const Model &model, const AnalysisResult &result, const QString &directory,
                         QStringList *written, QString *error);
    static bool writeJson(const AnalysisResult &result, const QString &path, QString *error);
    // Analyses the document on a worker thread and writes the report, showing a
    // progress dialog whose Cancel stops it (the file is then not written).
    bool writeReportWithProgress(const QString &path, QPageSize::PageSizeId pageSize, QString *error = nullptr);
    // The progress dialog while a report is being written (tests press Cancel).
    QProgressDialog *progressDialog() const { return m_progress; }

private:
    void exportReport();
    void exportImage(bool svg);
    void exportCsv();
    void exportJson();
    QString suggestedPath(const QString &suffix) const;
    void showError(const QString &text);

    MainWindow *m_window;
    QMenu *m_menu = nullptr;
    QAction *m_report = nullptr;
    QPointer<QProgressDialog> m_progress;
};

} // namespace nf
