#include "findingspanel.h"

#include <QAbstractListModel>
#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPainter>
#include <QPainterPath>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace nf {

namespace {
constexpr int kSeverityRole = Qt::UserRole + 1;
constexpr int kFixRole = Qt::UserRole + 2;

QColor severityColor(Finding::Severity s)
{
    switch (s) {
    case Finding::Severity::Critical: return QColor(0xdc, 0x26, 0x26);
    case Finding::Severity::Warning: return QColor(0xd9, 0x77, 0x06);
    case Finding::Severity::Info: return QColor(0x25, 0x63, 0xeb);
    }
    return Qt::gray;
}

// Two lines per finding: the sentence with the numbers, and the fix, muted.
class FindingDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // Up to two lines of the sentence and one of the fix.
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        const QFontMetrics fm(option.font);
        return QSize(200, fm.height() * 3 + 16);
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        opt.icon = QIcon();
        QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, opt.widget);

        const QRect r = option.rect.adjusted(8, 6, -8, -5);
        const auto severity = Finding::Severity(index.data(kSeverityRole).toInt());
        FindingsPanel::severityIcon(severity).paint(painter, QRect(r.left(), r.top() + 1, 18, 18));
        const bool selected = option.state & QStyle::State_Selected;
        const QPalette &pal = option.palette;
        const QFontMetrics fm(option.font);
        const int left = r.left() + 28, width = r.right() - left;
        painter->setFont(option.font);
        painter->setPen(pal.color(selected ? QPalette::HighlightedText : QPalette::Text));
        // The sentence, broken between words over two lines; the rest elided.
        const QString message = index.data(Qt::DisplayRole).toString();
        QString first = message, second;
        if (fm.horizontalAdvance(message) > width) {
            int cut = int(message.size());
            while (cut > 0 && fm.horizontalAdvance(message.left(cut)) > width)
                cut = int(message.lastIndexOf(u' ', cut - 1));
            if (cut > 0) {
                first = message.left(cut);
                second = fm.elidedText(message.mid(cut + 1), Qt::ElideRight, width);
            } else {
                first = fm.elidedText(message, Qt::ElideRight, width);
            }
        }
        painter->drawText(QRect(left, r.top(), width, fm.height()), Qt::AlignLeft | Qt::AlignVCenter, first);
        if (!second.isEmpty())
            painter->drawText(QRect(left, r.top() + fm.height(), width, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                              second);
        painter->setPen(pal.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
        const QString fix = index.data(kFixRole).toString();
        if (!fix.isEmpty())
            painter->drawText(QRect(left, r.top() + 2 * fm.height() + 2, width, fm.height()),
                              Qt::AlignLeft | Qt::AlignVCenter,
                              fm.elidedText(FindingsPanel::tr("Fix: %1").arg(fix), Qt::ElideRight, width));
    }
};
} // namespace

// The findings of one result as a flat list.
class FindingsModel : public QAbstractListModel
{
public:
    using QAbstractListModel::QAbstractListModel;

    void setResult(const AnalysisResultPtr &result)
    {
        beginResetModel();
        m_result = result;
        endResetModel();
    }
    const Finding *at(int row) const
    {
        return m_result && row >= 0 && row < m_result->findings.size() ? &m_result->findings.at(row) : nullptr;
    }
    int count(Finding::Severity s) const
    {
        int n = 0;
        if (m_result)
            for (const Finding &f : m_result->findings)
                n += f.severity == s ? 1 : 0;
        return n;
    }
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() || !m_result ? 0 : int(m_result->findings.size());
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        const Finding *f = at(index.row());
        if (!f)
            return {};
        switch (role) {
        case Qt::DisplayRole: return f->message;
        case Qt::ToolTipRole:
            return u"<p><b>%1</b> \u00b7 <code>%2</code></p><p>%3</p><p><i>%4</i></p>"_s.arg(
                FindingsPanel::severityName(f->severity), f->code, f->message.toHtmlEscaped(),
                FindingsPanel::tr("Fix: %1").arg(f->fix).toHtmlEscaped());
        case Qt::DecorationRole: return FindingsPanel::severityIcon(f->severity);
        case kSeverityRole: return int(f->severity);
        case kFixRole: return f->fix;
        default: return {};
        }
    }

private:
    AnalysisResultPtr m_result;
};

QIcon FindingsPanel::severityIcon(Finding::Severity severity)
{
    static QIcon icons[3];
    QIcon &icon = icons[int(severity)];
    if (!icon.isNull())
        return icon;
    for (qreal dpr : {1.0, 2.0}) {
        QPixmap pm(int(18 * dpr), int(18 * dpr));
        pm.setDevicePixelRatio(dpr);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(severityColor(severity));
        if (severity == Finding::Severity::Warning) {
            QPainterPath tri;
            tri.moveTo(9, 1.5);
            tri.lineTo(17, 16);
            tri.lineTo(1, 16);
            tri.closeSubpath();
            p.drawPath(tri);
        } else if (severity == Finding::Severity::Critical) {
            // An octagon, like a stop sign.
            QPolygonF oct;
            for (int i = 0; i < 8; ++i) {
                const double a = (22.5 + 45.0 * i) * 3.14159265358979 / 180.0;
                oct << QPointF(9 + 8.2 * std::cos(a), 9 + 8.2 * std::sin(a));
            }
            p.drawPolygon(oct);
        } else {
            p.drawEllipse(QRectF(1, 1, 16, 16));
        }
        p.setPen(QPen(Qt::white, 2.0, Qt::SolidLine, Qt::RoundCap));
        if (severity == Finding::Severity::Info) {
            p.drawLine(QPointF(9, 8), QPointF(9, 13));
            p.drawPoint(QPointF(9, 5));
        } else {
            const double top = severity == Finding::Severity::Warning ? 6.5 : 4.5;
            p.drawLine(QPointF(9, top), QPointF(9, top + 5));
            p.drawPoint(QPointF(9, top + 8.2));
        }
        p.end();
        icon.addPixmap(pm);
    }
    return icon;
}

QString FindingsPanel::severityName(Finding::Severity severity)
{
    switch (severity) {
    case Finding::Severity::Critical: return tr("Critical");
    case Finding::Severity::Warning: return tr("Warning");
    case Finding::Severity::Info: return tr("Info");
    }
    return QString();
}

FindingsPanel::FindingsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new FindingsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(kSeverityRole);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 6);
    layout->setSpacing(4);
    auto *bar = new QHBoxLayout;
    bar->setSpacing(4);
    const Finding::Severity order[3] = {Finding::Severity::Critical, Finding::Severity::Warning, Finding::Severity::Info};
    for (Finding::Severity s : order) {
        auto *b = new QToolButton(this);
        b->setObjectName(u"filter-"_s + QString::number(int(s)));
        b->setCheckable(true);
        b->setChecked(true);
        b->setIcon(severityIcon(s));
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        b->setAutoRaise(true);
        b->setToolTip(tr("Show or hide %1 findings").arg(severityName(s).toLower()));
        connect(b, &QToolButton::toggled, this, [this] {
            // One regular expression over the severities shown.
            QStringList shown;
            for (int i = 0; i < 3; ++i)
                if (m_filters[i]->isChecked())
                    shown << QString::number(i);
            m_proxy->setFilterRegularExpression(shown.isEmpty() ? u"^$"_s : u"^(%1)$"_s.arg(shown.join(u'|')));
            updateCounts();
        });
        m_filters[int(s)] = b;
        bar->addWidget(b);
    }
    bar->addStretch(1);
    layout->addLayout(bar);
    m_view = new QListView(this);
    m_view->setObjectName(u"findingsList"_s);
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new FindingDelegate(m_view));
    m_view->setUniformItemSizes(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setAlternatingRowColors(true);
    m_view->setMouseTracking(true);
    layout->addWidget(m_view, 1);
    m_empty = new QLabel(tr("No findings: nothing to fix in this drawing."), this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->hide();
    layout->addWidget(m_empty);
    auto activate = [this](const QModelIndex &index) {
        if (const Finding *f = m_model->at(m_proxy->mapToSource(index).row()))
            emit findingActivated(*f);
    };
    connect(m_view, &QListView::clicked, this, activate);
    connect(m_view, &QListView::activated, this, activate);
    updateCounts();
}

void FindingsPanel::setResult(const AnalysisResultPtr &result)
{
    m_model->setResult(result);
    updateCounts();
}

void FindingsPanel::updateCounts()
{
    for (int i = 0; i < 3; ++i) {
        const auto s = Finding::Severity(i);
        QString label;
        switch (s) {
        case Finding::Severity::Critical: label = tr("%n critical", nullptr, m_model->count(s)); break;
        case Finding::Severity::Warning: label = tr("%n warning(s)", nullptr, m_model->count(s)); break;
        case Finding::Severity::Info: label = tr("%n info", nullptr, m_model->count(s)); break;
        }
        m_filters[i]->setText(label);
    }
    const bool none = m_model->rowCount() == 0;
    m_empty->setVisible(none);
    m_view->setVisible(!none);
}

void FindingsPanel::setSeverityShown(Finding::Severity severity, bool shown)
{
    m_filters[int(severity)]->setChecked(shown);
}

bool FindingsPanel::isSeverityShown(Finding::Severity severity) const
{
    return m_filters[int(severity)]->isChecked();
}

int FindingsPanel::rowOf(const QString &code, const QString &element) const
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const Finding *f = m_model->at(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
        if (f && f->code == code && (element.isEmpty() || f->elements.contains(element)))
            return row;
    }
    return -1;
}

const Finding *FindingsPanel::findingAt(int row) const
{
    return m_model->at(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
}

int FindingsPanel::shownCount() const
{
    return m_proxy->rowCount();
}

} // namespace nf
