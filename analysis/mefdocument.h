#pragma once

#include "diagnostic.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>
#include <vector>

namespace nf {

// One Open-PSA MEF file read into a small element tree. The importer needs the
// whole tree before it can interpret anything: definitions refer to each other in
// any order and across files. Only QXmlStreamReader is used (QtCore), and every
// element keeps its line so that problems can be reported where they are.
class MefDocument
{
    Q_DECLARE_TR_FUNCTIONS(MefDocument)

public:
    struct Element
    {
        QString name;
        QList<std::pair<QString, QString>> attributes;
        QString text; // character data directly inside, trimmed (labels)
        int line = 0;
        std::vector<Element> children;

        bool hasAttribute(const QString &key) const;
        QString attribute(const QString &key) const;
    };

    // Deeper nesting than this is refused: the importer walks the tree
    // recursively, and no real model comes near it.
    static constexpr int MaxDepth = 512;

    // Reads `data`; `file` only names the source in diagnostics.
    static MefDocument parse(const QString &file, const QByteArray &data);
    static MefDocument read(const QString &file);

    bool ok() const { return m_ok; }
    const QString &file() const { return m_file; }
    const Element &root() const { return m_root; }
    const QList<Diagnostic> &diagnostics() const { return m_diagnostics; }
    // An error found about this file after it was read (an <include> that cannot
    // be followed): the document no longer counts as read.
    void addError(int line, const QString &message);

private:
    QString m_file;
    Element m_root;
    bool m_ok = false;
    QList<Diagnostic> m_diagnostics;
};

} // namespace nf
