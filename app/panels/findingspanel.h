#pragma once

#include "analysiscontroller.h"

#include <QIcon>
#include <QWidget>

class QListView;
class QLabel;
class QSortFilterProxyModel;
class QToolButton;

namespace nf {

class FindingsModel;

// The analysis findings, most severe first, with severity icons and the fix in
// a second line; filters by severity. Activating a finding asks for its elements
// to be selected and framed on the canvas.
class FindingsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FindingsPanel(QWidget *parent = nullptr);

    void setResult(const AnalysisResultPtr &result);
    void setSeverityShown(Finding::Severity severity, bool shown);
    bool isSeverityShown(Finding::Severity severity) const;

    QListView *view() const { return m_view; }
    // Row of the first shown finding with this code (and element), or -1.
    int rowOf(const QString &code, const QString &element = QString()) const;
    const Finding *findingAt(int row) const;
    int shownCount() const;

    static QIcon severityIcon(Finding::Severity severity);
    static QString severityName(Finding::Severity severity);

signals:
    void findingActivated(const nf::Finding &finding);

private:
    void updateCounts();

    FindingsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QListView *m_view;
    QToolButton *m_filters[3];
    QLabel *m_empty;
};

} // namespace nf
