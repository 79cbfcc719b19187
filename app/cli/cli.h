#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

namespace nf {

struct MefOptions;
struct FaultTreeReportOptions;

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

    static QString usage();
    // Whether a command needs a QApplication (charts, fonts) rather than a QCoreApplication.
    static bool needsGui(const QStringList &arguments);

private:
    int validate(const QStringList &args);
    int convert(const QStringList &args);
    int analyze(const QStringList &args);
    int analyzeFaultTrees(const QStringList &files, const MefOptions &mefOptions,
                          const FaultTreeReportOptions &reportOptions, bool json);
    int check(const QStringList &args);
    int report(const QStringList &args);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace nf
