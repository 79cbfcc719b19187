#include "budgetbar.h"

#include "downtimebudget.h"
#include "numberformat.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace nf {

namespace {
constexpr double kBarHeight = 14.0;
constexpr double kGap = 6.0;
constexpr double kSwatch = 9.0;

// The legend's entries laid out in rows at this width: (row, x) per entry.
QList<QPointF> legendLayout(const QList<BudgetBar::Part> &parts, double width, const QFontMetricsF &fm, int *rows)
{
    QList<QPointF> at;
    double x = 0.0;
    int row = 0;
    for (const BudgetBar::Part &p : parts) {
        const QString text = BudgetBar::tr("%1 %2").arg(p.label, NumberFormat::minutes(p.minutes))
                             + (p.counted ? QString() : BudgetBar::tr(" (not counted)"));
        const double w = kSwatch + 4.0 + fm.horizontalAdvance(text) + 12.0;
        if (x > 0.0 && x + w > width) {
            ++row;
            x = 0.0;
        }
        at << QPointF(x, row);
        x += w;
    }
    *rows = parts.isEmpty() ? 0 : row + 1;
    return at;
}
} // namespace

BudgetBar::BudgetBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"budgetBar"_s);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    setAccessibleName(tr("Where the minutes go"));
}

QList<BudgetBar::Part> BudgetBar::parts(const DowntimeBudget &b)
{
    const QList<Part> all{
        {u"structural"_s, DowntimeBudgetAnalysis::partName(u"structural"_s), b.structuralMinutes, true, QColor(0x64, 0x74, 0x8b)},
        {u"write-path"_s, DowntimeBudgetAnalysis::partName(u"write-path"_s), b.writePathMinutes, b.writesCounted, QColor(0x7c, 0x3a, 0xed)},
        {u"failover"_s, DowntimeBudgetAnalysis::partName(u"failover"_s), b.failoverMinutes, true, QColor(0xea, 0x58, 0x0c)},
        {u"failback"_s, DowntimeBudgetAnalysis::partName(u"failback"_s), b.failbackMinutes, true, QColor(0xd9, 0x77, 0x06)},
        {u"detection"_s, DowntimeBudgetAnalysis::partName(u"detection"_s), b.detectionMinutes, b.detectionCounted, QColor(0x0d, 0x94, 0x88)},
        {u"maintenance"_s, DowntimeBudgetAnalysis::partName(u"maintenance"_s), b.maintenanceMinutes, b.maintenanceCounted, QColor(0x25, 0x63, 0xeb)},
    };
    QList<Part> out;
    for (const Part &p : all)
        if (p.minutes > 0.0)
            out << p;
    return out;
}

double BudgetBar::heightFor(double width, const DowntimeBudget &budget, const QFont &font)
{
    const QFontMetricsF fm(font);
    int rows = 0;
    legendLayout(parts(budget), width, fm, &rows);
    return kBarHeight + kGap + std::max(1, rows) * (fm.height() + 2.0);
}

double BudgetBar::paint(QPainter &painter, const QRectF &rect, const DowntimeBudget &budget,
                        std::optional<double> allowedMinutes, const QFont &font, const QColor &textColor)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(font);
    const QFontMetricsF fm(font);
    const QList<Part> list = parts(budget);
    double counted = 0.0;
    for (const Part &p : list)
        counted += p.counted ? p.minutes : 0.0;
    // The scale: the counted total, or the allowed downtime when that is larger.
    const double scale = std::max({counted, allowedMinutes.value_or(0.0), 1e-12});
    const QRectF bar(rect.left(), rect.top(), rect.width(), kBarHeight);
    QPainterPath outline;
    outline.addRoundedRect(bar, 3, 3);
    painter.fillPath(outline, QColor(0x94, 0xa3, 0xb8, 40));
    painter.setClipPath(outline);
    double x = bar.left();
    for (const Part &p : list) {
        if (!p.counted)
            continue;
        const double w = bar.width() * p.minutes / scale;
        painter.fillRect(QRectF(x, bar.top(), w, bar.height()), p.color);
        x += w;
    }
    painter.setClipping(false);
    if (allowedMinutes && *allowedMinutes > 0.0) {
        const double mark = bar.left() + bar.width() * *allowedMinutes / scale;
        painter.setPen(QPen(textColor, 1.5, Qt::SolidLine));
        painter.drawLine(QPointF(mark, bar.top() - 3), QPointF(mark, bar.bottom() + 3));
    }
    // Legend.
    int rows = 0;
    const QList<QPointF> at = legendLayout(list, rect.width(), fm, &rows);
    const double top = bar.bottom() + kGap;
    const double line = fm.height() + 2.0;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const Part &p = list.at(i);
        const QPointF origin(rect.left() + at.at(i).x(), top + at.at(i).y() * line);
        const QRectF swatch(origin.x(), origin.y() + (fm.height() - kSwatch) / 2.0, kSwatch, kSwatch);
        if (p.counted) {
            painter.fillRect(swatch, p.color);
        } else {
            painter.setPen(QPen(p.color, 1.2));
            painter.drawRect(swatch.adjusted(0.6, 0.6, -0.6, -0.6));
        }
        QColor tc = textColor;
        if (!p.counted)
            tc.setAlphaF(0.6f);
        painter.setPen(tc);
        const QString text = tr("%1 %2").arg(p.label, NumberFormat::minutes(p.minutes))
                             + (p.counted ? QString() : tr(" (not counted)"));
        painter.drawText(QPointF(swatch.right() + 4.0, origin.y() + fm.ascent()), text);
    }
    if (list.isEmpty()) {
        painter.setPen(textColor);
        painter.drawText(QPointF(rect.left(), top + fm.ascent()), tr("no downtime"));
    }
    painter.restore();
    return kBarHeight + kGap + std::max(1, rows) * line;
}

void BudgetBar::setBudget(const DowntimeBudget &budget, std::optional<double> allowedMinutes)
{
    m_budget = budget;
    m_allowed = allowedMinutes;
    m_has = true;
    QStringList lines;
    for (const Part &p : parts(budget))
        lines << tr("%1: %2 a year%3").arg(p.label, NumberFormat::minutes(p.minutes), p.counted ? QString() : tr(" (not counted)"));
    setToolTip(lines.join(u'\n'));
    setAccessibleDescription(lines.join(u"; "_s));
    updateGeometry();
    update();
}

void BudgetBar::clear()
{
    m_has = false;
    setToolTip(QString());
    updateGeometry();
    update();
}

QSize BudgetBar::sizeHint() const
{
    return QSize(240, heightForWidth(240));
}

QSize BudgetBar::minimumSizeHint() const
{
    return QSize(120, int(kBarHeight + kGap + QFontMetricsF(font()).height()));
}

int BudgetBar::heightForWidth(int width) const
{
    return m_has ? int(std::ceil(heightFor(width, m_budget, font()))) : 0;
}

void BudgetBar::paintEvent(QPaintEvent *)
{
    if (!m_has)
        return;
    QPainter painter(this);
    paint(painter, QRectF(rect()), m_budget, m_allowed, font(), palette().color(QPalette::WindowText));
}

} // namespace nf
