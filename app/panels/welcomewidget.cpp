#include "welcomewidget.h"

#include "examplecatalog.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nf {

WelcomeWidget::WelcomeWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"welcome"_s);
    setAutoFillBackground(true);
    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    auto *column = new QVBoxLayout;
    outer->addLayout(column, 3);
    outer->addStretch(1);
    column->addStretch(1);

    auto *logo = new QLabel(this);
    logo->setPixmap(QIcon(u":/icons/ninefold.svg"_s).pixmap(72, 72));
    column->addWidget(logo);
    auto *title = new QLabel(tr("Welcome to Ninefold"), this);
    QFont tf = title->font();
    tf.setPointSizeF(tf.pointSizeF() * 2.0);
    tf.setBold(true);
    title->setFont(tf);
    column->addWidget(title);
    auto *subtitle = new QLabel(tr("Draw your system \u2014 components, zones, regions, failover and replication \u2014 "
                                   "and see how available it really is."),
                                this);
    subtitle->setWordWrap(true);
    column->addWidget(subtitle);
    column->addSpacing(16);

    auto *buttons = new QHBoxLayout;
    auto *newButton = new QPushButton(tr("New Model"), this);
    newButton->setDefault(true);
    auto *openButton = new QPushButton(tr("Open\u2026"), this);
    buttons->addWidget(newButton);
    buttons->addWidget(openButton);
    buttons->addStretch(1);
    column->addLayout(buttons);
    connect(newButton, &QPushButton::clicked, this, &WelcomeWidget::newRequested);
    connect(openButton, &QPushButton::clicked, this, &WelcomeWidget::openRequested);
    column->addSpacing(20);

    auto heading = [this](const QString &text) {
        auto *l = new QLabel(text, this);
        QFont f = l->font();
        f.setBold(true);
        f.setPointSizeF(f.pointSizeF() * 1.15);
        l->setFont(f);
        return l;
    };
    column->addWidget(heading(tr("Examples of real outages")));
    for (const ExampleInfo &example : ExampleCatalog::examples()) {
        auto *button = new QToolButton(this);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setAutoRaise(true);
        button->setText(example.name);
        QFont bf = button->font();
        bf.setBold(true);
        button->setFont(bf);
        button->setCursor(Qt::PointingHandCursor);
        button->setToolTip(example.summary);
        connect(button, &QToolButton::clicked, this, [this, path = example.resourcePath] { emit exampleRequested(path); });
        column->addWidget(button);
        auto *summary = new QLabel(example.summary, this);
        summary->setWordWrap(true);
        summary->setForegroundRole(QPalette::PlaceholderText);
        summary->setContentsMargins(6, 0, 0, 8);
        column->addWidget(summary);
    }
    column->addSpacing(12);
    column->addWidget(heading(tr("Recent models")));
    m_recent = new QVBoxLayout;
    column->addLayout(m_recent);
    column->addStretch(2);
}

void WelcomeWidget::setRecentFiles(const QStringList &paths)
{
    while (QLayoutItem *item = m_recent->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (paths.isEmpty()) {
        auto *none = new QLabel(tr("None yet."), this);
        none->setForegroundRole(QPalette::PlaceholderText);
        m_recent->addWidget(none);
        return;
    }
    for (const QString &path : paths) {
        auto *button = new QToolButton(this);
        button->setAutoRaise(true);
        button->setText(u"%1 \u2014 %2"_s.arg(QFileInfo(path).fileName(), QFileInfo(path).absolutePath()));
        button->setCursor(Qt::PointingHandCursor);
        connect(button, &QToolButton::clicked, this, [this, path] { emit recentRequested(path); });
        m_recent->addWidget(button);
    }
}

} // namespace nf
