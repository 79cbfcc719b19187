#include "sensitivitystudy.h"

#include "architectureanalysis.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace nf {

namespace {
constexpr int kPoints = 13;

const RedundancyGroup *groupOf(const Model &m, const QString &id)
{
    for (const RedundancyGroup &g : m.groups)
        if (g.id == id)
            return &g;
    return nullptr;
}

// Removes a component and every link, membership and placement that refers to it.
void removeComponent(Model &m, const QString &id)
{
    m.components.removeIf([&](const Component &c) { return c.id == id; });
    for (Container &c : m.containers)
        c.children.removeAll(id);
    m.dependencies.removeIf([&](const DependencyLink &d) { return d.from == id || d.to == id; });
    m.failovers.removeIf([&](const FailoverLink &f) { return f.from == id || f.to == id; });
    m.replications.removeIf([&](const ReplicationLink &r) { return r.from == id || r.to == id; });
    for (RedundancyGroup &g : m.groups)
        g.members.removeAll(id);
    for (QuorumGroup &q : m.quorums)
        q.voters.removeAll(id);
}

// Adds a copy of component `model` with the same placement and dependencies.
QString cloneComponent(Model &m, const QString &source, int serial)
{
    const Component *c = m.component(source);
    if (!c)
        return QString();
    Component copy = *c;
    QString id = u"%1~%2"_s.arg(source).arg(serial);
    while (m.contains(id))
        id += u"'"_s;
    copy.id = id;
    const QString parent = m.parentOf(source);
    m.components << copy;
    if (!parent.isEmpty())
        if (Container *ct = m.container(parent))
            ct->children << id;
    const QList<DependencyLink> deps = m.dependencies;
    for (const DependencyLink &d : deps)
        if (d.from == source) {
            DependencyLink nd = d;
            nd.id = d.id + u"~"_s + id;
            nd.from = id;
            m.dependencies << nd;
        }
    return id;
}
} // namespace

QString SensitivityStudy::kindName(Parameter::Kind kind)
{
    switch (kind) {
    case Parameter::Kind::Mttr: return tr("MTTR of a component");
    case Parameter::Kind::Mtbf: return tr("MTBF of a component");
    case Parameter::Kind::Replicas: return tr("Replicas in a group");
    case Parameter::Kind::Coverage: return tr("Coverage of a failover");
    }
    return QString();
}

QList<SensitivityStudy::Parameter> SensitivityStudy::parameters(const Model &m, Parameter::Kind kind)
{
    QList<Parameter> out;
    switch (kind) {
    case Parameter::Kind::Mttr:
    case Parameter::Kind::Mtbf:
        for (const Component &c : m.components)
            if (c.failure.mode == FailureModel::Mode::Rates && c.failure.mtbfHours > 0 && c.failure.mttrHours > 0)
                out << Parameter{kind, c.id};
        break;
    case Parameter::Kind::Replicas:
        for (const RedundancyGroup &g : m.groups)
            if (g.policy == RedundancyPolicy::ActiveActive && !g.members.isEmpty())
                out << Parameter{kind, g.id};
        for (const QuorumGroup &q : m.quorums)
            if (!q.voters.isEmpty())
                out << Parameter{kind, q.id};
        break;
    case Parameter::Kind::Coverage:
        for (const FailoverLink &f : m.failovers)
            out << Parameter{kind, f.id};
        break;
    }
    return out;
}

QString SensitivityStudy::label(const Model &m, const Parameter &p)
{
    switch (p.kind) {
    case Parameter::Kind::Mttr: return tr("MTTR of %1 (h)").arg(m.displayName(p.element));
    case Parameter::Kind::Mtbf: return tr("MTBF of %1 (h)").arg(m.displayName(p.element));
    case Parameter::Kind::Replicas: return tr("members of %1").arg(m.displayName(p.element));
    case Parameter::Kind::Coverage: {
        for (const FailoverLink &f : m.failovers)
            if (f.id == p.element)
                return tr("coverage of %1 \u2192 %2").arg(m.displayName(f.from), m.displayName(f.to));
        return tr("coverage of %1").arg(p.element);
    }
    }
    return QString();
}

double SensitivityStudy::current(const Model &m, const Parameter &p)
{
    switch (p.kind) {
    case Parameter::Kind::Mttr:
        if (const Component *c = m.component(p.element))
            return c->failure.mttrHours;
        break;
    case Parameter::Kind::Mtbf:
        if (const Component *c = m.component(p.element))
            return c->failure.mtbfHours;
        break;
    case Parameter::Kind::Replicas:
        if (const RedundancyGroup *g = groupOf(m, p.element))
            return double(g->members.size());
        if (const QuorumGroup *q = m.quorum(p.element))
            return double(q->voters.size());
        break;
    case Parameter::Kind::Coverage:
        for (const FailoverLink &f : m.failovers)
            if (f.id == p.element)
                return f.coverage;
        break;
    }
    return 0.0;
}

QList<double> SensitivityStudy::range(const Model &m, const Parameter &p)
{
    QList<double> out;
    const double now = current(m, p);
    switch (p.kind) {
    case Parameter::Kind::Mttr:
    case Parameter::Kind::Mtbf: {
        // A quarter to four times the current value, evenly spaced, with the current value on it.
        const double lo = now / 4, hi = now * 4;
        for (int i = 0; i < kPoints; ++i)
            out << lo + (hi - lo) * i / (kPoints - 1);
        if (!out.contains(now)) {
            out << now;
            std::sort(out.begin(), out.end());
        }
        break;
    }
    case Parameter::Kind::Replicas: {
        int lowest = 1;
        if (const RedundancyGroup *g = groupOf(m, p.element); g && g->declaredN > 0)
            lowest = g->declaredN;
        const int n = int(now);
        for (int k = std::max(1, std::min(lowest, n)); k <= n + 4; ++k)
            out << k;
        break;
    }
    case Parameter::Kind::Coverage:
        for (int i = 0; i <= 10; ++i)
            out << 0.5 + 0.05 * i;
        if (!out.contains(now) && now >= 0 && now <= 1) {
            out << now;
            std::sort(out.begin(), out.end());
        }
        break;
    }
    return out;
}

Model SensitivityStudy::apply(const Model &model, const Parameter &p, double value)
{
    Model m = model;
    switch (p.kind) {
    case Parameter::Kind::Mttr:
        if (Component *c = m.component(p.element))
            c->failure.mttrHours = value;
        break;
    case Parameter::Kind::Mtbf:
        if (Component *c = m.component(p.element))
            c->failure.mtbfHours = value;
        break;
    case Parameter::Kind::Coverage:
        for (FailoverLink &f : m.failovers)
            if (f.id == p.element)
                f.coverage = std::clamp(value, 0.0, 1.0);
        break;
    case Parameter::Kind::Replicas: {
        const int wanted = std::max(1, int(std::lround(value)));
        QStringList members;
        if (const RedundancyGroup *g = groupOf(m, p.element))
            members = g->members;
        else if (const QuorumGroup *q = m.quorum(p.element))
            members = q->voters;
        if (members.isEmpty())
            break;
        // More: copies of the last member, in its place and with its dependencies.
        // Fewer: the last members go, with their links.
        int serial = 1;
        const QString source = members.last();
        while (members.size() < wanted) {
            const QString id = cloneComponent(m, source, serial++);
            if (id.isEmpty())
                break;
            members << id;
        }
        while (members.size() > wanted)
            removeComponent(m, members.takeLast());
        for (RedundancyGroup &g : m.groups)
            if (g.id == p.element) {
                g.members = members;
                if (g.declaredN > 0)
                    g.declaredM = std::max(0, int(members.size()) - g.declaredN);
            }
        for (QuorumGroup &q : m.quorums)
            if (q.id == p.element)
                q.voters = members;
        break;
    }
    }
    return m;
}

QList<QPointF> SensitivityStudy::run(const Model &model, const Parameter &p, const QList<double> &values)
{
    // Only the availability is wanted: no listed cut sets, no curves.
    AnalysisOptions options;
    options.cutSetOrder = 1;
    options.listedCutSets = 0;
    options.timeFigures = false;
    options.curvePoints = 0;
    QList<QPointF> out;
    for (double v : values) {
        const AnalysisResult r = ArchitectureAnalysis::run(apply(model, p, v), options);
        if (r.ok()) // a point the analysis cannot evaluate is left out of the curve
            out << QPointF(v, r.systemBudget.availability); // the time-aware total, as the headline
    }
    return out;
}

} // namespace nf
