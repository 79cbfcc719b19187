#pragma once

#include "analysiscontroller.h"
#include "drillevaluator.h"

#include <QObject>
#include <QPointer>

namespace nf {

class CanvasScene;

// Failure drill mode: while active, clicking a component, zone or region on the
// canvas fails it (or brings it back) instead of selecting or moving it, and a
// network split between failure domains can be chosen. Each change evaluates
// what goes down with DrillEvaluator on the current analysis result. The drill
// only changes what the canvas shows; it never writes to the document.
class DrillMode : public QObject
{
    Q_OBJECT

public:
    explicit DrillMode(QObject *parent = nullptr);

    void setScene(CanvasScene *scene);
    void setResult(const AnalysisResultPtr &result, const std::shared_ptr<const Model> &model);

    bool isActive() const { return m_active; }
    void setActive(bool active);

    void toggle(const QString &id);
    void setFailed(const QStringList &ids);
    const QStringList &failed() const { return m_failed; }
    void clear();

    const QList<DrillSplit> &splits() const { return m_splits; }
    // A split to drill (-1: none), seen from its first or its second side.
    void setSplit(int index, bool seenFromSecond = false);
    int splitIndex() const { return m_split; }
    bool seenFromSecond() const { return m_fromSecond; }

    const DrillOutcome &outcome() const { return m_outcome; }
    AnalysisResultPtr result() const { return m_result; }
    std::shared_ptr<const Model> model() const { return m_model; }

signals:
    void activeChanged(bool active);
    void outcomeChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void evaluate();
    void updateSplits();
    QString failableAt(QPointF scenePos) const;

    QPointer<CanvasScene> m_scene;
    AnalysisResultPtr m_result;
    std::shared_ptr<const Model> m_model;
    bool m_active = false;
    QStringList m_failed;
    QList<DrillSplit> m_splits;
    int m_split = -1;
    bool m_fromSecond = false;
    DrillOutcome m_outcome;
};

} // namespace nf
