#include "cli.h"

#include <optional>

#include "modelreader.h"
#include "analysisjson.h"
#include "analysistext.h"
#include "architectureanalysis.h"
#include "downtimebudget.h"
#include "faulttreereport.h"
#include "formatversion.h"
#include "inputfile.h"
#include "mefimporter.h"
#include "reportgenerator.h"
#include "scenediagram.h"
#include "numberformat.h"
#include "valuelimits.h"
#include "modelwriter.h"
#include "ninefold_version.h"

#include <QFileInfo>

#include <cmath>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace nf {

namespace {
constexpr int kMaxCutSetOrder = 1000;
constexpr int kMaxListedCutSets = 10000000;
} // namespace

Cli::Cli(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

QString Cli::usage()
{
    return tr("Usage: ninefold-cli COMMAND [OPTIONS] FILE...\n"
              "\n"
              "Commands:\n"
              "  validate FILE...          check models and report every problem found\n"
              "  convert FILE -o OUT       re-save a model in the current file format\n"
              "  analyze FILE [options]    analyse a .ninefold model: figures, findings, tables\n"
              "  analyze FILE.xml... [options]\n"
              "                            analyse an Open-PSA MEF fault tree (all files of one\n"
              "                            model together): probability, cut sets, importance\n"
              "      --json                  print the analysis as JSON (see docs/cli.md)\n"
              "      --mission-time HOURS    mission time (default: the model's, or 8760 h)\n"
              "      --cut-set-order N       highest order of minimal cut sets (default: 4 for\n"
              "                              .ninefold models, all for fault trees)\n"
              "      --cut-sets N            how many minimal cut sets to list (default 20)\n"
              "      --top GATE              fault trees: the top gate (default: every gate no\n"
              "                              other gate uses, each analysed in turn)\n"
              "      --max-memory MB         fault trees: memory for the decision diagrams\n"
              "                              (default: an eighth of the RAM)\n"
              "  report FILE -o OUT.pdf [--page-size a4|letter]\n"
              "                            write the PDF reliability report (works headless)\n"
              "  check FILE [options]      a CI gate: fail when the model misses its targets\n"
              "      --min-availability PERCENT  e.g. 99.95 (the system's availability)\n"
              "      --max-downtime-minutes N    the system's downtime per year\n"
              "      --fail-on warning|critical  also fail on findings of that severity or worse\n"
              "                              (services' own availability targets always count)\n"
              "\n"
              "Options:\n"
              "  -h, --help                show this help\n"
              "  -v, --version             show the version\n"
              "\n"
              "Exit codes:\n"
              "  0  success\n"
              "  1  a model could not be read or is invalid\n"
              "  2  wrong usage (unknown command or option, missing argument)\n"
              "  3  an output file could not be written\n"
              "  4  check: the model misses its targets\n");
}

int Cli::run(const QStringList &arguments)
{
    QStringList args = arguments.mid(1);
    if (args.isEmpty()) {
        m_err << usage();
        return UsageError;
    }
    const QString command = args.takeFirst();
    if (command == u"-h"_s || command == u"--help"_s || command == u"help"_s) {
        m_out << usage();
        return Success;
    }
    if (command == u"-v"_s || command == u"--version"_s) {
        m_out << u"ninefold-cli "_s << QStringLiteral(NINEFOLD_VERSION) << u'\n';
        return Success;
    }
    if (command == u"validate"_s)
        return validate(args);
    if (command == u"convert"_s)
        return convert(args);
    if (command == u"analyze"_s || command == u"analyse"_s)
        return analyze(args);
    if (command == u"check"_s)
        return check(args);
    if (command == u"report"_s)
        return report(args);
    m_err << tr("ninefold-cli: unknown command '%1'\n\n").arg(command) << usage();
    return UsageError;
}

int Cli::validate(const QStringList &args)
{
    QStringList files;
    for (const QString &a : args) {
        if (a == u"-h"_s || a == u"--help"_s) {
            m_out << usage();
            return Success;
        }
        if (a.startsWith(u'-')) {
            m_err << tr("ninefold-cli validate: unknown option '%1'\n").arg(a);
            return UsageError;
        }
        files << a;
    }
    if (files.isEmpty()) {
        m_err << tr("ninefold-cli validate: give at least one model file\n");
        return UsageError;
    }
    int invalid = 0;
    for (const QString &file : files) {
        const LoadResult r = ModelReader::readFile(file);
        for (const Diagnostic &d : r.diagnostics)
            (d.isError() ? m_err : m_out) << d.toString() << u'\n';
        if (r.ok()) {
            const Model &m = *r.model;
            m_out << tr("%1: valid (%2 components, %3 containers, %4 groups, %5 services)\n")
                         .arg(file)
                         .arg(m.components.size())
                         .arg(m.containers.size())
                         .arg(m.groups.size() + m.quorums.size())
                         .arg(m.services.size());
        } else {
            ++invalid;
            m_err << tr("%1: INVALID\n").arg(file);
        }
    }
    m_out.flush();
    m_err.flush();
    return invalid ? InvalidModel : Success;
}

int Cli::convert(const QStringList &args)
{
    QString input, output;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == u"-o"_s || a == u"--output"_s) {
            if (i + 1 >= args.size()) {
                m_err << tr("ninefold-cli convert: %1 needs a file name\n").arg(a);
                return UsageError;
            }
            output = args.at(++i);
        } else if (a.startsWith(u'-')) {
            m_err << tr("ninefold-cli convert: unknown option '%1'\n").arg(a);
            return UsageError;
        } else if (input.isEmpty()) {
            input = a;
        } else {
            m_err << tr("ninefold-cli convert: only one input file, found '%1' too\n").arg(a);
            return UsageError;
        }
    }
    if (input.isEmpty() || output.isEmpty()) {
        m_err << tr("ninefold-cli convert: usage: convert FILE -o OUT\n");
        return UsageError;
    }
    const LoadResult r = ModelReader::readFile(input);
    for (const Diagnostic &d : r.diagnostics)
        (d.isError() ? m_err : m_out) << d.toString() << u'\n';
    if (!r.ok()) {
        m_err << tr("%1: not converted: fix the errors above first\n").arg(input);
        return InvalidModel;
    }
    QString error;
    if (!ModelWriter::save(*r.model, output, &error)) {
        m_err << error << u'\n';
        return OutputError;
    }
    m_out << tr("%1: written in format %2\n").arg(output).arg(kFormatVersion);
    return Success;
}

bool Cli::needsGui(const QStringList &arguments)
{
    return arguments.size() > 1 && arguments.at(1) == u"report"_s;
}

int Cli::report(const QStringList &args)
{
    QString input, output;
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == u"-o"_s || a == u"--output"_s || a == u"--page-size"_s) {
            if (i + 1 >= args.size()) {
                m_err << tr("ninefold-cli report: %1 needs a value\n").arg(a);
                return UsageError;
            }
            const QString v = args.at(++i);
            if (a == u"--page-size"_s) {
                if (v.compare(u"a4"_s, Qt::CaseInsensitive) == 0)
                    pageSize = QPageSize::A4;
                else if (v.compare(u"letter"_s, Qt::CaseInsensitive) == 0)
                    pageSize = QPageSize::Letter;
                else {
                    m_err << tr("ninefold-cli report: --page-size takes a4 or letter, found '%1'\n").arg(v);
                    return UsageError;
                }
            } else {
                output = v;
            }
        } else if (a.startsWith(u'-')) {
            m_err << tr("ninefold-cli report: unknown option '%1'\n").arg(a);
            return UsageError;
        } else if (input.isEmpty()) {
            input = a;
        } else {
            m_err << tr("ninefold-cli report: give one model, found '%1' too\n").arg(a);
            return UsageError;
        }
    }
    if (input.isEmpty() || output.isEmpty()) {
        m_err << tr("ninefold-cli report: usage: report FILE -o OUT.pdf [--page-size a4|letter]\n");
        return UsageError;
    }
    QString readError;
    const std::optional<QByteArray> fileBytes = InputFile::read(input, &readError);
    if (!fileBytes) {
        m_err << tr("%1: error: %2\n").arg(input, readError);
        return InvalidModel;
    }
    const QByteArray &bytes = *fileBytes; // hashed in the report as they are on disk
    const LoadResult r = input.endsWith(u".svg"_s, Qt::CaseInsensitive) ? ModelReader::readFile(input)
                                                                         : ModelReader::readBytes(bytes, input);
    for (const Diagnostic &d : r.diagnostics)
        if (d.isError())
            m_err << d.toString() << u'\n';
    if (!r.ok()) {
        m_err << tr("%1: no report: fix the errors above first\n").arg(input);
        return InvalidModel;
    }
    const AnalysisResult result = ArchitectureAnalysis::run(*r.model);
    if (!result.ok()) {
        m_err << tr("%1: error: %2\n").arg(input, result.error);
        return InvalidModel;
    }
    ReportGenerator::Input in;
    in.model = &*r.model;
    in.result = &result;
    in.fileName = input;
    in.fileBytes = bytes;
    in.pageSize = pageSize;
    in.diagram = std::make_shared<SceneDiagram>(*r.model);
    QString error;
    int pages = 0;
    if (!ReportGenerator::writePdf(in, output, &error, [&](int, int total) {
            pages = total;
            return true;
        })) {
        m_err << error << u'\n';
        return OutputError;
    }
    m_out << tr("%1: report written (%n page(s))\n", nullptr, pages).arg(output);
    return Success;
}

int Cli::check(const QStringList &args)
{
    QString file;
    std::optional<double> minAvailability, maxDowntime;
    std::optional<Finding::Severity> failOn;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        auto value = [&]() -> std::optional<QString> {
            if (i + 1 >= args.size()) {
                m_err << tr("ninefold-cli check: %1 needs a value\n").arg(a);
                return std::nullopt;
            }
            return args.at(++i);
        };
        if (a == u"--min-availability"_s || a == u"--max-downtime-minutes"_s) {
            const std::optional<QString> v = value();
            if (!v)
                return UsageError;
            bool ok = false;
            const double d = v->toDouble(&ok);
            const bool percent = a == u"--min-availability"_s;
            if (!ok || !std::isfinite(d) || d < 0.0 || (percent && (d <= 0.0 || d > 100.0))) {
                m_err << (percent ? tr("ninefold-cli check: %1 needs a percentage such as 99.95, found '%2'\n")
                                  : tr("ninefold-cli check: %1 needs a number of minutes, found '%2'\n"))
                             .arg(a, *v);
                return UsageError;
            }
            (percent ? minAvailability : maxDowntime) = percent ? d / 100.0 : d;
        } else if (a == u"--fail-on"_s) {
            const std::optional<QString> v = value();
            if (!v)
                return UsageError;
            if (*v == u"warning"_s)
                failOn = Finding::Severity::Warning;
            else if (*v == u"critical"_s)
                failOn = Finding::Severity::Critical;
            else {
                m_err << tr("ninefold-cli check: --fail-on takes 'warning' or 'critical', found '%1'\n").arg(*v);
                return UsageError;
            }
        } else if (a.startsWith(u'-')) {
            m_err << tr("ninefold-cli check: unknown option '%1'\n").arg(a);
            return UsageError;
        } else if (file.isEmpty()) {
            file = a;
        } else {
            m_err << tr("ninefold-cli check: give one model, found '%1' too\n").arg(a);
            return UsageError;
        }
    }
    if (file.isEmpty()) {
        m_err << tr("ninefold-cli check: give a model file\n");
        return UsageError;
    }
    const LoadResult r = ModelReader::readFile(file);
    for (const Diagnostic &d : r.diagnostics)
        if (d.isError())
            m_err << d.toString() << u'\n';
    if (!r.ok()) {
        m_err << tr("%1: cannot be checked: fix the errors above first\n").arg(file);
        return InvalidModel;
    }
    AnalysisOptions options;
    options.curvePoints = 0;
    const AnalysisResult result = ArchitectureAnalysis::run(*r.model, options);
    if (!result.ok()) {
        m_err << tr("%1: error: %2\n").arg(file, result.error);
        return InvalidModel;
    }
    QStringList failures;
    // The time-aware totals (DOMAIN.md §12): failover interruptions, detection
    // gaps, planned maintenance and blocked writes count, and the message says
    // where the minutes go.
    const DowntimeBudget &sys = result.systemBudget;
    if (minAvailability && sys.unavailability > 1.0 - *minAvailability)
        failures << tr("system availability %1 is below the required %2 (%3 a year: %4)")
                        .arg(NumberFormat::availability(sys.unavailability), NumberFormat::availability(1.0 - *minAvailability),
                             NumberFormat::minutes(sys.totalMinutes), DowntimeBudgetAnalysis::explain(sys));
    if (maxDowntime && sys.totalMinutes > *maxDowntime)
        failures << tr("system downtime %1 a year is above the allowed %2 (%3)")
                        .arg(NumberFormat::minutes(sys.totalMinutes), NumberFormat::minutes(*maxDowntime),
                             DowntimeBudgetAnalysis::explain(sys));
    for (const ServiceFigures &s : result.services)
        if (s.target && !s.meetsTarget)
            failures << tr("service %1 is available %2, below its target %3 (%4 a year: %5)")
                            .arg(s.name, NumberFormat::availability(s.budget.unavailability),
                                 NumberFormat::availability(1.0 - *s.target), NumberFormat::minutes(s.budget.totalMinutes),
                                 DowntimeBudgetAnalysis::explain(s.budget));
    int findings = 0;
    if (failOn)
        for (const Finding &f : result.findings)
            if (int(f.severity) >= int(*failOn)) {
                ++findings;
                failures << tr("%1 finding %2: %3").arg(AnalysisJson::severityName(f.severity), f.code, f.message);
            }
    m_out << tr("%1: availability %2, %3 of downtime a year, %4 finding(s)\n")
                 .arg(file, NumberFormat::availability(sys.unavailability), NumberFormat::minutes(sys.totalMinutes))
                 .arg(result.findings.size());
    if (failures.isEmpty()) {
        m_out << tr("PASS\n");
        return Success;
    }
    for (const QString &f : failures)
        m_err << u"  - "_s << f << u'\n';
    m_err << tr("FAIL: %n reason(s)\n", nullptr, int(failures.size()));
    return CheckFailed;
}

// Open-PSA files: the top event no other gate uses, or --top; when several gates
// are used by no other, each is analysed in turn, and the output says so.
int Cli::analyzeFaultTrees(const QStringList &files, const MefOptions &mo, const FaultTreeReportOptions &fo, bool json)
{
    const MefImport first = MefImporter::load(files, mo);
    QStringList tops;
    if (mo.topGate.isEmpty() && first.ok() && first.topCandidates.size() > 1)
        tops = first.topCandidates;
    QList<FaultTreeReport> reports;
    if (tops.isEmpty()) {
        reports << FaultTreeReport::analyze(first, fo);
    } else {
        for (const QString &t : tops) {
            MefOptions one = mo;
            one.topGate = t;
            reports << FaultTreeReport::analyze(MefImporter::load(files, one), fo);
        }
    }
    bool ok = true;
    for (const FaultTreeReport &report : reports) {
        for (const Diagnostic &d : report.diagnostics())
            if (d.isError() || !json)
                (d.isError() ? m_err : m_out) << d.toString() << u'\n';
        ok = ok && report.ok();
    }
    if (json) {
        // One top: the report object itself. Several: an object listing them, with
        // one report object per top (docs/engine.md).
        QJsonObject o;
        if (tops.isEmpty()) {
            o = reports.front().toJson();
        } else {
            o[u"format"_s] = u"ninefold-fault-tree-analyses"_s;
            o[u"format_version"_s] = 1;
            o[u"ok"_s] = ok;
            o[u"top_events"_s] = QJsonArray::fromStringList(tops);
            QJsonArray analyses;
            for (const FaultTreeReport &report : reports)
                analyses.append(report.toJson());
            o[u"analyses"_s] = analyses;
        }
        m_out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else if (ok) {
        if (!tops.isEmpty())
            m_out << tr("%n gates are used by no other gate (%1): each is analysed as a top event "
                        "(--top GATE analyses one)\n", nullptr, int(tops.size())).arg(tops.join(u", "_s));
        for (int i = 0; i < reports.size(); ++i) {
            if (!tops.isEmpty())
                m_out << tr("\n=== top event %1 (%2 of %3) ===\n").arg(tops.at(i)).arg(i + 1).arg(tops.size());
            m_out << reports.at(i).toText();
        }
    }
    if (!ok) {
        m_err << tr("%1: not analysed: fix the errors above first\n").arg(files.join(u", "_s));
        return InvalidModel;
    }
    return Success;
}

int Cli::analyze(const QStringList &args)
{
    QStringList files;
    bool json = false;
    int maxMemoryMb = 0; // 0: the engine's default
    std::optional<double> missionTime;
    std::optional<int> order;
    QString top;
    AnalysisOptions options;
    options.listedCutSets = 20;
    auto numberArg = [&](int &i, const QString &name, double &value) {
        if (i + 1 >= args.size()) {
            m_err << tr("ninefold-cli analyze: %1 needs a value\n").arg(name);
            return false;
        }
        bool ok = false;
        value = args.at(++i).toDouble(&ok);
        if (!ok || !(value > 0.0) || !(value <= limits::maxMissionHours)) {
            m_err << tr("ninefold-cli analyze: %1 needs a number of hours greater than 0 and at most %2, found '%3'\n")
                         .arg(name)
                         .arg(limits::maxMissionHours, 0, 'g', 12)
                         .arg(args.at(i));
            return false;
        }
        return true;
    };
    // Whole numbers in a range: a value like 1e300 or 3e9 is refused, never
    // converted (a float-to-int overflow is undefined behaviour).
    auto integerArg = [&](int &i, const QString &name, int min, int max, int &value) {
        if (i + 1 >= args.size()) {
            m_err << tr("ninefold-cli analyze: %1 needs a value\n").arg(name);
            return false;
        }
        bool ok = false;
        const qlonglong v = args.at(++i).toLongLong(&ok);
        if (!ok || v < min || v > max) {
            m_err << tr("ninefold-cli analyze: %1 needs a whole number from %2 to %3, found '%4'\n")
                         .arg(name)
                         .arg(min)
                         .arg(max)
                         .arg(args.at(i));
            return false;
        }
        value = int(v);
        return true;
    };
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        double v = 0.0;
        if (a == u"--json"_s) {
            json = true;
        } else if (a == u"--mission-time"_s) {
            if (!numberArg(i, a, v))
                return UsageError;
            missionTime = v;
        } else if (a == u"--cut-set-order"_s) {
            int n = 0;
            if (!integerArg(i, a, 1, kMaxCutSetOrder, n))
                return UsageError;
            order = n;
        } else if (a == u"--top"_s) {
            if (i + 1 >= args.size()) {
                m_err << tr("ninefold-cli analyze: %1 needs a gate name\n").arg(a);
                return UsageError;
            }
            top = args.at(++i);
        } else if (a == u"--cut-sets"_s) {
            if (!integerArg(i, a, 1, kMaxListedCutSets, options.listedCutSets))
                return UsageError;
        } else if (a == u"--max-memory"_s) {
            if (!integerArg(i, a, 16, 1 << 24, maxMemoryMb)) // 16 MB to 16 TB
                return UsageError;
        } else if (a.startsWith(u'-')) {
            m_err << tr("ninefold-cli analyze: unknown option '%1'\n").arg(a);
            return UsageError;
        } else {
            files << a;
        }
    }
    if (files.isEmpty()) {
        m_err << tr("ninefold-cli analyze: give a model file\n");
        return UsageError;
    }
    const bool faultTree = std::all_of(files.begin(), files.end(), [](const QString &f) {
        return f.endsWith(u".xml"_s, Qt::CaseInsensitive) || f.endsWith(u".opsa"_s, Qt::CaseInsensitive);
    });
    if (faultTree) {
        MefOptions mo;
        if (missionTime)
            mo.missionTimeHours = *missionTime;
        mo.topGate = top;
        FaultTreeReportOptions fo;
        fo.missionTimeHours = mo.missionTimeHours;
        fo.cutSetOrderLimit = order.value_or(0);
        fo.listedCutSets = options.listedCutSets;
        fo.maxMemoryBytes = std::size_t(maxMemoryMb) << 20;
        return analyzeFaultTrees(files, mo, fo, json);
    }
    if (order)
        options.cutSetOrder = *order;
    if (files.size() > 1) {
        m_err << tr("ninefold-cli analyze: give one .ninefold model at a time\n");
        return UsageError;
    }
    const LoadResult r = ModelReader::readFile(files.first());
    for (const Diagnostic &d : r.diagnostics)
        if (d.isError() || !json)
            (d.isError() ? m_err : m_out) << d.toString() << u'\n';
    if (!r.ok()) {
        m_err << tr("%1: not analysed: fix the errors above first\n").arg(files.first());
        return InvalidModel;
    }
    Model model = *r.model;
    if (missionTime)
        model.missionTimeHours = *missionTime;
    const AnalysisResult result = ArchitectureAnalysis::run(model, options);
    if (!result.ok()) {
        m_err << tr("%1: error: %2\n").arg(files.first(), result.error);
        return InvalidModel;
    }
    if (json)
        m_out << QString::fromUtf8(QJsonDocument(AnalysisJson::toJson(result)).toJson(QJsonDocument::Indented));
    else
        m_out << AnalysisText::render(model, result);
    return Success;
}

} // namespace nf
