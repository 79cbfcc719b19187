#include "architectureanalysis.h"

#include "analysiscontext.h"
#include "analysisstages.h"
#include "bddanalysis.h"
#include "downtimebudget.h"
#include "timeanalysis.h"

#include <QElapsedTimer>

#include <new>

using namespace Qt::StringLiterals;

namespace nf {

const ElementFigures *AnalysisResult::element(const QString &id) const
{
    for (const ElementFigures &e : elements)
        if (e.id == id)
            return &e;
    return nullptr;
}

AnalysisResult ArchitectureAnalysis::run(const Model &m, const AnalysisOptions &options)
{
    // The boundary of the analysis: whatever a numerical library throws on a
    // value the validator let through becomes a clear error, never an abort.
    QString error;
    try {
        return analyse(m, options);
    } catch (const std::bad_alloc &) {
        error = tr("the analysis needs more memory than this computer has");
    } catch (const std::exception &e) {
        error = tr("the analysis could not be completed (%1); please report this model to the Ninefold developers")
                    .arg(QString::fromLocal8Bit(e.what()));
    }
    AnalysisResult failed;
    failed.modelName = m.name;
    failed.currency = m.currency;
    failed.missionTimeHours = m.missionTimeHours;
    failed.error = error;
    return failed;
}

AnalysisResult ArchitectureAnalysis::analyse(const Model &m, const AnalysisOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    AnalysisContext context(m, options);
    AnalysisStages::translate(context);
    AnalysisStages::auxiliaryRoots(context);
    AnalysisStages::diagram(context);
    AnalysisStages::services(context);
    AnalysisStages::cutSets(context);
    AnalysisStages::groups(context);
    AnalysisStages::failovers(context);
    AnalysisStages::classification(context);
    AnalysisStages::missionTime(context);
    AnalysisStages::findings(context);
    context.result.structure = context.arch;
    context.result.analysisMilliseconds = double(timer.nsecsElapsed()) / 1e6;
    return std::move(context.result);
}

} // namespace nf
