#pragma once

#include "diagnostic.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace nf {

// The one place where files of an older format are brought up to the current
// one. Each step rewrites the JSON of version k into version k+1; load() runs
// the steps in order before the model is read.
class Migration
{
    Q_DECLARE_TR_FUNCTIONS(Migration)

public:
    // Upgrades `root` from `fromVersion` to kFormatVersion in place. Notes about
    // what changed are appended as warnings; returns false (with an error) when a
    // step cannot be carried out.
    static bool upgrade(QJsonObject &root, int fromVersion, const QString &file,
                        QList<Diagnostic> &diagnostics);

private:
    static bool upgrade1to2(QJsonObject &root, const QString &file, QList<Diagnostic> &diagnostics);
};

} // namespace nf
