#pragma once

#include "analysiscontroller.h"

#include <QWidget>

class QTabWidget;
class QTableView;

namespace nf {

class ChartPanel;
class HeadlinePanel;
class ModelIndex;
class ResultTableModel;

// The contents of the analysis dock: the headline figures beside tabs of tables
// (minimal cut sets, importance, N+M headroom, quorums and partitions,
// replication, failovers, common causes) and the charts. Clicking a row asks for
// its elements to be selected on the canvas.
class AnalysisDock : public QWidget
{
    Q_OBJECT

public:
    enum Table { CutSets, Importance, Headroom, Quorums, Replication, Failovers, CommonCause, TableCount };

    explicit AnalysisDock(QWidget *parent = nullptr);

    void setResult(const AnalysisResultPtr &result, const AnalysisResultPtr &previous,
                   const std::shared_ptr<const Model> &model);
    void setBusy(bool busy);

    HeadlinePanel *headline() const { return m_headline; }
    ChartPanel *charts() const { return m_charts; }
    QTabWidget *tabs() const { return m_tabs; }
    QTableView *tableView(Table table) const { return m_views[table]; }
    ResultTableModel *tableModel(Table table) const { return m_models[table]; }
    void showTable(Table table);
    void showCharts();

signals:
    void elementsActivated(const QStringList &ids);
    void missionTimeChanged(double hours);

protected:
    void showEvent(QShowEvent *event) override;

private:
    // Tables are filled when shown: a hidden tab of a large model costs nothing.
    void fillShownTable();
    void fillTable(Table table);
    QTableView *addTable(Table table, const QString &title, const QStringList &headers, const QStringList &tips = {});
    void fillCutSets(const AnalysisResult &r);
    void fillOther(Table table, const ModelIndex &index);
    void fillImportance(const AnalysisResult &r, const ModelIndex &m);
    void fillHeadroom(const AnalysisResult &r, const ModelIndex &m);
    void fillQuorums(const AnalysisResult &r, const ModelIndex &m);
    void fillReplication(const AnalysisResult &r, const ModelIndex &m);
    void fillFailovers(const AnalysisResult &r, const ModelIndex &m);
    void fillCommonCause(const AnalysisResult &r, const ModelIndex &m);

    HeadlinePanel *m_headline;
    QTabWidget *m_tabs;
    ChartPanel *m_charts;
    QTableView *m_views[TableCount] = {};
    bool m_stale[TableCount] = {};
    AnalysisResultPtr m_result;
    std::shared_ptr<const Model> m_model;
    ResultTableModel *m_models[TableCount] = {};
};

} // namespace nf
