#include "resulttablemodel.h"

namespace nf {

ResultTableModel::ResultTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ResultTableModel::setHeaders(const QStringList &headers, const QStringList &toolTips)
{
    beginResetModel();
    m_headers = headers;
    m_headerTips = toolTips;
    m_rows.clear();
    endResetModel();
}

void ResultTableModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int ResultTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ResultTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant ResultTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    if (index.column() >= r.cells.size())
        return {};
    const Cell &c = r.cells.at(index.column());
    switch (role) {
    case Qt::DisplayRole: return c.text;
    case Qt::ToolTipRole: return c.toolTip.isEmpty() ? QVariant() : QVariant(c.toolTip);
    case Qt::ForegroundRole: return c.color.isValid() ? QVariant(c.color) : QVariant();
    case Qt::TextAlignmentRole:
        return c.sortKey.typeId() == QMetaType::Double || c.sortKey.typeId() == QMetaType::Int
                   ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant(int(Qt::AlignLeft | Qt::AlignVCenter));
    case SortRole: return c.sortKey.isValid() ? c.sortKey : QVariant(c.text);
    case ElementsRole: return r.elements;
    default: return {};
    }
}

QVariant ResultTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_headers.size())
        return {};
    if (role == Qt::DisplayRole)
        return m_headers.at(section);
    if (role == Qt::ToolTipRole && section < m_headerTips.size())
        return m_headerTips.at(section);
    return {};
}

} // namespace nf
