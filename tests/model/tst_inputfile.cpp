// Reading input files that are not what they claim: a pipe, an endless device, a
// folder, a file too large, an SVG with an entity bomb or 100,000 nested elements.
// Each gets a clear message, quickly, and nothing blocks or crashes.

#include "inputfile.h"
#include "modelreader.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace nf;

class TestInputFile : public QObject
{
    Q_OBJECT

private slots:
    void regularFileIsRead();
    void pipeIsRefusedWithoutBlocking();
    void endlessDeviceIsRefused();
    void folderIsRefused();
    void tooLargeIsRefused();
    void svgEntityBomb();
    void svgDeepNesting();
    void svgWithoutModel();

private:
    QTemporaryDir m_dir;

    QString errorOf(const QString &path)
    {
        const LoadResult r = ModelReader::readFile(path);
        return r.model ? QString() : r.errorText();
    }
};

void TestInputFile::regularFileIsRead()
{
    const QString path = m_dir.filePath(u"small.txt"_s);
    QVERIFY(test::writeAll(path, "12345"));
    QString error;
    QCOMPARE(InputFile::read(path, &error).value_or(QByteArray()), QByteArray("12345"));
    // a symbolic link to a regular file is a regular file
    QVERIFY(QFile::link(path, m_dir.filePath(u"link.txt"_s)));
    QCOMPARE(InputFile::read(m_dir.filePath(u"link.txt"_s), &error).value_or(QByteArray()), QByteArray("12345"));
}

void TestInputFile::pipeIsRefusedWithoutBlocking()
{
    const QString path = m_dir.filePath(u"pipe.ninefold"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    // Opening a FIFO with no writer would block for ever; the refusal comes first.
    const QString error = errorOf(path);
    QVERIFY2(error.contains(u"pipe.ninefold: error: cannot open the file: it is not a regular file"_s), qPrintable(error));
}

void TestInputFile::endlessDeviceIsRefused()
{
    const QString path = m_dir.filePath(u"zero.ninefold"_s);
    QVERIFY(QFile::link(u"/dev/zero"_s, path));
    const QString error = errorOf(path);
    QVERIFY2(error.contains(u"not a regular file"_s), qPrintable(error));
}

void TestInputFile::folderIsRefused()
{
    QVERIFY(QDir(m_dir.path()).mkdir(u"model.ninefold"_s));
    const QString error = errorOf(m_dir.filePath(u"model.ninefold"_s));
    QVERIFY2(error.contains(u"cannot open the file: it is a folder"_s), qPrintable(error));
}

void TestInputFile::tooLargeIsRefused()
{
    const QString path = m_dir.filePath(u"big.txt"_s);
    QVERIFY(test::writeAll(path, QByteArray(3 * 1024 * 1024, 'x')));
    QString error;
    QVERIFY(!InputFile::read(path, &error, 2 * 1024 * 1024));
    QVERIFY2(error.contains(u"it is 3 MB, larger than the 2 MB Ninefold reads"_s), qPrintable(error));
    QVERIFY(InputFile::read(path, &error, 3 * 1024 * 1024));
}

void TestInputFile::svgEntityBomb()
{
    QByteArray svg = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg [\n<!ENTITY a \"aaaaaaaaaa\">\n";
    for (char c = 'b'; c <= 'j'; ++c) {
        const char previous = char(c - 1);
        svg += "<!ENTITY " + QByteArray(1, c) + " \"";
        for (int i = 0; i < 10; ++i)
            svg += "&" + QByteArray(1, previous) + ";";
        svg += "\">\n";
    }
    svg += "]>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><desc>&j;</desc></svg>\n";
    const QString path = m_dir.filePath(u"bomb.svg"_s);
    QVERIFY(test::writeAll(path, svg));
    const QString error = errorOf(path);
    QVERIFY2(error.contains(u"declares a document type or entities, which Ninefold does not read"_s), qPrintable(error));
}

void TestInputFile::svgDeepNesting()
{
    constexpr int n = 100000;
    QByteArray svg = "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><desc>";
    svg.reserve(svg.size() + 7 * n + 20);
    for (int i = 0; i < n; ++i)
        svg += "<a>";
    for (int i = 0; i < n; ++i)
        svg += "</a>";
    svg += "</desc></svg>";
    const QString path = m_dir.filePath(u"deep.svg"_s);
    QVERIFY(test::writeAll(path, svg));
    const QString error = errorOf(path);
    QVERIFY2(error.contains(u"elements are nested more than 512 deep"_s), qPrintable(error));
}

void TestInputFile::svgWithoutModel()
{
    const QString plain = m_dir.filePath(u"plain.svg"_s);
    QVERIFY(test::writeAll(plain, "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><desc>a drawing</desc></svg>"));
    QVERIFY2(errorOf(plain).contains(u"does not carry a Ninefold model"_s), qPrintable(errorOf(plain)));
    const QString broken = m_dir.filePath(u"broken.svg"_s);
    QVERIFY(test::writeAll(broken, "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><desc>x</svg>"));
    QVERIFY2(errorOf(broken).contains(u"line 2, column"_s) && errorOf(broken).contains(u"not a well-formed SVG"_s),
             qPrintable(errorOf(broken)));
}

QTEST_GUILESS_MAIN(TestInputFile)
#include "tst_inputfile.moc"
