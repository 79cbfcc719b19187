#include "mefdocument.h"

#include "inputfile.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace nf {

bool MefDocument::Element::hasAttribute(const QString &key) const
{
    for (const auto &a : attributes)
        if (a.first == key)
            return true;
    return false;
}

QString MefDocument::Element::attribute(const QString &key) const
{
    for (const auto &a : attributes)
        if (a.first == key)
            return a.second;
    return {};
}

MefDocument MefDocument::read(const QString &file)
{
    // A regular file of bounded size only: a FIFO would block forever and
    // /dev/zero would fill the memory (issue 12).
    QString error;
    const std::optional<QByteArray> bytes = InputFile::read(file, &error);
    if (!bytes) {
        MefDocument doc;
        doc.m_file = file;
        Diagnostic d;
        d.file = file;
        d.message = error;
        doc.m_diagnostics << d;
        return doc;
    }
    return parse(file, *bytes);
}

void MefDocument::addError(int line, const QString &message)
{
    Diagnostic d;
    d.file = m_file;
    d.line = line;
    d.message = message;
    m_diagnostics << d;
    m_ok = false;
}

MefDocument MefDocument::parse(const QString &file, const QByteArray &data)
{
    MefDocument doc;
    doc.m_file = file;
    QXmlStreamReader reader(data);
    // The open elements; the root is filled in place, children are appended to
    // the element on top when they close, so no pointer into a growing vector is kept.
    std::vector<Element> open;
    bool haveRoot = false;
    auto fail = [&](int line, const QString &message) {
        Diagnostic d;
        d.file = file;
        d.line = line;
        d.message = message;
        doc.m_diagnostics << d;
    };
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (open.empty() && haveRoot) {
                fail(int(reader.lineNumber()), tr("not well-formed XML: more than one root element"));
                return doc;
            }
            if (int(open.size()) >= MaxDepth) {
                fail(int(reader.lineNumber()),
                     tr("<%1>: elements are nested more than %2 deep").arg(reader.name().toString()).arg(MaxDepth));
                return doc;
            }
            Element e;
            e.name = reader.name().toString();
            e.line = int(reader.lineNumber());
            const QXmlStreamAttributes attributes = reader.attributes();
            e.attributes.reserve(attributes.size());
            for (const QXmlStreamAttribute &a : attributes)
                e.attributes.append({a.name().toString(), a.value().toString()});
            open.push_back(std::move(e));
        } else if (token == QXmlStreamReader::EndElement) {
            Element done = std::move(open.back());
            open.pop_back();
            done.text = done.text.trimmed();
            if (open.empty()) {
                doc.m_root = std::move(done);
                haveRoot = true;
            } else {
                open.back().children.push_back(std::move(done));
            }
        } else if (token == QXmlStreamReader::Characters && !open.empty() && !reader.isWhitespace()) {
            open.back().text += reader.text();
        }
    }
    if (reader.hasError()) {
        fail(int(reader.lineNumber()), tr("not well-formed XML: %1").arg(reader.errorString()));
        return doc;
    }
    if (!haveRoot) {
        fail(0, tr("the file holds no XML element"));
        return doc;
    }
    doc.m_ok = true;
    return doc;
}

} // namespace nf
