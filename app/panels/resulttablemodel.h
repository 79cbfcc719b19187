#pragma once

#include <QAbstractTableModel>
#include <QColor>
#include <QStringList>
#include <QVariant>

namespace nf {

// A read-only table of analysis results for the analysis dock: display text,
// a sort key and a colour per cell, and the model elements behind each row (to
// select them on the canvas). Reset whole on every result: cheap for any size.
class ResultTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Roles { SortRole = Qt::UserRole + 1, ElementsRole };

    struct Cell
    {
        QString text;
        QVariant sortKey; // numbers sort as numbers; empty: by text
        QColor color;     // invalid: the view's default
        QString toolTip;
    };
    struct Row
    {
        QList<Cell> cells;
        QStringList elements;
    };

    explicit ResultTableModel(QObject *parent = nullptr);

    void setHeaders(const QStringList &headers, const QStringList &toolTips = {});
    void setRows(QList<Row> rows);
    const Row &row(int index) const { return m_rows.at(index); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QStringList m_headerTips;
    QList<Row> m_rows;
};

} // namespace nf
