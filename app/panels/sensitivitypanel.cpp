#include "sensitivitypanel.h"

#include "chartfactory.h"

#include "numberformat.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFormLayout>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace nf {

using Kind = SensitivityStudy::Parameter::Kind;

SensitivityPanel::SensitivityPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 8);
    auto *form = new QFormLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"sensitivityKind"_s);
    for (Kind k : {Kind::Mttr, Kind::Mtbf, Kind::Replicas, Kind::Coverage})
        m_kind->addItem(SensitivityStudy::kindName(k), int(k));
    m_element = new QComboBox(this);
    m_element->setObjectName(u"sensitivityElement"_s);
    m_element->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_element->setMinimumContentsLength(16);
    form->addRow(tr("Parameter:"), m_kind);
    form->addRow(tr("Of:"), m_element);
    layout->addLayout(form);
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    layout->addWidget(m_heading);
    m_status = new QLabel(this);
    m_status->setObjectName(u"sensitivityStatus"_s);
    m_status->setWordWrap(true);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_status);
    m_view = new QChartView(this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setMinimumHeight(180);
    layout->addWidget(m_view, 1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        rebuildElements();
        start();
    });
    connect(m_element, &QComboBox::currentIndexChanged, this, &SensitivityPanel::start);
    connect(&m_watcher, &QFutureWatcher<QList<QPointF>>::finished, this, &SensitivityPanel::onFinished);
}

void SensitivityPanel::setModel(const std::shared_ptr<const Model> &model, const AnalysisResultPtr &result)
{
    m_model = model;
    m_result = result;
    // A large model lists a thousand components: only for a panel someone looks at.
    m_modelStale = true;
    if (isShown()) {
        m_modelStale = false;
        rebuildElements();
        start();
    }
}

void SensitivityPanel::rebuildElements()
{
    const QString current = m_element->currentData().toString();
    QSignalBlocker block(m_element);
    m_element->clear();
    if (!m_model)
        return;
    for (const SensitivityStudy::Parameter &p :
         SensitivityStudy::parameters(*m_model, Kind(m_kind->currentData().toInt())))
        m_element->addItem(m_model->displayName(p.element), p.element);
    const int again = m_element->findData(current);
    m_element->setCurrentIndex(again >= 0 ? again : 0);
}

bool SensitivityPanel::choose(Kind kind, const QString &element)
{
    m_modelStale = false;
    {
        QSignalBlocker block(m_kind);
        m_kind->setCurrentIndex(m_kind->findData(int(kind)));
    }
    rebuildElements();
    const int index = m_element->findData(element);
    if (index < 0)
        return false;
    {
        QSignalBlocker block(m_element);
        m_element->setCurrentIndex(index);
    }
    start();
    return true;
}

void SensitivityPanel::setSelection(const QStringList &ids)
{
    if (ids.size() != 1 || !m_model || !isShown())
        return;
    const QString id = ids.first();
    const Kind kind = Kind(m_kind->currentData().toInt());
    // Keep the kind when the element has it; otherwise pick the kind it has.
    QList<Kind> kinds{kind, Kind::Mttr, Kind::Replicas, Kind::Coverage};
    for (Kind k : kinds)
        for (const SensitivityStudy::Parameter &p : SensitivityStudy::parameters(*m_model, k))
            if (p.element == id) {
                if (k != kind || m_element->currentData().toString() != id)
                    choose(k, id);
                return;
            }
}

bool SensitivityPanel::isShown() const
{
    return isVisible() && !visibleRegion().isEmpty();
}

void SensitivityPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    QTimer::singleShot(0, this, &SensitivityPanel::activate); // once laid out
}

void SensitivityPanel::activate()
{
    if (!isShown())
        return;
    if (m_modelStale) {
        m_modelStale = false;
        rebuildElements();
        start();
    } else if (m_waiting) {
        start();
    }
}

void SensitivityPanel::start()
{
    ++m_generation;
    // Thirteen analyses are not free: only for a panel someone looks at.
    m_waiting = !isShown();
    if (m_waiting)
        return;
    if (!m_model || m_element->count() == 0) {
        m_points.clear();
        m_status->setText(m_model ? tr("The model has no parameter of this kind.") : tr("Waiting for the analysis\u2026"));
        showChart();
        return;
    }
    if (m_watcher.isRunning()) {
        m_again = true; // one study at a time; the newest choice runs next
        return;
    }
    m_again = false;
    m_parameter = SensitivityStudy::Parameter{Kind(m_kind->currentData().toInt()), m_element->currentData().toString()};
    m_label = SensitivityStudy::label(*m_model, m_parameter);
    const QList<double> values = SensitivityStudy::range(*m_model, m_parameter);
    m_status->setText(tr("Analysing %n variant(s)\u2026", nullptr, int(values.size())));
    m_running = m_generation;
    const auto model = m_model;
    const auto parameter = m_parameter;
    m_watcher.setFuture(
        QtConcurrent::run([model, parameter, values] { return SensitivityStudy::run(*model, parameter, values); }));
}

void SensitivityPanel::onFinished()
{
    const QList<QPointF> points = m_watcher.result();
    if (m_running != m_generation || m_again) {
        start(); // stale: the choice or the model changed meanwhile
        return;
    }
    m_points = points;
    const double now = SensitivityStudy::current(*m_model, m_parameter);
    double best = 0, worst = 1;
    for (const QPointF &p : m_points) {
        best = std::max(best, p.y());
        worst = std::min(worst, p.y());
    }
    auto value = [this](double v) {
        switch (m_parameter.kind) {
        case Kind::Mttr:
        case Kind::Mtbf: return NumberFormat::hours(v);
        case Kind::Coverage: return NumberFormat::percent(v, 0);
        case Kind::Replicas: return tr("%n member(s)", nullptr, int(v));
        }
        return NumberFormat::number(v);
    };
    m_status->setText(tr("Now %1: %2. From %3 to %4: %5 to %6.")
                          .arg(value(now),
                               m_result ? NumberFormat::availability(m_result->system.unavailability) : QString(),
                               value(m_points.first().x()), value(m_points.last().x()),
                               NumberFormat::availability(1.0 - worst), NumberFormat::availability(1.0 - best)));
    showChart();
    emit finished();
}

void SensitivityPanel::showChart()
{
    std::optional<double> target;
    if (m_result)
        for (const ServiceFigures &s : m_result->services)
            if (s.required && s.target && (!target || *s.target > *target))
                target = s.target;
    QChart *old = m_view->chart();
    QChart *chart = ChartFactory::sensitivity(m_points, m_label, target, ChartFactory::Style::Screen);
    // The heading above says what is varied; a narrow dock would elide the title.
    m_heading->setText(chart->title());
    chart->setTitle(QString());
    m_view->setChart(chart);
    delete old;
}

bool SensitivityPanel::waitForPoints(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (!m_watcher.isRunning() && !m_again && m_running == m_generation && !m_points.isEmpty())
            return true;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return false;
}

} // namespace nf
