#pragma once

#include "diagnostic.h"
#include "model.h"

#include <QCoreApplication>

namespace nf {

// Checks a model for everything the analysis cannot work with, and says what is
// wrong in words a user can act on (file, element, field, reason): missing or
// duplicate ids, dangling references, impossible parameters, dependency cycles
// (naming the cycle), double placement, empty quorums, demand beyond capacity.
class Validator
{
    Q_DECLARE_TR_FUNCTIONS(Validator)

public:
    static QList<Diagnostic> validate(const Model &model, const QString &file = QString());

    // Dependency cycles as lists of ids (first == last), each reported once.
    static QList<QStringList> dependencyCycles(const Model &model);
    // Whether `id` is acceptable as an element id.
    static bool isValidId(const QString &id);
};

} // namespace nf
