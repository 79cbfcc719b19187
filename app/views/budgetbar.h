#pragma once

#include "analysisresult.h"

#include <QCoreApplication>
#include <QWidget>

#include <optional>

class QPainter;

namespace nf {

// "Where the minutes go" (DOMAIN.md §12): the downtime of a service or of the
// system as one bar stacked by cause (failures of the structure, blocked writes,
// failover interruptions, failbacks, detection gaps, planned maintenance), with
// the allowed downtime of the target marked and a legend in minutes a year.
// The dock shows it as a widget; the report paints it with the same code.
class BudgetBar : public QWidget
{
    Q_OBJECT

public:
    explicit BudgetBar(QWidget *parent = nullptr);

    // `allowedMinutes`: the downtime the target allows (none: no mark).
    void setBudget(const DowntimeBudget &budget, std::optional<double> allowedMinutes);
    void clear();
    bool hasBudget() const { return m_has; }
    const DowntimeBudget &budget() const { return m_budget; }

    struct Part
    {
        QString key;
        QString label;
        double minutes = 0.0;
        bool counted = true;
        QColor color;
    };
    // Every non-zero part, in a fixed order (the structure first).
    static QList<Part> parts(const DowntimeBudget &budget);
    // Paints the bar and its legend into `rect` (text in `font`, in `textColor`);
    // returns the height used. Works on any painter (a widget, a PDF page).
    static double paint(QPainter &painter, const QRectF &rect, const DowntimeBudget &budget,
                        std::optional<double> allowedMinutes, const QFont &font, const QColor &textColor);
    // The height paint() needs at this width.
    static double heightFor(double width, const DowntimeBudget &budget, const QFont &font);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    DowntimeBudget m_budget;
    std::optional<double> m_allowed;
    bool m_has = false;
};

} // namespace nf
