#pragma once

#include "model.h"

#include <QMainWindow>

namespace nf {

// The application window.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    bool openFile(const QString &path);

private:
    Model m_model;
    QString m_path;
};

} // namespace nf
