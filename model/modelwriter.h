#pragma once

#include "model.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

namespace nf {

// Writes models as .ninefold files: pretty-printed JSON with a stable key order,
// the current format version and this app's version, defaults left out. Saving is
// atomic: the previous file survives any failure.
class ModelWriter
{
    Q_DECLARE_TR_FUNCTIONS(ModelWriter)

public:
    static QJsonObject toJson(const Model &model);
    static QByteArray toBytes(const Model &model);
    // Writes `model` to `path` atomically. On failure returns false with a message
    // naming the file; the file at `path` is left exactly as it was.
    static bool save(const Model &model, const QString &path, QString *error = nullptr);

    // The key order of .ninefold files (for JsonWriter).
    static const QStringList &keyOrder();
};

} // namespace nf
