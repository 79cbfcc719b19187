#pragma once

#include "architecturestructure.h"

#include <QCoreApplication>

#include <utility>

namespace nf {

class Model;
class ModelIndex;

struct TranslationOptions
{
    // Give components that never fail but are taken down on purpose, and group
    // members that never fail, an event of probability 0, so that "what if it is
    // down" can be evaluated. Such events are cut sets of probability 0: only the
    // conditional evaluations of the downtime budget ask for them, on a
    // translation of their own.
    bool plannedOutageEvents = false;
};

// Builds an ArchitectureStructure from a valid model (see Validator). Pure
// function of the model; safe to call on a worker thread.
class ArchitectureTranslator
{
    Q_DECLARE_TR_FUNCTIONS(ArchitectureTranslator)

public:
    static ArchitectureStructure translate(const Model &model);
    // The same with an index of the model the caller already has.
    static ArchitectureStructure translate(const ModelIndex &index, const TranslationOptions &options = {});
    // Mean unavailability of an element whose failures stay hidden until a test
    // every `interval` hours, then take `repairHours` to repair (renewal cycle of
    // one test interval plus the repair when one was needed).
    static std::pair<double, double> latentUnavailability(double lambda, double repairHours, double interval);
};

} // namespace nf
