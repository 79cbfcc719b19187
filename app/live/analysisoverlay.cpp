#include "analysisoverlay.h"

#include "downtimebudget.h"
#include "modelindex.h"

#include "numberformat.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace nf {

double AnalysisOverlay::heatOf(double fussellVesely, double largest)
{
    if (fussellVesely <= 0 || largest <= 0)
        return -1;
    const double h = 1.0 + std::log10(fussellVesely / largest) / 3.0;
    return h < 0.02 ? -1 : std::min(1.0, h);
}

QString AnalysisOverlay::hoverText(const AnalysisResult &r, const Model &m, const QString &id)
{
    const ElementFigures *f = r.element(id);
    if (!f)
        return QString();
    const ElementFigures &e = *f;
    QString tip = u"<b>%1</b>"_s.arg(m.displayName(e.id).toHtmlEscaped());
    if (e.inSystem)
        tip += u"<br>"_s + tr("Availability with what it needs: %1").arg(NumberFormat::availability(e.unavailability));
    if (e.hasOwnEvent) {
        tip += u"<br>"_s + tr("Own availability: %1").arg(NumberFormat::availability(e.ownUnavailability));
        if (e.inSystem) {
            tip += u"<br>"_s
                   + tr("Share of the system downtime: %1 (%2 a year)")
                         .arg(NumberFormat::percent(e.importance.fussellVesely, e.importance.fussellVesely < 0.001 ? 3 : 1),
                              NumberFormat::duration(e.downtimeMinutesPerYear * 60.0));
            tip += u"<br>"_s
                   + tr("Importance: Birnbaum %1 \u00b7 RAW %2 \u00b7 RRW %3")
                         .arg(NumberFormat::probability(e.importance.birnbaum), NumberFormat::number(e.importance.raw, 3),
                              std::isfinite(e.importance.rrw) ? NumberFormat::number(e.importance.rrw, 4) : u"\u221e"_s);
        }
    } else {
        tip += u"<br>"_s + tr("Never fails by itself (no failure data)");
    }
    if (!e.inSystem)
        tip += u"<br><i>"_s + tr("No required service needs it.") + u"</i>"_s;
    return tip;
}

AnalysisOverlay::Overlays AnalysisOverlay::build(const AnalysisResult &r, const Model &m, bool heat)
{
    Overlays out;
    double largest = 0;
    for (const ElementFigures &e : r.elements)
        if (e.inSystem && e.hasOwnEvent)
            largest = std::max(largest, e.importance.fussellVesely);

    // Heat: each component's share of the system downtime.
    if (heat)
        for (const ElementFigures &e : r.elements)
            if (e.inSystem && e.hasOwnEvent)
                if (const double h = heatOf(e.importance.fussellVesely, largest); h >= 0)
                    out[e.id].heat = h;

    // Single points of failure: the order-1 cut sets.
    for (const CutSetView &c : r.cutSets) {
        if (c.events.size() != 1)
            continue;
        for (const QString &id : c.elements) {
            ItemOverlay &o = out[id];
            o.outlined = true;
            o.badge = tr("SPOF");
            o.badgeTone = ItemOverlay::Tone::Bad;
        }
    }

    // Services: the total each achieves (DOMAIN.md §12), against its target.
    for (const ServiceFigures &s : r.services) {
        ItemOverlay &o = out[s.id];
        o.badge = NumberFormat::availability(s.budget.unavailability);
        o.badgeTone = !s.target ? ItemOverlay::Tone::Info : (s.meetsTarget ? ItemOverlay::Tone::Good : ItemOverlay::Tone::Bad);
        o.toolTip = tr("%1 a year: %2").arg(NumberFormat::minutes(s.budget.totalMinutes), DowntimeBudgetAnalysis::explain(s.budget));
    }
    // Active-passive groups: what their failovers cost a year.
    for (const GroupReport &g : r.groups) {
        double seconds = 0.0;
        for (const FailoverReport &f : r.failovers)
            if (f.group == g.id)
                seconds += f.interruptionSecondsPerYear + f.failbackSecondsPerYear;
        if (g.hasLoad || !(seconds >= 60.0))
            continue;
        ItemOverlay &o = out[g.id];
        o.badge = tr("failovers %1 a year").arg(NumberFormat::duration(seconds));
        o.badgeTone = ItemOverlay::Tone::Warning;
    }

    // N+M: declared against effective.
    for (const GroupReport &g : r.groups) {
        if (!g.hasLoad)
            continue;
        ItemOverlay &o = out[g.id];
        if (g.effectiveM < 0) {
            o.badge = tr("overloaded even with all members");
            o.badgeTone = ItemOverlay::Tone::Bad;
        } else {
            o.badge = tr("effective %1+%2").arg(g.members - g.effectiveM).arg(g.effectiveM);
            const bool below = g.declaredN > 0 && g.effectiveM < g.declaredM;
            o.badgeTone = below ? ItemOverlay::Tone::Bad : ItemOverlay::Tone::Good;
            if (g.cascadeAfter >= 0 && g.cascadeAfter <= std::max(1, g.declaredM))
                o.badge += u" \u00b7 "_s + tr("cascade after %n", nullptr, g.cascadeAfter);
        }
        o.toolTip = tr("Declared %1, effective at the %2 ceiling: %3")
                        .arg(g.declaredN > 0 ? u"%1+%2"_s.arg(g.declaredN).arg(g.declaredM) : tr("none"),
                             NumberFormat::percent(g.ceiling, 0), o.badge);
    }

    // Quorums: tolerance and which domain loss breaks them.
    for (const QuorumReport &q : r.quorums) {
        ItemOverlay &o = out[q.id];
        QStringList breaks;
        for (const QuorumScenario &s : q.losses)
            if (!s.writable || !s.readable)
                breaks << m.displayName(s.containers.value(0));
        o.badge = tr("tolerates %n", nullptr, q.tolerated);
        if (!breaks.isEmpty())
            o.badge += u" \u00b7 "_s + tr("loss of %1 breaks it").arg(breaks.join(u", "_s));
        else if (!q.losses.isEmpty())
            o.badge += u" \u00b7 "_s + tr("survives any domain loss");
        o.badgeTone = breaks.isEmpty() && q.tolerated > 0 ? ItemOverlay::Tone::Good : ItemOverlay::Tone::Bad;
    }

    // Replication: RPO and added write latency.
    for (const ReplicationReport &p : r.replications) {
        ItemOverlay &o = out[p.id];
        const bool sync = p.mode.startsWith(u"sync"_s);
        o.badge = tr("RPO %1").arg(p.rpoSeconds > 0 ? NumberFormat::duration(p.rpoSeconds) : u"0"_s);
        if (sync)
            o.badge += u" \u00b7 +"_s + NumberFormat::milliseconds(p.addedWriteLatencyMs);
        o.badgeTone = !sync && p.usedByFailover ? ItemOverlay::Tone::Warning : ItemOverlay::Tone::Info;
        if (sync && p.addedWriteLatencyMs >= 50)
            o.badgeTone = ItemOverlay::Tone::Warning;
    }
    return out;
}

AnalysisOverlay::Overlays AnalysisOverlay::drill(const DrillOutcome &d, const Model &m)
{
    Overlays out;

    for (const QString &id : d.down) {
        ItemOverlay &o = out[id];
        o.greyed = true;
    }
    for (const QString &id : d.unreachable) {
        ItemOverlay &o = out[id];
        o.greyed = true;
        o.badge = tr("unreachable");
        o.badgeTone = ItemOverlay::Tone::Warning;
    }
    for (const QString &id : d.failed) {
        ItemOverlay &o = out[id];
        o.failed = true;
        o.greyed = !d.cannotFail.contains(id);
        o.badge = d.cannotFail.contains(id) ? tr("cannot fail") : tr("failed");
        o.badgeTone = ItemOverlay::Tone::Bad;
    }
    for (const DrillOutcome::ServiceState &s : d.services) {
        ItemOverlay &o = out[s.id];
        o.greyed = false; // the pill says it
        o.badge = s.up ? tr("serving") : tr("down");
        o.badgeTone = s.up ? ItemOverlay::Tone::Good : ItemOverlay::Tone::Bad;
    }
    for (const DrillOutcome::QuorumState &q : d.quorums) {
        ItemOverlay &o = out[q.id];
        o.badge = q.lost ? tr("quorum lost: %1 of %2 up").arg(q.votersUp).arg(q.voters)
                         : tr("quorum kept: %1 of %2 up").arg(q.votersUp).arg(q.voters);
        o.badgeTone = q.lost ? ItemOverlay::Tone::Bad : ItemOverlay::Tone::Good;
    }
    for (const DrillOutcome::GroupState &g : d.groups) {
        ItemOverlay &o = out[g.id];
        if (g.cascade)
            o.badge = tr("cascade: %1 per survivor").arg(NumberFormat::percent(g.utilisation, 0));
        else if (g.down)
            o.badge = tr("down: %1 of %2 left").arg(g.survivors).arg(g.members);
        else
            o.badge = tr("serving on %1 of %2").arg(g.survivors).arg(g.members);
        o.badgeTone = g.down ? ItemOverlay::Tone::Bad : ItemOverlay::Tone::Warning;
    }
    for (const DrillOutcome::FailoverState &f : d.failovers) {
        ItemOverlay &o = out[f.id];
        o.greyed = !f.fires;
        if (f.fires)
            o.badge = tr("fires \u00b7 RTO %1 \u00b7 RPO %2")
                          .arg(NumberFormat::duration(f.rtoSeconds), f.rpoSeconds > 0 ? NumberFormat::duration(f.rpoSeconds) : u"0"_s);
        else
            o.badge = tr("does not fire");
        o.badgeTone = f.fires ? ItemOverlay::Tone::Warning : ItemOverlay::Tone::Bad;
        o.toolTip = f.fires ? o.badge : tr("Does not fire: %1").arg(f.reason);
    }
    // Links into something down are greyed with it.
    for (const DependencyLink &l : m.dependencies)
        if (d.down.contains(l.to) || d.down.contains(l.from))
            out[l.id].greyed = true;
    for (const ReplicationLink &l : m.replications)
        if (d.down.contains(l.to) || d.down.contains(l.from))
            out[l.id].greyed = true;
    return out;
}

} // namespace nf
