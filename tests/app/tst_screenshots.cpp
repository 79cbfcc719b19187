// Renders the main window with the Delta example, light and dark, the way a user
// sees it. With NINEFOLD_SCREENSHOT_DIR set the pictures are written there (for
// docs/images); the test itself checks that the window really drew the model.

#include "apptestsupport.h"
#include "application.h"
#include "apptheme.h"
#include "canvasscene.h"
#include "canvasview.h"
#include "document.h"
#include "mainwindow.h"
#include "testsupport.h"

#include <QDir>
#include <QImage>
#include <QStatusBar>

using namespace Qt::StringLiterals;

class TestScreenshots : public QObject
{
    Q_OBJECT

private slots:
    void mainWindow_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::newRow("light") << u"light"_s;
        QTest::newRow("dark") << u"dark"_s;
    }

    void mainWindow()
    {
        QFETCH(QString, theme);
        nf::installTranslations(QLocale(QLocale::English, QLocale::UnitedStates)); // "12 components"
        nf::AppTheme::apply(nf::AppTheme::fromString(theme));
        nf::MainWindow window;
        window.resize(1920, 1080);
        window.show();
        // As a user opens it: File > Examples.
        QVERIFY(window.openExample(u":/examples/delta-2016.ninefold"_s));
        window.statusBar()->clearMessage();
        QCoreApplication::processEvents();
        window.view()->zoomToFit();
        // Select the primary database so the inspector shows a real element.
        window.scene()->selectIds({u"db-primary"_s});
        QCoreApplication::processEvents();
        const QImage image = window.grab().toImage();
        QCOMPARE(image.size(), QSize(1920, 1080));

        // The canvas shows the model: the switchgear's card is drawn where the
        // scene puts it, with the light or dark node fill.
        const QPointF cardPoint = window.scene()->nodeRect(u"switchgear"_s).topLeft() + QPointF(60, 6);
        const QPoint inView = window.view()->mapFromScene(cardPoint);
        const QPoint inWindow = window.view()->viewport()->mapTo(&window, inView);
        const QColor fill = image.pixelColor(inWindow);
        const QColor expected = window.scene()->theme().nodeFill;
        QVERIFY2(qAbs(fill.red() - expected.red()) < 8 && qAbs(fill.blue() - expected.blue()) < 8,
                 qPrintable(u"pixel %1 is %2, expected %3"_s.arg(u"(%1,%2)"_s.arg(inWindow.x()).arg(inWindow.y()),
                                                                  fill.name(), expected.name())));

        const QByteArray dir = qgetenv("NINEFOLD_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QDir().mkpath(QString::fromLocal8Bit(dir));
            QVERIFY(image.save(QString::fromLocal8Bit(dir) + u"/main-window-"_s + theme + u".png"_s));
        }
        window.document()->undoStack()->clear();
    }
};

NF_GUI_TEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
