#include "mainwindow.h"

#include "exportcontroller.h"

#include "apptheme.h"
#include "canvasscene.h"
#include "canvasview.h"
#include "document.h"
#include "examplecatalog.h"
#include "inspectorwidget.h"
#include "kindlabels.h"
#include "liveanalysis.h"
#include "modelreader.h"
#include "ninefold_version.h"
#include "overviewwidget.h"
#include "palettewidget.h"
#include "preferencesdialog.h"
#include "welcomewidget.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QGraphicsItem>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPainter>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoView>

using namespace Qt::StringLiterals;

namespace nf {

namespace {
constexpr int kMaxRecent = 10;
const QString kRecentKey = u"recentFiles"_s;

// A toolbar icon for a link kind: a short connector in the kind's colour and style.
QIcon linkIcon(const QColor &color, Qt::PenStyle style, bool filledArrow)
{
    QIcon icon;
    for (qreal dpr : {1.0, 2.0}) {
        QPixmap pm(int(24 * dpr), int(24 * dpr));
        pm.setDevicePixelRatio(dpr);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(color, 2.0, style, Qt::FlatCap));
        p.drawLine(QPointF(3, 18), QPointF(3, 8));
        p.drawLine(QPointF(3, 8), QPointF(15, 8));
        p.setPen(QPen(color, 1.2));
        p.setBrush(filledArrow ? QBrush(color) : QBrush(Qt::transparent));
        p.drawPolygon(QPolygonF{QPointF(21, 8), QPointF(14, 4), QPointF(14, 12)});
        icon.addPixmap(pm);
    }
    return icon;
}

QString diagnosticsText(const LoadResult &r, bool errorsOnly, int limit = 12)
{
    QStringList lines;
    for (const Diagnostic &d : r.diagnostics)
        if (!errorsOnly || d.isError())
            lines << d.toString();
    if (lines.size() > limit) {
        const qsizetype more = lines.size() - limit;
        lines = lines.mid(0, limit);
        lines << MainWindow::tr("\u2026 and %n more", nullptr, int(more));
    }
    return lines.join(u'\n');
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_recovery(new RecoveryManager(this))
{
    setObjectName(u"MainWindow"_s);
    setWindowIcon(QIcon(u":/icons/ninefold.svg"_s));
    setAcceptDrops(true);
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);

    m_stack = new QStackedWidget(this);
    // The welcome page scrolls rather than setting the window's minimum height
    // (with the analysis docks under the canvas it would not fit a 1080p screen).
    m_welcomePage = new QScrollArea(m_stack);
    m_welcomePage->setObjectName(u"welcomePage"_s);
    m_welcomePage->setWidgetResizable(true);
    m_welcomePage->setFrameShape(QFrame::NoFrame);
    m_welcome = new WelcomeWidget(m_welcomePage);
    m_welcomePage->setWidget(m_welcome);
    m_centralTabs = new QTabWidget(m_stack);
    m_centralTabs->setObjectName(u"centralTabs"_s);
    m_centralTabs->setDocumentMode(true);
    m_centralTabs->setTabPosition(QTabWidget::South);
    m_view = new CanvasView(m_centralTabs);
    m_centralTabs->addTab(m_view, tr("Canvas"));
    m_stack->addWidget(m_welcomePage);
    m_stack->addWidget(m_centralTabs);
    setCentralWidget(m_stack);

    m_prompts.unsavedChanges = [this](const QString &name) {
        return QMessageBox::warning(this, tr("Unsaved changes"),
                                    tr("Save the changes to %1 before closing it?").arg(name),
                                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    };
    m_prompts.error = [this](const QString &title, const QString &text) {
        QMessageBox box(QMessageBox::Critical, title, text, QMessageBox::Ok, this);
        box.exec();
    };
    m_prompts.openDespiteErrors = [this](const QString &problems) {
        QMessageBox box(QMessageBox::Warning, tr("The model has problems"),
                        tr("The model was read, but it is not valid:"), QMessageBox::Cancel, this);
        box.setInformativeText(problems);
        QPushButton *open = box.addButton(tr("Open Anyway"), QMessageBox::AcceptRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        return box.clickedButton() == static_cast<QAbstractButton *>(open);
    };
    m_prompts.recover = [this](const RecoveryManager::Entry &e) {
        QMessageBox box(QMessageBox::Question, tr("Recover unsaved changes?"),
                        tr("Ninefold found unsaved changes to %1 from a session that ended unexpectedly "
                           "(saved %2).")
                            .arg(e.modelName, QLocale().toString(e.savedAt.toLocalTime(), QLocale::ShortFormat)),
                        QMessageBox::NoButton, this);
        QPushButton *recover = box.addButton(tr("Recover"), QMessageBox::AcceptRole);
        box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
        box.setDefaultButton(recover);
        box.exec();
        return box.clickedButton() == static_cast<QAbstractButton *>(recover);
    };
    m_prompts.confirmRevert = [this] {
        return QMessageBox::question(this, tr("Revert"), tr("Discard every change since the last save?"),
                                     QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Discard;
    };

    m_exports = new ExportController(this);
    createActions();
    createDocks();
    createMenus();
    m_live = new LiveAnalysis(this, m_centralTabs);
    menuBar()->insertMenu(menuBar()->actions().constLast(), m_live->menu()); // before Help

    m_zoomLabel = new QLabel(this);
    m_countLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_zoomLabel);

    connect(m_welcome, &WelcomeWidget::newRequested, this, &MainWindow::newDocument);
    connect(m_welcome, &WelcomeWidget::openRequested, m_actions.value(u"open"_s), &QAction::trigger);
    connect(m_welcome, &WelcomeWidget::exampleRequested, this, &MainWindow::openExample);
    connect(m_welcome, &WelcomeWidget::recentRequested, this, &MainWindow::openFile);
    connect(m_view, &CanvasView::zoomChanged, this,
            [this](qreal z) { m_zoomLabel->setText(tr("%1 %").arg(qRound(z * 100))); });
    connect(m_view, &CanvasView::filesDropped, this, [this](const QList<QUrl> &urls) {
        for (const QUrl &url : urls)
            if (url.isLocalFile()) {
                openFile(url.toLocalFile());
                break;
            }
    });
    connect(m_palette, &PaletteWidget::activated, this, &MainWindow::addAtViewCentre);
    // A failed autosave stays in the status bar until something else is said:
    // the user must know that the recovery copy is older than the edits.
    connect(m_recovery, &RecoveryManager::autosaveFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message); });
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (!m_scene)
            return;
        // Right-click on an unselected element selects it first, as file managers do.
        const QPointF scenePos = m_view->mapToScene(pos);
        for (QGraphicsItem *item : m_scene->items(scenePos))
            if (item->flags() & QGraphicsItem::ItemIsSelectable) {
                if (!item->isSelected()) {
                    m_scene->clearSelection();
                    item->setSelected(true);
                }
                break;
            }
        QMenu menu(this);
        for (const QString &name : {u"cut"_s, u"copy"_s, u"paste"_s, u"duplicate"_s, u"delete"_s})
            menu.addAction(action(name));
        menu.addSeparator();
        for (const QString &name : {u"groupRedundant"_s, u"groupQuorum"_s, u"addEntry"_s})
            menu.addAction(action(name));
        menu.addSeparator();
        menu.addAction(action(u"selectAll"_s));
        menu.addAction(action(u"zoomFit"_s));
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });

    QSettings settings;
    m_recovery->setInterval(settings.value(PreferencesDialog::autosaveKey(), 1).toInt() * 60 * 1000);
    resize(1440, 900);
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    restoreState(settings.value(u"window/state"_s).toByteArray());
    m_welcome->setRecentFiles(recentFiles());
    setDocument(nullptr);
}

MainWindow::~MainWindow()
{
    setDocument(nullptr);
}

Document *MainWindow::document() const
{
    return m_document;
}

void MainWindow::setPrompts(const Prompts &prompts)
{
    m_prompts = prompts;
}

QAction *MainWindow::makeAction(const QString &name, const QString &text, const QKeySequence &shortcut,
                                const QIcon &icon)
{
    auto *a = new QAction(icon, text, this);
    a->setObjectName(name);
    if (!shortcut.isEmpty())
        a->setShortcut(shortcut);
    m_actions.insert(name, a);
    return a;
}

QAction *MainWindow::action(const QString &name) const
{
    return m_actions.value(name);
}

void MainWindow::createActions()
{
    QStyle *s = style();
    connect(makeAction(u"new"_s, tr("&New"), QKeySequence::New, s->standardIcon(QStyle::SP_FileIcon)),
            &QAction::triggered, this, &MainWindow::newDocument);
    connect(makeAction(u"open"_s, tr("&Open\u2026"), QKeySequence::Open, s->standardIcon(QStyle::SP_DialogOpenButton)),
            &QAction::triggered, this, [this] {
                const QString path = QFileDialog::getOpenFileName(this, tr("Open Model"), QString(),
                                                                  tr("Ninefold models (*.ninefold);;Drawings exported by Ninefold (*.svg);;All files (*)"));
                if (!path.isEmpty())
                    openFile(path);
            });
    connect(makeAction(u"save"_s, tr("&Save"), QKeySequence::Save, s->standardIcon(QStyle::SP_DialogSaveButton)),
            &QAction::triggered, this, &MainWindow::save);
    connect(makeAction(u"saveAs"_s, tr("Save &As\u2026"), QKeySequence::SaveAs), &QAction::triggered, this,
            [this] { saveAs(); });
    connect(makeAction(u"revert"_s, tr("&Revert")), &QAction::triggered, this, &MainWindow::revert);
    connect(makeAction(u"preferences"_s, tr("&Preferences\u2026"),
                       QKeySequence(QKeySequence::Preferences).isEmpty() ? QKeySequence(u"Ctrl+,"_s)
                                                                         : QKeySequence(QKeySequence::Preferences)),
            &QAction::triggered, this, &MainWindow::showPreferences);
    QAction *quit = makeAction(u"quit"_s, tr("&Quit"), QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QAction *undo = makeAction(u"undo"_s, tr("&Undo"), QKeySequence::Undo, s->standardIcon(QStyle::SP_ArrowBack));
    connect(undo, &QAction::triggered, this, [this] {
        if (m_document)
            m_document->undoStack()->undo();
    });
    QAction *redo = makeAction(u"redo"_s, tr("&Redo"), QKeySequence::Redo, s->standardIcon(QStyle::SP_ArrowForward));
    connect(redo, &QAction::triggered, this, [this] {
        if (m_document)
            m_document->undoStack()->redo();
    });
    auto onScene = [this](void (CanvasScene::*f)()) {
        return [this, f] {
            if (m_scene)
                (m_scene->*f)();
        };
    };
    connect(makeAction(u"cut"_s, tr("Cu&t"), QKeySequence::Cut), &QAction::triggered, this,
            onScene(&CanvasScene::cutSelection));
    connect(makeAction(u"copy"_s, tr("&Copy"), QKeySequence::Copy), &QAction::triggered, this,
            onScene(&CanvasScene::copySelection));
    connect(makeAction(u"paste"_s, tr("&Paste"), QKeySequence::Paste), &QAction::triggered, this,
            onScene(&CanvasScene::paste));
    connect(makeAction(u"duplicate"_s, tr("D&uplicate"), QKeySequence(u"Ctrl+D"_s)), &QAction::triggered, this,
            onScene(&CanvasScene::duplicateSelection));
    connect(makeAction(u"delete"_s, tr("&Delete"), QKeySequence::Delete), &QAction::triggered, this,
            onScene(&CanvasScene::deleteSelection));
    connect(makeAction(u"selectAll"_s, tr("Select &All"), QKeySequence::SelectAll), &QAction::triggered, this,
            onScene(&CanvasScene::selectAllElements));
    connect(makeAction(u"groupRedundant"_s, tr("Group as &Redundancy Group"), QKeySequence(u"Ctrl+G"_s)),
            &QAction::triggered, this, [this] {
                if (m_scene)
                    m_scene->groupSelection(false);
            });
    connect(makeAction(u"groupQuorum"_s, tr("Group as &Quorum"), QKeySequence(u"Ctrl+Shift+G"_s)),
            &QAction::triggered, this, [this] {
                if (m_scene)
                    m_scene->groupSelection(true);
            });
    connect(makeAction(u"addEntry"_s, tr("Add &Entry Point"), QKeySequence(u"Ctrl+E"_s)), &QAction::triggered, this,
            onScene(&CanvasScene::addEntryPointForSelection));

    connect(makeAction(u"zoomIn"_s, tr("Zoom &In"), QKeySequence::ZoomIn), &QAction::triggered, m_view,
            &CanvasView::zoomIn);
    connect(makeAction(u"zoomOut"_s, tr("Zoom &Out"), QKeySequence::ZoomOut), &QAction::triggered, m_view,
            &CanvasView::zoomOut);
    connect(makeAction(u"zoomFit"_s, tr("Zoom to &Fit"), QKeySequence(u"Shift+1"_s)), &QAction::triggered, m_view,
            &CanvasView::zoomToFit);
    connect(makeAction(u"zoomReset"_s, tr("&Actual Size"), QKeySequence(u"Ctrl+0"_s)), &QAction::triggered, m_view,
            &CanvasView::resetZoom);
    QAction *snap = makeAction(u"snap"_s, tr("&Snap to Grid"));
    snap->setCheckable(true);
    snap->setChecked(QSettings().value(PreferencesDialog::snapKey(), true).toBool());
    connect(snap, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(PreferencesDialog::snapKey(), on);
        if (m_scene)
            m_scene->setSnapToGrid(on);
    });
    QAction *fullScreen = makeAction(u"fullScreen"_s, tr("F&ull Screen"), QKeySequence::FullScreen);
    fullScreen->setCheckable(true);
    connect(fullScreen, &QAction::toggled, this, [this](bool on) { on ? showFullScreen() : showNormal(); });

    m_linkKinds = new QActionGroup(this);
    const CanvasTheme theme = CanvasTheme::fromPalette(QApplication::palette());
    struct KindAction { LinkKind kind; QString name; QColor color; Qt::PenStyle style; bool filled; QString tip; };
    const QList<KindAction> kinds{
        {LinkKind::Dependency, u"linkDependency"_s, theme.dependency, Qt::SolidLine, false,
         tr("Drag from a component's edge handle: the source needs the target")},
        {LinkKind::Traffic, u"linkTraffic"_s, theme.traffic, Qt::SolidLine, true,
         tr("Drag from a component's edge handle: requests flow from source to target")},
        {LinkKind::Failover, u"linkFailover"_s, theme.failover, Qt::DashLine, true,
         tr("Drag from a primary to its standby; they become an active-passive group")},
        {LinkKind::Replication, u"linkReplication"_s, theme.replication, Qt::DashDotLine, true,
         tr("Drag from the source store to the replica")},
    };
    int n = 1;
    for (const KindAction &k : kinds) {
        QAction *a = makeAction(k.name, KindLabels::link(int(k.kind)), QKeySequence(QString::number(n++)),
                                linkIcon(k.color, k.style, k.filled));
        a->setCheckable(true);
        a->setToolTip(tr("%1 link (%2)\n%3").arg(a->text(), a->shortcut().toString(QKeySequence::NativeText), k.tip));
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_view->addAction(a); // single-key shortcuts only while the canvas has focus
        m_linkKinds->addAction(a);
        connect(a, &QAction::triggered, this, [this, kind = k.kind] { setLinkKind(kind); });
    }
    m_actions.value(u"linkDependency"_s)->setChecked(true);

    connect(makeAction(u"about"_s, tr("&About Ninefold")), &QAction::triggered, this, &MainWindow::showAbout);
    connect(makeAction(u"aboutQt"_s, tr("About &Qt")), &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createDocks()
{
    m_palette = new PaletteWidget(this);
    m_paletteDock = new QDockWidget(tr("Palette"), this);
    m_paletteDock->setObjectName(u"paletteDock"_s);
    m_paletteDock->setWidget(m_palette);
    addDockWidget(Qt::LeftDockWidgetArea, m_paletteDock);

    m_overview = new OverviewWidget(this);
    m_overview->setCanvasView(m_view);
    m_overviewDock = new QDockWidget(tr("Overview"), this);
    m_overviewDock->setObjectName(u"overviewDock"_s);
    m_overviewDock->setWidget(m_overview);
    addDockWidget(Qt::LeftDockWidgetArea, m_overviewDock);

    m_inspector = new InspectorWidget(this);
    m_inspectorDock = new QDockWidget(tr("Inspector"), this);
    m_inspectorDock->setObjectName(u"inspectorDock"_s);
    m_inspectorDock->setWidget(m_inspector);
    addDockWidget(Qt::RightDockWidgetArea, m_inspectorDock);
    connect(m_inspector, &InspectorWidget::statusMessage, this,
            [this](const QString &m) { statusBar()->showMessage(m, 8000); });

    m_undoView = new QUndoView(this);
    m_undoView->setEmptyLabel(tr("<opened>"));
    m_historyDock = new QDockWidget(tr("History"), this);
    m_historyDock->setObjectName(u"historyDock"_s);
    m_historyDock->setWidget(m_undoView);
    addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    tabifyDockWidget(m_inspectorDock, m_historyDock);
    m_inspectorDock->raise();
    resizeDocks({m_paletteDock, m_inspectorDock}, {230, 320}, Qt::Horizontal);
    resizeDocks({m_paletteDock, m_overviewDock}, {560, 180}, Qt::Vertical);
}

void MainWindow::addDock(QDockWidget *dock, Qt::DockWidgetArea area)
{
    addDockWidget(area, dock);
    if (m_viewMenu)
        m_viewMenu->addAction(dock->toggleViewAction());
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(action(u"new"_s));
    file->addAction(action(u"open"_s));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    m_examplesMenu = file->addMenu(tr("&Examples"));
    m_examplesMenu->setToolTipsVisible(true);
    rebuildExamplesMenu();
    file->addSeparator();
    file->addAction(action(u"save"_s));
    file->addAction(action(u"saveAs"_s));
    file->addAction(action(u"revert"_s));
    file->addSeparator();
    file->addMenu(m_exports->menu());
    file->addSeparator();
    file->addAction(action(u"preferences"_s));
    file->addSeparator();
    file->addAction(action(u"quit"_s));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    for (const QString &name : {u"undo"_s, u"redo"_s})
        edit->addAction(action(name));
    edit->addSeparator();
    for (const QString &name : {u"cut"_s, u"copy"_s, u"paste"_s, u"duplicate"_s, u"delete"_s})
        edit->addAction(action(name));
    edit->addSeparator();
    edit->addAction(action(u"selectAll"_s));

    QMenu *model = menuBar()->addMenu(tr("&Model"));
    QMenu *linkMenu = model->addMenu(tr("&Link Kind"));
    linkMenu->addActions(m_linkKinds->actions());
    model->addSeparator();
    model->addAction(action(u"groupRedundant"_s));
    model->addAction(action(u"groupQuorum"_s));
    model->addAction(action(u"addEntry"_s));

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (const QString &name : {u"zoomIn"_s, u"zoomOut"_s, u"zoomFit"_s, u"zoomReset"_s})
        m_viewMenu->addAction(action(name));
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(action(u"snap"_s));
    QMenu *theme = m_viewMenu->addMenu(tr("&Theme"));
    auto *themes = new QActionGroup(this);
    const QString current = QSettings().value(PreferencesDialog::themeKey(), u"system"_s).toString();
    for (const auto &[mode, label] : {std::pair{u"system"_s, tr("Follow the &System")},
                                      std::pair{u"light"_s, tr("&Light")}, std::pair{u"dark"_s, tr("&Dark")}}) {
        QAction *a = theme->addAction(label);
        a->setCheckable(true);
        a->setChecked(mode == current);
        a->setObjectName(u"theme-"_s + mode);
        m_actions.insert(a->objectName(), a);
        themes->addAction(a);
        connect(a, &QAction::triggered, this, [this, mode] { applyTheme(mode); });
    }
    m_viewMenu->addSeparator();
    for (QDockWidget *dock : {m_paletteDock, m_inspectorDock, m_overviewDock, m_historyDock})
        m_viewMenu->addAction(dock->toggleViewAction());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(action(u"fullScreen"_s));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(action(u"about"_s));
    help->addAction(action(u"aboutQt"_s));

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(u"mainToolBar"_s);
    bar->setIconSize(QSize(20, 20));
    bar->setMovable(false);
    bar->addAction(action(u"new"_s));
    bar->addAction(action(u"open"_s));
    bar->addAction(action(u"save"_s));
    bar->addSeparator();
    bar->addAction(action(u"undo"_s));
    bar->addAction(action(u"redo"_s));
    bar->addSeparator();
    auto *linkLabel = new QLabel(tr("  Draw links: "), bar);
    bar->addWidget(linkLabel);
    bar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    for (QAction *a : m_linkKinds->actions()) {
        bar->addAction(a);
        if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(a)))
            button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    }
    bar->addSeparator();
    bar->addAction(action(u"zoomOut"_s));
    bar->addAction(action(u"zoomFit"_s));
    bar->addAction(action(u"zoomIn"_s));
    action(u"zoomIn"_s)->setIconText(tr("+"));
    action(u"zoomOut"_s)->setIconText(tr("\u2212"));
    action(u"zoomFit"_s)->setIconText(tr("Fit"));
}

void MainWindow::rebuildExamplesMenu()
{
    m_examplesMenu->clear();
    const QList<ExampleInfo> examples = ExampleCatalog::examples();
    for (const ExampleInfo &e : examples) {
        QAction *a = m_examplesMenu->addAction(e.name);
        a->setToolTip(e.summary);
        a->setStatusTip(e.summary);
        a->setData(e.resourcePath);
        connect(a, &QAction::triggered, this, [this, path = e.resourcePath] { openExample(path); });
    }
    m_examplesMenu->setEnabled(!examples.isEmpty());
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    for (const QString &path : recentFiles()) {
        QAction *a = m_recentMenu->addAction(QFileInfo(path).fileName());
        a->setToolTip(path);
        a->setStatusTip(path);
        connect(a, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    if (m_recentMenu->isEmpty())
        m_recentMenu->addAction(tr("No recent models"))->setEnabled(false);
    else {
        m_recentMenu->addSeparator();
        connect(m_recentMenu->addAction(tr("Clear Recent Models")), &QAction::triggered, this, [this] {
            QSettings().remove(kRecentKey);
            m_welcome->setRecentFiles({});
        });
    }
}

QStringList MainWindow::recentFiles() const
{
    return QSettings().value(kRecentKey).toStringList();
}

void MainWindow::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaxRecent)
        files.removeLast();
    QSettings().setValue(kRecentKey, files);
    m_welcome->setRecentFiles(files);
}

void MainWindow::setDocument(Document *document)
{
    Document *old = m_document;
    CanvasScene *oldScene = m_scene;
    m_inspector->setDocument(nullptr);
    m_undoView->setStack(nullptr);
    m_recovery->setDocument(nullptr);
    m_document = document;
    m_scene = nullptr;
    if (document) {
        document->setParent(this);
        m_scene = new CanvasScene(document, this);
        m_scene->setSnapToGrid(action(u"snap"_s)->isChecked());
        m_view->setCanvas(m_scene);
        m_overview->setCanvasView(m_view);
        m_inspector->setDocument(document);
        m_undoView->setStack(document->undoStack());
        m_recovery->setDocument(document);
        for (QAction *a : m_linkKinds->actions())
            if (a->isChecked())
                a->trigger();
        connect(m_scene, &CanvasScene::selectedIdsChanged, m_inspector, &InspectorWidget::setSelection);
        connect(m_scene, &CanvasScene::statusMessage, this, [this](const QString &m) { statusBar()->showMessage(m, 8000); });
        connect(document, &Document::modifiedChanged, this, &MainWindow::updateTitle);
        connect(document, &Document::filePathChanged, this, &MainWindow::updateTitle);
        connect(document, &Document::changed, this, &MainWindow::updateActions);
        connect(document->undoStack(), &QUndoStack::canUndoChanged, this, &MainWindow::updateActions);
        connect(document->undoStack(), &QUndoStack::canRedoChanged, this, &MainWindow::updateActions);
        connect(document->undoStack(), &QUndoStack::undoTextChanged, this, &MainWindow::updateActions);
        connect(document->undoStack(), &QUndoStack::redoTextChanged, this, &MainWindow::updateActions);
        connect(m_scene, &CanvasScene::selectedIdsChanged, this, &MainWindow::updateActions);
        m_live->setDocument(document, m_scene);
        m_stack->setCurrentWidget(m_centralTabs);
        m_view->zoomToFit();
        QTimer::singleShot(0, m_view, &CanvasView::zoomToFit); // again once the window has its size
        m_view->setFocus();
    } else {
        m_live->setDocument(nullptr, nullptr);
        m_view->setCanvas(nullptr);
        m_overview->setCanvasView(m_view);
        m_stack->setCurrentWidget(m_welcomePage);
    }
    delete oldScene;
    delete old;
    updateTitle();
    updateActions();
}

bool MainWindow::isShowingWelcome() const
{
    return m_stack->currentWidget() == m_welcomePage;
}

void MainWindow::updateTitle()
{
    if (!m_document) {
        setWindowTitle(tr("Ninefold"));
        setWindowModified(false);
        return;
    }
    setWindowTitle(tr("%1[*] \u2014 Ninefold").arg(m_document->displayName()));
    setWindowModified(m_document->isModified() || m_document->hasUnsavedContent());
}

void MainWindow::updateActions()
{
    const bool has = m_document;
    QUndoStack *stack = has ? m_document->undoStack() : nullptr;
    action(u"undo"_s)->setEnabled(stack && stack->canUndo());
    action(u"undo"_s)->setText(stack && stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
    action(u"redo"_s)->setEnabled(stack && stack->canRedo());
    action(u"redo"_s)->setText(stack && stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
    const bool selection = m_scene && !m_scene->selectedIds().isEmpty();
    for (const QString &name : {u"cut"_s, u"copy"_s, u"duplicate"_s, u"delete"_s, u"groupRedundant"_s,
                                u"groupQuorum"_s, u"addEntry"_s})
        action(name)->setEnabled(selection);
    for (const QString &name : {u"save"_s, u"saveAs"_s, u"paste"_s, u"selectAll"_s, u"zoomIn"_s, u"zoomOut"_s,
                                u"zoomFit"_s, u"zoomReset"_s})
        action(name)->setEnabled(has);
    action(u"revert"_s)->setEnabled(has && !m_document->filePath().isEmpty());
    m_linkKinds->setEnabled(has);
    if (has) {
        const Model &m = m_document->model();
        m_countLabel->setText(tr("%n component(s)", nullptr, int(m.components.size())) + u"  \u00b7  "_s
                              + tr("%n link(s)", nullptr,
                                   int(m.dependencies.size() + m.failovers.size() + m.replications.size())));
    } else {
        m_countLabel->clear();
    }
    m_zoomLabel->setVisible(has);
}

void MainWindow::setLinkKind(LinkKind kind)
{
    if (m_scene)
        m_scene->setLinkKind(kind);
    statusBar()->showMessage(tr("New links: %1. Drag from a component's edge handle to another element.")
                                 .arg(KindLabels::link(int(kind))),
                             5000);
}

bool MainWindow::maybeSave()
{
    if (!m_document || !(m_document->isModified() || m_document->hasUnsavedContent()))
        return true;
    switch (m_prompts.unsavedChanges(m_document->displayName())) {
    case QMessageBox::Save: return save();
    case QMessageBox::Discard: return true;
    default: return false;
    }
}

void MainWindow::newDocument()
{
    if (!maybeSave())
        return;
    auto *doc = new Document;
    setDocument(doc);
}

bool MainWindow::openFile(const QString &path)
{
    const LoadResult r = ModelReader::readFile(path);
    if (!r.model) {
        m_prompts.error(tr("Cannot open %1").arg(QFileInfo(path).fileName()), diagnosticsText(r, true));
        return false;
    }
    if (!r.ok() && !m_prompts.openDespiteErrors(diagnosticsText(r, true)))
        return false;
    if (!maybeSave())
        return false;
    if (path.endsWith(u".svg"_s, Qt::CaseInsensitive)) {
        // A drawing exported as SVG carries its model: open it as a new, unsaved
        // model, so saving never writes JSON over the picture.
        auto *doc = new Document;
        setDocument(doc);
        doc->resetModel(*r.model);
        statusBar()->showMessage(tr("Opened the model inside %1; save it as a .ninefold file")
                                     .arg(QDir::toNativeSeparators(path)), 8000);
        return true;
    }
    setDocument(new Document(*r.model, QFileInfo(path).absoluteFilePath()));
    addRecentFile(path);
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

bool MainWindow::openExample(const QString &resourcePath)
{
    QFile f(resourcePath);
    if (!f.open(QIODevice::ReadOnly)) {
        m_prompts.error(tr("Cannot open the example"), f.errorString());
        return false;
    }
    const LoadResult r = ModelReader::readBytes(f.readAll(), QFileInfo(resourcePath).fileName());
    if (!r.model) {
        m_prompts.error(tr("Cannot open the example"), diagnosticsText(r, true));
        return false;
    }
    if (!maybeSave())
        return false;
    auto *doc = new Document(*r.model, QString());
    doc->setUntitledName(QFileInfo(resourcePath).fileName());
    setDocument(doc);
    return true;
}

bool MainWindow::save()
{
    if (!m_document)
        return false;
    if (m_document->filePath().isEmpty() || m_document->filePath().startsWith(u':'))
        return saveAs();
    QString error;
    if (!m_document->save(m_document->filePath(), &error)) {
        m_prompts.error(tr("Cannot save"), error);
        return false;
    }
    m_recovery->discard();
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(m_document->filePath())), 5000);
    return true;
}

bool MainWindow::saveAs(const QString &givenPath)
{
    if (!m_document)
        return false;
    QString path = givenPath;
    if (path.isEmpty()) {
        QString suggestion = m_document->filePath();
        if (suggestion.isEmpty())
            suggestion = m_document->displayName().endsWith(u".ninefold"_s) ? m_document->displayName()
                                                                             : tr("untitled.ninefold");
        path = QFileDialog::getSaveFileName(this, tr("Save Model As"), suggestion, tr("Ninefold models (*.ninefold)"));
        if (path.isEmpty())
            return false;
    }
    if (!path.endsWith(u".ninefold"_s, Qt::CaseInsensitive))
        path += u".ninefold"_s;
    QString error;
    if (!m_document->save(path, &error)) {
        m_prompts.error(tr("Cannot save"), error);
        return false;
    }
    addRecentFile(path);
    m_recovery->discard();
    updateActions();
    return true;
}

bool MainWindow::revert()
{
    if (!m_document || m_document->filePath().isEmpty())
        return false;
    if ((m_document->isModified() || m_document->hasUnsavedContent()) && !m_prompts.confirmRevert())
        return false;
    const LoadResult r = ModelReader::readFile(m_document->filePath());
    if (!r.model) {
        m_prompts.error(tr("Cannot revert"), diagnosticsText(r, true));
        return false;
    }
    m_document->resetModel(*r.model);
    m_view->zoomToFit();
    return true;
}

void MainWindow::checkForRecovery()
{
    for (const RecoveryManager::Entry &entry : RecoveryManager::pending()) {
        if (!m_prompts.recover(entry)) {
            RecoveryManager::remove(entry);
            continue;
        }
        QString error;
        const auto model = RecoveryManager::load(entry, &error);
        if (!model) {
            m_prompts.error(tr("Cannot recover %1").arg(entry.modelName), error);
            continue; // keep the file: nothing is thrown away that could not be read
        }
        if (!maybeSave())
            return;
        auto *doc = new Document(*model, entry.originalPath);
        if (entry.originalPath.isEmpty())
            doc->setUntitledName(entry.modelName);
        doc->setUnsavedContent(true);
        setDocument(doc);
        m_recovery->autosave(); // our own recovery copy now protects it
        RecoveryManager::remove(entry);
        statusBar()->showMessage(tr("Recovered %1. Save it to keep the changes.").arg(entry.modelName));
        return; // one document at a time; others are offered next start
    }
}

void MainWindow::addAtViewCentre(const QString &entry)
{
    if (!m_scene)
        newDocument();
    if (!m_scene)
        return;
    m_scene->dropPaletteEntry(entry, m_view->mapToScene(m_view->viewport()->rect().center()));
}

void MainWindow::applyTheme(const QString &mode)
{
    QSettings().setValue(PreferencesDialog::themeKey(), mode);
    AppTheme::apply(AppTheme::fromString(mode));
    if (QAction *a = action(u"theme-"_s + mode))
        a->setChecked(true);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        if (m_scene)
            m_scene->setTheme(CanvasTheme::fromPalette(QApplication::palette()));
        const CanvasTheme theme = CanvasTheme::fromPalette(QApplication::palette());
        action(u"linkDependency"_s)->setIcon(linkIcon(theme.dependency, Qt::SolidLine, false));
        action(u"linkTraffic"_s)->setIcon(linkIcon(theme.traffic, Qt::SolidLine, true));
        action(u"linkFailover"_s)->setIcon(linkIcon(theme.failover, Qt::DashLine, true));
        action(u"linkReplication"_s)->setIcon(linkIcon(theme.replication, Qt::DashDotLine, true));
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QSettings settings;
    applyTheme(settings.value(PreferencesDialog::themeKey(), u"system"_s).toString());
    action(u"snap"_s)->setChecked(settings.value(PreferencesDialog::snapKey(), true).toBool());
    m_recovery->setInterval(settings.value(PreferencesDialog::autosaveKey(), 1).toInt() * 60 * 1000);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Ninefold"),
                       tr("<h3>Ninefold %1</h3><p>Architecture-aware availability analysis: draw a system and see "
                          "how available it really is.</p>")
                           .arg(QStringLiteral(NINEFOLD_VERSION)));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    m_recovery->setDocument(nullptr); // a clean exit leaves no recovery file
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile()) {
            event->acceptProposedAction();
            openFile(url.toLocalFile());
            return;
        }
}

} // namespace nf
