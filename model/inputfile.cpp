#include "inputfile.h"

#include <QFile>
#include <QFileInfo>

namespace nf {

std::optional<QByteArray> InputFile::read(const QString &path, QString *error, qint64 maxBytes)
{
    auto fail = [&](const QString &why) -> std::optional<QByteArray> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QFileInfo info(path); // follows symbolic links: a link to a model is fine
    if (!info.exists())
        return fail(tr("cannot open the file: it does not exist"));
    if (info.isDir())
        return fail(tr("cannot open the file: it is a folder"));
    if (!info.isFile())
        return fail(tr("cannot open the file: it is not a regular file (a pipe, a socket or a device)"));
    if (info.size() > maxBytes)
        return fail(tr("cannot open the file: it is %1 MB, larger than the %2 MB Ninefold reads")
                        .arg(info.size() / (1024 * 1024))
                        .arg(maxBytes / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("cannot open the file: %1").arg(file.errorString()));
    // At most one byte more than allowed: a file that grows while it is read is
    // still refused, and never read to the end of the memory.
    QByteArray bytes = file.read(maxBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return fail(tr("cannot read the file: %1").arg(file.errorString()));
    if (bytes.size() > maxBytes)
        return fail(tr("cannot open the file: it is larger than the %1 MB Ninefold reads").arg(maxBytes / (1024 * 1024)));
    return bytes;
}

} // namespace nf
