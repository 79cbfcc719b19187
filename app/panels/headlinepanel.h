#pragma once

#include "analysiscontroller.h"

#include <QWidget>

class QDoubleSpinBox;
class QGridLayout;
class QLabel;
class QVBoxLayout;

namespace nf {

class BudgetBar;

// The headline figures of the live analysis: availability and nines, downtime a
// year, MTBF and mean outage, mission reliability at a chosen time, and each
// service against its availability target with a clear pass or fail.
class HeadlinePanel : public QWidget
{
    Q_OBJECT

public:
    explicit HeadlinePanel(QWidget *parent = nullptr);

    void setResult(const AnalysisResultPtr &result, const Model &model);
    void setBusy(bool busy);
    void clear();

    // For tests: the texts shown.
    QString availabilityText() const;
    QString downtimeText() const;
    QString verdictText() const;
    const BudgetBar *budgetBar() const { return m_budget; }

signals:
    void missionTimeChanged(double hours);

private:
    QLabel *figure(QGridLayout *grid, int row, const QString &caption);

    QLabel *m_status;
    QLabel *m_availability;
    QLabel *m_nines;
    QLabel *m_verdict;
    QLabel *m_downtime;
    QLabel *m_mtbf;
    QLabel *m_outage;
    QLabel *m_reliability;
    QLabel *m_interruptions;
    QLabel *m_interruptionsCaption;
    QDoubleSpinBox *m_mission;
    QLabel *m_budgetCaption;
    BudgetBar *m_budget;
    QVBoxLayout *m_servicesBox;
    QWidget *m_services;
    bool m_busy = false;
    double m_analysisMs = 0.0;
};

} // namespace nf
