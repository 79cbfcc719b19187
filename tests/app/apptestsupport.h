#pragma once

// Helpers shared by the GUI tests: an isolated settings/data location, and mouse
// input sent straight to a view's viewport (works on the offscreen platform).

#include <QApplication>
#include <QGraphicsView>
#include <QMouseEvent>
#include <QTemporaryDir>
#include <QTest>

namespace nf::test {

// Points QSettings and QStandardPaths at a fresh directory, before QApplication.
inline void isolateUserFiles()
{
    if (qEnvironmentVariableIsSet("NF_KEEP_XDG"))
        return; // a child process of a test shares its parent's files
    static QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", (home.path() + QStringLiteral("/config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", (home.path() + QStringLiteral("/data")).toLocal8Bit());
    qputenv("XDG_CACHE_HOME", (home.path() + QStringLiteral("/cache")).toLocal8Bit());
    qputenv("QT_QPA_PLATFORM", "offscreen");
}

// Mouse input at a viewport pixel (for gestures that scroll the view under the mouse).
inline void sendMouseAtPixel(QGraphicsView *view, QEvent::Type type, QPoint p, Qt::MouseButton button,
                             Qt::MouseButtons buttons)
{
    QMouseEvent e(type, QPointF(p), QPointF(view->viewport()->mapToGlobal(p)), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &e);
}

inline void sendMouse(QGraphicsView *view, QEvent::Type type, QPointF scenePos, Qt::MouseButton button,
                      Qt::MouseButtons buttons, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    const QPoint p = view->mapFromScene(scenePos);
    QMouseEvent e(type, QPointF(p), QPointF(view->viewport()->mapToGlobal(p)), button, buttons, modifiers);
    QApplication::sendEvent(view->viewport(), &e);
}

// A press at `from`, moves in `steps` to `to`, and a release there: one drag.
inline void drag(QGraphicsView *view, QPointF from, QPointF to, int steps = 6,
                 Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    sendMouse(view, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton, modifiers);
    for (int i = 1; i <= steps; ++i)
        sendMouse(view, QEvent::MouseMove, from + (to - from) * (double(i) / steps), Qt::NoButton, Qt::LeftButton,
                  modifiers);
    sendMouse(view, QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton, modifiers);
}

inline void click(QGraphicsView *view, QPointF at, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    sendMouse(view, QEvent::MouseButtonPress, at, Qt::LeftButton, Qt::LeftButton, modifiers);
    sendMouse(view, QEvent::MouseButtonRelease, at, Qt::LeftButton, Qt::NoButton, modifiers);
}

} // namespace nf::test

// QTEST_MAIN with user files isolated first.
#define NF_GUI_TEST_MAIN(TestObject)                                                                                   \
    int main(int argc, char *argv[])                                                                                   \
    {                                                                                                                  \
        nf::test::isolateUserFiles();                                                                                  \
        QApplication app(argc, argv);                                                                                  \
        QApplication::setOrganizationName(QStringLiteral("NinefoldTest"));                                             \
        QApplication::setApplicationName(QStringLiteral("NinefoldTest"));                                              \
        TestObject tc;                                                                                                 \
        QTEST_SET_MAIN_SOURCE_PATH                                                                                     \
        return QTest::qExec(&tc, argc, argv);                                                                          \
    }
