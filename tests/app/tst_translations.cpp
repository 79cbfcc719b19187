// The Ukrainian translation: complete for the editor's strings, loaded from the
// embedded .qm, with Ukrainian plural forms.

#include "apptestsupport.h"
#include "application.h"
#include "kindlabels.h"
#include "mainwindow.h"

#include <QFile>
#include <QMenuBar>
#include <QRegularExpression>

using namespace Qt::StringLiterals;
using namespace nf;

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void editorStringsAreAllTranslated()
    {
        QFile ts(QStringLiteral(NINEFOLD_TEST_DATA) + u"/../../translations/ninefold_uk.ts"_s);
        QVERIFY(ts.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(ts.readAll());
        // Contexts of the model, the CLI and the engine are translated with them.
        const QStringList others{u"AtomicFile"_s, u"Cli"_s, u"Migration"_s, u"ModelReader"_s, u"ModelWriter"_s,
                                 u"Validator"_s, u"nf::Diagnostic"_s};
        static const QRegularExpression context(u"<context>\\s*<name>([^<]+)</name>(.*?)</context>"_s,
                                                QRegularExpression::DotMatchesEverythingOption);
        int checked = 0;
        for (auto it = context.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            if (others.contains(m.captured(1)))
                continue;
            QVERIFY2(!m.captured(2).contains(u"type=\"unfinished\""_s), qPrintable(m.captured(1)));
            QVERIFY2(!m.captured(2).contains(u"<translation></translation>"_s), qPrintable(m.captured(1)));
            checked += int(m.captured(2).count(u"<message"_s));
        }
        QVERIFY(checked > 300);
    }

    void englishPluralForms()
    {
        QVERIFY(installTranslations(QLocale(QLocale::English, QLocale::UnitedStates)));
        QCOMPARE(MainWindow::tr("%n component(s)", nullptr, 1), u"1 component"_s);
        QCOMPARE(MainWindow::tr("%n component(s)", nullptr, 12), u"12 components"_s);
        QCOMPARE(MainWindow::tr("Save &As…"), u"Save &As…"_s); // the rest stays as written
    }

    void ukrainianIsLoaded()
    {
        QVERIFY(installTranslations(QLocale(QLocale::Ukrainian, QLocale::Ukraine)));
        QCOMPARE(KindLabels::component(ComponentKind::Database), u"База даних"_s);
        QCOMPARE(KindLabels::container(ContainerKind::Rack), u"Стійка"_s);
        // One, few, many: 1 and 21 компонент, 3 компоненти, 5 and 11 компонентів.
        QCOMPARE(MainWindow::tr("%n component(s)", nullptr, 1), u"1 компонент"_s);
        QCOMPARE(MainWindow::tr("%n component(s)", nullptr, 3), u"3 компоненти"_s);
        QCOMPARE(MainWindow::tr("%n component(s)", nullptr, 5), u"5 компонентів"_s);
        QCOMPARE(MainWindow::tr("%n component(s)", nullptr, 11), u"11 компонентів"_s);
        QCOMPARE(MainWindow::tr("%n component(s)", nullptr, 21), u"21 компонент"_s);
        MainWindow w;
        QCOMPARE(w.menuBar()->actions().first()->text(), u"&Файл"_s);
        QCOMPARE(w.windowTitle(), u"Ninefold"_s);
        QVERIFY(!installTranslations(QLocale(QLocale::Japanese, QLocale::Japan)));
    }
};

NF_GUI_TEST_MAIN(TestTranslations)
#include "tst_translations.moc"
