#include "modelreader.h"

#include "formatversion.h"
#include "inputfile.h"
#include "migration.h"
#include "validator.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>
#include <QXmlStreamReader>

#include <cmath>

using namespace Qt::StringLiterals;

namespace nf {

QString LoadResult::errorText() const
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines << d.toString();
    return lines.join(u'\n');
}

namespace {

QString jsonTypeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return u"null"_s;
    case QJsonValue::Bool: return u"a boolean"_s;
    case QJsonValue::Double: return u"a number"_s;
    case QJsonValue::String: return u"a string"_s;
    case QJsonValue::Array: return u"a list"_s;
    case QJsonValue::Object: return u"an object"_s;
    case QJsonValue::Undefined: return u"nothing"_s;
    }
    return {};
}

// Reads the fields of one JSON object, reporting type errors against the element
// they belong to, and remembers which keys were used so the rest can be kept.
class FieldReader
{
public:
    FieldReader(const QJsonObject &object, QString file, QString elementType,
                QList<Diagnostic> &diagnostics)
        : m_object(object)
        , m_file(std::move(file))
        , m_type(std::move(elementType))
        , m_diagnostics(diagnostics)
    {
        m_id = m_object.value(u"id"_s).toString();
        m_name = m_object.value(u"name"_s).toString();
    }

    bool has(const QString &key) const { return m_object.contains(key); }
    void markUsed(const QString &key) { m_used.insert(key); }

    void error(const QString &field, const QString &message)
    {
        Diagnostic d;
        d.file = m_file;
        d.elementType = m_type;
        d.elementId = m_id;
        d.elementName = m_name;
        d.field = field;
        d.message = message;
        m_diagnostics << d;
    }

    void warning(const QString &field, const QString &message)
    {
        error(field, message);
        m_diagnostics.last().severity = Diagnostic::Severity::Warning;
    }

    QString string(const QString &key, const QString &fallback = {})
    {
        m_used.insert(key);
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined())
            return fallback;
        if (!v.isString()) {
            typeError(key, u"a string"_s, v);
            return fallback;
        }
        return v.toString();
    }

    double number(const QString &key, double fallback = 0.0)
    {
        m_used.insert(key);
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined())
            return fallback;
        if (!v.isDouble()) {
            typeError(key, u"a number"_s, v);
            return fallback;
        }
        return v.toDouble();
    }

    std::optional<double> optionalNumber(const QString &key)
    {
        if (!has(key)) {
            m_used.insert(key);
            return std::nullopt;
        }
        const QJsonValue v = m_object.value(key);
        if (!v.isDouble()) {
            m_used.insert(key);
            typeError(key, u"a number"_s, v);
            return std::nullopt;
        }
        return number(key);
    }

    int integer(const QString &key, int fallback = 0)
    {
        const QJsonValue v = m_object.value(key);
        const double d = number(key, fallback);
        if (v.isDouble() && (d != std::trunc(d) || std::fabs(d) > 1e9)) {
            error(key, ModelReader::tr("must be a whole number (found %1)").arg(d));
            return fallback;
        }
        return int(d);
    }

    bool boolean(const QString &key, bool fallback)
    {
        m_used.insert(key);
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined())
            return fallback;
        if (!v.isBool()) {
            typeError(key, u"true or false"_s, v);
            return fallback;
        }
        return v.toBool();
    }

    QStringList stringList(const QString &key)
    {
        m_used.insert(key);
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined())
            return {};
        if (!v.isArray()) {
            typeError(key, u"a list of strings"_s, v);
            return {};
        }
        QStringList out;
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a.at(i).isString()) {
                error(key, ModelReader::tr("entry %1 must be a string, found %2")
                               .arg(i + 1)
                               .arg(jsonTypeName(a.at(i))));
                continue;
            }
            out << a.at(i).toString();
        }
        return out;
    }

    QList<double> numberList(const QString &key)
    {
        m_used.insert(key);
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined())
            return {};
        if (!v.isArray()) {
            typeError(key, u"a list of numbers"_s, v);
            return {};
        }
        QList<double> out;
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a.at(i).isDouble()) {
                error(key, ModelReader::tr("entry %1 must be a number, found %2")
                               .arg(i + 1)
                               .arg(jsonTypeName(a.at(i))));
                continue;
            }
            out << a.at(i).toDouble();
        }
        return out;
    }

    QJsonObject object(const QString &key)
    {
        m_used.insert(key);
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined())
            return {};
        if (!v.isObject()) {
            typeError(key, u"an object"_s, v);
            return {};
        }
        return v.toObject();
    }

    template<typename E>
    E enumValue(const QString &key, E fallback, std::optional<E> (*parse)(const QString &),
                const QStringList &allowed)
    {
        if (!has(key)) {
            m_used.insert(key);
            return fallback;
        }
        const QString s = string(key);
        if (s.isNull())
            return fallback;
        const std::optional<E> e = parse(s);
        if (!e) {
            error(key, ModelReader::tr("unknown value '%1' (expected one of: %2)")
                           .arg(s, allowed.join(u", "_s)));
            return fallback;
        }
        return *e;
    }

    // Keys nobody asked for: kept verbatim and reported once.
    QJsonObject leftovers()
    {
        QJsonObject extra;
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (m_used.contains(it.key()))
                continue;
            extra.insert(it.key(), it.value());
            warning(it.key(), ModelReader::tr("unknown field, kept as it is"));
        }
        return extra;
    }

    const QString &id() const { return m_id; }

private:
    void typeError(const QString &key, const QString &expected, const QJsonValue &found)
    {
        error(key, ModelReader::tr("must be %1, found %2").arg(expected, jsonTypeName(found)));
    }

    QJsonObject m_object;
    QString m_file;
    QString m_type;
    QString m_id;
    QString m_name;
    QSet<QString> m_used;
    QList<Diagnostic> &m_diagnostics;
};

QStringList names(std::initializer_list<const char16_t *> list)
{
    QStringList out;
    for (const char16_t *s : list)
        out << QString::fromUtf16(s);
    return out;
}

FailureModel readFailure(FieldReader &f)
{
    FailureModel m;
    const bool hasA = f.has(u"availability"_s);
    const bool hasMtbf = f.has(u"mtbf_hours"_s);
    const bool hasMttr = f.has(u"mttr_hours"_s);
    const double mtbf = f.number(u"mtbf_hours"_s);
    const double mttr = f.number(u"mttr_hours"_s);
    const double a = f.number(u"availability"_s, 1.0);
    if (hasA) {
        if (hasMtbf)
            f.error(u"availability"_s, ModelReader::tr("give either an availability or mtbf_hours and mttr_hours, not both"));
        m = FailureModel::fixed(a, mttr);
    } else if (hasMtbf || hasMttr) {
        if (!hasMtbf)
            f.error(u"mtbf_hours"_s, ModelReader::tr("missing: mttr_hours needs mtbf_hours as well"));
        if (!hasMttr)
            f.error(u"mttr_hours"_s, ModelReader::tr("missing: mtbf_hours needs mttr_hours as well"));
        m = FailureModel::rates(mtbf, mttr);
    }
    const QJsonObject dist = f.object(u"distribution"_s);
    if (!dist.isEmpty()) {
        LifeDistribution d;
        QList<Diagnostic> sub;
        FieldReader df(dist, QString(), QString(), sub);
        d.type = df.enumValue(u"type"_s, DistributionType::Exponential, &kinds::distributionType,
                              names({u"exponential", u"weibull", u"lognormal"}));
        d.shape = df.number(u"shape"_s, 1.0);
        d.scaleHours = df.number(u"scale_hours"_s, 0.0);
        d.medianHours = df.number(u"median_hours"_s, 0.0);
        d.sigma = df.number(u"sigma"_s, 1.0);
        df.leftovers();
        for (const Diagnostic &s : sub)
            (s.isError() ? f.error(u"distribution."_s + s.field, s.message)
                         : f.warning(u"distribution."_s + s.field, s.message));
        m.distribution = d;
    }
    return m;
}

Component readComponent(FieldReader &f)
{
    Component c;
    c.id = f.string(u"id"_s);
    c.name = f.string(u"name"_s);
    c.description = f.string(u"description"_s);
    c.kind = f.enumValue(u"kind"_s, ComponentKind::Service, &kinds::componentKind, kinds::componentKindNames());
    c.failure = readFailure(f);
    c.capacity = f.number(u"capacity"_s);
    c.costPerMonth = f.number(u"cost_per_month"_s);
    c.tags = f.stringList(u"tags"_s);
    c.attended = f.boolean(u"attended"_s, true);
    c.syncAcks = f.integer(u"sync_acks"_s);
    c.maintenanceIntervalHours = f.number(u"maintenance_interval_hours"_s);
    c.maintenanceDurationHours = f.number(u"maintenance_duration_hours"_s);
    c.testIntervalHours = f.number(u"test_interval_hours"_s);
    c.testDurationHours = f.number(u"test_duration_hours"_s);
    c.extra = f.leftovers();
    return c;
}

Container readContainer(FieldReader &f)
{
    Container c;
    c.id = f.string(u"id"_s);
    c.name = f.string(u"name"_s);
    c.description = f.string(u"description"_s);
    c.kind = f.enumValue(u"kind"_s, ContainerKind::Zone, &kinds::containerKind, kinds::containerKindNames());
    c.failure = readFailure(f);
    c.children = f.stringList(u"children"_s);
    c.extra = f.leftovers();
    return c;
}

DependencyLink readDependency(FieldReader &f)
{
    DependencyLink d;
    d.id = f.string(u"id"_s);
    d.kind = f.enumValue(u"kind"_s, DependencyKind::Requires, &kinds::dependencyKind, names({u"requires", u"traffic"}));
    d.from = f.string(u"from"_s);
    d.to = f.string(u"to"_s);
    d.description = f.string(u"description"_s);
    d.retries = f.integer(u"retries"_s);
    d.fallback = f.string(u"fallback"_s);
    d.extra = f.leftovers();
    return d;
}

RedundancyGroup readGroup(FieldReader &f)
{
    RedundancyGroup g;
    g.id = f.string(u"id"_s);
    g.name = f.string(u"name"_s);
    g.description = f.string(u"description"_s);
    g.members = f.stringList(u"members"_s);
    g.policy = f.enumValue(u"policy"_s, RedundancyPolicy::ActiveActive, &kinds::redundancyPolicy,
                           names({u"active-active", u"active-passive"}));
    g.standby = f.enumValue(u"standby"_s, StandbyMode::Hot, &kinds::standbyMode, names({u"hot", u"warm", u"cold"}));
    g.dormantFactor = f.number(u"dormant_factor"_s, 0.1);
    g.declaredN = f.integer(u"declared_n"_s);
    g.declaredM = f.integer(u"declared_m"_s);
    g.demand = f.number(u"demand"_s);
    g.ceiling = f.number(u"ceiling"_s, 1.0);
    g.maxUnavailable = f.integer(u"max_unavailable"_s);
    g.minAvailable = f.integer(u"min_available"_s);
    const QJsonObject ccf = f.object(u"common_cause"_s);
    if (!ccf.isEmpty()) {
        QList<Diagnostic> sub;
        FieldReader cf(ccf, QString(), QString(), sub);
        g.commonCause.type = cf.enumValue(u"type"_s, CommonCauseType::None, &kinds::commonCauseType,
                                          names({u"none", u"beta-factor", u"mgl", u"alpha-factor"}));
        g.commonCause.factors = cf.numberList(u"factors"_s);
        cf.leftovers();
        for (const Diagnostic &s : sub)
            (s.isError() ? f.error(u"common_cause."_s + s.field, s.message)
                         : f.warning(u"common_cause."_s + s.field, s.message));
    }
    g.rebuildHours = f.number(u"rebuild_hours"_s);
    g.rebuildStress = f.number(u"rebuild_stress"_s, 1.0);
    g.healthCheckIntervalSeconds = f.number(u"health_check_interval_seconds"_s);
    g.unhealthyThreshold = f.integer(u"unhealthy_threshold"_s);
    g.detectionSeconds = f.number(u"detection_seconds"_s);
    g.maintenanceIntervalHours = f.number(u"maintenance_interval_hours"_s);
    g.maintenanceDurationHours = f.number(u"maintenance_duration_hours"_s);
    g.rollingUpdateIntervalHours = f.number(u"rolling_update_interval_hours"_s);
    g.rollingUpdateStepHours = f.number(u"rolling_update_step_hours"_s);
    g.extra = f.leftovers();
    return g;
}

FailoverLink readFailover(FieldReader &f)
{
    FailoverLink l;
    l.id = f.string(u"id"_s);
    l.from = f.string(u"from"_s);
    l.to = f.string(u"to"_s);
    l.description = f.string(u"description"_s);
    l.automatic = f.boolean(u"automatic"_s, true);
    l.detectionSeconds = f.number(u"detection_seconds"_s);
    l.heartbeatIntervalSeconds = f.number(u"heartbeat_interval_seconds"_s);
    l.heartbeatMisses = f.integer(u"heartbeat_misses"_s);
    l.leaseSeconds = f.number(u"lease_seconds"_s);
    l.promotionSeconds = f.number(u"promotion_seconds"_s);
    l.reconnectSeconds = f.number(u"reconnect_seconds"_s);
    l.humanResponseSeconds = f.number(u"human_response_seconds"_s);
    l.coverage = f.number(u"coverage"_s, 1.0);
    l.needs = f.stringList(u"requires"_s);
    l.mechanism = f.string(u"mechanism"_s);
    l.mechanismInSeries = f.boolean(u"mechanism_in_series"_s, false);
    l.fencing = f.enumValue(u"fencing"_s, Fencing::None, &kinds::fencing, names({u"none", u"quorum", u"lease", u"stonith"}));
    l.failback = f.enumValue(u"failback"_s, Failback::None, &kinds::failback, names({u"none", u"automatic", u"manual"}));
    l.failbackSeconds = f.number(u"failback_seconds"_s);
    l.testIntervalHours = f.number(u"test_interval_hours"_s);
    l.extra = f.leftovers();
    return l;
}

ReplicationLink readReplication(FieldReader &f)
{
    ReplicationLink l;
    l.id = f.string(u"id"_s);
    l.from = f.string(u"from"_s);
    l.to = f.string(u"to"_s);
    l.description = f.string(u"description"_s);
    l.mode = f.enumValue(u"mode"_s, ReplicationMode::Asynchronous, &kinds::replicationMode, names({u"sync", u"async"}));
    l.lagSeconds = f.number(u"lag_seconds"_s);
    l.distanceKm = f.number(u"distance_km"_s);
    l.rttMs = f.number(u"rtt_ms"_s);
    l.routeFactor = f.number(u"route_factor"_s, 1.5);
    l.lagAlertRoute = f.string(u"lag_alert_route"_s);
    l.lagAlertThresholdSeconds = f.number(u"lag_alert_threshold_seconds"_s);
    l.fallsBackToAsync = f.boolean(u"falls_back_to_async"_s, false);
    l.writers = f.stringList(u"writers"_s);
    l.extra = f.leftovers();
    return l;
}

QuorumGroup readQuorum(FieldReader &f)
{
    QuorumGroup q;
    q.id = f.string(u"id"_s);
    q.name = f.string(u"name"_s);
    q.description = f.string(u"description"_s);
    q.kind = f.enumValue(u"kind"_s, QuorumKind::Consensus, &kinds::quorumKind, names({u"consensus", u"tunable"}));
    q.voters = f.stringList(u"voters"_s);
    q.n = f.integer(u"n"_s);
    q.w = f.integer(u"w"_s);
    q.r = f.integer(u"r"_s);
    q.extra = f.leftovers();
    return q;
}

Service readService(FieldReader &f)
{
    Service s;
    s.id = f.string(u"id"_s);
    s.name = f.string(u"name"_s);
    s.description = f.string(u"description"_s);
    s.entry = f.string(u"entry"_s);
    s.required = f.boolean(u"required"_s, true);
    s.availabilityTarget = f.optionalNumber(u"availability_target"_s);
    s.rtoSeconds = f.optionalNumber(u"rto_seconds"_s);
    s.rpoSeconds = f.optionalNumber(u"rpo_seconds"_s);
    s.outageCostPerSecond = f.number(u"outage_cost_per_second"_s);
    s.retryable = f.boolean(u"retryable"_s, true);
    s.sloBasis = f.enumValue(u"slo_basis"_s, SloBasis::Time, &kinds::sloBasis, names({u"time", u"requests"}));
    s.maintenanceCounts = f.boolean(u"planned_maintenance_counts"_s, true);
    s.readOnly = f.boolean(u"read_only"_s, false);
    s.extra = f.leftovers();
    return s;
}

template<typename T, typename ReadFn>
QList<T> readList(const QJsonObject &root, const QString &key, const QString &typeName,
                  const QString &file, QList<Diagnostic> &diagnostics, ReadFn read)
{
    QList<T> out;
    const QJsonValue v = root.value(key);
    if (v.isUndefined())
        return out;
    if (!v.isArray()) {
        Diagnostic d;
        d.file = file;
        d.field = key;
        d.message = ModelReader::tr("must be a list, found %1").arg(jsonTypeName(v));
        diagnostics << d;
        return out;
    }
    const QJsonArray a = v.toArray();
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!a.at(i).isObject()) {
            Diagnostic d;
            d.file = file;
            d.field = key;
            d.message = ModelReader::tr("entry %1 must be an object, found %2").arg(i + 1).arg(jsonTypeName(a.at(i)));
            diagnostics << d;
            continue;
        }
        FieldReader f(a.at(i).toObject(), file, typeName, diagnostics);
        out << read(f);
    }
    return out;
}

Layout readLayout(const QJsonObject &o, const QString &file, QList<Diagnostic> &diagnostics)
{
    Layout layout;
    auto bad = [&](const QString &field, const QString &message) {
        Diagnostic d;
        d.severity = Diagnostic::Severity::Warning; // layout problems never stop a load
        d.file = file;
        d.field = field;
        d.message = message;
        diagnostics << d;
    };
    const QJsonObject nodes = o.value(u"nodes"_s).toObject();
    for (auto it = nodes.begin(); it != nodes.end(); ++it) {
        const QJsonObject g = it.value().toObject();
        if (!g.value(u"x"_s).isDouble() || !g.value(u"y"_s).isDouble()) {
            bad(u"layout.nodes."_s + it.key(), ModelReader::tr("needs numbers x and y; position ignored"));
            continue;
        }
        NodeGeometry geo;
        geo.pos = QPointF(g.value(u"x"_s).toDouble(), g.value(u"y"_s).toDouble());
        if (g.contains(u"w"_s) || g.contains(u"h"_s))
            geo.size = QSizeF(g.value(u"w"_s).toDouble(), g.value(u"h"_s).toDouble());
        layout.nodes.insert(it.key(), geo);
    }
    const QJsonObject bends = o.value(u"bends"_s).toObject();
    for (auto it = bends.begin(); it != bends.end(); ++it) {
        QList<QPointF> points;
        bool ok = it.value().isArray();
        const QJsonArray a = it.value().toArray();
        for (const QJsonValue &p : a) {
            const QJsonArray xy = p.toArray();
            if (xy.size() != 2 || !xy.at(0).isDouble() || !xy.at(1).isDouble()) {
                ok = false;
                break;
            }
            points << QPointF(xy.at(0).toDouble(), xy.at(1).toDouble());
        }
        if (!ok) {
            bad(u"layout.bends."_s + it.key(), ModelReader::tr("needs a list of [x, y] points; bends ignored"));
            continue;
        }
        layout.bends.insert(it.key(), points);
    }
    return layout;
}

// The line of each `"id": "<id>"` of the file, found in one pass so that element
// diagnostics can point into the file (one search per diagnostic made
// validating 40,000 components with an unknown field each quadratic).
QHash<QString, int> idLines(const QByteArray &bytes)
{
    QHash<QString, int> lines;
    int line = 1;
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char ch = bytes.at(i);
        if (ch == '\n') {
            ++line;
            continue;
        }
        if (ch != '"')
            continue;
        // a string: skip it whole (ids inside strings are not keys)
        qsizetype end = i + 1;
        while (end < n && bytes.at(end) != '"' && bytes.at(end) != '\n') {
            if (bytes.at(end) == '\\')
                ++end;
            ++end;
        }
        if (end >= n || bytes.at(end) != '"') {
            i = end - 1;
            continue;
        }
        const bool isIdKey = end - i == 3 && bytes.at(i + 1) == 'i' && bytes.at(i + 2) == 'd';
        i = end;
        if (!isIdKey)
            continue;
        qsizetype k = end + 1;
        while (k < n && (bytes.at(k) == ' ' || bytes.at(k) == '\t'))
            ++k;
        if (k >= n || bytes.at(k) != ':')
            continue;
        ++k;
        while (k < n && (bytes.at(k) == ' ' || bytes.at(k) == '\t'))
            ++k;
        if (k >= n || bytes.at(k) != '"')
            continue;
        qsizetype valueEnd = k + 1;
        bool escaped = false;
        while (valueEnd < n && bytes.at(valueEnd) != '"' && bytes.at(valueEnd) != '\n') {
            if (bytes.at(valueEnd) == '\\') {
                escaped = true;
                ++valueEnd;
            }
            ++valueEnd;
        }
        if (valueEnd >= n || bytes.at(valueEnd) != '"')
            continue;
        const QByteArray raw = bytes.mid(k, valueEnd - k + 1);
        const QString id = escaped ? QJsonDocument::fromJson("[" + raw + "]").array().at(0).toString()
                                   : QString::fromUtf8(raw.mid(1, raw.size() - 2));
        if (!lines.contains(id))
            lines.insert(id, line);
        i = valueEnd;
    }
    return lines;
}

} // namespace

LoadResult ModelReader::readFile(const QString &path)
{
    auto failure = [&](const QString &message) {
        LoadResult r;
        Diagnostic d;
        d.file = path;
        d.message = message;
        r.diagnostics << d;
        return r;
    };
    QString error;
    std::optional<QByteArray> bytes = InputFile::read(path, &error);
    if (!bytes)
        return failure(error);
    if (path.endsWith(u".svg"_s, Qt::CaseInsensitive)) {
        const std::optional<QByteArray> embedded = modelFromSvg(*bytes, &error);
        if (!embedded)
            return failure(error);
        bytes = *embedded;
    }
    return readBytes(*bytes, path);
}

QString ModelReader::svgMarker()
{
    return u"Ninefold model (open this file in Ninefold to edit the drawing):"_s;
}

std::optional<QByteArray> ModelReader::modelFromSvg(const QByteArray &svg, QString *error)
{
    // The text of each <desc>, read token by token with a bound on nesting (as
    // the fault-tree reader has): 100,000 nested elements must not overflow the
    // stack, and an entity bomb is refused as such.
    constexpr int kMaxDepth = 512;
    QXmlStreamReader xml(svg);
    int depth = 0;
    int descDepth = -1; // depth of the <desc> being read, -1 outside
    QString text;
    auto fail = [&](const QString &why) -> std::optional<QByteArray> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::DTD:
            return fail(tr("line %1: this SVG declares a document type or entities, which Ninefold does not read "
                           "(SVG files exported by Ninefold have none)")
                            .arg(xml.lineNumber()));
        case QXmlStreamReader::StartElement:
            if (++depth > kMaxDepth)
                return fail(tr("line %1: elements are nested more than %2 deep").arg(xml.lineNumber()).arg(kMaxDepth));
            if (descDepth < 0 && xml.name() == u"desc"_s) {
                descDepth = depth;
                text.clear();
            }
            break;
        case QXmlStreamReader::EndElement:
            if (depth == descDepth) {
                descDepth = -1;
                const qsizetype at = text.indexOf(svgMarker());
                if (at >= 0)
                    return text.mid(at + svgMarker().size()).trimmed().toUtf8();
            }
            --depth;
            break;
        case QXmlStreamReader::Characters:
            if (descDepth >= 0)
                text += xml.text();
            break;
        default:
            break;
        }
    }
    if (xml.hasError())
        return fail(tr("line %1, column %2: not a well-formed SVG: %3")
                        .arg(xml.lineNumber())
                        .arg(xml.columnNumber())
                        .arg(xml.errorString()));
    return fail(tr("this SVG does not carry a Ninefold model (only SVG files exported by Ninefold do)"));
}

LoadResult ModelReader::readBytes(const QByteArray &bytes, const QString &fileName)
{
    LoadResult result;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        Diagnostic d;
        d.file = fileName;
        // Qt reports the offset just past the character it could not use.
        const qsizetype at = std::max<qsizetype>(0, parseError.offset - 1);
        const QByteArray head = bytes.left(at);
        d.line = int(head.count('\n')) + 1;
        d.column = int(at - (head.lastIndexOf('\n') + 1)) + 1;
        d.message = tr("not valid JSON: %1").arg(parseError.errorString());
        result.diagnostics << d;
        return result;
    }
    if (!doc.isObject()) {
        Diagnostic d;
        d.file = fileName;
        d.message = tr("not a Ninefold model: the top level must be a JSON object");
        result.diagnostics << d;
        return result;
    }
    QJsonObject root = doc.object();
    const QJsonValue versionValue = root.value(u"format_version"_s);
    const QString appVersion = root.value(u"app_version"_s).toString();
    const double versionNumber = versionValue.toDouble();
    if (!versionValue.isDouble() || versionNumber != std::trunc(versionNumber) || std::fabs(versionNumber) > 1e6) {
        Diagnostic d;
        d.file = fileName;
        d.field = u"format_version"_s;
        d.message = versionValue.isUndefined()
                        ? tr("missing: this does not look like a Ninefold model")
                        : versionValue.isDouble() ? tr("must be a whole number (found %1)").arg(versionNumber, 0, 'g', 12)
                                                  : tr("must be a whole number");
        result.diagnostics << d;
        return result;
    }
    const int version = int(versionNumber);
    result.sourceFormatVersion = version;
    result.sourceAppVersion = appVersion;
    if (version > kFormatVersion) {
        Diagnostic d;
        d.file = fileName;
        d.field = u"format_version"_s;
        d.message = tr("this file uses format %1, written by Ninefold %2; this Ninefold reads formats up to %3. "
                       "Open it with a newer Ninefold.")
                        .arg(version)
                        .arg(appVersion.isEmpty() ? tr("(unknown version)") : appVersion)
                        .arg(kFormatVersion);
        result.diagnostics << d;
        return result;
    }
    if (version < kOldestReadableFormat) {
        Diagnostic d;
        d.file = fileName;
        d.field = u"format_version"_s;
        d.message = tr("format %1 is not a Ninefold format").arg(version);
        result.diagnostics << d;
        return result;
    }
    if (version < kFormatVersion && !Migration::upgrade(root, version, fileName, result.diagnostics))
        return result;

    LoadResult inner = fromJson(root, fileName);
    result.model = std::move(inner.model);
    QHash<QString, int> lines;
    bool linesFound = false;
    for (Diagnostic &d : inner.diagnostics) {
        if (d.line == 0 && version == kFormatVersion && !d.elementId.isEmpty()) {
            if (!linesFound) {
                lines = idLines(bytes);
                linesFound = true;
            }
            d.line = lines.value(d.elementId);
        }
        result.diagnostics << d;
    }
    return result;
}

LoadResult ModelReader::fromJson(const QJsonObject &root, const QString &fileName)
{
    LoadResult result;
    QList<Diagnostic> &diags = result.diagnostics;
    FieldReader top(root, fileName, QString(), diags);
    Model m;
    top.integer(u"format_version"_s);
    top.string(u"app_version"_s);
    m.name = top.string(u"name"_s);
    m.description = top.string(u"description"_s);
    m.currency = top.string(u"currency"_s, u"USD"_s);
    m.loadUnit = top.string(u"load_unit"_s, u"req/s"_s);
    m.missionTimeHours = top.number(u"mission_time_hours"_s, 8760.0);

    const QString ct = kinds::toString(ElementType::Component);
    m.components = readList<Component>(root, u"components"_s, ct, fileName, diags, readComponent);
    m.containers = readList<Container>(root, u"containers"_s, kinds::toString(ElementType::Container),
                                       fileName, diags, readContainer);
    m.dependencies = readList<DependencyLink>(root, u"dependencies"_s, kinds::toString(ElementType::Dependency),
                                              fileName, diags, readDependency);
    m.groups = readList<RedundancyGroup>(root, u"redundancy_groups"_s,
                                         kinds::toString(ElementType::RedundancyGroup), fileName, diags, readGroup);
    m.failovers = readList<FailoverLink>(root, u"failover_links"_s, kinds::toString(ElementType::FailoverLink),
                                         fileName, diags, readFailover);
    m.replications = readList<ReplicationLink>(root, u"replication_links"_s,
                                               kinds::toString(ElementType::ReplicationLink), fileName, diags,
                                               readReplication);
    m.quorums = readList<QuorumGroup>(root, u"quorum_groups"_s, kinds::toString(ElementType::QuorumGroup),
                                      fileName, diags, readQuorum);
    m.services = readList<Service>(root, u"services"_s, kinds::toString(ElementType::Service), fileName, diags,
                                   readService);
    for (const QString &key : {u"components"_s, u"containers"_s, u"dependencies"_s, u"redundancy_groups"_s,
                               u"failover_links"_s, u"replication_links"_s, u"quorum_groups"_s, u"services"_s})
        top.markUsed(key); // read by readList() above
    m.layout = readLayout(top.object(u"layout"_s), fileName, diags);
    m.extra = top.leftovers();

    diags += Validator::validate(m, fileName);
    result.model = std::move(m);
    return result;
}

} // namespace nf
