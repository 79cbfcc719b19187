#pragma once

#include "analysisresult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QPageSize>
#include <QString>

#include <functional>
#include <memory>

class QTextDocument;

namespace nf {

class DiagramRenderer;
class Model;

// The PDF reliability report (issue 7): title page, table of contents, executive
// summary, the architecture diagram and the derived block diagram as vector
// graphics, findings, cut sets, importance, N+M headroom, quorums, replication,
// failovers, common causes, the time charts, and an appendix of every component
// with its parameters and the assumptions made. Page numbers on every page;
// tables that cross a page repeat their header. Charts come from ChartFactory,
// the block diagram from RbdDiagram: nothing is drawn twice.
class ReportGenerator
{
    Q_DECLARE_TR_FUNCTIONS(ReportGenerator)

public:
    struct Input
    {
        const Model *model = nullptr;
        const AnalysisResult *result = nullptr;
        QString fileName;            // shown on the title page ("" for an unsaved model)
        QByteArray fileBytes;        // hashed for the title page (the saved file, or the model as it would be saved)
        std::shared_ptr<const DiagramRenderer> diagram; // may be null
        QPageSize::PageSizeId pageSize = QPageSize::A4;
        QString date;                // empty: today
    };

    // Called after each page; return false to cancel (the output is then not written).
    using Progress = std::function<bool(int page, int pages)>;

    // Writes the report to `path` atomically. Returns false with a message on
    // failure or cancellation; an existing file at `path` is left as it was.
    static bool writePdf(const Input &input, const QString &path, QString *error = nullptr,
                         const Progress &progress = {});

    // The report's text, section by section (for tests and the CLI's summary).
    static QStringList sectionTitles();
};

} // namespace nf
