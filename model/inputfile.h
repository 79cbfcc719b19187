#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace nf {

// Reads a whole input file (a model, an SVG, a fault tree) with the checks every
// reader needs before it trusts the bytes: a regular file (a FIFO would block
// forever, /dev/zero would fill the memory), no larger than a stated size.
class InputFile
{
    Q_DECLARE_TR_FUNCTIONS(InputFile)

public:
    static constexpr qint64 MaxBytes = 256 * 1024 * 1024;

    // The file's bytes, or nothing with `error` saying why (without the file name:
    // callers put it in their diagnostic).
    static std::optional<QByteArray> read(const QString &path, QString *error, qint64 maxBytes = MaxBytes);
};

} // namespace nf
