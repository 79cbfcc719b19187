// The palette offers every component kind and every failure domain, grouped and
// searchable, and produces the drag data the canvas accepts.

#include "apptestsupport.h"
#include "canvasscene.h"
#include "elementkind.h"
#include "palettewidget.h"

#include <QLineEdit>
#include <QMimeData>

using namespace Qt::StringLiterals;
using namespace nf;

class TestPalette : public QObject
{
    Q_OBJECT

private slots:
    void everyKindIsOffered()
    {
        PaletteWidget palette;
        const QStringList entries = palette.entries();
        for (const QString &kind : kinds::componentKindNames())
            QVERIFY2(entries.contains(u"component:"_s + kind), qPrintable(kind));
        for (const QString &kind : kinds::containerKindNames())
            QVERIFY2(entries.contains(u"container:"_s + kind), qPrintable(kind));
        QCOMPARE(entries.size(), 17 + 4);
    }

    void searchFilters()
    {
        PaletteWidget palette;
        auto *search = palette.findChild<QLineEdit *>(u"paletteSearch"_s);
        QVERIFY(search);
        QTest::keyClicks(search, u"data"_s);
        // "Database" and "Zone / data centre" match; so does the "Services and
        // data" group, which shows its whole group.
        const QStringList visible = palette.visibleEntries();
        QVERIFY(visible.contains(u"component:database"_s));
        QVERIFY(visible.contains(u"container:zone"_s));
        QVERIFY(!visible.contains(u"component:generator"_s));
        search->clear();
        QCOMPARE(palette.visibleEntries().size(), 21);
        palette.setFilter(u"ups"_s);
        QCOMPARE(palette.visibleEntries(), QStringList{u"component:ups"_s});
    }

    void dragDataIsWhatTheCanvasAccepts()
    {
        std::unique_ptr<QMimeData> mime(CanvasScene::paletteMimeData(u"component:queue"_s));
        QVERIFY(mime->hasFormat(CanvasScene::paletteMimeType()));
        QCOMPARE(mime->data(CanvasScene::paletteMimeType()), QByteArray("component:queue"));
    }
};

NF_GUI_TEST_MAIN(TestPalette)
#include "tst_palette.moc"
