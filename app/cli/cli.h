#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

namespace nf {

class DiagramRenderer;
class Model;

// ninefold-cli: load, validate, convert and (later) analyse models without a
// display. run() returns the process exit code; see usage() for their meaning.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    enum ExitCode {
        Success = 0,
        InvalidModel = 1, // a model could not be read or is invalid
        UsageError = 2,   // unknown command or option, missing argument
        OutputError = 3,  // an output file could not be written
        CheckFailed = 4,  // `check`: the model misses its targets
    };

    Cli(QTextStream &out, QTextStream &err);
    int run(const QStringList &arguments);

    // How the report draws the architecture diagram (the canvas provides it).
    using DiagramFactory = std::function<std::shared_ptr<const DiagramRenderer>(const Model &)>;
    void setDiagramFactory(DiagramFactory factory) { m_diagramFactory = std::move(factory); }
    static QString usage();
    // Whether a command needs a QApplication (charts, fonts) rather than a QCoreApplication.
    static bool needsGui(const QStringList &arguments);

private:
    int validate(const QStringList &args);
    int convert(const QStringList &args);
    int analyze(const QStringList &args);
    int check(const QStringList &args);
    int report(const QStringList &args);

    QTextStream &m_out;
    QTextStream &m_err;
    DiagramFactory m_diagramFactory;
};

} // namespace nf
