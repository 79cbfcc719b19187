#include "faulttreereport.h"

#include "memorybudget.h"
#include "mefimporter.h"
#include "ninefold_version.h"

#include <QJsonArray>
#include <QJsonValue>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace nf {

namespace {

// JSON has no infinity: an infinite factor (RRW when the event is a single point
// of failure) becomes null, as documented.
QJsonValue number(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

QString fixed(double v, int width, int precision = 6)
{
    if (std::isinf(v))
        return u"inf"_s.rightJustified(width);
    return QString::number(v, 'g', precision).rightJustified(width);
}

} // namespace

FaultTreeReport FaultTreeReport::analyze(const MefImport &import, const FaultTreeReportOptions &options)
{
    FaultTreeReport r;
    r.m_files = import.files;
    r.m_diagnostics = import.diagnostics;
    auto refuse = [&](const QString &message) {
        Diagnostic d;
        d.file = import.files.value(0);
        d.message = message;
        r.m_diagnostics << d;
        return r;
    };
    if (!import.ok())
        return r;
    if (!(options.missionTimeHours >= 0.0 && std::isfinite(options.missionTimeHours)))
        return refuse(tr("the mission time must be a finite number of hours, not negative (found %1)")
                          .arg(options.missionTimeHours));
    if (options.cutSetOrderLimit < 0)
        return refuse(tr("the cut-set order limit must not be negative (found %1)").arg(options.cutSetOrderLimit));
    if (options.listedCutSets < -1)
        return refuse(tr("the number of listed cut sets must be -1 (all) or more (found %1)").arg(options.listedCutSets));

    std::optional<Structure> structure = import.structure;
    if (options.missionTimeHours != import.missionTimeHours) {
        QList<Diagnostic> problems;
        structure = import.structureAt(options.missionTimeHours, &problems);
        if (!structure) {
            r.m_diagnostics << problems;
            return r;
        }
    }

    try {
        r.fill(import, *structure, options);
    } catch (const MemoryBudget::Exceeded &e) {
        return refuse(tr("not analysed: %1. Raise the budget (ninefold-cli analyze --max-memory MB), or ask for fewer "
                         "cut sets (--cut-set-order N); a model whose diagrams grow this large may need a different "
                         "structure (fewer events shared between distant gates)")
                          .arg(QString::fromStdString(e.what())));
    } catch (const std::bad_alloc &) {
        return refuse(tr("not analysed: the computer ran out of memory for the decision diagrams. Give a smaller "
                         "budget with ninefold-cli analyze --max-memory MB so that the analysis stops earlier, or "
                         "limit the cut-set order (--cut-set-order N)"));
    }
    r.m_ok = true;
    return r;
}

void FaultTreeReport::fill(const MefImport &import, const Structure &structure, const FaultTreeReportOptions &options)
{
    FaultTreeReport &r = *this;
    const BddAnalysis analysis(structure, BddAnalysis::Ordering::Adaptive, {}, options.maxMemoryBytes);
    const Structure &s = analysis.structure();
    r.m_topEvent = import.topName;
    r.m_qualitative = import.qualitative;
    r.m_missionTime = options.missionTimeHours;
    r.m_probability = analysis.probability();
    r.m_complement = analysis.complement();
    r.m_basicEvents = s.eventCount();
    r.m_relevantEvents = int(analysis.topEvents().size());
    r.m_bddNodes = analysis.bddNodeCount();
    r.m_orderLimit = options.cutSetOrderLimit;

    CutSetOptions cutOptions;
    cutOptions.maxOrder = options.cutSetOrderLimit;
    cutOptions.maxListed = options.listedCutSets;
    const CutSetResult mcs = analysis.minimalCutSets(cutOptions);
    r.m_cutSetCount = mcs.count;
    r.m_countByOrder = mcs.countByOrder;
    r.m_cutSetsTruncated = mcs.listTruncated;
    for (const CutSet &c : mcs.sets) {
        CutSetRow row;
        for (int e : c.events)
            row.events << s.eventAt(e).id;
        row.events.sort();
        row.probability = c.probability;
        r.m_cutSets << row;
    }

    const QList<Importance> importance = analysis.importance();
    for (int e : analysis.topEvents())
        r.m_importance << ImportanceRow{s.eventAt(e).id, s.eventAt(e).p, importance.at(e)};
    const bool qualitative = r.m_qualitative;
    std::sort(r.m_importance.begin(), r.m_importance.end(), [qualitative](const ImportanceRow &a, const ImportanceRow &b) {
        if (!qualitative && a.importance.fussellVesely != b.importance.fussellVesely)
            return a.importance.fussellVesely > b.importance.fussellVesely;
        if (a.importance.birnbaum != b.importance.birnbaum)
            return a.importance.birnbaum > b.importance.birnbaum;
        return a.id < b.id;
    });
}

QJsonObject FaultTreeReport::toJson() const
{
    QJsonObject o;
    o[u"format"_s] = u"ninefold-fault-tree-analysis"_s;
    o[u"format_version"_s] = JsonFormatVersion;
    o[u"ninefold_version"_s] = QStringLiteral(NINEFOLD_VERSION);
    o[u"files"_s] = QJsonArray::fromStringList(m_files);
    QJsonArray warnings;
    for (const Diagnostic &d : m_diagnostics)
        warnings.append(d.toString());
    o[u"diagnostics"_s] = warnings;
    if (!m_ok) {
        // The errors, each with where it was found, as docs/engine.md describes.
        QJsonArray errors;
        for (const Diagnostic &d : m_diagnostics) {
            if (!d.isError())
                continue;
            QJsonObject e;
            e[u"file"_s] = d.file;
            e[u"line"_s] = d.line > 0 ? QJsonValue(d.line) : QJsonValue(QJsonValue::Null);
            e[u"element_type"_s] = d.elementType;
            e[u"element_id"_s] = d.elementId;
            e[u"message"_s] = d.message;
            e[u"text"_s] = d.toString();
            errors.append(e);
        }
        o[u"errors"_s] = errors;
        o[u"ok"_s] = false;
        return o;
    }
    o[u"ok"_s] = true;
    o[u"top_event"_s] = m_topEvent;
    o[u"mission_time_hours"_s] = m_missionTime;
    o[u"qualitative"_s] = m_qualitative;
    const QJsonValue none(QJsonValue::Null);
    o[u"top_event_probability"_s] = m_qualitative ? none : QJsonValue(m_probability);
    o[u"top_event_probability_complement"_s] = m_qualitative ? none : QJsonValue(m_complement);
    o[u"basic_event_count"_s] = m_basicEvents;
    o[u"relevant_basic_event_count"_s] = m_relevantEvents;
    o[u"bdd_nodes"_s] = double(m_bddNodes);
    o[u"cut_set_order_limit"_s] = m_orderLimit > 0 ? QJsonValue(m_orderLimit) : QJsonValue(QJsonValue::Null);
    o[u"minimal_cut_set_count"_s] = m_cutSetCount;
    QJsonArray byOrder;
    for (qsizetype order = 0; order < m_countByOrder.size(); ++order) {
        if (order == 0 && m_countByOrder.at(0) == 0.0)
            continue; // the empty cut set exists only when the top event is always true
        byOrder.append(QJsonObject{{u"order"_s, int(order)}, {u"count"_s, m_countByOrder.at(order)}});
    }
    o[u"minimal_cut_sets_by_order"_s] = byOrder;
    QJsonArray sets;
    for (const CutSetRow &c : m_cutSets)
        sets.append(QJsonObject{{u"events"_s, QJsonArray::fromStringList(c.events)},
                                {u"probability"_s, m_qualitative ? none : QJsonValue(c.probability)},
                                {u"order"_s, int(c.events.size())}});
    o[u"minimal_cut_sets"_s] = sets;
    o[u"minimal_cut_sets_truncated"_s] = m_cutSetsTruncated;
    QJsonArray importance;
    for (const ImportanceRow &row : m_importance) {
        const Importance &i = row.importance;
        if (m_qualitative) {
            importance.append(QJsonObject{{u"id"_s, row.id}, {u"structure_importance"_s, i.birnbaum}});
            continue;
        }
        importance.append(QJsonObject{{u"id"_s, row.id},
                                      {u"probability"_s, row.probability},
                                      {u"birnbaum"_s, number(i.birnbaum)},
                                      {u"criticality"_s, number(i.criticality)},
                                      {u"fussell_vesely"_s, number(i.fussellVesely)},
                                      {u"diagnostic"_s, number(i.diagnostic)},
                                      {u"raw"_s, number(i.raw)},
                                      {u"rrw"_s, number(i.rrw)}});
    }
    o[u"importance"_s] = importance;
    return o;
}

QString FaultTreeReport::toText() const
{
    QString out;
    auto line = [&](const QString &text = {}) { out += text + u'\n'; };
    auto field = [&](const QString &name, const QString &value) { line(name.leftJustified(28) + value); };

    line(tr("Fault-tree analysis (Open-PSA MEF): %1").arg(m_files.join(u", "_s)));
    for (const Diagnostic &d : m_diagnostics)
        line(d.toString());
    if (!m_ok)
        return out;
    line();
    field(tr("Top event:"), m_topEvent);
    field(tr("Mission time:"), tr("%1 h").arg(m_missionTime));
    field(tr("Basic events:"), tr("%1 (%2 reach the top event)").arg(m_basicEvents).arg(m_relevantEvents));
    field(tr("BDD nodes:"), QString::number(m_bddNodes));
    line();
    if (m_qualitative) {
        line(tr("Qualitative analysis: no basic event has a probability (minimal cut sets and structure importance)"));
    } else {
        field(tr("Top event probability:"), tr("%1 (exact)").arg(m_probability, 0, 'g', 10));
        field(tr("Complement:"), QString::number(m_complement, 'g', 10));
    }
    line();
    field(tr("Minimal cut sets:"),
          m_orderLimit > 0 ? tr("%1 (of order %2 at most)").arg(m_cutSetCount, 0, 'f', 0).arg(m_orderLimit)
                           : QString::number(m_cutSetCount, 'f', 0));
    line(u"  "_s + tr("order").rightJustified(6) + u"  "_s + tr("count").rightJustified(12));
    for (qsizetype order = 0; order < m_countByOrder.size(); ++order) {
        if (order == 0 && m_countByOrder.at(0) == 0.0)
            continue;
        line(u"  "_s + QString::number(order).rightJustified(6) + u"  "_s
             + QString::number(m_countByOrder.at(order), 'f', 0).rightJustified(12));
    }
    line();
    if (!m_cutSets.isEmpty() && m_qualitative) {
        line(m_cutSetsTruncated ? tr("Smallest minimal cut sets (%1 of %2):").arg(m_cutSets.size()).arg(m_cutSetCount, 0, 'f', 0)
                                : tr("Minimal cut sets, smallest first:"));
        for (qsizetype i = 0; i < m_cutSets.size(); ++i)
            line(u"  %1  %2  %3"_s.arg(QString::number(i + 1).rightJustified(5),
                                      QString::number(m_cutSets.at(i).events.size()).rightJustified(5),
                                      m_cutSets.at(i).events.join(u' ')));
        line();
    } else if (!m_cutSets.isEmpty()) {
        line(m_cutSetsTruncated ? tr("Most probable minimal cut sets (%1 of %2):").arg(m_cutSets.size()).arg(m_cutSetCount, 0, 'f', 0)
                                : tr("Minimal cut sets, most probable first:"));
        line(tr("  %1  %2  %3  %4")
                 .arg(u"#"_s.rightJustified(5), tr("probability").leftJustified(12), tr("order").rightJustified(5), tr("events")));
        for (qsizetype i = 0; i < m_cutSets.size(); ++i) {
            const CutSetRow &c = m_cutSets.at(i);
            line(u"  %1  %2  %3  %4"_s.arg(QString::number(i + 1).rightJustified(5),
                                          QString::number(c.probability, 'g', 6).leftJustified(12),
                                          QString::number(c.events.size()).rightJustified(5), c.events.join(u' ')));
        }
        line();
    }
    qsizetype idWidth = 5;
    for (const ImportanceRow &row : m_importance)
        idWidth = std::max(idWidth, row.id.size());
    if (m_qualitative) {
        // The share of the states of the other events in which the event decides
        // the top event (Birnbaum importance with every p = 1/2).
        line(tr("Structure importance (%1 events, most important first):").arg(m_importance.size()));
        for (const ImportanceRow &row : m_importance)
            line(u"  "_s + row.id.leftJustified(idWidth) + fixed(row.importance.birnbaum, 16));
        return out;
    }
    line(tr("Importance (exact; %1 events, most important first):").arg(m_importance.size()));
    const int w = 16;
    line(u"  "_s + tr("event").leftJustified(idWidth) + tr("probability").rightJustified(w)
         + tr("Birnbaum").rightJustified(w) + tr("criticality").rightJustified(w) + tr("Fussell-Vesely").rightJustified(w)
         + tr("diagnostic").rightJustified(w) + tr("RAW").rightJustified(w) + tr("RRW").rightJustified(w));
    for (const ImportanceRow &row : m_importance) {
        const Importance &i = row.importance;
        line(u"  "_s + row.id.leftJustified(idWidth) + fixed(row.probability, w) + fixed(i.birnbaum, w)
             + fixed(i.criticality, w) + fixed(i.fussellVesely, w) + fixed(i.diagnostic, w) + fixed(i.raw, w)
             + fixed(i.rrw, w));
    }
    return out;
}

} // namespace nf
