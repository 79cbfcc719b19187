#pragma once

#include "analysisresult.h"
#include "architectureanalysis.h"
#include "document.h"
#include "model.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

namespace nf {


using AnalysisResultPtr = std::shared_ptr<const AnalysisResult>;

// Runs the architecture analysis of the open document live: a short while after
// the last change that matters (layout moves do not), on a worker thread, on an
// immutable snapshot. A generation counter drops results of snapshots that are
// no longer current, and at most one analysis runs with at most one waiting, so
// the analyses of a large model never pile up while the user keeps editing.
// Keeps the result before the last change for the "what if" comparison.
class AnalysisController : public QObject
{
    Q_OBJECT

public:
    explicit AnalysisController(QObject *parent = nullptr);
    ~AnalysisController() override;

    void setDocument(Document *document);
    Document *document() const { return m_document; }

    // Mission time for R(t) (hours); nullopt: the model's own.
    void setMissionTime(std::optional<double> hours);
    std::optional<double> missionTime() const { return m_missionTime; }
    void setDebounce(int milliseconds) { m_debounce.setInterval(milliseconds); }
    void setOptions(const AnalysisOptions &options) { m_options = options; }

    AnalysisResultPtr result() const { return m_result; }
    // The snapshot that result() describes (names of elements since deleted).
    std::shared_ptr<const Model> resultModel() const { return m_resultModel; }
    AnalysisResultPtr previousResult() const { return m_previous; }
    bool isBusy() const { return m_running || m_debounce.isActive() || m_pending; }
    // Counters for tests and the status line.
    int startedCount() const { return m_started; }
    int droppedCount() const { return m_dropped; }
    quint64 generation() const { return m_generation; }

    // Analyses the document now (no debounce).
    void analyseNow();
    // Blocks (running the event loop) until the current generation is analysed;
    // for tests and screenshots. False on timeout.
    bool waitForResult(int timeoutMs = 30000);

    // The snapshot the analysis sees: the model with the chosen mission time.
    static Model prepare(const Model &model, std::optional<double> missionTime);

signals:
    // A result for the current state of the document.
    void resultReady(const nf::AnalysisResultPtr &result);
    void busyChanged(bool busy);
    // The document changed in a way that the analysis must see (a result follows).
    void invalidated();

private:
    void onDocumentChanged();
    void schedule();
    void start();
    void onFinished();
    void updateBusy();

    struct Job
    {
        quint64 generation = 0;
        AnalysisResultPtr result;
        std::shared_ptr<const Model> model;
    };

    QPointer<Document> m_document;
    AnalysisOptions m_options;
    std::optional<double> m_missionTime;
    QTimer m_debounce;
    QFutureWatcher<Job> m_watcher;
    quint64 m_generation = 0;   // of the document state (bumped by every change that matters)
    quint64 m_resultGeneration = 0;
    bool m_running = false;
    bool m_pending = false;     // a change arrived while an analysis was running
    bool m_semanticChange = false; // since the last `changed` signal
    bool m_lastBusy = false;
    bool m_keepPrevious = false;   // the next result follows an edit (what-if)
    int m_started = 0;
    int m_dropped = 0;
    AnalysisResultPtr m_result;
    AnalysisResultPtr m_previous;
    std::shared_ptr<const Model> m_resultModel;
};

} // namespace nf

Q_DECLARE_METATYPE(nf::AnalysisResultPtr)
