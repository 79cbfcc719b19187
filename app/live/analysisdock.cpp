#include "analysisdock.h"

#include "chartpanel.h"
#include "headlinepanel.h"
#include "modelindex.h"
#include "resulttablemodel.h"

#include "numberformat.h"

#include <QGuiApplication>
#include <QHeaderView>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace nf {

namespace {
const QColor kBad(0xdc, 0x26, 0x26);
const QColor kWarn(0xd9, 0x77, 0x06);
const QColor kGood(0x16, 0xa3, 0x4a);

using Cell = ResultTableModel::Cell;
using Row = ResultTableModel::Row;

Cell text(const QString &t, const QColor &color = {}, const QString &tip = {})
{
    return Cell{t, QVariant(), color, tip};
}
Cell num(const QString &t, double key, const QColor &color = {})
{
    return Cell{t, QVariant(key), color, QString()};
}

} // namespace

AnalysisDock::AnalysisDock(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setChildrenCollapsible(false);
    layout->addWidget(split);

    auto *scroll = new QScrollArea(split);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_headline = new HeadlinePanel(scroll);
    scroll->setWidget(m_headline);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(340);
    connect(m_headline, &HeadlinePanel::missionTimeChanged, this, &AnalysisDock::missionTimeChanged);

    m_tabs = new QTabWidget(split);
    m_tabs->setObjectName(u"analysisTabs"_s);
    m_tabs->setDocumentMode(true);
    split->addWidget(scroll);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({360, 640});

    addTable(CutSets, tr("Cut sets"), {tr("#"), tr("Order"), tr("Fails together"), tr("Probability"), tr("Share")},
             {QString(), tr("Number of basic events in the cut set: 1 is a single point of failure"), QString(),
              tr("Probability that all of them are down at once"), tr("Share of the system unavailability")});
    addTable(Importance, tr("Importance"),
             {tr("Element"), tr("Unavailability"), tr("Birnbaum"), tr("Fussell-Vesely"), tr("RAW"), tr("RRW"),
              tr("Downtime a year")},
             {QString(), tr("Of the element itself"), tr("How much the system depends on it"),
              tr("Share of the system downtime that involves it"), tr("Risk achievement worth: if it were always down"),
              tr("Risk reduction worth: if it never failed"), tr("System downtime attributable to it")});
    addTable(Headroom, tr("N+M headroom"),
             {tr("Group"), tr("Policy"), tr("Declared"), tr("Effective"), tr("After 1 failure"), tr("Cascade after"),
              tr("During an update"), tr("Unavailability")},
             {QString(), QString(), tr("Declared N+M"), tr("N+M that holds at the utilisation ceiling"),
              tr("Utilisation of each survivor after one failure"),
              tr("Failures after which survivors are pushed past 100 % and fail too"),
              tr("Tolerance left during a rolling update"), QString()});
    addTable(Quorums, tr("Quorums"),
             {tr("Quorum"), tr("Voters"), tr("Needs"), tr("Tolerates"), tr("Losing one domain"), tr("Splits")});
    addTable(Replication, tr("Replication"),
             {tr("Link"), tr("Mode"), tr("RPO"), tr("Round trip"), tr("Added write latency"), tr("Lag alerts")});
    addTable(Failovers, tr("Failovers"),
             {tr("Failover"), tr("RTO"), tr("RPO"), tr("Coverage"), tr("A year"), tr("Cost each"), tr("Cost a year"),
              tr("Needs down")},
             {QString(), tr("Detection + promotion + reconnect (+ a person)"), tr("Lag of the replication it relies on"),
              tr("Probability the switch-over works"), tr("Failovers a year"), tr("RTO × outage cost"), QString(),
              tr("How often what the failover needs is down when it is needed")});
    addTable(CommonCause, tr("Common cause"),
             {tr("Group"), tr("Common-cause share"), tr("Group unavailability"), tr("One member"), tr("Shared domain")},
             {QString(), tr("Share of the group's unavailability from parametric common causes"), QString(),
              tr("Unavailability of a single member: the non-redundant version"),
              tr("One container or component that every member needs")});

    m_charts = new ChartPanel(m_tabs);
    m_tabs->addTab(m_charts, tr("Charts"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &AnalysisDock::fillShownTable);
}

QTableView *AnalysisDock::addTable(Table table, const QString &title, const QStringList &headers,
                                   const QStringList &tips)
{
    auto *model = new ResultTableModel(this);
    model->setHeaders(headers, tips);
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(model);
    proxy->setSortRole(ResultTableModel::SortRole);
    auto *view = new QTableView(m_tabs);
    view->setObjectName(u"table-"_s + QString::number(int(table)));
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(-1, Qt::AscendingOrder);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    view->setFrameShape(QFrame::NoFrame);
    // Columns follow their contents until the user drags a column's divider (the
    // last column stretches with the view: its resizes are not the user's).
    connect(view->horizontalHeader(), &QHeaderView::sectionResized, this, [view](int section) {
        if (QGuiApplication::mouseButtons() != Qt::NoButton && section < view->horizontalHeader()->count() - 1)
            view->setProperty("userSized", true);
    });
    connect(view, &QTableView::clicked, this, [this, view](const QModelIndex &index) {
        const QStringList ids = view->model()->data(index, ResultTableModel::ElementsRole).toStringList();
        if (!ids.isEmpty())
            emit elementsActivated(ids);
    });
    m_views[table] = view;
    m_models[table] = model;
    m_tabs->addTab(view, title);
    return view;
}

void AnalysisDock::showTable(Table table)
{
    m_tabs->setCurrentWidget(m_views[table]);
    fillTable(table); // also when the dock is hidden: the caller wants to read it
}

void AnalysisDock::showCharts()
{
    m_tabs->setCurrentWidget(m_charts);
}

void AnalysisDock::setBusy(bool busy)
{
    m_headline->setBusy(busy);
}

void AnalysisDock::setResult(const AnalysisResultPtr &result, const AnalysisResultPtr &previous,
                             const std::shared_ptr<const Model> &model)
{
    if (!result || !model) {
        m_headline->clear();
        m_result.reset();
        m_model.reset();
        for (ResultTableModel *m : m_models)
            m->setRows({});
        m_charts->setResult(nullptr, nullptr, nullptr);
        return;
    }
    m_headline->setResult(result, *model);
    m_result = result;
    m_model = model;
    for (bool &stale : m_stale)
        stale = true;
    fillShownTable();
    m_tabs->setTabText(m_tabs->indexOf(m_views[CutSets]), tr("Cut sets (%1)").arg(result->cutSets.size()));
    m_charts->setResult(result, previous, model);
}

void AnalysisDock::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    fillShownTable();
}

void AnalysisDock::fillShownTable()
{
    if (!isVisible())
        return;
    for (int t = 0; t < TableCount; ++t)
        if (m_tabs->currentWidget() == m_views[t])
            fillTable(Table(t));
}

void AnalysisDock::fillTable(Table table)
{
    if (!m_stale[table] || !m_result || !m_model)
        return;
    m_stale[table] = false;
    if (table == CutSets) { // names are in the result: no index of the model needed
        fillCutSets(*m_result);
    } else {
        const ModelIndex index(*m_model);
        fillOther(table, index);
    }
    QTableView *v = m_views[table];
    if (v->model()->rowCount() > 0 && v->model()->rowCount() < 400 && !v->property("userSized").toBool()) {
        v->resizeColumnsToContents();
    }
}

void AnalysisDock::fillOther(Table table, const ModelIndex &index)
{
    switch (table) {
    case CutSets: break;
    case Importance: fillImportance(*m_result, index); break;
    case Headroom: fillHeadroom(*m_result, index); break;
    case Quorums: fillQuorums(*m_result, index); break;
    case Replication: fillReplication(*m_result, index); break;
    case Failovers: fillFailovers(*m_result, index); break;
    case CommonCause: fillCommonCause(*m_result, index); break;
    case TableCount: break;
    }
}

void AnalysisDock::fillCutSets(const AnalysisResult &r)
{
    QList<Row> rows;
    int rank = 0;
    for (const CutSetView &c : r.cutSets) {
        ++rank;
        QStringList shown;
        for (int i = 0; i < c.events.size(); ++i)
            shown << (i < c.names.size() ? c.names.at(i) : c.events.at(i));
        Row row;
        const QColor tone = c.events.size() == 1 ? kBad : QColor();
        row.cells << num(QString::number(rank), rank) << num(QString::number(c.events.size()), int(c.events.size()), tone)
                  << text(shown.join(u" \u00b7 "_s))
                  << num(NumberFormat::probability(c.probability), c.probability)
                  << num(NumberFormat::percent(c.share, c.share < 0.001 ? 3 : 1), c.share);
        row.elements = c.elements;
        rows << row;
    }
    m_models[CutSets]->setRows(rows);
}

void AnalysisDock::fillImportance(const AnalysisResult &r, const ModelIndex &m)
{
    QList<const ElementFigures *> list;
    for (const ElementFigures &e : r.elements)
        if (e.hasOwnEvent && e.inSystem)
            list << &e;
    std::sort(list.begin(), list.end(), [](const ElementFigures *a, const ElementFigures *b) {
        return a->importance.fussellVesely > b->importance.fussellVesely;
    });
    QList<Row> rows;
    for (const ElementFigures *e : std::as_const(list)) {
        Row row;
        const nf::Importance &i = e->importance;
        row.cells << text(m.displayName(e->id)) << num(NumberFormat::probability(e->ownUnavailability), e->ownUnavailability)
                  << num(NumberFormat::probability(i.birnbaum), i.birnbaum)
                  << num(NumberFormat::percent(i.fussellVesely, i.fussellVesely < 0.001 ? 3 : 1), i.fussellVesely)
                  << num(NumberFormat::number(i.raw, 3), i.raw)
                  << num(std::isfinite(i.rrw) ? NumberFormat::number(i.rrw, 4) : tr("\u221e"), std::isfinite(i.rrw) ? i.rrw : 1e300)
                  << num(NumberFormat::duration(e->downtimeMinutesPerYear * 60.0), e->downtimeMinutesPerYear);
        row.elements = {e->id};
        rows << row;
    }
    m_models[Importance]->setRows(rows);
}

void AnalysisDock::fillHeadroom(const AnalysisResult &r, const ModelIndex &m)
{
    QList<Row> rows;
    for (const GroupReport &g : r.groups) {
        Row row;
        const QString declared = g.declaredN > 0 ? u"%1+%2"_s.arg(g.declaredN).arg(g.declaredM) : tr("\u2014");
        QString effective = tr("\u2014");
        QColor effectiveTone;
        double effectiveKey = -2;
        if (g.hasLoad) {
            effective = g.effectiveM < 0 ? tr("overloaded") : u"%1+%2"_s.arg(g.members - g.effectiveM).arg(g.effectiveM);
            effectiveKey = g.effectiveM;
            if (g.effectiveM < 0 || (g.declaredN > 0 && g.effectiveM < g.declaredM))
                effectiveTone = kBad;
            else
                effectiveTone = kGood;
        }
        QString after1 = tr("\u2014");
        double after1Key = -1;
        QColor after1Tone;
        if (g.hasLoad && g.rows.size() > 1) {
            const HeadroomRow &h = g.rows.at(1);
            after1 = NumberFormat::percent(h.utilisation);
            after1Key = h.utilisation;
            after1Tone = h.status == HeadroomRow::Status::Overload ? kBad
                         : h.status == HeadroomRow::Status::AboveCeiling ? kWarn
                                                                          : QColor();
        }
        const QString cascade = g.cascadeAfter < 0 ? tr("never") : tr("%n failure(s)", nullptr, g.cascadeAfter);
        const QString update = g.maxUnavailable > 0 ? u"N+%1"_s.arg(g.toleranceDuringUpdate) : tr("\u2014");
        row.cells << text(g.name.isEmpty() ? m.displayName(g.id) : g.name) << text(g.policy) << text(declared)
                  << num(effective, effectiveKey, effectiveTone) << num(after1, after1Key, after1Tone)
                  << num(cascade, g.cascadeAfter < 0 ? 1e9 : g.cascadeAfter, g.cascadeAfter >= 0 && g.cascadeAfter <= std::max(1, g.declaredM) ? kBad : QColor())
                  << num(update, g.toleranceDuringUpdate, g.maxUnavailable > 0 && g.toleranceDuringUpdate <= 0 ? kWarn : QColor())
                  << num(NumberFormat::probability(g.unavailability), g.unavailability);
        row.elements = {g.id};
        rows << row;
    }
    m_models[Headroom]->setRows(rows);
}

void AnalysisDock::fillQuorums(const AnalysisResult &r, const ModelIndex &m)
{
    QList<Row> rows;
    for (const QuorumReport &q : r.quorums) {
        Row row;
        QStringList breaks;
        for (const QuorumScenario &s : q.losses)
            if (!s.writable || !s.readable)
                breaks << m.displayName(s.containers.value(0));
        int kept = 0;
        for (const QuorumScenario &s : q.splits)
            kept += s.writable ? 1 : 0;
        const QString losses = q.losses.isEmpty()   ? tr("\u2014")
                               : breaks.isEmpty()    ? tr("survives any")
                                                     : tr("breaks on loss of %1").arg(breaks.join(u", "_s));
        const QString splits = q.splits.isEmpty() ? tr("\u2014")
                                                  : tr("%1 of %2 keep a side with quorum").arg(kept).arg(q.splits.size());
        QStringList splitLines;
        for (const QuorumScenario &s : q.splits)
            splitLines << s.description + u": "_s
                              + (s.sideWithQuorum == u"first"_s    ? tr("first side keeps quorum")
                                 : s.sideWithQuorum == u"second"_s ? tr("second side keeps quorum")
                                                                   : tr("no side has quorum"));
        row.cells << text(q.name.isEmpty() ? m.displayName(q.id) : q.name) << num(QString::number(q.voters), q.voters)
                  << num(QString::number(q.quorum), q.quorum)
                  << num(QString::number(q.tolerated), q.tolerated, q.tolerated == 0 ? kBad : QColor())
                  << text(losses, breaks.isEmpty() ? QColor() : kBad)
                  << text(splits, kept < q.splits.size() ? kWarn : QColor(), splitLines.join(u'\n'));
        row.elements = {q.id};
        rows << row;
    }
    m_models[Quorums]->setRows(rows);
}

void AnalysisDock::fillReplication(const AnalysisResult &r, const ModelIndex &m)
{
    QList<Row> rows;
    for (const ReplicationReport &p : r.replications) {
        Row row;
        const bool sync = p.mode.startsWith(u"sync"_s);
        row.cells << text(m.displayName(p.from) + u" \u2192 "_s + m.displayName(p.to)) << text(p.mode)
                  << num(NumberFormat::duration(p.rpoSeconds), p.rpoSeconds, p.rpoSeconds > 0 && p.usedByFailover ? kWarn : QColor())
                  << num(p.rttKnown ? NumberFormat::milliseconds(p.rttMs) : tr("unknown"), p.rttMs)
                  << num(sync ? NumberFormat::milliseconds(p.addedWriteLatencyMs) : tr("none (async)"), p.addedWriteLatencyMs)
                  << text(p.monitored ? tr("watched") : (p.monitoringNote.isEmpty() ? tr("nobody watches") : p.monitoringNote),
                          p.monitored ? QColor() : kWarn);
        row.elements = {p.id, p.from, p.to};
        rows << row;
    }
    m_models[Replication]->setRows(rows);
}

void AnalysisDock::fillFailovers(const AnalysisResult &r, const ModelIndex &m)
{
    QList<Row> rows;
    for (const FailoverReport &f : r.failovers) {
        Row row;
        row.cells << text(m.displayName(f.from) + u" \u2192 "_s + m.displayName(f.to)
                          + (f.automatic ? QString() : u" ("_s + tr("manual") + u")"_s)
                          + (f.drawn ? QString() : u" ("_s + tr("no link drawn: assumed") + u")"_s))
                  << num(NumberFormat::duration(f.rtoSeconds), f.rtoSeconds) << num(NumberFormat::duration(f.rpoSeconds), f.rpoSeconds)
                  << num(NumberFormat::percent(f.coverage), f.coverage)
                  << num(NumberFormat::number(f.failoversPerYear, 3), f.failoversPerYear)
                  << num(NumberFormat::money(f.costPerFailover, r.currency), f.costPerFailover)
                  << num(NumberFormat::money(f.costPerYear, r.currency), f.costPerYear)
                  << num(NumberFormat::percent(f.needsDownWhenNeeded), f.needsDownWhenNeeded,
                         f.needsDownWhenNeeded >= 0.5 ? kBad : f.needsDownWhenNeeded >= 0.01 ? kWarn : QColor());
        row.elements = f.drawn ? QStringList{f.id, f.from, f.to} : QStringList{f.group, f.from, f.to};
        rows << row;
    }
    m_models[Failovers]->setRows(rows);
}

void AnalysisDock::fillCommonCause(const AnalysisResult &r, const ModelIndex &m)
{
    QList<Row> rows;
    for (const GroupReport &g : r.groups) {
        Row row;
        row.cells << text(g.name.isEmpty() ? m.displayName(g.id) : g.name)
                  << num(NumberFormat::percent(g.commonCauseShare), g.commonCauseShare, g.commonCauseShare >= 0.5 ? kWarn : QColor())
                  << num(NumberFormat::probability(g.unavailability), g.unavailability)
                  << num(NumberFormat::probability(g.nonRedundantUnavailability), g.nonRedundantUnavailability,
                         g.unavailability > g.nonRedundantUnavailability ? kBad : QColor())
                  << text(g.sharedDomain.isEmpty() ? tr("none") : m.displayName(g.sharedDomain),
                          g.sharedDomain.isEmpty() ? QColor() : kBad);
        row.elements = g.sharedDomain.isEmpty() ? QStringList{g.id} : QStringList{g.id, g.sharedDomain};
        rows << row;
    }
    m_models[CommonCause]->setRows(rows);
}

} // namespace nf
