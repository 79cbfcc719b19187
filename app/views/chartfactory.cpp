#include "chartfactory.h"

#include "model.h"
#include "numberformat.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPainter>
#include <QPalette>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace nf {

namespace {

// One palette for every chart: readable on light and dark, and in print.
const QColor kBlue(0x25, 0x63, 0xeb);
const QColor kGreen(0x16, 0xa3, 0x4a);
const QColor kAmber(0xd9, 0x77, 0x06);
const QColor kRed(0xdc, 0x26, 0x26);
const QColor kGrey(0x64, 0x74, 0x8b);

bool darkPalette()
{
    const QPalette p = QApplication::palette();
    return p.color(QPalette::Window).lightness() < 128;
}

QChart *newChart(const QString &title, ChartFactory::Style style)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    const bool dark = style == ChartFactory::Style::Screen && darkPalette();
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    if (dark)
        chart->setBackgroundBrush(QApplication::palette().color(QPalette::Base));
    chart->setTitle(title);
    QFont f = chart->titleFont();
    f.setBold(true);
    f.setPointSizeF(10.5);
    chart->setTitleFont(f);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(6, 6, 6, 6));
    chart->setBackgroundRoundness(0);
    return chart;
}

QValueAxis *valueAxis(const QString &title, double min, double max, const QString &format = u"%.3g"_s)
{
    auto *axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setRange(min, max);
    axis->setLabelFormat(format);
    return axis;
}

QLineSeries *line(const QString &name, const QColor &color, qreal width = 2.0, Qt::PenStyle pen = Qt::SolidLine)
{
    auto *s = new QLineSeries;
    s->setName(name);
    QPen p(color, width, pen);
    p.setCapStyle(Qt::RoundCap);
    s->setPen(p);
    return s;
}

void attach(QChart *chart, QAbstractSeries *series, QAbstractAxis *x, QAbstractAxis *y)
{
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
}

QString shortName(const QString &name, int max = 28)
{
    return name.size() <= max ? name : name.left(max - 1) + u"\u2026"_s;
}

double ninesOf(double u)
{
    return u > 0.0 ? -std::log10(u) : 12.0;
}

} // namespace

QChart *ChartFactory::reliability(const AnalysisResult &r, Style style)
{
    QChart *chart = newChart(tr("Mission reliability R(t), no repair (MTTF %1)").arg(NumberFormat::hours(r.mttfHours)), style);
    auto *x = valueAxis(tr("hours"), 0.0, r.missionTimeHours, u"%.0f"_s);
    auto *y = valueAxis(tr("R(t)"), 0.0, 1.0, u"%.2f"_s);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    QLineSeries *s = line(tr("R(t)"), kBlue);
    for (const CurvePoint &p : r.reliabilityCurve)
        s->append(p.hours, p.value);
    attach(chart, s, x, y);
    chart->legend()->hide();
    return chart;
}

QChart *ChartFactory::availability(const AnalysisResult &r, std::optional<double> target, Style style)
{
    QChart *chart = newChart(tr("Point availability A(t)"), style);
    double low = 1.0;
    for (const CurvePoint &p : r.availabilityCurve)
        low = std::min(low, p.value);
    if (target)
        low = std::min(low, *target);
    const double span = std::max(1e-6, 1.0 - low);
    // A(t) settles within a few repair times: a logarithmic time axis shows both
    // the transient and the long run.
    auto *x = new QLogValueAxis;
    x->setTitleText(tr("hours (log scale)"));
    x->setBase(10.0);
    x->setLabelFormat(u"%g"_s);
    const double start = r.availabilityCurve.isEmpty() ? 1.0 : r.availabilityCurve.first().hours;
    x->setRange(start, r.missionTimeHours);
    auto *y = valueAxis(tr("availability %"), 100.0 * (1.0 - span * 1.25), 100.0, u"%.4g"_s);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    QLineSeries *s = line(tr("A(t)"), kBlue);
    for (const CurvePoint &p : r.availabilityCurve)
        s->append(p.hours, 100.0 * p.value);
    attach(chart, s, x, y);
    QLineSeries *steady = line(tr("steady state %1").arg(NumberFormat::availability(r.system.unavailability)), kGrey, 1.2, Qt::DotLine);
    steady->append(start, 100.0 * r.system.availability);
    steady->append(r.missionTimeHours, 100.0 * r.system.availability);
    attach(chart, steady, x, y);
    if (target) {
        QLineSeries *t = line(tr("target %1").arg(NumberFormat::availability(1.0 - *target)), kRed, 1.5, Qt::DashLine);
        t->append(start, 100.0 * *target);
        t->append(r.missionTimeHours, 100.0 * *target);
        attach(chart, t, x, y);
    }
    return chart;
}

QChart *ChartFactory::downtimePareto(const AnalysisResult &r, const Model &model, int maxBars, Style style)
{
    QList<const ElementFigures *> list;
    for (const ElementFigures &e : r.elements)
        if (e.hasOwnEvent && e.downtimeMinutesPerYear > 0.0)
            list << &e;
    std::stable_sort(list.begin(), list.end(), [](const ElementFigures *a, const ElementFigures *b) {
        return a->downtimeMinutesPerYear > b->downtimeMinutesPerYear;
    });
    if (list.size() > maxBars)
        list.resize(maxBars);
    double total = 0.0;
    for (const ElementFigures &e : r.elements)
        if (e.hasOwnEvent)
            total += e.downtimeMinutesPerYear;
    QChart *chart = newChart(tr("Downtime per year by contributor (cumulative share)"), style);
    auto *set = new QBarSet(tr("minutes a year"));
    set->setColor(kBlue);
    set->setBorderColor(kBlue);
    QStringList categories;
    double running = 0.0, maxValue = 0.0;
    for (const ElementFigures *e : list) {
        running += e->downtimeMinutesPerYear;
        categories << tr("%1 (%2)").arg(shortName(model.displayName(e->id), 26),
                                        NumberFormat::percent(total > 0.0 ? running / total : 0.0, 0));
        maxValue = std::max(maxValue, e->downtimeMinutesPerYear);
    }
    // Largest at the top: horizontal bars are filled from the bottom.
    std::reverse(categories.begin(), categories.end());
    for (qsizetype i = list.size(); i-- > 0;)
        *set << list.at(i)->downtimeMinutesPerYear;
    auto *bars = new QHorizontalBarSeries;
    bars->append(set);
    bars->setLabelsVisible(true);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    bars->setLabelsFormat(u"@value"_s);
    bars->setLabelsPrecision(4);
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    auto *x = valueAxis(tr("minutes of downtime a year attributable to it"), 0.0, std::max(1e-6, maxValue * 1.18));
    x->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    attach(chart, bars, x, y);
    chart->legend()->hide();
    return chart;
}

QChart *ChartFactory::headroom(const GroupReport &g, Style style)
{
    QChart *chart = newChart(tr("%1: utilisation per survivor after failures").arg(g.name), style);
    auto *ok = new QBarSet(tr("within the ceiling"));
    auto *above = new QBarSet(tr("above the ceiling"));
    auto *over = new QBarSet(tr("overloaded: cascade"));
    ok->setColor(kGreen);
    above->setColor(kAmber);
    over->setColor(kRed);
    QStringList categories;
    double maxValue = 1.1;
    for (const HeadroomRow &row : g.rows) {
        const double v = 100.0 * row.utilisation;
        *ok << (row.status == HeadroomRow::Status::Ok ? v : 0.0);
        *above << (row.status == HeadroomRow::Status::AboveCeiling ? v : 0.0);
        *over << (row.status == HeadroomRow::Status::Overload ? v : 0.0);
        categories << tr("%n failed", nullptr, row.failures);
        maxValue = std::max(maxValue, row.utilisation);
    }
    // Stacked so that each failure count shows one bar in its status colour.
    auto *bars = new QStackedBarSeries;
    bars->append(ok);
    bars->append(above);
    bars->append(over);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    auto *y = valueAxis(tr("utilisation %"), 0.0, std::min(400.0, 100.0 * maxValue * 1.15), u"%.0f"_s);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    attach(chart, bars, x, y);
    auto *lineX = valueAxis(QString(), -0.5, double(std::max<qsizetype>(1, g.rows.size())) - 0.5);
    lineX->setVisible(false);
    chart->addAxis(lineX, Qt::AlignBottom);
    QLineSeries *capacity = line(tr("capacity (100 %)"), kRed, 1.5, Qt::DashLine);
    capacity->append(-0.5, 100.0);
    capacity->append(double(g.rows.size()) - 0.5, 100.0);
    attach(chart, capacity, lineX, y);
    if (g.ceiling < 1.0) {
        QLineSeries *ceiling = line(tr("ceiling (%1)").arg(NumberFormat::percent(g.ceiling, 0)), kAmber, 1.5, Qt::DotLine);
        ceiling->append(-0.5, 100.0 * g.ceiling);
        ceiling->append(double(g.rows.size()) - 0.5, 100.0 * g.ceiling);
        attach(chart, ceiling, lineX, y);
    }
    return chart;
}

QChart *ChartFactory::importanceTornado(const AnalysisResult &r, const Model &model, int maxRows, Style style)
{
    const double base = ninesOf(r.system.unavailability);
    struct Row
    {
        QString name;
        double gain;
        double loss;
    };
    QList<Row> rows;
    for (const ElementFigures &e : r.elements) {
        if (!e.hasOwnEvent || !(e.importance.birnbaum > 0.0))
            continue;
        const double gain = std::max(0.0, ninesOf(e.importance.probabilityIfNotOccurred) - base);
        const double loss = std::max(0.0, base - ninesOf(e.importance.probabilityIfOccurred));
        rows << Row{model.displayName(e.id), std::min(gain, 12.0), loss};
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.gain + a.loss > b.gain + b.loss; });
    if (rows.size() > maxRows)
        rows.resize(maxRows);
    std::reverse(rows.begin(), rows.end()); // most important at the top
    QChart *chart = newChart(tr("Importance: system nines if it never failed / were always down"), style);
    auto *gain = new QBarSet(tr("never fails"));
    auto *loss = new QBarSet(tr("always down"));
    gain->setColor(kGreen);
    loss->setColor(kRed);
    QStringList names;
    double extent = 0.5;
    for (const Row &row : rows) {
        *gain << row.gain;
        *loss << -row.loss;
        names << shortName(row.name, 24);
        extent = std::max({extent, row.gain, row.loss});
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->append(loss);
    series->append(gain);
    auto *y = new QBarCategoryAxis;
    y->append(names);
    auto *x = valueAxis(tr("change in system nines (now %1)").arg(QString::number(base, 'f', 2)), -extent * 1.05,
                        extent * 1.05, u"%.1f"_s);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    attach(chart, series, x, y);
    return chart;
}

QChart *ChartFactory::whatIf(const AnalysisResult &before, const AnalysisResult &after, Style style)
{
    QChart *chart = newChart(tr("What if: nines before and after the last change"), style);
    auto *a = new QBarSet(tr("before"));
    auto *b = new QBarSet(tr("after"));
    a->setColor(kGrey);
    b->setColor(kBlue);
    QStringList categories{tr("System")};
    *a << ninesOf(before.system.unavailability);
    *b << ninesOf(after.system.unavailability);
    double maxValue = std::max(ninesOf(before.system.unavailability), ninesOf(after.system.unavailability));
    for (const ServiceFigures &s : after.services) {
        for (const ServiceFigures &old : before.services)
            if (old.id == s.id) {
                categories << shortName(s.name, 18);
                *a << ninesOf(old.figures.unavailability);
                *b << ninesOf(s.figures.unavailability);
                maxValue = std::max({maxValue, ninesOf(old.figures.unavailability), ninesOf(s.figures.unavailability)});
            }
    }
    auto *series = new QBarSeries;
    series->append(a);
    series->append(b);
    series->setLabelsVisible(true);
    series->setLabelsFormat(u"@value"_s);
    series->setLabelsPrecision(3);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    auto *y = valueAxis(tr("nines"), 0.0, std::ceil(maxValue + 0.5), u"%.1f"_s);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    attach(chart, series, x, y);
    return chart;
}

QChart *ChartFactory::sensitivity(const QList<QPointF> &points, const QString &parameter, std::optional<double> target,
                                  Style style)
{
    QChart *chart = newChart(tr("System availability against %1").arg(parameter), style);
    double minX = 0.0, maxX = 1.0, minY = 100.0;
    if (!points.isEmpty()) {
        minX = points.first().x();
        maxX = points.first().x();
    }
    for (const QPointF &p : points) {
        minX = std::min(minX, p.x());
        maxX = std::max(maxX, p.x());
        minY = std::min(minY, 100.0 * p.y());
    }
    if (target)
        minY = std::min(minY, 100.0 * *target);
    const double span = std::max(1e-4, 100.0 - minY);
    auto *x = valueAxis(parameter, minX, maxX > minX ? maxX : minX + 1.0);
    auto *y = valueAxis(tr("availability %"), 100.0 - span * 1.2, 100.0, u"%.4g"_s);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    QLineSeries *s = line(tr("system availability"), kBlue);
    for (const QPointF &p : points)
        s->append(p.x(), 100.0 * p.y());
    attach(chart, s, x, y);
    if (target) {
        QLineSeries *t = line(tr("target"), kRed, 1.5, Qt::DashLine);
        t->append(minX, 100.0 * *target);
        t->append(maxX, 100.0 * *target);
        attach(chart, t, x, y);
    }
    return chart;
}

void ChartFactory::render(QChart *chart, QPainter *painter, const QRectF &target)
{
    // Lay the chart out at a fixed logical width so fonts keep their proportions
    // on every device; the scene scales it into the target.
    const double width = 640.0;
    const double height = width * target.height() / std::max(1.0, target.width());
    QGraphicsScene scene;
    scene.addItem(chart);
    chart->setGeometry(QRectF(0, 0, width, height));
    if (chart->layout())
        chart->layout()->activate();
    scene.setSceneRect(0, 0, width, height);
    scene.render(painter, target, QRectF(0, 0, width, height), Qt::KeepAspectRatio);
    scene.removeItem(chart);
}

} // namespace nf
