#pragma once

#include <QWidget>

class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace nf {

// The palette: every component kind and container kind with its icon, grouped and
// searchable. Dragging an entry onto the canvas creates it where it is dropped;
// double-clicking an entry asks for it to be added in view (activated()).
class PaletteWidget : public QWidget
{
    Q_OBJECT

public:
    explicit PaletteWidget(QWidget *parent = nullptr);

    // Entries are "component:<kind>" and "container:<kind>".
    QStringList entries() const;
    QStringList visibleEntries() const;
    void setFilter(const QString &text);
    void refreshIcons();

signals:
    void activated(const QString &entry);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void populate();

    QLineEdit *m_search;
    QTreeWidget *m_tree;
    QPoint m_pressPos;
    QTreeWidgetItem *m_pressItem = nullptr;
};

} // namespace nf
