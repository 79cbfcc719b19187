#include "liveanalysis.h"

#include "analysisdock.h"
#include "canvasitem.h"
#include "canvasscene.h"
#include "canvasview.h"
#include "document.h"
#include "drillmode.h"
#include "drillpanel.h"
#include "findingspanel.h"
#include "mainwindow.h"
#include "rbdview.h"
#include "sensitivitypanel.h"

#include <QAction>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QMenu>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace nf {

namespace {
QDockWidget *makeDock(MainWindow *window, const QString &name, const QString &title, QWidget *content)
{
    auto *dock = new QDockWidget(title, window);
    dock->setObjectName(name);
    dock->setWidget(content);
    return dock;
}
} // namespace

LiveAnalysis::LiveAnalysis(MainWindow *window, QTabWidget *centralTabs)
    : QObject(window)
    , m_window(window)
    , m_tabs(centralTabs)
    , m_controller(new AnalysisController(this))
    , m_drill(new DrillMode(this))
{
    m_dock = new AnalysisDock(window);
    m_findings = new FindingsPanel(window);
    m_drillPanel = new DrillPanel(m_drill, window);
    m_sensitivity = new SensitivityPanel(window);
    m_rbd = new RbdView(m_tabs);
    m_tabs->addTab(m_rbd, tr("Block Diagram"));

    m_analysisDock = makeDock(window, u"analysisDock"_s, tr("Analysis"), m_dock);
    m_findingsDock = makeDock(window, u"findingsDock"_s, tr("Findings"), m_findings);
    m_drillDock = makeDock(window, u"drillDock"_s, tr("Failure Drill"), m_drillPanel);
    m_sensitivityDock = makeDock(window, u"sensitivityDock"_s, tr("Sensitivity"), m_sensitivity);
    // The side columns run the full height; the analysis sits under the canvas.
    window->setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    window->setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    // The analysis's tables want width: under the canvas. The findings, a list
    // to read down, go under the inspector (with the drill and sensitivity).
    window->addDock(m_analysisDock, Qt::BottomDockWidgetArea);
    window->addDock(m_findingsDock, Qt::RightDockWidgetArea);
    window->addDock(m_drillDock, Qt::RightDockWidgetArea);
    window->addDock(m_sensitivityDock, Qt::RightDockWidgetArea);
    if (QDockWidget *inspector = window->findChild<QDockWidget *>(u"inspectorDock"_s)) {
        // (splitDockWidget() would tabify: the inspector is tabbed with the history.)
        window->tabifyDockWidget(inspector, m_drillDock);
        window->tabifyDockWidget(inspector, m_sensitivityDock);
        inspector->raise();
        window->resizeDocks({inspector, m_findingsDock}, {480, 420}, Qt::Vertical);
        window->resizeDocks({inspector}, {380}, Qt::Horizontal);
    }
    window->resizeDocks({m_analysisDock}, {320}, Qt::Vertical);

    // Actions, a menu of their own and a toolbar.
    m_recompute = new QAction(tr("&Recompute Now"), this);
    m_recompute->setObjectName(u"analysisRecompute"_s);
    m_recompute->setShortcut(QKeySequence(u"F5"_s));
    connect(m_recompute, &QAction::triggered, m_controller, &AnalysisController::analyseNow);
    m_heat = new QAction(tr("Importance &Heat Map"), this);
    m_heat->setObjectName(u"analysisHeat"_s);
    m_heat->setCheckable(true);
    m_heat->setShortcut(QKeySequence(u"Ctrl+H"_s));
    m_heat->setToolTip(tr("Colour components by their share of the system downtime (Fussell-Vesely)"));
    connect(m_heat, &QAction::toggled, this, &LiveAnalysis::applyOverlays);
    m_drillAction = new QAction(tr("Failure &Drill"), this);
    m_drillAction->setObjectName(u"analysisDrill"_s);
    m_drillAction->setCheckable(true);
    m_drillAction->setShortcut(QKeySequence(u"Ctrl+Shift+D"_s));
    m_drillAction->setToolTip(tr("Fail components, zones or regions by clicking them and see what goes down"));
    connect(m_drillAction, &QAction::toggled, this, [this](bool on) {
        if (on && m_scene)
            m_scene->clearSelection(); // nothing selected: no edit action applies during the drill
        m_drill->setActive(on);
        if (on) {
            m_drillDock->show();
            m_drillDock->raise();
            showBlockDiagram(false);
            m_window->statusBar()->showMessage(
                tr("Failure drill: click components, zones or regions to fail them. The model is not changed."));
        } else {
            m_window->statusBar()->showMessage(tr("Left the failure drill."), 4000);
        }
    });
    connect(m_drill, &DrillMode::activeChanged, m_drillAction, &QAction::setChecked);
    m_showRbd = new QAction(tr("Reliability &Block Diagram"), this);
    m_showRbd->setObjectName(u"analysisRbd"_s);
    m_showRbd->setCheckable(true);
    m_showRbd->setShortcut(QKeySequence(u"Ctrl+B"_s));
    connect(m_showRbd, &QAction::triggered, this, &LiveAnalysis::showBlockDiagram);
    connect(m_tabs, &QTabWidget::currentChanged, this,
            [this] { m_showRbd->setChecked(m_tabs->currentWidget() == m_rbd); });

    m_menu = new QMenu(tr("&Analysis"), window);
    m_menu->addAction(m_recompute);
    m_menu->addSeparator();
    m_menu->addAction(m_heat);
    m_menu->addAction(m_drillAction);
    m_menu->addAction(m_showRbd);
    m_menu->addSeparator();
    for (QDockWidget *d : docks())
        m_menu->addAction(d->toggleViewAction());

    m_toolBar = new QToolBar(tr("Analysis"), window);
    m_toolBar->setObjectName(u"analysisToolBar"_s);
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addAction(m_heat);
    m_toolBar->addAction(m_drillAction);
    m_toolBar->addAction(m_showRbd);
    m_heat->setIconText(tr("Heat"));
    m_drillAction->setIconText(tr("Drill"));
    m_showRbd->setIconText(tr("RBD"));
    window->addToolBar(m_toolBar);

    connect(m_controller, &AnalysisController::resultReady, this, &LiveAnalysis::onResult);
    connect(m_controller, &AnalysisController::busyChanged, m_dock, &AnalysisDock::setBusy);
    connect(m_dock, &AnalysisDock::missionTimeChanged, this, [this](double hours) {
        const Document *doc = m_controller->document();
        m_controller->setMissionTime(doc && hours == doc->model().missionTimeHours ? std::nullopt
                                                                                    : std::optional<double>(hours));
    });
    connect(m_dock, &AnalysisDock::elementsActivated, this, &LiveAnalysis::selectAndFrame);
    connect(m_sensitivityDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            QTimer::singleShot(0, m_sensitivity, &SensitivityPanel::activate);
    });
    connect(m_findings, &FindingsPanel::findingActivated, this, &LiveAnalysis::onFindingActivated);
    connect(m_drill, &DrillMode::outcomeChanged, this, &LiveAnalysis::applyOverlays);
    connect(m_drillPanel, &DrillPanel::leaveRequested, this, [this] { m_drill->setActive(false); });
    connect(m_drillPanel, &DrillPanel::elementsActivated, this, &LiveAnalysis::selectAndFrame);
    connect(m_rbd, &RbdView::elementActivated, this, [this](const QString &id) {
        if (m_scene)
            m_scene->selectIds({id});
        m_window->statusBar()->showMessage(
            tr("Selected %1 on the canvas.").arg(m_controller->resultModel() ? m_controller->resultModel()->displayName(id) : id),
            5000);
    });
}

QList<QDockWidget *> LiveAnalysis::docks() const
{
    return {m_analysisDock, m_findingsDock, m_drillDock, m_sensitivityDock};
}

void LiveAnalysis::setDocument(Document *document, CanvasScene *scene)
{
    m_drill->setActive(false);
    m_scene = scene;
    m_overlaid.clear();
    m_highlighted.clear();
    m_drill->setScene(scene);
    m_dock->setResult(nullptr, nullptr, nullptr);
    m_findings->setResult(nullptr);
    m_rbd->setStructure(nullptr);
    m_controller->setMissionTime(std::nullopt);
    m_controller->setDocument(document);
    if (scene) {
        connect(scene, &CanvasScene::selectedIdsChanged, m_sensitivity, &SensitivityPanel::setSelection);
        // A finding stays highlighted until the selection moves on.
        connect(scene, &CanvasScene::selectedIdsChanged, this, [this] {
            if (!m_selecting && !m_highlighted.isEmpty()) {
                m_highlighted.clear();
                applyOverlays();
            }
        });
        scene->setHoverTextProvider([this](const QString &id) {
            const AnalysisResultPtr result = m_controller->result();
            const auto model = m_controller->resultModel();
            return result && model ? AnalysisOverlay::hoverText(*result, *model, id) : QString();
        });
    }
    m_drillAction->setEnabled(document);
    m_heat->setEnabled(document);
    m_recompute->setEnabled(document);
    showBlockDiagram(false);
}

void LiveAnalysis::onResult(const AnalysisResultPtr &result)
{
    QElapsedTimer timer;
    timer.start();
    const auto model = m_controller->resultModel();
    m_dock->setResult(result, m_controller->previousResult(), model);
    m_findings->setResult(result);
    m_drill->setResult(result, model);
    m_rbd->setStructure(result ? result->structure : nullptr);
    m_sensitivity->setModel(model, result); // studies only while shown
    // Highlights of a finding that no longer exists go.
    if (result && !m_highlighted.isEmpty()) {
        bool still = false;
        for (const Finding &f : result->findings)
            still = still || f.elements == m_highlighted;
        if (!still)
            m_highlighted.clear();
    }
    applyOverlays();
    m_applyMs = timer.nsecsElapsed() / 1e6;
    m_longestApplyMs = std::max(m_longestApplyMs, m_applyMs);
}

void LiveAnalysis::applyOverlays()
{
    if (!m_scene)
        return;
    const AnalysisResultPtr result = m_controller->result();
    const auto model = m_controller->resultModel();
    AnalysisOverlay::Overlays overlays;
    if (result && model) {
        if (m_drill->isActive())
            overlays = AnalysisOverlay::drill(m_drill->outcome(), *model);
        else {
            overlays = AnalysisOverlay::build(*result, *model, m_heat->isChecked());
            for (const QString &id : std::as_const(m_highlighted))
                overlays[id].highlighted = true;
        }
    }
    QSet<QString> now;
    for (auto it = overlays.constBegin(); it != overlays.constEnd(); ++it) {
        m_scene->setOverlay(it.key(), *it);
        if (!it->isEmpty())
            now.insert(it.key());
    }
    for (const QString &id : std::as_const(m_overlaid))
        if (!overlays.contains(id))
            m_scene->setOverlay(id, ItemOverlay());
    m_overlaid = now;
}

void LiveAnalysis::onFindingActivated(const Finding &finding)
{
    m_highlighted = finding.elements;
    applyOverlays();
    selectAndFrame(finding.elements);
}

void LiveAnalysis::selectAndFrame(const QStringList &ids)
{
    if (!m_scene)
        return;
    showBlockDiagram(false);
    if (!m_drill->isActive()) {
        m_selecting = true;
        m_scene->selectIds(ids);
        m_selecting = false;
    }
    QRectF bounds;
    for (const QString &id : ids) {
        QRectF r = m_scene->elementRect(id);
        if (r.isNull())
            if (CanvasItem *item = m_scene->item(id))
                r = item->sceneBoundingRect();
        if (!r.isNull())
            bounds |= r;
    }
    CanvasView *view = m_window->view();
    if (bounds.isNull() || !view)
        return;
    const QRectF want = bounds.adjusted(-60, -60, 60, 60);
    const QRectF visible = view->mapToScene(view->viewport()->rect()).boundingRect();
    if (visible.contains(want))
        return;
    const qreal fit = std::min(view->viewport()->width() / want.width(), view->viewport()->height() / want.height());
    if (fit < view->zoom())
        view->setZoom(std::max(fit, CanvasView::kMinZoom));
    view->centerOn(want.center());
}

void LiveAnalysis::showBlockDiagram(bool show)
{
    if (show) {
        m_rbd->ensureBuilt();
        m_tabs->setCurrentWidget(m_rbd);
    } else {
        m_tabs->setCurrentIndex(0);
    }
}

} // namespace nf
