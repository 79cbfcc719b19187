#pragma once

#include "model.h"

#include <QCoreApplication>
#include <QRectF>

#include <functional>
#include <optional>

class QMimeData;

namespace nf {

class Document;

// What Copy puts on the clipboard: a small model of the selected elements, with
// the relations among them (links, groups, containment) and their layout. It is
// stored as .ninefold JSON, so a copy can be pasted into another document or
// even read as a file.
class ClipboardFragment
{
    Q_DECLARE_TR_FUNCTIONS(ClipboardFragment)

public:
    static QString mimeType();
    // Selected nodes bring everything inside them; selected groups bring their
    // members. Links, groups and failovers come along when both ends do.
    static Model build(const Document &document, const QStringList &selectedIds,
                       const std::function<QRectF(const QString &)> &rectOf);
    static QMimeData *toMimeData(const Model &fragment);
    static std::optional<Model> fromMimeData(const QMimeData *mime);
};

} // namespace nf
