#pragma once

#include <QList>
#include <QString>

namespace nf {

// One problem found while reading or validating a model, phrased so a user can
// act on it: which file, which element (type, id, name), which field, and what.
struct Diagnostic
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString file;
    int line = 0;   // 1-based, 0 when unknown
    int column = 0; // 1-based, 0 when unknown
    QString elementType; // "component", "redundancy group", ...
    QString elementId;
    QString elementName;
    QString field;
    QString message;

    // "file:line:column: error: component 'db1' (Primary DB): mttr_hours: must not be negative (found -2)"
    QString toString() const;
    bool isError() const { return severity == Severity::Error; }
};

bool hasErrors(const QList<Diagnostic> &diagnostics);

} // namespace nf
