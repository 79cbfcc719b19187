#pragma once

#include "analysiscontroller.h"
#include "analysisoverlay.h"

#include <QObject>
#include <QPointer>
#include <QSet>

class QAction;
class QDockWidget;
class QMenu;
class QTabWidget;
class QToolBar;

namespace nf {

class AnalysisDock;
class CanvasScene;
class CanvasView;
class DrillMode;
class DrillPanel;
class FindingsPanel;
class MainWindow;
class RbdView;
class SensitivityPanel;

// The live analysis in the editor: runs the analysis as the user draws
// (AnalysisController) and shows it in the analysis dock, the findings panel,
// on the canvas (SPOF outlines, importance heat, badges, hover texts), in the
// failure drill, the sensitivity study and the reliability block diagram tab.
// Owns those widgets and their actions; the main window only plugs it in.
class LiveAnalysis : public QObject
{
    Q_OBJECT

public:
    LiveAnalysis(MainWindow *window, QTabWidget *centralTabs);

    void setDocument(Document *document, CanvasScene *scene);

    AnalysisController *controller() const { return m_controller; }
    AnalysisDock *analysisDock() const { return m_dock; }
    FindingsPanel *findings() const { return m_findings; }
    DrillMode *drill() const { return m_drill; }
    DrillPanel *drillPanel() const { return m_drillPanel; }
    SensitivityPanel *sensitivity() const { return m_sensitivity; }
    RbdView *rbdView() const { return m_rbd; }
    QMenu *menu() const { return m_menu; }
    QToolBar *toolBar() const { return m_toolBar; }
    QAction *heatAction() const { return m_heat; }
    QAction *drillAction() const { return m_drillAction; }
    QList<QDockWidget *> docks() const;
    QDockWidget *analysisDockWidget() const { return m_analysisDock; }
    QDockWidget *findingsDockWidget() const { return m_findingsDock; }
    QDockWidget *drillDockWidget() const { return m_drillDock; }
    QDockWidget *sensitivityDockWidget() const { return m_sensitivityDock; }

    // Selects `ids` on the canvas and brings them into view.
    void selectAndFrame(const QStringList &ids);
    // Main-thread time spent showing the last result (dock, findings, canvas).
    double lastApplyMilliseconds() const { return m_applyMs; }
    double longestApplyMilliseconds() const { return m_longestApplyMs; }

    // Shows the canvas tab or the block diagram tab.
    void showBlockDiagram(bool show);

private:
    void onResult(const AnalysisResultPtr &result);
    void applyOverlays();
    void onFindingActivated(const Finding &finding);

    MainWindow *m_window;
    QTabWidget *m_tabs;
    AnalysisController *m_controller;
    AnalysisDock *m_dock;
    FindingsPanel *m_findings;
    DrillMode *m_drill;
    DrillPanel *m_drillPanel;
    SensitivityPanel *m_sensitivity;
    RbdView *m_rbd;
    QDockWidget *m_analysisDock;
    QDockWidget *m_findingsDock;
    QDockWidget *m_drillDock;
    QDockWidget *m_sensitivityDock;
    QMenu *m_menu;
    QToolBar *m_toolBar;
    QAction *m_heat;
    QAction *m_drillAction;
    QAction *m_recompute;
    QAction *m_showRbd;
    QPointer<CanvasScene> m_scene;
    QSet<QString> m_overlaid;     // ids whose overlay is not empty
    QStringList m_highlighted;    // elements of the finding chosen last
    bool m_selecting = false;     // selecting a finding's elements ourselves
    double m_applyMs = 0.0;
    double m_longestApplyMs = 0.0;
};

} // namespace nf
