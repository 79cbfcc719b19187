#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace nf {

// Replaces a file's content atomically: the bytes go to a temporary file in the
// same directory, are flushed to disk, and only then renamed over the target.
// Any failure leaves the previous file untouched and removes the temporary.
class AtomicFile
{
    Q_DECLARE_TR_FUNCTIONS(AtomicFile)

public:
    static bool write(const QString &path, const QByteArray &bytes, QString *error = nullptr);

    // Test seam: make the next write() fail after the temporary file was
    // written but before it replaces the target, as a full disk or I/O error would.
    enum class Fault { None, BeforeCommit };
    static void injectFault(Fault fault);
};

} // namespace nf
