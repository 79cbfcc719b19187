#pragma once

#include "analysiscontroller.h"
#include "sensitivitystudy.h"

#include <QFutureWatcher>
#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;

namespace nf {

// Sensitivity: for a chosen parameter (a component's MTTR or MTBF, the replicas
// of a group, a failover's coverage) the system availability across a range,
// each point analysed on a worker thread on a modified copy of the model.
class SensitivityPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SensitivityPanel(QWidget *parent = nullptr);

    // The model to study (the analysed snapshot) and its result (for the target).
    void setModel(const std::shared_ptr<const Model> &model, const AnalysisResultPtr &result);
    // Preselects a parameter of the selected element, if it has one.
    void setSelection(const QStringList &ids);
    bool choose(SensitivityStudy::Parameter::Kind kind, const QString &element);

    // Shown to the user (a dock tab behind another is "visible" but not shown).
    bool isShown() const;
    // Runs what was put off while not shown (the dock's tab was selected).
    void activate();
    bool isRunning() const { return m_watcher.isRunning(); }
    const QList<QPointF> &points() const { return m_points; }
    QChartView *chartView() const { return m_view; }
    bool waitForPoints(int timeoutMs = 30000);

signals:
    void finished();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void rebuildElements();
    void start();
    void onFinished();
    void showChart();

    QComboBox *m_kind;
    QComboBox *m_element;
    QLabel *m_heading;
    QLabel *m_status;
    QChartView *m_view;
    std::shared_ptr<const Model> m_model;
    AnalysisResultPtr m_result;
    QFutureWatcher<QList<QPointF>> m_watcher;
    quint64 m_generation = 0;
    quint64 m_running = 0;
    bool m_again = false;
    bool m_modelStale = false;
    bool m_waiting = false; // a study was asked for while hidden: it runs when shown
    SensitivityStudy::Parameter m_parameter;
    QString m_label;
    QList<QPointF> m_points;
};

} // namespace nf
