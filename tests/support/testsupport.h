#pragma once

// Small helpers shared by the tests.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

namespace nf::test {

inline QString dataPath(const QString &relative)
{
    return QStringLiteral(NINEFOLD_TEST_DATA) + QLatin1Char('/') + relative;
}

inline QString examplePath(const QString &name)
{
    return QStringLiteral(NINEFOLD_EXAMPLES) + QLatin1Char('/') + name;
}

inline QStringList exampleFiles()
{
    QStringList out;
    const QDir dir(QStringLiteral(NINEFOLD_EXAMPLES));
    for (const QString &f : dir.entryList({QStringLiteral("*.ninefold")}, QDir::Files, QDir::Name))
        out << dir.filePath(f);
    return out;
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

inline bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(bytes) == bytes.size();
}

} // namespace nf::test
