#pragma once

#include "analysiscontroller.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QStackedWidget;

namespace nf {

// The analysis charts in the dock, one at a time, from ChartFactory (Screen
// style, following the palette): A(t) against the target, R(t), downtime by
// contributor, the importance tornado, N+M headroom per group, and availability
// before and after the last change. Charts are built only while shown.
class ChartPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { Availability, Reliability, Pareto, Tornado, WhatIf, Headroom };

    explicit ChartPanel(QWidget *parent = nullptr);

    void setResult(const AnalysisResultPtr &result, const AnalysisResultPtr &previous,
                   const std::shared_ptr<const Model> &model);
    // Shows a chart (`group`: the redundancy group of a headroom chart).
    bool showChart(Kind kind, const QString &group = QString());
    QChartView *chartView() const { return m_view; }
    QComboBox *chooser() const { return m_chooser; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void rebuildChooser();
    void rebuildChart();

    QComboBox *m_chooser;
    QStackedWidget *m_stack;
    QChartView *m_view;
    QLabel *m_message;
    AnalysisResultPtr m_result;
    AnalysisResultPtr m_previous;
    std::shared_ptr<const Model> m_model;
    bool m_dirty = false;
};

} // namespace nf
