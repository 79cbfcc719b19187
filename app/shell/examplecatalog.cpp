#include "examplecatalog.h"

#include "modelreader.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace nf {

QString ExampleCatalog::firstSentence(const QString &text)
{
    const QString firstParagraph = text.section(u'\n', 0, 0).trimmed();
    // A sentence ends at ". " followed by a capital letter or digit, or at the end.
    for (int i = 0; i + 2 < firstParagraph.size(); ++i) {
        if (firstParagraph.at(i) == u'.' && firstParagraph.at(i + 1) == u' '
            && (firstParagraph.at(i + 2).isUpper() || firstParagraph.at(i + 2).isDigit()))
            return firstParagraph.left(i + 1);
    }
    return firstParagraph;
}

QList<ExampleInfo> ExampleCatalog::examples()
{
    QList<ExampleInfo> out;
    const QDir dir(u":/examples"_s);
    for (const QString &file : dir.entryList({u"*.ninefold"_s}, QDir::Files, QDir::Name)) {
        ExampleInfo info;
        info.resourcePath = dir.filePath(file);
        info.fileName = file;
        QFile f(info.resourcePath);
        if (f.open(QIODevice::ReadOnly)) {
            const LoadResult r = ModelReader::readBytes(f.readAll(), file);
            if (r.model) {
                info.name = r.model->name;
                info.summary = firstSentence(r.model->description);
            }
        }
        if (info.name.isEmpty())
            info.name = file;
        out << info;
    }
    return out;
}

} // namespace nf
