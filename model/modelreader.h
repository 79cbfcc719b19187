#pragma once

#include "diagnostic.h"
#include "model.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace nf {

struct LoadResult
{
    std::optional<Model> model;   // set when the file could be read (even with validation errors)
    QList<Diagnostic> diagnostics;
    int sourceFormatVersion = 0;
    QString sourceAppVersion;

    // True when the file was read and validated without errors.
    bool ok() const { return model.has_value() && !hasErrors(diagnostics); }
    QString errorText() const; // all diagnostics, one per line
};

// Reads .ninefold files: parses JSON (reporting line and column of syntax
// errors), refuses newer formats, migrates older ones, checks every field's type,
// then runs the Validator. Unknown fields are kept (and warned about) so that a
// later save loses nothing.
class ModelReader
{
    Q_DECLARE_TR_FUNCTIONS(ModelReader)

public:
    // Reads a .ninefold file, or an SVG exported by Ninefold (which carries the
    // model it shows, see modelFromSvg()).
    static LoadResult readFile(const QString &path);
    static LoadResult readBytes(const QByteArray &bytes, const QString &fileName);
    // Reads an already-parsed document of the current format (no migration).
    static LoadResult fromJson(const QJsonObject &root, const QString &fileName);

    // The marker that starts the model embedded in an exported SVG's <desc>.
    static QString svgMarker();
    // The .ninefold bytes embedded in an SVG written by Ninefold; otherwise
    // nothing, with `error` saying why (no model, not well-formed, a DTD).
    static std::optional<QByteArray> modelFromSvg(const QByteArray &svg, QString *error = nullptr);
};

} // namespace nf
