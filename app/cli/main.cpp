#include "cli.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <memory>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // The report draws charts and text with Qt's GUI classes; without a display
    // it uses the offscreen platform. Everything else needs no GUI at all.
    std::unique_ptr<QTemporaryDir> runtimeDir; // outlives the application
    std::unique_ptr<QCoreApplication> app;
    if (nf::Cli::needsGui(arguments)) {
        if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
            && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            // Qt wants a private runtime directory; a headless session may have
            // none. A fresh one with a random name (mkdtemp, mode 0700): a fixed
            // name in the shared temporary directory could be planted by another
            // user, as a symlink to something we would then chmod.
            runtimeDir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/ninefold-runtime-XXXXXX"));
            if (runtimeDir->isValid())
                qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtimeDir->path()));
        }
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QTextStream out(stdout);
    QTextStream err(stderr);
    return nf::Cli(out, err).run(arguments);
}
