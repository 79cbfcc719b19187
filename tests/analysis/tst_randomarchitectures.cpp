// 200 random architectures with at most 16 basic events: the availability
// computed by the analysis must equal brute-force enumeration of every state,
// evaluated here straight from the drawing with DOMAIN.md §3's rules (no code
// shared with the translation).

#include "architectureanalysis.h"
#include "validator.h"

#include <QHash>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;
using namespace nf;

namespace {

struct Generated
{
    Model model;
    int events = 0;
};

Generated generate(QRandomGenerator &rng)
{
    Generated g;
    Model &m = g.model;
    auto avail = [&]() { return 0.8 + 0.199 * rng.generateDouble(); };

    // Failure domains: a region that may fail, zones inside it, hosts in zones.
    QStringList containers;
    const int zones = int(rng.bounded(4));
    if (zones > 0) {
        Container region;
        region.id = u"region"_s;
        region.kind = ContainerKind::Region;
        if (rng.bounded(2)) {
            region.failure = FailureModel::fixed(avail());
            ++g.events;
        }
        for (int z = 0; z < zones; ++z) {
            Container zone;
            zone.id = u"zone%1"_s.arg(z);
            zone.kind = ContainerKind::Zone;
            if (rng.bounded(3)) {
                zone.failure = FailureModel::fixed(avail());
                ++g.events;
            }
            region.children << zone.id;
            containers << zone.id;
            if (rng.bounded(3) == 0) {
                Container host;
                host.id = zone.id + u"-host"_s;
                host.kind = ContainerKind::Host;
                host.failure = FailureModel::fixed(avail());
                ++g.events;
                zone.children << host.id;
                m.containers << host;
                containers << host.id;
            }
            m.containers << zone;
        }
        m.containers << region;
        containers << region.id;
    }

    // Components, most of them able to fail.
    const int n = 3 + int(rng.bounded(8));
    for (int i = 0; i < n; ++i) {
        Component c;
        c.id = u"c%1"_s.arg(i);
        if (rng.bounded(6) && g.events < 16) {
            c.failure = FailureModel::fixed(avail());
            ++g.events;
        }
        c.capacity = double(1 + rng.bounded(4)) * 50.0;
        m.components << c;
        if (!containers.isEmpty() && rng.bounded(3)) {
            const QString where = containers.at(int(rng.bounded(containers.size())));
            for (Container &ct : m.containers)
                if (ct.id == where)
                    ct.children << c.id;
        }
    }

    // Groups over disjoint runs of components, built from low to high index.
    QHash<QString, int> topMember; // element -> highest component index inside
    QSet<QString> taken;
    int next = 0;
    const int groups = int(rng.bounded(3));
    for (int k = 0; k < groups && next + 2 <= n; ++k) {
        const int size = 2 + int(rng.bounded(std::min(3, n - next - 1)));
        RedundancyGroup gr;
        gr.id = u"g%1"_s.arg(k);
        for (int i = next; i < next + size; ++i) {
            gr.members << u"c%1"_s.arg(i);
            taken.insert(gr.members.last());
        }
        next += size;
        topMember.insert(gr.id, next - 1);
        if (rng.bounded(2)) {
            gr.policy = RedundancyPolicy::ActiveActive;
            switch (rng.bounded(3)) {
            case 0: { // demand against capacities
                double total = 0;
                for (const QString &x : gr.members)
                    total += m.component(x)->capacity;
                gr.demand = std::max(1.0, std::floor(total * rng.generateDouble()));
                break;
            }
            case 1:
                gr.declaredN = 1 + int(rng.bounded(gr.members.size()));
                gr.declaredM = int(gr.members.size()) - gr.declaredN;
                break;
            default: break; // any one member suffices
            }
        } else {
            gr.policy = RedundancyPolicy::ActivePassive;
            for (qsizetype s = 1; s < gr.members.size(); ++s) {
                if (rng.bounded(4) == 0)
                    continue; // no link drawn: perfect
                FailoverLink f;
                f.id = gr.id + u"-fo%1"_s.arg(s);
                f.from = gr.members.first();
                f.to = gr.members.at(s);
                f.fencing = Fencing::Lease;
                if (rng.bounded(2) && g.events < 16) {
                    f.coverage = 0.3 + 0.69 * rng.generateDouble();
                    ++g.events;
                }
                // needs and mechanisms come from components below the group
                const int low = next - size;
                if (low > 0 && rng.bounded(2))
                    f.needs << u"c%1"_s.arg(rng.bounded(low));
                if (low > 0 && rng.bounded(3) == 0) {
                    f.mechanism = u"c%1"_s.arg(rng.bounded(low));
                    f.mechanismInSeries = rng.bounded(2);
                }
                m.failovers << f;
            }
        }
        m.groups << gr;
    }
    if (next + 3 <= n && rng.bounded(2)) {
        QuorumGroup q;
        q.id = u"q"_s;
        const int size = 3 + int(rng.bounded(std::min(3, n - next - 2)));
        for (int i = next; i < next + size; ++i) {
            q.voters << u"c%1"_s.arg(i);
            taken.insert(q.voters.last());
        }
        next += size;
        topMember.insert(q.id, next - 1);
        m.quorums << q;
    }

    // Dependencies go from higher to lower index (no cycles), to components or groups.
    for (int i = 1; i < n; ++i) {
        const QString from = u"c%1"_s.arg(i);
        const int deps = int(rng.bounded(3));
        for (int d = 0; d < deps; ++d) {
            QStringList targets;
            for (int j = 0; j < i; ++j)
                targets << u"c%1"_s.arg(j);
            for (auto it = topMember.begin(); it != topMember.end(); ++it)
                if (it.value() < i)
                    targets << it.key();
            const QString to = targets.at(int(rng.bounded(targets.size())));
            bool duplicate = false;
            for (const DependencyLink &x : m.dependencies)
                duplicate = duplicate || (x.from == from && x.to == to);
            if (duplicate)
                continue;
            DependencyLink link;
            link.id = from + u"-needs-"_s + to;
            link.from = from;
            link.to = to;
            if (rng.bounded(5) == 0) {
                const QString fb = targets.at(int(rng.bounded(targets.size())));
                if (fb != to)
                    link.fallback = fb;
            }
            m.dependencies << link;
        }
    }

    // One or two services on the highest elements.
    QStringList entries;
    for (int i = n - 1; i >= 0; --i)
        if (!taken.contains(u"c%1"_s.arg(i)))
            entries << u"c%1"_s.arg(i);
    entries << topMember.keys();
    const int services = 1 + int(rng.bounded(2));
    for (int s = 0; s < services && s < entries.size(); ++s) {
        Service svc;
        svc.id = u"svc%1"_s.arg(s);
        svc.entry = entries.at(int(rng.bounded(entries.size())));
        if (m.service(svc.id) == nullptr)
            m.services << svc;
    }
    return g;
}

// DOMAIN.md §3, element by element, for one state of every basic event.
class StateEvaluator
{
public:
    explicit StateEvaluator(const Model &m) : m(m)
    {
        for (const Container &c : m.containers)
            for (const QString &child : c.children)
                parent.insert(child, c.id);
        for (const DependencyLink &d : m.dependencies)
            deps[d.from] << &d;
        for (const Component &c : m.components)
            if (c.failure.canFail())
                events << c.id;
        for (const Container &c : m.containers)
            if (c.failure.canFail())
                events << c.id;
        for (const FailoverLink &f : m.failovers)
            if (f.coverage < 1.0)
                events << u"switch:"_s + f.id;
        for (int i = 0; i < events.size(); ++i)
            index.insert(events.at(i), i);
    }

    double probabilityOf(const QString &id, bool available) const
    {
        if (id.startsWith(u"switch:"_s)) {
            for (const FailoverLink &f : m.failovers)
                if (u"switch:"_s + f.id == id)
                    return available ? f.coverage : 1.0 - f.coverage;
        }
        const ElementRef r = m.find(id);
        const FailureModel &f = r.type == ElementType::Component ? m.components.at(r.index).failure
                                                                : m.containers.at(r.index).failure;
        return available ? f.steadyAvailability() : f.steadyUnavailability();
    }

    double systemAvailability()
    {
        const int k = int(events.size());
        double total = 0.0;
        for (quint32 mask = 0; mask < (quint32(1) << k); ++mask) {
            double p = 1.0;
            for (int i = 0; i < k; ++i)
                p *= probabilityOf(events.at(i), !((mask >> i) & 1));
            state = mask;
            memo.clear();
            bool up = true;
            for (const Service &s : m.services)
                up = up && (!s.required || this->up(s.entry));
            if (up)
                total += p;
        }
        return total;
    }

private:
    bool own(const QString &id) const
    {
        const auto it = index.constFind(id);
        return it == index.constEnd() || !((state >> *it) & 1);
    }

    bool up(const QString &id)
    {
        if (auto it = memo.constFind(id); it != memo.constEnd())
            return *it;
        bool result = true;
        const ElementRef r = m.find(id);
        switch (r.type) {
        case ElementType::Container: {
            const QString p = parent.value(id);
            result = own(id) && (p.isEmpty() || up(p));
            break;
        }
        case ElementType::Component: {
            const QString p = parent.value(id);
            result = own(id) && (p.isEmpty() || up(p));
            for (const DependencyLink *d : deps.value(id))
                result = result && (up(d->to) || (!d->fallback.isEmpty() && up(d->fallback)));
            break;
        }
        case ElementType::RedundancyGroup: {
            const RedundancyGroup &g = m.groups.at(r.index);
            if (g.policy == RedundancyPolicy::ActiveActive) {
                int count = 0;
                double capacity = 0.0;
                for (const QString &x : g.members)
                    if (up(x)) {
                        ++count;
                        capacity += m.component(x)->capacity;
                    }
                if (g.demand > 0.0)
                    result = capacity >= g.demand;
                else if (g.declaredN > 0)
                    result = count >= g.declaredN;
                else
                    result = count >= 1;
            } else {
                result = up(g.members.first());
                for (qsizetype s = 1; s < g.members.size() && !result; ++s) {
                    const FailoverLink *link = nullptr;
                    for (const FailoverLink &f : m.failovers)
                        if (f.to == g.members.at(s) && g.members.contains(f.from))
                            link = &f;
                    bool works = up(g.members.at(s));
                    if (link) {
                        works = works && own(u"switch:"_s + link->id);
                        for (const QString &need : link->needs)
                            works = works && up(need);
                        if (!link->mechanism.isEmpty())
                            works = works && up(link->mechanism);
                    }
                    result = works;
                }
                for (const FailoverLink &f : m.failovers)
                    if (g.members.contains(f.from) && f.mechanismInSeries)
                        result = result && up(f.mechanism);
            }
            for (const DependencyLink *d : deps.value(id))
                result = result && (up(d->to) || (!d->fallback.isEmpty() && up(d->fallback)));
            break;
        }
        case ElementType::QuorumGroup: {
            const QuorumGroup &q = m.quorums.at(r.index);
            int count = 0;
            for (const QString &v : q.voters)
                count += up(v) ? 1 : 0;
            result = count >= int(q.voters.size()) / 2 + 1;
            break;
        }
        default: break;
        }
        memo.insert(id, result);
        return result;
    }

    const Model &m;
    QHash<QString, QString> parent;
    QHash<QString, QList<const DependencyLink *>> deps;
    QStringList events;
    QHash<QString, int> index;
    quint32 state = 0;
    QHash<QString, bool> memo;
};

} // namespace

class TestRandomArchitectures : public QObject
{
    Q_OBJECT

private slots:
    void matchEnumeration();
};

void TestRandomArchitectures::matchEnumeration()
{
    QRandomGenerator rng(4242);
    int checked = 0;
    int attempts = 0;
    while (checked < 200) {
        QVERIFY(++attempts < 2000);
        Generated g = generate(rng);
        if (g.events > 16 || g.events == 0 || g.model.services.isEmpty())
            continue;
        const QList<Diagnostic> problems = Validator::validate(g.model);
        if (hasErrors(problems))
            continue; // e.g. an AP group whose standby has no member left
        AnalysisOptions options;
        options.timeFigures = false;
        const AnalysisResult r = ArchitectureAnalysis::run(g.model, options);
        StateEvaluator eval(g.model);
        const double brute = eval.systemAvailability();
        const double a = r.system.availability;
        QVERIFY2(std::fabs(a - brute) <= 1e-12,
                 qPrintable(u"model %1: analysis %2, enumeration %3"_s.arg(checked).arg(a, 0, 'g', 17).arg(brute, 0, 'g', 17)));
        QVERIFY(std::fabs(r.system.availability + r.system.unavailability - 1.0) <= 1e-12);
        ++checked;
    }
}

QTEST_GUILESS_MAIN(TestRandomArchitectures)
#include "tst_randomarchitectures.moc"
