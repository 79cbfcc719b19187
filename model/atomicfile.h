#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace nf {

// Replaces a file's content atomically: the bytes go to a temporary file in the
// same directory, are flushed to disk, and only then renamed over the target.
// Any failure (a full disk, a file-size limit, a missing permission) leaves the
// previous file untouched, removes the temporary and says why. Every writer of
// Ninefold (models, autosave, reports, pictures, tables) goes through here.
class AtomicFile
{
    Q_DECLARE_TR_FUNCTIONS(AtomicFile)

public:
    static bool write(const QString &path, const QByteArray &bytes, QString *error = nullptr);

    // "Could not save FILE: REASON" in the words used by every writer.
    static QString failureMessage(const QString &path, const QString &reason);

    // Test seam: make the next write() fail after the temporary file was
    // written but before it replaces the target, as a full disk or I/O error would.
    enum class Fault { None, BeforeCommit };
    static void injectFault(Fault fault);
};

} // namespace nf
