#include "cli.h"

#include <optional>

#include "modelreader.h"
#include "analysisjson.h"
#include "analysistext.h"
#include "architectureanalysis.h"
#include "faulttreereport.h"
#include "formatversion.h"
#include "mefimporter.h"
#include "modelwriter.h"
#include "ninefold_version.h"

#include <QFileInfo>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace nf {

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
              "      --top GATE              fault trees: the top gate (default: the gate no\n"
              "                              other gate uses)\n"
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

int Cli::analyze(const QStringList &args)
{
    QStringList files;
    bool json = false;
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
        if (!ok || !(value > 0.0)) {
            m_err << tr("ninefold-cli analyze: %1 needs a positive number, found '%2'\n").arg(name, args.at(i));
            return false;
        }
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
            if (!numberArg(i, a, v))
                return UsageError;
            order = int(v);
        } else if (a == u"--top"_s) {
            if (i + 1 >= args.size()) {
                m_err << tr("ninefold-cli analyze: %1 needs a gate name\n").arg(a);
                return UsageError;
            }
            top = args.at(++i);
        } else if (a == u"--cut-sets"_s) {
            if (!numberArg(i, a, v))
                return UsageError;
            options.listedCutSets = int(v);
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
        const MefImport import = MefImporter::load(files, mo);
        FaultTreeReportOptions fo;
        fo.missionTimeHours = mo.missionTimeHours;
        fo.cutSetOrderLimit = order.value_or(0);
        fo.listedCutSets = options.listedCutSets;
        const FaultTreeReport report = FaultTreeReport::analyze(import, fo);
        for (const Diagnostic &d : report.diagnostics())
            if (d.isError() || !json)
                (d.isError() ? m_err : m_out) << d.toString() << u'\n';
        if (!report.ok()) {
            m_err << tr("%1: not analysed: fix the errors above first\n").arg(files.join(u", "_s));
            return InvalidModel;
        }
        if (json)
            m_out << QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented));
        else
            m_out << report.toText();
        return Success;
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
    if (json)
        m_out << QString::fromUtf8(QJsonDocument(AnalysisJson::toJson(result)).toJson(QJsonDocument::Indented));
    else
        m_out << AnalysisText::render(model, result);
    return Success;
}

} // namespace nf
