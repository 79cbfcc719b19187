#include "atomicfile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <atomic>
#include <cerrno>
#include <cstring>

namespace nf {

namespace {
std::atomic<AtomicFile::Fault> g_fault{AtomicFile::Fault::None};

// Why a write failed, in words a user can act on. errno is read right after the
// failing call; Qt's own text is the fallback.
QString reason(int error, const QString &qtText)
{
    switch (error) {
    case ENOSPC:
    case EDQUOT:
        return AtomicFile::tr("the disk is full (%1)").arg(QString::fromLocal8Bit(std::strerror(error)));
    case EFBIG:
        return AtomicFile::tr("the file would be larger than this system allows; the disk may be full (%1)")
            .arg(QString::fromLocal8Bit(std::strerror(error)));
    case EACCES:
    case EPERM:
        return AtomicFile::tr("permission denied: the folder or the file is not writable");
    case EROFS:
        return AtomicFile::tr("the disk is read-only");
    default:
        return qtText.isEmpty() ? QString::fromLocal8Bit(std::strerror(error)) : qtText;
    }
}
} // namespace

void AtomicFile::injectFault(Fault fault)
{
    g_fault = fault;
}

QString AtomicFile::failureMessage(const QString &path, const QString &why)
{
    return tr("Could not save %1: %2. The previous content of the file is unchanged.")
        .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()), why);
}

bool AtomicFile::write(const QString &path, const QByteArray &bytes, QString *error)
{
    auto fail = [&](int err, const QString &qtText) {
        if (error)
            *error = failureMessage(path, reason(err, qtText));
        return false;
    };
    // QSaveFile writes to a temporary file beside the target, fsyncs it and renames
    // it over the target on commit(); cancelWriting() or any error discards it.
    // Unbuffered: with Qt's write buffer, a write that fails while the buffer is
    // flushed inside commit() went unnoticed and a truncated file replaced the
    // target (a full disk reported success).
    QSaveFile file(path);
    errno = 0;
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return fail(errno, file.errorString());
    qint64 done = 0;
    while (done < bytes.size()) {
        errno = 0;
        const qint64 n = file.write(bytes.constData() + done, bytes.size() - done);
        if (n <= 0) {
            const int err = errno;
            const QString text = file.errorString();
            file.cancelWriting();
            return fail(err, text);
        }
        done += n;
    }
    if (file.error() != QFileDevice::NoError) {
        const int err = errno;
        const QString text = file.errorString();
        file.cancelWriting();
        return fail(err, text);
    }
    if (g_fault.exchange(Fault::None) == Fault::BeforeCommit) {
        file.cancelWriting();
        return fail(0, tr("simulated write failure"));
    }
    errno = 0;
    if (!file.commit())
        return fail(errno, file.errorString());
    return true;
}

} // namespace nf
