#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QTreeWidget;

namespace nf {

class DrillMode;

// The failure drill's panel: how to drill, the split to drill, and what the
// drill found: what failed, which services still serve, quorums kept or lost,
// groups that cascade from overload, failovers that fire (with RTO and RPO) or
// do not (and why), and everything that went down with them.
class DrillPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DrillPanel(DrillMode *drill, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    QString summaryText() const;

signals:
    void leaveRequested();
    void elementsActivated(const QStringList &ids);

private:
    void refresh();
    void rebuildSplits();

    DrillMode *m_drill;
    QLabel *m_intro;
    QLabel *m_summary;
    QComboBox *m_split;
    QRadioButton *m_first;
    QRadioButton *m_second;
    QPushButton *m_clear;
    QPushButton *m_leave;
    QTreeWidget *m_tree;
};

} // namespace nf
