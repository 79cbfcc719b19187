#include "chartpanel.h"

#include "chartfactory.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nf {

namespace {
// What a chooser entry shows: the kind of chart and, for headroom, its group.
QVariant entry(ChartPanel::Kind kind, const QString &group = QString())
{
    return QStringList{QString::number(int(kind)), group};
}
} // namespace

ChartPanel::ChartPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto *row = new QHBoxLayout;
    auto *caption = new QLabel(tr("Chart:"), this);
    m_chooser = new QComboBox(this);
    m_chooser->setObjectName(u"chartChooser"_s);
    m_chooser->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    row->addWidget(caption);
    row->addWidget(m_chooser);
    row->addStretch(1);
    layout->addLayout(row);
    m_stack = new QStackedWidget(this);
    m_view = new QChartView(m_stack);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_message = new QLabel(m_stack);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_message);
    layout->addWidget(m_stack, 1);
    connect(m_chooser, &QComboBox::currentIndexChanged, this, [this] {
        m_dirty = true;
        rebuildChart();
    });
    rebuildChooser();
}

void ChartPanel::setResult(const AnalysisResultPtr &result, const AnalysisResultPtr &previous,
                           const std::shared_ptr<const Model> &model)
{
    m_result = result;
    m_previous = previous;
    m_model = model;
    rebuildChooser();
    m_dirty = true;
    if (isVisible())
        rebuildChart();
}

void ChartPanel::rebuildChooser()
{
    const QVariant current = m_chooser->currentData();
    QSignalBlocker block(m_chooser);
    m_chooser->clear();
    m_chooser->addItem(tr("Availability over time, against the target"), entry(Kind::Availability));
    m_chooser->addItem(tr("Mission reliability R(t)"), entry(Kind::Reliability));
    m_chooser->addItem(tr("Downtime a year by contributor"), entry(Kind::Pareto));
    m_chooser->addItem(tr("Importance tornado"), entry(Kind::Tornado));
    m_chooser->addItem(tr("What if: before and after the last change"), entry(Kind::WhatIf));
    if (m_result)
        for (const GroupReport &g : m_result->groups)
            if (g.hasLoad)
                m_chooser->addItem(tr("N+M headroom: %1").arg(g.name.isEmpty() ? g.id : g.name),
                                   entry(Kind::Headroom, g.id));
    const int again = m_chooser->findData(current);
    m_chooser->setCurrentIndex(again >= 0 ? again : 0);
}

bool ChartPanel::showChart(Kind kind, const QString &group)
{
    const int index = m_chooser->findData(entry(kind, group));
    if (index < 0)
        return false;
    m_chooser->setCurrentIndex(index);
    m_dirty = true;
    rebuildChart();
    return true;
}

void ChartPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    rebuildChart();
}

void ChartPanel::rebuildChart()
{
    if (!m_dirty)
        return;
    m_dirty = false;
    QChart *old = m_view->chart();
    if (!m_result || !m_model) {
        m_message->setText(tr("The charts appear when the analysis has run."));
        m_stack->setCurrentWidget(m_message);
        return;
    }
    const QStringList data = m_chooser->currentData().toStringList();
    const auto kind = Kind(data.value(0).toInt());
    const QString group = data.value(1);
    const AnalysisResult &r = *m_result;
    std::optional<double> target;
    for (const ServiceFigures &s : r.services)
        if (s.required && s.target && (!target || *s.target > *target))
            target = s.target;
    QChart *chart = nullptr;
    switch (kind) {
    case Kind::Availability: chart = ChartFactory::availability(r, target, ChartFactory::Style::Screen); break;
    case Kind::Reliability: chart = ChartFactory::reliability(r, ChartFactory::Style::Screen); break;
    case Kind::Pareto: chart = ChartFactory::downtimePareto(r, *m_model, 12, ChartFactory::Style::Screen); break;
    case Kind::Tornado: chart = ChartFactory::importanceTornado(r, *m_model, 12, ChartFactory::Style::Screen); break;
    case Kind::WhatIf:
        if (!m_previous) {
            m_message->setText(tr("Change the model to compare its availability before and after the change."));
            m_stack->setCurrentWidget(m_message);
            return;
        }
        chart = ChartFactory::whatIf(*m_previous, r, ChartFactory::Style::Screen);
        break;
    case Kind::Headroom:
        for (const GroupReport &g : r.groups)
            if (g.id == group)
                chart = ChartFactory::headroom(g, ChartFactory::Style::Screen);
        break;
    }
    if (!chart) {
        m_message->setText(tr("Nothing to chart."));
        m_stack->setCurrentWidget(m_message);
        return;
    }
    m_view->setChart(chart);
    delete old; // setChart does not delete the chart it replaces
    m_stack->setCurrentWidget(m_view);
}

} // namespace nf
