#include "diagnostic.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace nf {

QString Diagnostic::toString() const
{
    QString out;
    if (!file.isEmpty()) {
        out += file;
        if (line > 0) {
            out += u':' + QString::number(line);
            if (column > 0)
                out += u':' + QString::number(column);
        }
        out += u": "_s;
    }
    out += isError() ? QCoreApplication::translate("nf::Diagnostic", "error")
                     : QCoreApplication::translate("nf::Diagnostic", "warning");
    out += u": "_s;
    if (!elementId.isEmpty() || !elementType.isEmpty()) {
        if (!elementType.isEmpty())
            out += elementType + u' ';
        if (!elementId.isEmpty())
            out += u'\'' + elementId + u'\'';
        if (!elementName.isEmpty() && elementName != elementId)
            out += u" ("_s + elementName + u')';
        out += u": "_s;
    }
    if (!field.isEmpty())
        out += field + u": "_s;
    out += message;
    return out;
}

bool hasErrors(const QList<Diagnostic> &diagnostics)
{
    for (const Diagnostic &d : diagnostics)
        if (d.isError())
            return true;
    return false;
}

} // namespace nf
