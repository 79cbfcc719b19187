#include "drillpanel.h"

#include "drillmode.h"
#include "modelindex.h"

#include "numberformat.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nf {

namespace {
const QColor kBad(0xdc, 0x26, 0x26);
const QColor kGood(0x16, 0xa3, 0x4a);
const QColor kWarn(0xd9, 0x77, 0x06);
constexpr int kElementsRole = Qt::UserRole + 1;
} // namespace

DrillPanel::DrillPanel(DrillMode *drill, QWidget *parent)
    : QWidget(parent)
    , m_drill(drill)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 8);
    m_intro = new QLabel(tr("Click components, zones or regions on the canvas to fail them; click again to repair. "
                            "The drawing itself does not change."),
                         this);
    m_intro->setWordWrap(true);
    m_intro->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_intro);

    auto *splitRow = new QHBoxLayout;
    splitRow->addWidget(new QLabel(tr("Network split:"), this));
    m_split = new QComboBox(this);
    m_split->setObjectName(u"drillSplit"_s);
    m_split->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_split->setMinimumContentsLength(18);
    splitRow->addWidget(m_split, 1);
    layout->addLayout(splitRow);
    auto *sideRow = new QHBoxLayout;
    sideRow->addWidget(new QLabel(tr("Seen from:"), this));
    m_first = new QRadioButton(tr("first side"), this);
    m_second = new QRadioButton(tr("second side"), this);
    m_first->setChecked(true);
    auto *sides = new QButtonGroup(this);
    sides->addButton(m_first);
    sides->addButton(m_second);
    sideRow->addWidget(m_first);
    sideRow->addWidget(m_second);
    sideRow->addStretch(1);
    layout->addLayout(sideRow);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"drillSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    layout->addWidget(m_summary);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"drillTree"_s);
    m_tree->setColumnCount(1);
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    layout->addWidget(m_tree, 1);

    auto *buttons = new QHBoxLayout;
    m_clear = new QPushButton(tr("Repair All"), this);
    m_leave = new QPushButton(tr("Leave Drill"), this);
    buttons->addWidget(m_clear);
    buttons->addStretch(1);
    buttons->addWidget(m_leave);
    layout->addLayout(buttons);

    connect(m_clear, &QPushButton::clicked, m_drill, &DrillMode::clear);
    connect(m_leave, &QPushButton::clicked, this, &DrillPanel::leaveRequested);
    auto applySplit = [this] { m_drill->setSplit(m_split->currentIndex() - 1, m_second->isChecked()); };
    connect(m_split, &QComboBox::activated, this, applySplit);
    connect(m_second, &QRadioButton::toggled, this, applySplit);
    connect(m_tree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        const QStringList ids = item->data(0, kElementsRole).toStringList();
        if (!ids.isEmpty())
            emit elementsActivated(ids);
    });
    connect(m_drill, &DrillMode::outcomeChanged, this, &DrillPanel::refresh);
    refresh();
}

void DrillPanel::rebuildSplits()
{
    QSignalBlocker block(m_split);
    m_split->clear();
    m_split->addItem(tr("none"));
    for (const DrillSplit &s : m_drill->splits())
        m_split->addItem(s.description);
    m_split->setCurrentIndex(m_drill->splitIndex() + 1);
    m_split->setEnabled(m_drill->isActive() && !m_drill->splits().isEmpty());
    const bool split = m_drill->splitIndex() >= 0;
    m_first->setEnabled(split);
    m_second->setEnabled(split);
}

QString DrillPanel::summaryText() const
{
    return m_summary->text();
}

void DrillPanel::refresh()
{
    rebuildSplits();
    m_tree->clear();
    m_clear->setEnabled(m_drill->isActive() && (!m_drill->failed().isEmpty() || m_drill->splitIndex() >= 0));
    m_leave->setEnabled(m_drill->isActive());
    if (!m_drill->isActive()) {
        m_summary->setText(tr("Turn on <b>Failure Drill</b> (Analysis menu or toolbar) to start."));
        return;
    }
    const auto model = m_drill->model();
    if (!model || !m_drill->result()) {
        m_summary->setText(tr("Waiting for the analysis\u2026"));
        return;
    }
    const DrillOutcome &d = m_drill->outcome();
    const ModelIndex index(*model);
    auto name = [&](const QString &id) { return index.displayName(id); };
    auto chip = [](const QString &t, const QColor &c) {
        return u"<span style=\"background-color:%1; color:white; font-weight:600;\">&nbsp;%2&nbsp;</span>"_s.arg(
            c.name(), t.toHtmlEscaped());
    };
    if (d.failed.isEmpty() && d.unreachable.isEmpty())
        m_summary->setText(tr("Nothing failed yet: click an element on the canvas."));
    else
        m_summary->setText(d.systemDown ? chip(tr("SYSTEM DOWN"), kBad) + u"&nbsp; "_s
                                              + tr("%n element(s) down", nullptr, int(d.down.size())).toHtmlEscaped()
                                        : chip(tr("STILL SERVING"), kGood) + u"&nbsp; "_s
                                              + tr("%n element(s) down", nullptr, int(d.down.size())).toHtmlEscaped());

    auto section = [&](const QString &title) {
        auto *item = new QTreeWidgetItem(m_tree, {title});
        QFont f = item->font(0);
        f.setBold(true);
        item->setFont(0, f);
        item->setExpanded(true);
        return item;
    };
    auto entry = [&](QTreeWidgetItem *parent, const QString &text, const QString &state, const QColor &color,
                     const QStringList &ids, const QString &tip = QString()) {
        // One column, "name: state" in the state's colour: it reads in a narrow dock.
        auto *item = new QTreeWidgetItem(parent, {tr("%1: %2").arg(text, state)});
        if (color.isValid())
            item->setForeground(0, color);
        item->setData(0, kElementsRole, ids);
        item->setToolTip(0, tip.isEmpty() ? item->text(0) : tip);
        return item;
    };

    if (!d.failed.isEmpty() || !d.unreachable.isEmpty()) {
        QTreeWidgetItem *s = section(tr("Failed on purpose"));
        for (const QString &id : m_drill->failed())
            entry(s, name(id), d.cannotFail.contains(id) ? tr("cannot fail (no failure data)") : tr("failed"), kBad, {id});
        for (const QString &id : d.unreachable)
            entry(s, name(id), tr("unreachable across the split"), kWarn, {id});
    }
    if (!d.services.isEmpty()) {
        QTreeWidgetItem *s = section(tr("Services"));
        for (const DrillOutcome::ServiceState &svc : d.services)
            entry(s, svc.name, svc.up ? tr("serving") : tr("down"), svc.up ? kGood : kBad, {svc.id});
    }
    if (!d.quorums.isEmpty()) {
        QTreeWidgetItem *s = section(tr("Quorums"));
        for (const DrillOutcome::QuorumState &q : d.quorums)
            entry(s, q.name,
                  (q.lost ? tr("lost: %1 of %2 voters up, %3 needed") : tr("kept: %1 of %2 voters up, %3 needed"))
                      .arg(q.votersUp)
                      .arg(q.voters)
                      .arg(q.quorum),
                  q.lost ? kBad : kGood, {q.id});
    }
    QList<const DrillOutcome::GroupState *> cascades;
    for (const DrillOutcome::GroupState &g : d.groups)
        if (g.cascade)
            cascades << &g;
    if (!cascades.isEmpty()) {
        QTreeWidgetItem *s = section(tr("Overload cascades"));
        for (const DrillOutcome::GroupState *g : cascades)
            entry(s, g->name,
                  tr("%1 per survivor on %2 of %3: the survivors fail too")
                      .arg(NumberFormat::percent(g->utilisation, 0))
                      .arg(g->survivors)
                      .arg(g->members),
                  kBad, {g->id});
    }
    if (!d.groups.isEmpty()) {
        QTreeWidgetItem *s = section(tr("Redundancy groups hit"));
        for (const DrillOutcome::GroupState &g : d.groups) {
            QString state = g.down ? tr("down: %1 of %2 members left").arg(g.survivors).arg(g.members)
                                   : tr("serving on %1 of %2 members").arg(g.survivors).arg(g.members);
            if (g.utilisation > 0 && !g.cascade)
                state += u", "_s + tr("%1 each").arg(NumberFormat::percent(g.utilisation, 0));
            entry(s, g.name, state, g.down ? kBad : kWarn, {g.id});
        }
    }
    if (!d.failovers.isEmpty()) {
        QTreeWidgetItem *s = section(tr("Failovers"));
        for (const DrillOutcome::FailoverState &f : d.failovers) {
            const QString text = name(f.from) + u" \u2192 "_s + name(f.to);
            if (f.fires)
                entry(s, text,
                      tr("fires: RTO %1, RPO %2")
                          .arg(NumberFormat::duration(f.rtoSeconds), f.rpoSeconds > 0 ? NumberFormat::duration(f.rpoSeconds) : u"0"_s),
                      kWarn, {f.id, f.from, f.to});
            else
                entry(s, text, tr("does not fire: %1").arg(f.reason), kBad, {f.id, f.from, f.to},
                      tr("Does not fire: %1").arg(f.reason));
        }
    }
    // Everything else that went down, in drawing order.
    QStringList ordered;
    for (const QString &id : model->allIds())
        if (d.down.contains(id) && !d.failed.contains(id) && !d.unreachable.contains(id))
            ordered << id;
    if (!ordered.isEmpty()) {
        QTreeWidgetItem *s = section(tr("Down with them (%1)").arg(ordered.size()));
        for (const QString &id : std::as_const(ordered))
            entry(s, name(id), tr("down"), kBad, {id});
    }
}

} // namespace nf
