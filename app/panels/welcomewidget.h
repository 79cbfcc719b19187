#pragma once

#include <QWidget>

class QVBoxLayout;

namespace nf {

// What the window shows with no model open: New, Open, the examples with their
// one-line descriptions, and recent files.
class WelcomeWidget : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomeWidget(QWidget *parent = nullptr);
    void setRecentFiles(const QStringList &paths);

signals:
    void newRequested();
    void openRequested();
    void exampleRequested(const QString &resourcePath);
    void recentRequested(const QString &path);

private:
    QVBoxLayout *m_recent;
};

} // namespace nf
