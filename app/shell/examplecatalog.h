#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace nf {

// One example model shipped inside the application.
struct ExampleInfo
{
    QString resourcePath; // ":/examples/delta-2016.ninefold"
    QString fileName;     // "delta-2016.ninefold"
    QString name;         // the model's name
    QString summary;      // the first sentence of its description
};

// The examples embedded from examples/*.ninefold, listed at run time so new
// examples appear without code changes.
class ExampleCatalog
{
    Q_DECLARE_TR_FUNCTIONS(ExampleCatalog)

public:
    static QList<ExampleInfo> examples();
    static QString firstSentence(const QString &text);
};

} // namespace nf
