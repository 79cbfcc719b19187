#include "mainwindow.h"

#include "modelreader.h"

#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>

namespace nf {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Ninefold"));
    auto *label = new QLabel(tr("Open a model to begin."), this);
    label->setAlignment(Qt::AlignCenter);
    setCentralWidget(label);
    resize(1200, 800);
}

bool MainWindow::openFile(const QString &path)
{
    const LoadResult r = ModelReader::readFile(path);
    if (!r.ok()) {
        QMessageBox::warning(this, tr("Cannot open model"), r.errorText());
        return false;
    }
    m_model = *r.model;
    m_path = path;
    setWindowTitle(tr("%1 — Ninefold").arg(QFileInfo(path).fileName()));
    static_cast<QLabel *>(centralWidget())
        ->setText(tr("%1\n%2 components").arg(m_model.name).arg(m_model.components.size()));
    return true;
}

} // namespace nf
