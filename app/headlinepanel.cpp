#include "headlinepanel.h"

#include "units.h"

#include <QDoubleSpinBox>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace nf {

namespace {
const QColor kPass(0x16, 0xa3, 0x4a);
const QColor kFail(0xdc, 0x26, 0x26);

QString chip(const QString &text, const QColor &color)
{
    return u"<span style=\"background-color:%1; color:white; font-weight:600;\">&nbsp;%2&nbsp;</span>"_s.arg(
        color.name(), text.toHtmlEscaped());
}
} // namespace

HeadlinePanel::HeadlinePanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(4);

    m_status = new QLabel(this);
    m_status->setObjectName(u"analysisStatus"_s);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_status);

    m_availability = new QLabel(this);
    m_availability->setObjectName(u"headlineAvailability"_s);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 2.1);
    big.setBold(true);
    m_availability->setFont(big);
    m_availability->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *top = new QHBoxLayout;
    top->addWidget(m_availability);
    m_nines = new QLabel(this);
    m_nines->setForegroundRole(QPalette::PlaceholderText);
    top->addWidget(m_nines, 0, Qt::AlignBottom);
    top->addStretch(1);
    layout->addLayout(top);

    m_verdict = new QLabel(this);
    m_verdict->setObjectName(u"headlineVerdict"_s);
    m_verdict->setTextFormat(Qt::RichText);
    m_verdict->setWordWrap(true);
    layout->addWidget(m_verdict);

    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(3);
    m_downtime = figure(grid, 0, tr("Downtime a year"));
    m_downtime->setObjectName(u"headlineDowntime"_s);
    m_mtbf = figure(grid, 1, tr("MTBF"));
    m_outage = figure(grid, 2, tr("Mean outage"));
    auto *missionCaption = new QLabel(tr("Mission reliability at"), this);
    missionCaption->setForegroundRole(QPalette::PlaceholderText);
    m_mission = new QDoubleSpinBox(this);
    m_mission->setObjectName(u"missionTime"_s);
    m_mission->setRange(1, 1e6);
    m_mission->setDecimals(0);
    m_mission->setSingleStep(720);
    m_mission->setSuffix(tr(" h"));
    m_mission->setToolTip(tr("Mission time for R(t), the probability of no system failure without repair"));
    m_mission->setKeyboardTracking(false);
    auto *missionRow = new QHBoxLayout;
    missionRow->setSpacing(6);
    missionRow->addWidget(missionCaption);
    missionRow->addWidget(m_mission);
    missionRow->addStretch(1);
    grid->addLayout(missionRow, 3, 0);
    m_reliability = new QLabel(this);
    m_reliability->setObjectName(u"headlineReliability"_s);
    m_reliability->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QFont bold = font();
    bold.setBold(true);
    m_reliability->setFont(bold);
    grid->addWidget(m_reliability, 3, 1);
    grid->setColumnStretch(0, 1);
    layout->addLayout(grid);
    connect(m_mission, &QDoubleSpinBox::valueChanged, this, &HeadlinePanel::missionTimeChanged);

    auto *line2 = new QFrame(this);
    line2->setFrameShape(QFrame::HLine);
    line2->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line2);
    auto *servicesCaption = new QLabel(tr("Services against their targets"), this);
    servicesCaption->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(servicesCaption);
    m_services = new QWidget(this);
    m_servicesBox = new QVBoxLayout(m_services);
    m_servicesBox->setContentsMargins(0, 0, 0, 0);
    m_servicesBox->setSpacing(2);
    layout->addWidget(m_services);
    layout->addStretch(1);
    clear();
}

QLabel *HeadlinePanel::figure(QGridLayout *grid, int row, const QString &caption)
{
    auto *c = new QLabel(caption, this);
    c->setForegroundRole(QPalette::PlaceholderText);
    auto *v = new QLabel(this);
    QFont bold = font();
    bold.setBold(true);
    v->setFont(bold);
    v->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    v->setTextInteractionFlags(Qt::TextSelectableByMouse);
    grid->addWidget(c, row, 0);
    grid->addWidget(v, row, 1);
    return v;
}

void HeadlinePanel::clear()
{
    m_availability->setText(u"\u2014"_s);
    m_nines->clear();
    m_verdict->clear();
    for (QLabel *l : {m_downtime, m_mtbf, m_outage, m_reliability})
        l->setText(u"\u2014"_s);
    while (QLayoutItem *item = m_servicesBox->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_status->setText(tr("No analysis yet"));
}

void HeadlinePanel::setBusy(bool busy)
{
    m_busy = busy;
    if (busy)
        m_status->setText(tr("Analysing\u2026"));
    else if (m_analysisMs > 0)
        m_status->setText(tr("Up to date \u00b7 analysed in %1").arg(Units::milliseconds(m_analysisMs)));
}

void HeadlinePanel::setResult(const AnalysisResultPtr &result, const Model &model)
{
    if (!result) {
        clear();
        return;
    }
    const AnalysisResult &r = *result;
    if (!r.ok()) {
        clear();
        m_analysisMs = 0;
        m_status->setText(tr("Not analysed: %1").arg(r.error));
        return;
    }
    m_analysisMs = r.analysisMilliseconds;
    m_availability->setText(Units::availability(r.system.unavailability));
    m_nines->setText(std::isfinite(r.system.nines) ? tr("%1 nines").arg(Units::number(r.system.nines, 3))
                                                   : tr("never fails"));
    m_downtime->setText(r.system.downtimeMinutesPerYear > 0 ? Units::duration(r.system.downtimeMinutesPerYear * 60.0)
                                                            : tr("none"));
    // Failures of elements without a known rate (an SLA alone) are not counted:
    // the MTBF is then an upper bound and the mean outage unknown or a bound.
    const bool complete = r.system.frequencyComplete;
    if (!complete)
        m_mtbf->setText(Units::mtbf(r.system.mtbfHours, false));
    else
        m_mtbf->setText(std::isfinite(r.system.mtbfHours) && r.system.mtbfHours > 0 ? Units::hours(r.system.mtbfHours)
                                                                                     : tr("never fails"));
    if (!complete)
        m_outage->setText(Units::meanOutage(r.system.meanOutageHours, false));
    else
        m_outage->setText(r.system.meanOutageHours > 0 ? Units::duration(r.system.meanOutageHours * 3600.0) : tr("none"));
    // A large system hardly ever runs a year without a failure: show how unlikely.
    m_reliability->setText(r.missionReliability > 0 && r.missionReliability < 1e-3
                               ? Units::probability(r.missionReliability)
                               : Units::percent(r.missionReliability, 3));
    {
        const QSignalBlocker block(m_mission);
        m_mission->setValue(r.missionTimeHours);
    }

    // The verdict: every required service with a target meets it, or not.
    int withTarget = 0, missed = 0;
    for (const ServiceFigures &s : r.services)
        if (s.target && s.required) {
            ++withTarget;
            missed += s.meetsTarget ? 0 : 1;
        }
    if (withTarget == 0)
        m_verdict->setText(tr("No availability target set: give a service a target to judge the design."));
    else if (missed == 0)
        m_verdict->setText(chip(tr("PASS"), kPass) + u"&nbsp; "_s
                           + tr("every service meets its availability target").toHtmlEscaped());
    else
        m_verdict->setText(chip(tr("FAIL"), kFail) + u"&nbsp; "_s
                           + tr("%n service(s) below the availability target", nullptr, missed).toHtmlEscaped());

    while (QLayoutItem *item = m_servicesBox->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const ServiceFigures &s : r.services) {
        auto *row = new QLabel(m_services);
        row->setTextFormat(Qt::RichText);
        row->setObjectName(u"service-"_s + s.id);
        row->setWordWrap(true);
        QString text = u"<b>%1</b> &nbsp;%2"_s.arg((s.name.isEmpty() ? model.displayName(s.id) : s.name).toHtmlEscaped(),
                                                 Units::availability(s.figures.unavailability).toHtmlEscaped());
        if (s.target) {
            text += u" &nbsp;"_s + tr("target %1").arg(Units::availability(1.0 - *s.target)).toHtmlEscaped() + u" &nbsp;"_s
                    + (s.meetsTarget ? chip(tr("PASS"), kPass) : chip(tr("FAIL"), kFail));
        }
        if (!s.required)
            text += u" &nbsp;<i>"_s + tr("(not required)").toHtmlEscaped() + u"</i>"_s;
        row->setText(text);
        row->setToolTip(tr("Downtime a year: %1").arg(Units::duration(s.figures.downtimeMinutesPerYear * 60.0)));
        m_servicesBox->addWidget(row);
    }
    setBusy(m_busy);
}

QString HeadlinePanel::availabilityText() const
{
    return m_availability->text();
}

QString HeadlinePanel::downtimeText() const
{
    return m_downtime->text();
}

QString HeadlinePanel::verdictText() const
{
    return m_verdict->text();
}

} // namespace nf
