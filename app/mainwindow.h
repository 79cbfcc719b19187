#pragma once

#include "linkkind.h"
#include "model.h"
#include "recoverymanager.h"

#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>

#include <functional>

class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QScrollArea;
class QStackedWidget;
class QTabWidget;
class QUndoView;

namespace nf {

class CanvasScene;
class ExportController;
class CanvasView;
class Document;
class InspectorWidget;
class LiveAnalysis;
class OverviewWidget;
class PaletteWidget;
class WelcomeWidget;

// The application window: the canvas in the centre; palette, inspector, overview
// and undo history in docks that can be rearranged (more docks, such as the
// analysis, plug in with addDock()); menus and a toolbar; one document at a time.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Questions the window asks the user. Tests replace them to answer without
    // showing a modal dialog.
    struct Prompts
    {
        std::function<QMessageBox::StandardButton(const QString &name)> unsavedChanges;
        std::function<void(const QString &title, const QString &text)> error;
        std::function<bool(const QString &problems)> openDespiteErrors;
        std::function<bool(const RecoveryManager::Entry &entry)> recover;
        std::function<bool()> confirmRevert;
    };
    void setPrompts(const Prompts &prompts);
    const Prompts &prompts() const { return m_prompts; }

    bool openFile(const QString &path);
    bool openExample(const QString &resourcePath);
    void newDocument();
    bool save();
    bool saveAs(const QString &path = QString());
    bool revert();
    // Offers recovery of models left by sessions that ended without saving.
    void checkForRecovery();
    bool maybeSave();

    Document *document() const;
    CanvasScene *scene() const { return m_scene; }
    CanvasView *view() const { return m_view; }
    InspectorWidget *inspector() const { return m_inspector; }
    PaletteWidget *palette() const { return m_palette; }
    RecoveryManager *recovery() const { return m_recovery; }
    LiveAnalysis *liveAnalysis() const { return m_live; }
    ExportController *exports() const { return m_exports; }
    bool isShowingWelcome() const;
    QStringList recentFiles() const;
    QAction *action(const QString &name) const;
    void addDock(QDockWidget *dock, Qt::DockWidgetArea area);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    void setDocument(Document *document);
    void updateTitle();
    void updateActions();
    void addRecentFile(const QString &path);
    void rebuildRecentMenu();
    void rebuildExamplesMenu();
    void setLinkKind(LinkKind kind);
    void applyTheme(const QString &mode);
    void showPreferences();
    void showAbout();
    void addAtViewCentre(const QString &entry);
    QAction *makeAction(const QString &name, const QString &text, const QKeySequence &shortcut = {},
                        const QIcon &icon = {});

    QPointer<Document> m_document;
    CanvasScene *m_scene = nullptr;
    CanvasView *m_view;
    WelcomeWidget *m_welcome;
    QScrollArea *m_welcomePage;
    QStackedWidget *m_stack;
    QTabWidget *m_centralTabs; // the canvas and the block diagram
    LiveAnalysis *m_live = nullptr;
    PaletteWidget *m_palette;
    InspectorWidget *m_inspector;
    OverviewWidget *m_overview;
    QUndoView *m_undoView;
    QDockWidget *m_paletteDock;
    QDockWidget *m_inspectorDock;
    QDockWidget *m_overviewDock;
    QDockWidget *m_historyDock;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_examplesMenu = nullptr;
    ExportController *m_exports = nullptr;
    QActionGroup *m_linkKinds = nullptr;
    QHash<QString, QAction *> m_actions;
    QLabel *m_zoomLabel;
    QLabel *m_countLabel;
    RecoveryManager *m_recovery;
    Prompts m_prompts;
};

} // namespace nf
