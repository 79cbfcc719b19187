#include "apptheme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

namespace nf {

namespace {
AppTheme::Mode g_mode = AppTheme::Mode::System;

struct SystemLook
{
    QString style;
    QPalette palette;
};

SystemLook &systemLook()
{
    static SystemLook look{QApplication::style()->name(), QApplication::palette()};
    return look;
}
} // namespace

QPalette AppTheme::lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xf3, 0xf4, 0xf6));
    p.setColor(QPalette::WindowText, QColor(0x1f, 0x24, 0x2b));
    p.setColor(QPalette::Base, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::AlternateBase, QColor(0xf6, 0xf7, 0xf9));
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::ToolTipText, QColor(0x1f, 0x24, 0x2b));
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x93, 0x9e));
    p.setColor(QPalette::Text, QColor(0x1f, 0x24, 0x2b));
    p.setColor(QPalette::Button, QColor(0xf7, 0xf8, 0xfa));
    p.setColor(QPalette::ButtonText, QColor(0x1f, 0x24, 0x2b));
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xed));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x2f, 0x6f, 0xed));
    p.setColor(QPalette::Mid, QColor(0xc9, 0xce, 0xd6));
    p.setColor(QPalette::Dark, QColor(0xa0, 0xa7, 0xb1));
    p.setColor(QPalette::Light, Qt::white);
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0xa0, 0xa7, 0xb1));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0xa0, 0xa7, 0xb1));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0xa0, 0xa7, 0xb1));
    return p;
}

QPalette AppTheme::darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x25, 0x28, 0x2e));
    p.setColor(QPalette::WindowText, QColor(0xe3, 0xe6, 0xea));
    p.setColor(QPalette::Base, QColor(0x1c, 0x1f, 0x24));
    p.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2e, 0x35));
    p.setColor(QPalette::ToolTipBase, QColor(0x2f, 0x33, 0x3a));
    p.setColor(QPalette::ToolTipText, QColor(0xe3, 0xe6, 0xea));
    p.setColor(QPalette::PlaceholderText, QColor(0x80, 0x88, 0x93));
    p.setColor(QPalette::Text, QColor(0xe3, 0xe6, 0xea));
    p.setColor(QPalette::Button, QColor(0x2f, 0x33, 0x3a));
    p.setColor(QPalette::ButtonText, QColor(0xe3, 0xe6, 0xea));
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7b, 0xf0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xa2, 0xff));
    p.setColor(QPalette::Light, QColor(0x3a, 0x3f, 0x47));
    p.setColor(QPalette::Midlight, QColor(0x33, 0x37, 0x3e));
    p.setColor(QPalette::Mid, QColor(0x2a, 0x2d, 0x33));
    p.setColor(QPalette::Dark, QColor(0x15, 0x17, 0x1a));
    p.setColor(QPalette::Shadow, QColor(0x0b, 0x0c, 0x0e));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6c, 0x73, 0x7d));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6c, 0x73, 0x7d));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6c, 0x73, 0x7d));
    return p;
}

void AppTheme::apply(Mode mode)
{
    const SystemLook &system = systemLook(); // remembered before the first change
    g_mode = mode;
    switch (mode) {
    case Mode::System:
        QApplication::setStyle(QStyleFactory::create(system.style));
        QApplication::setPalette(system.palette);
        break;
    case Mode::Light:
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(lightPalette());
        break;
    case Mode::Dark:
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(darkPalette());
        break;
    }
}

AppTheme::Mode AppTheme::current()
{
    return g_mode;
}

QString AppTheme::toString(Mode mode)
{
    switch (mode) {
    case Mode::System: return u"system"_s;
    case Mode::Light: return u"light"_s;
    case Mode::Dark: return u"dark"_s;
    }
    return u"system"_s;
}

AppTheme::Mode AppTheme::fromString(const QString &text)
{
    if (text == u"light"_s)
        return Mode::Light;
    if (text == u"dark"_s)
        return Mode::Dark;
    return Mode::System;
}

} // namespace nf
