#include "cli.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <memory>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // The report draws charts and text with Qt's GUI classes; without a display
    // it uses the offscreen platform. Everything else needs no GUI at all.
    std::unique_ptr<QCoreApplication> app;
    if (nf::Cli::needsGui(arguments)) {
        if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
            && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            // Qt wants a private runtime directory; a headless session may have none.
            const QString dir = QDir::tempPath() + QStringLiteral("/ninefold-runtime-") + qEnvironmentVariable("USER", QStringLiteral("user"));
            QDir().mkpath(dir);
            QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            qputenv("XDG_RUNTIME_DIR", dir.toLocal8Bit());
        }
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QTextStream out(stdout);
    QTextStream err(stderr);
    return nf::Cli(out, err).run(arguments);
}
