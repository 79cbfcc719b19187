#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;

namespace nf {

JsonWriter::JsonWriter(QStringList keyPriority, int lineWidth)
    : m_priority(std::move(keyPriority))
    , m_lineWidth(lineWidth)
{
}

QByteArray JsonWriter::write(const QJsonValue &value) const
{
    QByteArray out;
    writeValue(out, value, 0);
    out += '\n';
    return out;
}

QByteArray JsonWriter::formatNumber(double d)
{
    if (!std::isfinite(d))
        return "null"; // JSON has no infinities; readers report the field as missing
    if (d == std::trunc(d) && std::fabs(d) < 1e15)
        return QByteArray::number(static_cast<qint64>(d));
    return QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
}

QByteArray JsonWriter::quote(const QString &s)
{
    QByteArray out;
    out.reserve(s.size() + 2);
    out += '"';
    for (const QChar ch : s) {
        const char16_t c = ch.unicode();
        switch (c) {
        case u'"': out += "\\\""; break;
        case u'\\': out += "\\\\"; break;
        case u'\n': out += "\\n"; break;
        case u'\r': out += "\\r"; break;
        case u'\t': out += "\\t"; break;
        case u'\b': out += "\\b"; break;
        case u'\f': out += "\\f"; break;
        default:
            if (c < 0x20) {
                out += "\\u00";
                out += QByteArray::number(int(c), 16).rightJustified(2, '0');
            } else {
                out += QString(ch).toUtf8();
            }
        }
    }
    out += '"';
    return out;
}

QStringList JsonWriter::orderedKeys(const QJsonObject &object) const
{
    QStringList keys = object.keys(); // already sorted
    std::stable_sort(keys.begin(), keys.end(), [this](const QString &a, const QString &b) {
        const qsizetype ia = m_priority.indexOf(a);
        const qsizetype ib = m_priority.indexOf(b);
        const qsizetype ra = ia < 0 ? m_priority.size() : ia;
        const qsizetype rb = ib < 0 ? m_priority.size() : ib;
        return ra < rb;
    });
    return keys;
}

namespace {
bool isScalar(const QJsonValue &v)
{
    return !v.isArray() && !v.isObject();
}

// Arrays of scalars, arrays of scalar arrays (points), and objects of scalars are
// candidates for a single line.
bool isFlat(const QJsonValue &v, int depth = 0)
{
    if (isScalar(v))
        return true;
    if (depth > 1)
        return false;
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        return std::all_of(a.begin(), a.end(), [depth](const QJsonValue &e) { return isFlat(e, depth + 1); });
    }
    const QJsonObject o = v.toObject();
    return depth == 0 && std::all_of(o.begin(), o.end(), [](const QJsonValue &e) { return isScalar(e); });
}
} // namespace

bool JsonWriter::tryInline(QByteArray &out, const QJsonValue &value, int room) const
{
    if (!isFlat(value))
        return false;
    QByteArray line;
    std::function<void(const QJsonValue &)> put = [&](const QJsonValue &v) {
        if (v.isArray()) {
            line += '[';
            const QJsonArray a = v.toArray();
            for (qsizetype i = 0; i < a.size(); ++i) {
                if (i) line += ", ";
                put(a.at(i));
            }
            line += ']';
        } else if (v.isObject()) {
            const QJsonObject o = v.toObject();
            line += '{';
            bool first = true;
            for (const QString &k : orderedKeys(o)) {
                if (!first) line += ", ";
                first = false;
                line += quote(k) + ": ";
                put(o.value(k));
            }
            line += '}';
        } else {
            QByteArray tmp;
            writeValue(tmp, v, 0);
            line += tmp;
        }
    };
    put(value);
    if (line.size() > room)
        return false;
    out += line;
    return true;
}

void JsonWriter::writeValue(QByteArray &out, const QJsonValue &value, int indent) const
{
    const QByteArray pad(indent * 2, ' ');
    const QByteArray innerPad((indent + 1) * 2, ' ');
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined: out += "null"; return;
    case QJsonValue::Bool: out += value.toBool() ? "true" : "false"; return;
    case QJsonValue::Double: out += formatNumber(value.toDouble()); return;
    case QJsonValue::String: out += quote(value.toString()); return;
    case QJsonValue::Array: {
        const QJsonArray a = value.toArray();
        if (a.isEmpty()) { out += "[]"; return; }
        if (tryInline(out, value, m_lineWidth - indent * 2 - 20))
            return;
        out += "[\n";
        for (qsizetype i = 0; i < a.size(); ++i) {
            out += innerPad;
            writeValue(out, a.at(i), indent + 1);
            out += i + 1 < a.size() ? ",\n" : "\n";
        }
        out += pad + ']';
        return;
    }
    case QJsonValue::Object: {
        const QJsonObject o = value.toObject();
        if (o.isEmpty()) { out += "{}"; return; }
        if (indent >= 3 && tryInline(out, value, m_lineWidth - indent * 2 - 20))
            return;
        out += "{\n";
        const QStringList keys = orderedKeys(o);
        for (qsizetype i = 0; i < keys.size(); ++i) {
            out += innerPad + quote(keys.at(i)) + ": ";
            writeValue(out, o.value(keys.at(i)), indent + 1);
            out += i + 1 < keys.size() ? ",\n" : "\n";
        }
        out += pad + '}';
        return;
    }
    }
}

} // namespace nf
