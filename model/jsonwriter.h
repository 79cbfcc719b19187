#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QStringList>

namespace nf {

// Pretty-prints JSON for files that live in git: two-space indentation, keys in a
// fixed order (a priority list first, the rest alphabetically), short scalar-only
// arrays and objects on one line, numbers in their shortest exact form. The same
// value always gives the same bytes.
class JsonWriter
{
public:
    explicit JsonWriter(QStringList keyPriority = {}, int lineWidth = 100);

    QByteArray write(const QJsonValue &value) const;

    static QByteArray formatNumber(double d);
    static QByteArray quote(const QString &s);

private:
    void writeValue(QByteArray &out, const QJsonValue &value, int indent) const;
    bool tryInline(QByteArray &out, const QJsonValue &value, int room) const;
    QStringList orderedKeys(const QJsonObject &object) const;

    QStringList m_priority;
    int m_lineWidth;
};

} // namespace nf
