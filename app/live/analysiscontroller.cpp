#include "analysiscontroller.h"

#include "document.h"
#include "model.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace nf {

AnalysisController::AnalysisController(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<AnalysisResultPtr>();
    // The live run lists what the dock shows; the probability never depends on it.
    m_options.cutSetOrder = 4;
    m_options.listedCutSets = 50;
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(200);
    connect(&m_debounce, &QTimer::timeout, this, &AnalysisController::start);
    connect(&m_watcher, &QFutureWatcher<Job>::finished, this, &AnalysisController::onFinished);
}

AnalysisController::~AnalysisController()
{
    // A running analysis only reads its own snapshot; wait so it does not outlive us.
    m_watcher.waitForFinished();
}

void AnalysisController::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_result.reset();
    m_previous.reset();
    m_resultModel.reset();
    ++m_generation;
    m_pending = false;
    m_keepPrevious = false;
    if (!document) {
        m_debounce.stop();
        updateBusy();
        return;
    }
    // Element, model-info and reset changes matter; positions and bends do not.
    auto semantic = [this] { m_semanticChange = true; };
    connect(document, &Document::elementAdded, this, semantic);
    connect(document, &Document::elementRemoved, this, semantic);
    connect(document, &Document::elementChanged, this, semantic);
    connect(document, &Document::modelInfoChanged, this, semantic);
    connect(document, &Document::documentReset, this, semantic);
    connect(document, &Document::changed, this, &AnalysisController::onDocumentChanged);
    analyseNow();
}

void AnalysisController::setMissionTime(std::optional<double> hours)
{
    if (hours == m_missionTime)
        return;
    m_missionTime = hours;
    if (m_document) {
        ++m_generation;
        schedule();
    }
}

Model AnalysisController::prepare(const Model &model, std::optional<double> missionTime)
{
    Model m = model;
    if (missionTime && *missionTime > 0)
        m.missionTimeHours = *missionTime;
    return m;
}

void AnalysisController::onDocumentChanged()
{
    if (!m_semanticChange)
        return;
    m_semanticChange = false;
    ++m_generation;
    m_keepPrevious = true;
    emit invalidated();
    schedule();
}

void AnalysisController::schedule()
{
    m_debounce.start();
    updateBusy();
}

void AnalysisController::analyseNow()
{
    ++m_generation;
    m_debounce.stop();
    start();
}

void AnalysisController::start()
{
    if (!m_document)
        return;
    if (m_running) {
        m_pending = true; // started again with the newest snapshot when this one ends
        updateBusy();
        return;
    }
    m_pending = false;
    m_running = true;
    ++m_started;
    const quint64 generation = m_generation;
    auto snapshot = std::make_shared<const Model>(prepare(m_document->snapshot(), m_missionTime));
    const AnalysisOptions options = m_options;
    m_watcher.setFuture(QtConcurrent::run([snapshot, options, generation] {
        Job job;
        job.generation = generation;
        job.model = snapshot;
        job.result = std::make_shared<const AnalysisResult>(ArchitectureAnalysis::run(*snapshot, options));
        return job;
    }));
    updateBusy();
}

void AnalysisController::onFinished()
{
    m_running = false;
    const Job job = m_watcher.result();
    if (job.generation != m_generation || !m_document) {
        // Stale: the document moved on. Analyse the newest state unless a
        // debounce is still collecting changes.
        ++m_dropped;
        if (m_pending || !m_debounce.isActive())
            start();
        updateBusy();
        return;
    }
    if (m_keepPrevious && m_result)
        m_previous = m_result;
    m_keepPrevious = false;
    m_resultGeneration = job.generation;
    m_result = job.result;
    m_resultModel = job.model;
    if (m_pending)
        start();
    updateBusy();
    emit resultReady(m_result);
}

bool AnalysisController::waitForResult(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (m_result && m_resultGeneration == m_generation && !isBusy())
            return true;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return false;
}

void AnalysisController::updateBusy()
{
    const bool busy = isBusy();
    if (busy != m_lastBusy) {
        m_lastBusy = busy;
        emit busyChanged(busy);
    }
}

} // namespace nf
