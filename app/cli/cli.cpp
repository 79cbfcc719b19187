#include "cli.h"

#include "modelreader.h"
#include "formatversion.h"
#include "modelwriter.h"
#include "ninefold_version.h"

#include <QFileInfo>

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

} // namespace nf
