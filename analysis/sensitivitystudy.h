#pragma once

#include "model.h"

#include <QCoreApplication>
#include <QList>
#include <QPointF>

namespace nf {

// A "what if this parameter were different" study: the system availability
// across a range of one parameter, each point a full analysis of a modified copy
// of the model (the document is never touched). Pure functions: run them on a
// worker thread.
class SensitivityStudy
{
    Q_DECLARE_TR_FUNCTIONS(SensitivityStudy)

public:
    struct Parameter
    {
        enum class Kind { Mttr, Mtbf, Replicas, Coverage };
        Kind kind = Kind::Mttr;
        QString element; // component, redundancy or quorum group, failover link
        bool operator==(const Parameter &) const = default;
    };

    // Parameters the model offers, per kind.
    static QList<Parameter> parameters(const Model &model, Parameter::Kind kind);
    static QString kindName(Parameter::Kind kind);
    // Axis title, e.g. "MTTR of Primary DB (h)".
    static QString label(const Model &model, const Parameter &parameter);
    // The parameter's value in the model.
    static double current(const Model &model, const Parameter &parameter);
    // The values to try: 13 around the current one (whole numbers for replicas).
    static QList<double> range(const Model &model, const Parameter &parameter);
    // The model with the parameter set to `value`.
    static Model apply(const Model &model, const Parameter &parameter, double value);
    // (value, system availability) for each value.
    static QList<QPointF> run(const Model &model, const Parameter &parameter, const QList<double> &values);
};

} // namespace nf
