#pragma once

#include "diagnostic.h"
#include "eventlife.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace nf {

// The probability side of an imported Open-PSA model: the expressions of basic
// events and parameters, and the common-cause groups, kept after the import so
// that the event probabilities can be computed again for another mission time
// (every expression, not only the exponential ones that an EventLife can hold).
// Built by MefImporter; evaluation never throws: values outside an expression's
// domain become diagnostics that name the file, line and defining element.
class MefProbabilityModel
{
    Q_DECLARE_TR_FUNCTIONS(MefProbabilityModel)

public:
    enum class Op : std::uint8_t {
        Constant, Parameter, MissionTime,
        Neg, Add, Sub, Mul, Div, Abs, Exp, Log, Log10, Sqrt, Pow, Min, Max, Mean,
        Acos, Asin, Atan, Cos, Cosh, Sin, Sinh, Tan, Tanh, Mod, Ceil, Floor,
        PeriodicTest,     // (λ, τ, θ, t), (λ, μ, τ, θ, t) or the 11 arguments of MEF 2.0
        Exponential,      // (λ, t): 1 - e^{-λt}
        Glm,              // (γ, λ, μ, t)
        Weibull,          // (α scale, β shape, t0, t)
        UniformDeviate,   // (min, max)          -> mean
        NormalDeviate,    // (mean, σ)            -> mean
        LognormalDeviate, // (mean, EF, level)    -> mean
        LognormalMuSigma, // (μ, σ) of ln X       -> e^{μ+σ²/2}
        GammaDeviate,     // (k, θ)               -> kθ
        BetaDeviate,      // (α, β)               -> α/(α+β)
        Histogram,        // (b0, b1, w1, b2, w2, ...) -> Σ w·mid / Σ w
    };
    static QString opElementName(Op op);

    enum class CcfModel { BetaFactor, Mgl, AlphaFactor, PhiFactor };

    // What an expression belongs to, for messages: e.g. {"basic event", "e1"}.
    struct Owner
    {
        QString type;
        QString id;
    };

    struct Node
    {
        Op op = Op::Constant;
        double value = 0.0; // Constant
        int parameter = -1; // Parameter
        int owner = -1;
        int file = -1;
        int line = 0;
        std::vector<int> args;
    };

    struct CcfGroup
    {
        QString id;
        CcfModel model = CcfModel::BetaFactor;
        int memberCount = 0;
        int distribution = -1;   // expression: total failure probability Q of one member
        std::vector<int> factors; // by level - 1; -1 where the model has no factor
        int owner = -1;
        int file = -1;
        int line = 0;
    };

    // One event the model can evaluate: an expression, or one CCF event (a failure of
    // `ccfOrder` members of a group together; order 1 is a member's independent part).
    struct EventSpec
    {
        int expression = -1;
        int ccfGroup = -1;
        int ccfOrder = 0;
        int owner = -1;
        int file = -1;
        int line = 0;
    };

    struct EventValue
    {
        double p = 0.0;
        double q = 1.0;
        double rate = 0.0; // λ of exponential events, 0 otherwise
        EventLife life;
    };

    int addFile(const QString &file);
    int addOwner(const QString &type, const QString &id);
    int addNode(Node node);
    int addParameter(const QString &id, int owner, int file, int line);
    void setParameterExpression(int parameter, int root) { m_parameterRoots[std::size_t(parameter)] = root; }
    // Parameters are evaluated in this order; each may use only those before it
    // (the importer sorts them and refuses cycles).
    void setParameterOrder(std::vector<int> order) { m_parameterOrder = std::move(order); }
    int addCcfGroup(CcfGroup group);
    int addEvent(EventSpec spec);

    const Node &node(int index) const { return m_nodes[std::size_t(index)]; }
    int parameterCount() const { return int(m_parameterRoots.size()); }
    int parameterExpression(int parameter) const { return m_parameterRoots[std::size_t(parameter)]; }
    const CcfGroup &ccfGroup(int index) const { return m_groups[std::size_t(index)]; }
    int eventCount() const { return int(m_events.size()); }
    const EventSpec &event(int index) const { return m_events[std::size_t(index)]; }

    // Probability (and complement, life, rate) of every event at `missionTimeHours`.
    // Returns false, with one diagnostic per failing event, group or parameter, when
    // an expression leaves its domain or a probability falls outside [0, 1].
    bool evaluate(double missionTimeHours, std::vector<EventValue> &values, QList<Diagnostic> &diagnostics) const;

    // The fraction of a member's total failure probability Q that each CCF event of
    // order k (1..n) carries, for a group of n members with the given factors
    // (indexed by level - 1). Empty, with `error` set, for invalid factors.
    static std::vector<double> ccfFractions(CcfModel model, int memberCount, const std::vector<double> &factors,
                                            QString *error);
    // Binomial coefficient as a double (exact for the small n of CCF groups).
    static double choose(int n, int k);

private:
    struct Context;
    // The periodic-test built-in for its 4, 5 or 11 arguments; an error message, or
    // empty with `value` set.
    static QString periodicTest(const std::vector<double> &args, double &value);
    static QString arithmetic(Op op, const std::vector<double> &args, double &value);
    static bool isDistribution(Op op);
    static QString distribution(Op op, const std::vector<double> &args, double &value);
    double eval(int node, Context &context) const;
    std::vector<double> ccfProbabilities(const CcfGroup &group, Context &context, QList<Diagnostic> &diagnostics,
                                         bool &ok) const;
    double complement(int node, double value, Context &context) const;
    bool isMissionTime(int node) const;
    Diagnostic diagnosticAt(int owner, int file, int line, const QString &message) const;

    QStringList m_files;
    QList<Owner> m_owners;
    std::vector<Node> m_nodes;
    std::vector<int> m_parameterRoots;
    std::vector<int> m_parameterOwner;
    std::vector<int> m_parameterFile;
    std::vector<int> m_parameterLine;
    std::vector<int> m_parameterOrder;
    std::vector<CcfGroup> m_groups;
    std::vector<EventSpec> m_events;
};

} // namespace nf
