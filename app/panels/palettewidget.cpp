#include "palettewidget.h"

#include "canvasscene.h"
#include "canvastheme.h"
#include "kindicons.h"
#include "kindlabels.h"

#include <QApplication>
#include <QDrag>
#include <QHeaderView>
#include <QLineEdit>
#include <QMouseEvent>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nf {

namespace {
constexpr int kEntryRole = Qt::UserRole + 1;
constexpr int kSearchRole = Qt::UserRole + 2;
} // namespace

PaletteWidget::PaletteWidget(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search components\u2026"));
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(u"paletteSearch"_s);
    layout->addWidget(m_search);
    m_tree = new QTreeWidget(this);
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(false);
    m_tree->setIndentation(8);
    m_tree->setIconSize(QSize(22, 22));
    m_tree->setUniformRowHeights(true);
    m_tree->setFrameShape(QFrame::NoFrame);
    m_tree->setStyleSheet(u"QTreeWidget::item { padding: 3px 2px; }"_s); // room to aim a drag
    m_tree->viewport()->installEventFilter(this);
    m_tree->setToolTip(tr("Drag onto the canvas, or double-click to add in view"));
    layout->addWidget(m_tree);
    populate();
    connect(m_search, &QLineEdit::textChanged, this, &PaletteWidget::setFilter);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        const QString entry = item->data(0, kEntryRole).toString();
        if (!entry.isEmpty())
            emit activated(entry);
    });
}

void PaletteWidget::populate()
{
    m_tree->clear();
    const CanvasTheme theme = CanvasTheme::fromPalette(palette());
    struct Group { QString title; QList<ComponentKind> kinds; };
    const QList<Group> groups{
        {tr("Services and data"),
         {ComponentKind::Service, ComponentKind::Controller, ComponentKind::Database, ComponentKind::Cache,
          ComponentKind::Queue, ComponentKind::Storage}},
        {tr("Network"), {ComponentKind::LoadBalancer, ComponentKind::Dns, ComponentKind::NetworkSwitch}},
        {tr("Power and facilities"),
         {ComponentKind::PowerFeed, ComponentKind::Generator, ComponentKind::Ups, ComponentKind::Switchgear,
          ComponentKind::Cooling}},
        {tr("Operations"), {ComponentKind::Monitoring, ComponentKind::OnCall}},
        {tr("External"), {ComponentKind::ExternalSaas}},
    };
    auto heading = [this](const QString &title) {
        auto *item = new QTreeWidgetItem(m_tree, {title});
        QFont f = item->font(0);
        f.setBold(true);
        item->setFont(0, f);
        item->setFlags(Qt::ItemIsEnabled);
        item->setExpanded(true);
        return item;
    };
    for (const Group &g : groups) {
        QTreeWidgetItem *parent = heading(g.title);
        for (ComponentKind k : g.kinds) {
            auto *item = new QTreeWidgetItem(parent, {KindLabels::component(k)});
            item->setIcon(0, KindIcons::icon(KindIcons::resourcePath(k), theme.categoryColor(k)));
            item->setData(0, kEntryRole, QString(u"component:"_s + kinds::toString(k)));
            item->setData(0, kSearchRole, QString(KindLabels::component(k) + u' ' + kinds::toString(k)));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
        }
        parent->setExpanded(true);
    }
    QTreeWidgetItem *domains = heading(tr("Failure domains"));
    for (ContainerKind k : KindLabels::allContainerKinds()) {
        auto *item = new QTreeWidgetItem(domains, {KindLabels::container(k)});
        item->setIcon(0, KindIcons::icon(KindIcons::resourcePath(k), theme.containerBorder[kinds::nestingRank(k)].darker(
                                                                          theme.dark ? 70 : 130)));
        item->setData(0, kEntryRole, QString(u"container:"_s + kinds::toString(k)));
        item->setData(0, kSearchRole, QString(KindLabels::container(k) + u' ' + kinds::toString(k)));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
    }
    domains->setExpanded(true);
    setFilter(m_search->text());
}

void PaletteWidget::refreshIcons()
{
    populate();
}

QStringList PaletteWidget::entries() const
{
    QStringList out;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        for (int j = 0; j < m_tree->topLevelItem(i)->childCount(); ++j)
            out << m_tree->topLevelItem(i)->child(j)->data(0, kEntryRole).toString();
    return out;
}

QStringList PaletteWidget::visibleEntries() const
{
    QStringList out;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        for (int j = 0; j < m_tree->topLevelItem(i)->childCount(); ++j)
            if (!m_tree->topLevelItem(i)->child(j)->isHidden())
                out << m_tree->topLevelItem(i)->child(j)->data(0, kEntryRole).toString();
    return out;
}

void PaletteWidget::setFilter(const QString &text)
{
    const QString needle = text.trimmed();
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = m_tree->topLevelItem(i);
        bool any = false;
        for (int j = 0; j < group->childCount(); ++j) {
            QTreeWidgetItem *item = group->child(j);
            const bool match = needle.isEmpty() || item->data(0, kSearchRole).toString().contains(needle, Qt::CaseInsensitive)
                || group->text(0).contains(needle, Qt::CaseInsensitive);
            item->setHidden(!match);
            any = any || match;
        }
        group->setHidden(!any);
    }
}

bool PaletteWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_tree->viewport())
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::MouseButtonPress) {
        auto *e = static_cast<QMouseEvent *>(event);
        if (e->button() == Qt::LeftButton) {
            m_pressPos = e->position().toPoint();
            m_pressItem = m_tree->itemAt(m_pressPos);
        }
    } else if (event->type() == QEvent::MouseMove && m_pressItem) {
        auto *e = static_cast<QMouseEvent *>(event);
        if ((e->buttons() & Qt::LeftButton)
            && (e->position().toPoint() - m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
            const QString entry = m_pressItem->data(0, kEntryRole).toString();
            const QIcon icon = m_pressItem->icon(0);
            m_pressItem = nullptr;
            if (!entry.isEmpty()) {
                auto *drag = new QDrag(this);
                drag->setMimeData(CanvasScene::paletteMimeData(entry));
                drag->setPixmap(icon.pixmap(32, 32));
                drag->setHotSpot(QPoint(16, 16));
                drag->exec(Qt::CopyAction);
            }
            return true;
        }
    } else if (event->type() == QEvent::MouseButtonRelease) {
        m_pressItem = nullptr;
    }
    return QWidget::eventFilter(watched, event);
}

void PaletteWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        populate();
    QWidget::changeEvent(event);
}

} // namespace nf
