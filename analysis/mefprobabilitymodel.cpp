#include "mefprobabilitymodel.h"

#include "periodictest.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace nf {

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

QString number(double v)
{
    return QString::number(v, 'g', 10);
}

} // namespace

struct MefProbabilityModel::Context
{
    double missionTime = 0.0;
    std::vector<double> parameter;
    // 0: not computed, 1: computed, 2: failed (already reported)
    std::vector<char> parameterState;
    std::vector<char> parameterUsesTime;
    QString error;
    int errorNode = -1;
    bool silent = false; // failed because of an error reported elsewhere

    void reset()
    {
        error.clear();
        errorNode = -1;
        silent = false;
    }
    bool failed() const { return silent || !error.isEmpty(); }
};

QString MefProbabilityModel::opElementName(Op op)
{
    switch (op) {
    case Op::Constant: return u"float"_s;
    case Op::Parameter: return u"parameter"_s;
    case Op::MissionTime: return u"system-mission-time"_s;
    case Op::Neg: return u"neg"_s;
    case Op::Add: return u"add"_s;
    case Op::Sub: return u"sub"_s;
    case Op::Mul: return u"mul"_s;
    case Op::Div: return u"div"_s;
    case Op::Abs: return u"abs"_s;
    case Op::Exp: return u"exp"_s;
    case Op::Log: return u"log"_s;
    case Op::Log10: return u"log10"_s;
    case Op::Sqrt: return u"sqrt"_s;
    case Op::Pow: return u"pow"_s;
    case Op::Min: return u"min"_s;
    case Op::Max: return u"max"_s;
    case Op::Mean: return u"mean"_s;
    case Op::Exponential: return u"exponential"_s;
    case Op::Glm: return u"GLM"_s;
    case Op::Weibull: return u"Weibull"_s;
    case Op::PeriodicTest: return u"periodic-test"_s;
    case Op::Acos: return u"acos"_s;
    case Op::Asin: return u"asin"_s;
    case Op::Atan: return u"atan"_s;
    case Op::Cos: return u"cos"_s;
    case Op::Cosh: return u"cosh"_s;
    case Op::Sin: return u"sin"_s;
    case Op::Sinh: return u"sinh"_s;
    case Op::Tan: return u"tan"_s;
    case Op::Tanh: return u"tanh"_s;
    case Op::Mod: return u"mod"_s;
    case Op::Ceil: return u"ceil"_s;
    case Op::Floor: return u"floor"_s;
    case Op::UniformDeviate: return u"uniform-deviate"_s;
    case Op::NormalDeviate: return u"normal-deviate"_s;
    case Op::LognormalDeviate:
    case Op::LognormalMuSigma: return u"lognormal-deviate"_s;
    case Op::GammaDeviate: return u"gamma-deviate"_s;
    case Op::BetaDeviate: return u"beta-deviate"_s;
    case Op::Histogram: return u"histogram"_s;
    }
    return {};
}

int MefProbabilityModel::addFile(const QString &file)
{
    const qsizetype i = m_files.indexOf(file);
    if (i >= 0)
        return int(i);
    m_files << file;
    return int(m_files.size() - 1);
}

int MefProbabilityModel::addOwner(const QString &type, const QString &id)
{
    m_owners.append({type, id});
    return int(m_owners.size() - 1);
}

int MefProbabilityModel::addNode(Node node)
{
    m_nodes.push_back(std::move(node));
    return int(m_nodes.size() - 1);
}

int MefProbabilityModel::addParameter(const QString &id, int owner, int file, int line)
{
    Q_UNUSED(id);
    m_parameterRoots.push_back(-1);
    m_parameterOwner.push_back(owner);
    m_parameterFile.push_back(file);
    m_parameterLine.push_back(line);
    return int(m_parameterRoots.size() - 1);
}

int MefProbabilityModel::addCcfGroup(CcfGroup group)
{
    m_groups.push_back(std::move(group));
    return int(m_groups.size() - 1);
}

int MefProbabilityModel::addEvent(EventSpec spec)
{
    m_events.push_back(spec);
    return int(m_events.size() - 1);
}

double MefProbabilityModel::choose(int n, int k)
{
    if (k < 0 || k > n)
        return 0.0;
    double c = 1.0;
    for (int i = 1; i <= k; ++i)
        c = c * double(n - k + i) / double(i);
    return std::round(c);
}

std::vector<double> MefProbabilityModel::ccfFractions(CcfModel model, int n, const std::vector<double> &factors,
                                                      QString *error)
{
    auto factor = [&](int level, double &out) -> bool {
        const double f = level - 1 < int(factors.size()) ? factors[std::size_t(level - 1)] : NaN;
        if (std::isnan(f)) {
            if (error)
                *error = tr("no factor for level %1").arg(level);
            return false;
        }
        if (!(f >= 0.0 && f <= 1.0)) {
            if (error)
                *error = tr("the factor for level %1 is %2, outside [0, 1]").arg(level).arg(number(f));
            return false;
        }
        out = f;
        return true;
    };
    std::vector<double> fraction(std::size_t(n) + 1, 0.0);
    switch (model) {
    case CcfModel::BetaFactor: {
        double beta = 0.0;
        if (!factor(n, beta))
            return {};
        fraction[1] = 1.0 - beta;
        fraction[std::size_t(n)] = beta;
        break;
    }
    case CcfModel::Mgl: {
        // ρ1 = 1, ρ2 = β, ρ3 = γ, ..., ρ(n+1) = 0:
        // Q_k = Q / C(n-1, k-1) · ρ1·…·ρk · (1 - ρ(k+1))
        std::vector<double> rho(std::size_t(n) + 2, 0.0);
        rho[1] = 1.0;
        for (int level = 2; level <= n; ++level)
            if (!factor(level, rho[std::size_t(level)]))
                return {};
        double product = 1.0;
        for (int k = 1; k <= n; ++k) {
            product *= rho[std::size_t(k)];
            fraction[std::size_t(k)] = product * (1.0 - rho[std::size_t(k) + 1]) / choose(n - 1, k - 1);
        }
        break;
    }
    case CcfModel::AlphaFactor: {
        // Non-staggered testing (NUREG/CR-5485): Q_k = Q · k / C(n-1, k-1) · α_k / α_t,
        // α_t = Σ k·α_k.
        std::vector<double> alpha(std::size_t(n) + 1, 0.0);
        double total = 0.0;
        for (int k = 1; k <= n; ++k) {
            if (!factor(k, alpha[std::size_t(k)]))
                return {};
            total += k * alpha[std::size_t(k)];
        }
        if (!(total > 0.0)) {
            if (error)
                *error = tr("every alpha factor is zero");
            return {};
        }
        for (int k = 1; k <= n; ++k)
            fraction[std::size_t(k)] = k / choose(n - 1, k - 1) * alpha[std::size_t(k)] / total;
        break;
    }
    case CcfModel::PhiFactor: {
        // Direct assignment (MEF, as SCRAM): each event of k given members has
        // Q_k = φ_k · Q; the φ_k are the shares of the levels and sum to 1.
        double sum = 0.0;
        for (int k = 1; k <= n; ++k) {
            if (!factor(k, fraction[std::size_t(k)]))
                return {};
            sum += fraction[std::size_t(k)];
        }
        if (std::fabs(sum - 1.0) > 1e-4) {
            if (error)
                *error = tr("the phi factors sum to %1; they must sum to 1").arg(number(sum));
            return {};
        }
        break;
    }
    }
    return fraction;
}

Diagnostic MefProbabilityModel::diagnosticAt(int owner, int file, int line, const QString &message) const
{
    Diagnostic d;
    if (file >= 0)
        d.file = m_files.at(file);
    d.line = line;
    if (owner >= 0) {
        d.elementType = m_owners.at(owner).type;
        d.elementId = m_owners.at(owner).id;
    }
    d.message = message;
    return d;
}

double MefProbabilityModel::eval(int index, Context &c) const
{
    if (c.failed())
        return NaN;
    const Node &n = m_nodes[std::size_t(index)];
    auto fail = [&](const QString &message) {
        if (!c.failed()) {
            c.error = message;
            c.errorNode = index;
        }
        return NaN;
    };
    const QString element = opElementName(n.op);
    // Arguments are evaluated first; any failure stops the evaluation.
    std::vector<double> a;
    if (n.op != Op::Constant && n.op != Op::Parameter && n.op != Op::MissionTime) {
        a.reserve(n.args.size());
        for (int arg : n.args) {
            a.push_back(eval(arg, c));
            if (c.failed())
                return NaN;
        }
    }
    double v = NaN;
    switch (n.op) {
    case Op::Constant:
        return n.value;
    case Op::MissionTime:
        return c.missionTime;
    case Op::Parameter: {
        const char state = c.parameterState[std::size_t(n.parameter)];
        if (state == 2) {
            c.silent = true; // the parameter's own error is reported
            return NaN;
        }
        if (state != 1)
            return fail(tr("<parameter>: used before it is computed"));
        return c.parameter[std::size_t(n.parameter)];
    }
    case Op::PeriodicTest: {
        const QString bad = periodicTest(a, v);
        if (!bad.isEmpty())
            return fail(bad);
        break;
    }
    default: {
        const QString bad = isDistribution(n.op) ? distribution(n.op, a, v) : arithmetic(n.op, a, v);
        if (!bad.isEmpty())
            return fail(bad);
        break;
    }
    }
    if (!std::isfinite(v))
        return fail(tr("<%1>: the result %2 is not a finite number").arg(element, number(v)));
    return v;
}

// The arithmetic operations and functions of the MEF: an empty string, or why
// the arguments are outside the function's domain.
QString MefProbabilityModel::arithmetic(Op op, const std::vector<double> &a, double &v)
{
    const QString element = opElementName(op);
    switch (op) {
    case Op::Neg: v = -a[0]; break;
    case Op::Add:
        v = 0.0;
        for (double x : a) v += x;
        break;
    case Op::Sub:
        v = a[0];
        for (std::size_t i = 1; i < a.size(); ++i) v -= a[i];
        break;
    case Op::Mul:
        v = 1.0;
        for (double x : a) v *= x;
        break;
    case Op::Div:
        v = a[0];
        for (std::size_t i = 1; i < a.size(); ++i) {
            if (a[i] == 0.0)
                return (tr("<div>: division by zero"));
            v /= a[i];
        }
        break;
    case Op::Abs: v = std::fabs(a[0]); break;
    case Op::Exp: v = std::exp(a[0]); break;
    case Op::Log:
    case Op::Log10:
        if (!(a[0] > 0.0))
            return (tr("<%1>: the argument %2 is not positive").arg(element, number(a[0])));
        v = op == Op::Log ? std::log(a[0]) : std::log10(a[0]);
        break;
    case Op::Sqrt:
        if (a[0] < 0.0)
            return (tr("<sqrt>: the argument %1 is negative").arg(number(a[0])));
        v = std::sqrt(a[0]);
        break;
    case Op::Pow:
        v = std::pow(a[0], a[1]);
        if (!std::isfinite(v))
            return (tr("<pow>: %1 to the power %2 is undefined").arg(number(a[0]), number(a[1])));
        break;
    case Op::Min:
        v = a[0];
        for (double x : a) v = std::min(v, x);
        break;
    case Op::Max:
        v = a[0];
        for (double x : a) v = std::max(v, x);
        break;
    case Op::Mean:
        v = 0.0;
        for (double x : a) v += x;
        v /= double(a.size());
        break;
    case Op::Acos:
    case Op::Asin:
        if (!(a[0] >= -1.0 && a[0] <= 1.0))
            return (tr("<%1>: the argument %2 is outside [-1, 1]").arg(element, number(a[0])));
        v = op == Op::Acos ? std::acos(a[0]) : std::asin(a[0]);
        break;
    case Op::Atan: v = std::atan(a[0]); break;
    case Op::Cos: v = std::cos(a[0]); break;
    case Op::Cosh: v = std::cosh(a[0]); break;
    case Op::Sin: v = std::sin(a[0]); break;
    case Op::Sinh: v = std::sinh(a[0]); break;
    case Op::Tan: v = std::tan(a[0]); break;
    case Op::Tanh: v = std::tanh(a[0]); break;
    case Op::Ceil: v = std::ceil(a[0]); break;
    case Op::Floor: v = std::floor(a[0]); break;
    case Op::Mod:
        if (a[1] == 0.0)
            return (tr("<mod>: modulo zero"));
        v = std::fmod(a[0], a[1]); // the sign of the dividend, as C and SCRAM
        break;
    default: break;
    }
    return {};
}

bool MefProbabilityModel::isDistribution(Op op)
{
    switch (op) {
    case Op::Exponential:
    case Op::Glm:
    case Op::Weibull:
    case Op::UniformDeviate:
    case Op::NormalDeviate:
    case Op::LognormalDeviate:
    case Op::LognormalMuSigma:
    case Op::GammaDeviate:
    case Op::BetaDeviate:
    case Op::Histogram: return true;
    default: return false;
    }
}

// The probability distributions and the deviates (whose mean is the point value):
// an empty string, or why the arguments are invalid.
QString MefProbabilityModel::distribution(Op op, const std::vector<double> &a, double &v)
{
    switch (op) {
    case Op::Exponential:
        if (a[0] < 0.0)
            return (tr("<exponential>: the failure rate %1 is negative").arg(number(a[0])));
        if (a[1] < 0.0)
            return (tr("<exponential>: the time %1 is negative").arg(number(a[1])));
        v = -std::expm1(-a[0] * a[1]);
        break;
    case Op::Glm: {
        const double gamma = a[0], lambda = a[1], mu = a[2], t = a[3];
        if (!(gamma >= 0.0 && gamma <= 1.0))
            return (tr("<GLM>: the probability of failure on demand %1 is outside [0, 1]").arg(number(gamma)));
        if (lambda < 0.0 || mu < 0.0 || lambda + mu <= 0.0)
            return (tr("<GLM>: the rates λ = %1 and μ = %2 must not be negative, nor both zero")
                            .arg(number(lambda), number(mu)));
        if (t < 0.0)
            return (tr("<GLM>: the time %1 is negative").arg(number(t)));
        const double s = lambda + mu;
        // (λ - (λ - sγ)·e^{-st}) / s, written as γ·e^{-st} + λ/s·(1 - e^{-st}) to keep tiny values exact
        const double decay = std::exp(-s * t);
        v = gamma * decay + lambda / s * -std::expm1(-s * t);
        break;
    }
    case Op::Weibull: {
        const double alpha = a[0], beta = a[1], t0 = a[2], t = a[3];
        if (!(alpha > 0.0) || !(beta > 0.0))
            return (tr("<Weibull>: the scale %1 and the shape %2 must be positive").arg(number(alpha), number(beta)));
        if (t0 < 0.0 || t < 0.0)
            return (tr("<Weibull>: the times %1 and %2 must not be negative").arg(number(t0), number(t)));
        v = t <= t0 ? 0.0 : -std::expm1(-std::pow((t - t0) / alpha, beta));
        break;
    }
    case Op::UniformDeviate:
        if (a[0] > a[1])
            return (tr("<uniform-deviate>: the minimum %1 is above the maximum %2").arg(number(a[0]), number(a[1])));
        v = (a[0] + a[1]) / 2.0;
        break;
    case Op::NormalDeviate:
        if (!(a[1] > 0.0))
            return (tr("<normal-deviate>: the standard deviation %1 is not positive").arg(number(a[1])));
        v = a[0];
        break;
    case Op::LognormalDeviate:
        if (!(a[0] > 0.0))
            return (tr("<lognormal-deviate>: the mean %1 is not positive").arg(number(a[0])));
        if (!(a[1] > 1.0))
            return (tr("<lognormal-deviate>: the error factor %1 is not greater than 1").arg(number(a[1])));
        if (!(a[2] > 0.0 && a[2] < 1.0))
            return (tr("<lognormal-deviate>: the confidence level %1 is outside (0, 1)").arg(number(a[2])));
        v = a[0];
        break;
    case Op::LognormalMuSigma:
        if (!(a[1] > 0.0))
            return (tr("<lognormal-deviate>: σ = %1 is not positive").arg(number(a[1])));
        v = std::exp(a[0] + a[1] * a[1] / 2.0);
        break;
    case Op::GammaDeviate:
        if (!(a[0] > 0.0) || !(a[1] > 0.0))
            return (tr("<gamma-deviate>: the shape %1 and the scale %2 must be positive").arg(number(a[0]), number(a[1])));
        v = a[0] * a[1];
        break;
    case Op::BetaDeviate:
        if (!(a[0] > 0.0) || !(a[1] > 0.0))
            return (tr("<beta-deviate>: α = %1 and β = %2 must be positive").arg(number(a[0]), number(a[1])));
        v = a[0] / (a[0] + a[1]);
        break;
    case Op::Histogram: {
        // a = b0, b1, w1, b2, w2, ...: the mean of a piecewise-uniform density.
        double lower = a[0], sum = 0.0, weights = 0.0;
        for (std::size_t i = 1; i + 1 < a.size(); i += 2) {
            const double upper = a[i], w = a[i + 1];
            if (!(upper > lower))
                return (tr("<histogram>: the bin boundaries must increase (%1 after %2)").arg(number(upper), number(lower)));
            if (w < 0.0)
                return (tr("<histogram>: the bin weight %1 is negative").arg(number(w)));
            sum += w * (lower + upper) / 2.0;
            weights += w;
            lower = upper;
        }
        if (!(weights > 0.0))
            return (tr("<histogram>: the bin weights sum to zero"));
        v = sum / weights;
        break;
    }
    default: break;
    }
    return {};
}

QString MefProbabilityModel::periodicTest(const std::vector<double> &a, double &value)
{
    PeriodicTest::Parameters p;
    double t = 0.0;
    if (a.size() == 4) {
        p.lambda = a[0], p.tau = a[1], p.theta = a[2], t = a[3];
        p.mu = std::numeric_limits<double>::infinity();
    } else if (a.size() == 5) {
        p.lambda = a[0], p.mu = a[1], p.tau = a[2], p.theta = a[3], t = a[4];
    } else if (a.size() == 11) {
        p.lambda = a[0], p.lambdaTest = a[1], p.mu = a[2], p.tau = a[3], p.theta = a[4], p.gamma = a[5];
        p.pi = a[6], p.availableDuringTest = a[7] != 0.0, p.sigma = a[8], p.omega = a[9], t = a[10];
        if (a[7] != 0.0 && a[7] != 1.0)
            return tr("<periodic-test>: x (availability during the test) must be 0 or 1, found %1").arg(number(a[7]));
        for (const auto &[name, prob] : {std::pair{"γ", p.gamma}, std::pair{"σ", p.sigma}, std::pair{"ω", p.omega}})
            if (!(prob >= 0.0 && prob <= 1.0))
                return tr("<periodic-test>: %1 = %2 is a probability and must lie in [0, 1]").arg(QString::fromUtf8(name), number(prob));
        if (!(p.lambdaTest >= 0.0) || !(p.pi >= 0.0) || !(p.pi < p.tau))
            return tr("<periodic-test>: needs λ* >= 0 and 0 <= π < τ (found λ* = %1, π = %2, τ = %3)")
                .arg(number(p.lambdaTest), number(p.pi), number(p.tau));
    } else {
        return tr("<periodic-test>: takes 4, 5 or 11 arguments, found %1").arg(a.size());
    }
    if (!(p.lambda >= 0.0) || !(p.mu > 0.0) || !(p.tau > 0.0) || !(p.theta >= 0.0) || !(t >= 0.0))
        return tr("<periodic-test>: needs λ >= 0, μ > 0, τ > 0, θ >= 0 and t >= 0 (found λ = %1, μ = %2, τ = %3, θ = %4, t = %5)")
            .arg(number(p.lambda), number(p.mu), number(p.tau), number(p.theta), number(t));
    if (t > p.theta && (t - p.theta) / p.tau > 1e6)
        return tr("<periodic-test>: %1 tests before t = %2: more than the 1,000,000 this built-in steps through")
            .arg(number(std::floor((t - p.theta) / p.tau) + 1), number(t));
    value = PeriodicTest::unavailability(p, t);
    return {};
}

double MefProbabilityModel::complement(int index, double value, Context &c) const
{
    // Where the expression has a closed-form complement, use it: 1 - p would lose
    // every digit of q when p is close to 1.
    for (int guard = 0; guard <= parameterCount(); ++guard) {
        const Node &n = m_nodes[std::size_t(index)];
        if (n.op != Op::Parameter)
            break;
        index = m_parameterRoots[std::size_t(n.parameter)];
    }
    const Node &n = m_nodes[std::size_t(index)];
    switch (n.op) {
    case Op::Exponential:
        return std::exp(-eval(n.args[0], c) * eval(n.args[1], c));
    case Op::Weibull: {
        const double alpha = eval(n.args[0], c), beta = eval(n.args[1], c);
        const double t0 = eval(n.args[2], c), t = eval(n.args[3], c);
        return t <= t0 ? 1.0 : std::exp(-std::pow((t - t0) / alpha, beta));
    }
    case Op::Sub:
        if (n.args.size() == 2 && m_nodes[std::size_t(n.args[0])].op == Op::Constant
            && m_nodes[std::size_t(n.args[0])].value == 1.0)
            return eval(n.args[1], c); // 1 - (1 - x) = x
        break;
    default:
        break;
    }
    return 1.0 - value;
}

bool MefProbabilityModel::isMissionTime(int index) const
{
    for (int guard = 0; guard <= parameterCount(); ++guard) {
        const Node &n = m_nodes[std::size_t(index)];
        if (n.op != Op::Parameter)
            return n.op == Op::MissionTime;
        index = m_parameterRoots[std::size_t(n.parameter)];
    }
    return false;
}

// The probability of a CCF event of each order of `group` (index = order), or
// nothing with the problems reported (ok set to false).
std::vector<double> MefProbabilityModel::ccfProbabilities(const CcfGroup &group, Context &c,
                                                          QList<Diagnostic> &diagnostics, bool &ok) const
{
    auto report = [&]() {
        if (!c.silent) {
            const Node &n = m_nodes[std::size_t(c.errorNode)];
            diagnostics << diagnosticAt(n.owner, n.file, n.line, c.error);
        }
        ok = false;
    };
    c.reset();
    const double q = eval(group.distribution, c);
    if (c.failed()) {
        report();
        return {};
    }
    if (!(q >= 0.0 && q <= 1.0)) {
        diagnostics << diagnosticAt(group.owner, m_nodes[std::size_t(group.distribution)].file,
                                    m_nodes[std::size_t(group.distribution)].line,
                                    tr("<distribution>: the probability %1 is outside [0, 1]").arg(number(q)));
        ok = false;
        return {};
    }
    std::vector<double> factors(group.factors.size(), NaN);
    bool factorsOk = true;
    for (std::size_t level = 0; level < group.factors.size(); ++level) {
        if (group.factors[level] < 0)
            continue;
        c.reset();
        factors[level] = eval(group.factors[level], c);
        if (c.failed()) {
            report();
            factorsOk = false;
            continue;
        }
        if (!(factors[level] >= 0.0 && factors[level] <= 1.0)) {
            const Node &f = m_nodes[std::size_t(group.factors[level])];
            diagnostics << diagnosticAt(group.owner, f.file, f.line,
                                        tr("<factor level=\"%1\">: %2 is outside [0, 1]")
                                            .arg(level + 1)
                                            .arg(number(factors[level])));
            ok = false;
            factorsOk = false;
        }
    }
    if (!factorsOk)
        return {};
    QString error;
    std::vector<double> fraction = ccfFractions(group.model, group.memberCount, factors, &error);
    if (fraction.empty()) {
        diagnostics << diagnosticAt(group.owner, group.file, group.line, error);
        ok = false;
        return {};
    }
    if (group.model == CcfModel::AlphaFactor) {
        double sum = 0.0;
        for (double f : factors)
            sum += std::isnan(f) ? 0.0 : f;
        if (std::fabs(sum - 1.0) > 1e-3) {
            Diagnostic d = diagnosticAt(group.owner, group.file, group.line,
                                        tr("the alpha factors sum to %1, not 1; they are used normalised (α_k / α_t)")
                                            .arg(number(sum)));
            d.severity = Diagnostic::Severity::Warning;
            diagnostics << d;
        }
    }
    for (double &f : fraction)
        f *= q;
    return fraction;
}

bool MefProbabilityModel::evaluate(double missionTime, std::vector<EventValue> &values,
                                   QList<Diagnostic> &diagnostics) const
{
    bool ok = true;
    Context c;
    c.missionTime = missionTime;
    c.parameter.assign(m_parameterRoots.size(), NaN);
    c.parameterState.assign(m_parameterRoots.size(), 0);
    c.parameterUsesTime.assign(m_parameterRoots.size(), 0);
    // Expression errors are reported where the failing element is written.
    auto report = [&]() {
        if (!c.silent) {
            const Node &n = m_nodes[std::size_t(c.errorNode)];
            diagnostics << diagnosticAt(n.owner, n.file, n.line, c.error);
        }
        ok = false;
    };
    // Whether a node depends on the mission time, with parameters looked up in
    // c.parameterUsesTime (filled in parameter order).
    auto dependsOnTime = [&](auto &self, int index) -> bool {
        const Node &n = m_nodes[std::size_t(index)];
        if (n.op == Op::MissionTime)
            return true;
        if (n.op == Op::Parameter)
            return c.parameterUsesTime[std::size_t(n.parameter)] != 0;
        for (int arg : n.args)
            if (self(self, arg))
                return true;
        return false;
    };

    for (int p : m_parameterOrder) {
        c.reset();
        const double v = eval(m_parameterRoots[std::size_t(p)], c);
        c.parameterUsesTime[std::size_t(p)] = dependsOnTime(dependsOnTime, m_parameterRoots[std::size_t(p)]);
        if (c.failed()) {
            c.parameterState[std::size_t(p)] = 2;
            report();
            continue;
        }
        c.parameter[std::size_t(p)] = v;
        c.parameterState[std::size_t(p)] = 1;
    }

    // Every CCF group, used or not, so that bad factors are always reported.
    std::vector<std::vector<double>> groupProbability(m_groups.size()); // by order; empty: failed
    for (std::size_t g = 0; g < m_groups.size(); ++g)
        groupProbability[g] = ccfProbabilities(m_groups[g], c, diagnostics, ok);

    values.assign(m_events.size(), EventValue{});
    for (std::size_t i = 0; i < m_events.size(); ++i) {
        const EventSpec &spec = m_events[i];
        EventValue &out = values[i];
        if (spec.ccfGroup >= 0) {
            const std::vector<double> &probability = groupProbability[std::size_t(spec.ccfGroup)];
            if (probability.empty()) {
                ok = false; // reported with the group
                continue;
            }
            out.p = probability[std::size_t(spec.ccfOrder)];
            out.q = 1.0 - out.p;
            out.life.type = EventLife::Type::Constant;
            out.life.constantP = out.p;
            continue;
        }
        c.reset();
        const double p = eval(spec.expression, c);
        if (c.failed()) {
            report();
            continue;
        }
        if (!(p >= 0.0 && p <= 1.0)) {
            diagnostics << diagnosticAt(spec.owner, spec.file, spec.line,
                                        tr("the probability %1 is outside [0, 1]").arg(number(p)));
            ok = false;
            continue;
        }
        out.p = p;
        out.q = complement(spec.expression, p, c);
        out.life.type = EventLife::Type::Constant;
        out.life.constantP = p;

        // Time-dependent lives that EventLife can represent: the expression's time
        // argument is the mission time and nothing else depends on it.
        int root = spec.expression;
        for (int guard = 0; guard <= parameterCount() && m_nodes[std::size_t(root)].op == Op::Parameter; ++guard)
            root = m_parameterRoots[std::size_t(m_nodes[std::size_t(root)].parameter)];
        const Node &n = m_nodes[std::size_t(root)];
        auto constantArgs = [&](std::size_t count) {
            for (std::size_t a = 0; a < count; ++a)
                if (dependsOnTime(dependsOnTime, n.args[a]))
                    return false;
            return true;
        };
        c.reset();
        if (n.op == Op::Exponential && isMissionTime(n.args[1]) && constantArgs(1)) {
            out.life.type = EventLife::Type::Exponential;
            out.life.lambda = eval(n.args[0], c);
            out.rate = out.life.lambda;
        } else if (n.op == Op::Glm && isMissionTime(n.args[3]) && constantArgs(3) && eval(n.args[0], c) == 0.0) {
            out.life.type = EventLife::Type::Exponential;
            out.life.lambda = eval(n.args[1], c);
            out.life.mu = eval(n.args[2], c);
            out.rate = out.life.lambda;
        } else if (n.op == Op::Weibull && isMissionTime(n.args[3]) && constantArgs(3) && eval(n.args[2], c) == 0.0) {
            out.life.type = EventLife::Type::Weibull;
            out.life.scale = eval(n.args[0], c);
            out.life.shape = eval(n.args[1], c);
        }
    }
    return ok;
}

} // namespace nf
