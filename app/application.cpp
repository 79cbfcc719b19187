#include "application.h"

#include "mainwindow.h"
#include "ninefold_version.h"

#include <QApplication>
#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace nf {

int runApplication(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Ninefold"_s);
    QApplication::setOrganizationName(u"Ninefold"_s);
    QApplication::setApplicationVersion(QStringLiteral(NINEFOLD_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Architecture-aware availability analysis"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"file"_s, QApplication::translate("main", "Model to open"));
    parser.process(app);

    MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openFile(parser.positionalArguments().constFirst());
    return app.exec();
}

} // namespace nf
