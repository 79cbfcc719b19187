#include "application.h"

#include "apptheme.h"
#include "mainwindow.h"
#include "ninefold_version.h"
#include "preferencesdialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTimer>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace nf {

bool installTranslations(const QLocale &locale)
{
    auto *ours = new QTranslator(qApp);
    if (!ours->load(locale, u"ninefold"_s, u"_"_s, u":/i18n"_s)) {
        // No translation: English, whose file only holds the plural forms
        // ("1 component", "2 components").
        if (ours->load(u":/i18n/ninefold_en.qm"_s))
            QApplication::installTranslator(ours);
        else
            delete ours;
        return false;
    }
    QApplication::installTranslator(ours);
    QLocale::setDefault(locale);
    auto *qt = new QTranslator(qApp);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    else
        delete qt;
    return true;
}

int runApplication(int argc, char *argv[])
{
    QApplication::setApplicationName(u"Ninefold"_s);
    QApplication::setOrganizationName(u"Ninefold"_s);
    QApplication::setApplicationVersion(QStringLiteral(NINEFOLD_VERSION));
    QApplication::setDesktopFileName(u"ninefold"_s);
    QApplication app(argc, argv);
    QApplication::setWindowIcon(QIcon(u":/icons/ninefold.svg"_s));
    // The Preferences choice wins; otherwise the system's languages, in order.
    const QString chosen = QSettings().value(PreferencesDialog::languageKey()).toString();
    installTranslations(chosen.isEmpty() ? QLocale::system() : QLocale(chosen));
    AppTheme::apply(AppTheme::fromString(QSettings().value(PreferencesDialog::themeKey(), u"system"_s).toString()));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Architecture-aware availability analysis"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"file"_s, QApplication::translate("main", "Model to open"), u"[file]"_s);
    parser.process(app);

    MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openFile(parser.positionalArguments().constFirst());
    QTimer::singleShot(0, &window, &MainWindow::checkForRecovery);
    return app.exec();
}

} // namespace nf
