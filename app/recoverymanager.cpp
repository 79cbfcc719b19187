#include "recoverymanager.h"

#include "atomicfile.h"
#include "document.h"
#include "modelreader.h"
#include "modelwriter.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QStandardPaths>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace nf {

RecoveryManager::RecoveryManager(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(60 * 1000);
    connect(m_timer, &QTimer::timeout, this, &RecoveryManager::autosave);
    QDir().mkpath(recoveryDirectory());
    const QString base = recoveryDirectory() + u'/' + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_file = base + u".ninefold"_s;
    m_lock = std::make_unique<QLockFile>(base + u".lock"_s);
    m_lock->setStaleLockTime(0);
    m_lock->tryLock(0);
    m_timer->start();
}

RecoveryManager::~RecoveryManager()
{
    discard();
    m_lock->unlock();
}

QString RecoveryManager::recoveryDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/recovery"_s;
}

void RecoveryManager::setDocument(Document *document)
{
    discard();
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_dirty = document != nullptr;
    if (document) // any change, including an undo, makes the copy stale
        connect(document, &Document::changed, this, [this] { m_dirty = true; });
}

void RecoveryManager::setInterval(int milliseconds)
{
    m_timer->setInterval(std::max(1000, milliseconds));
}

int RecoveryManager::interval() const
{
    return m_timer->interval();
}

bool RecoveryManager::autosave()
{
    if (!m_document || !(m_document->isModified() || m_document->hasUnsavedContent())) {
        discard();
        return true;
    }
    if (!m_dirty && QFile::exists(m_file))
        return true; // nothing new since the last autosave
    // Both files are replaced atomically: a failed autosave keeps the previous
    // recovery copy whole, and says so once (not every minute).
    QString error;
    if (!ModelWriter::save(m_document->model(), m_file, &error))
        return reportFailure(error);
    QJsonObject meta;
    meta.insert(u"original"_s, m_document->filePath());
    meta.insert(u"name"_s, m_document->displayName());
    meta.insert(u"saved"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!AtomicFile::write(m_file + u".json"_s, QJsonDocument(meta).toJson(), &error))
        return reportFailure(error);
    m_dirty = false;
    m_lastFailure.clear();
    return true;
}

bool RecoveryManager::reportFailure(const QString &error)
{
    if (error != m_lastFailure) {
        m_lastFailure = error;
        emit autosaveFailed(tr("Autosave failed: %1").arg(error));
    }
    return false;
}

void RecoveryManager::discard()
{
    QFile::remove(m_file);
    QFile::remove(m_file + u".json"_s);
    m_dirty = m_document != nullptr;
}

QList<RecoveryManager::Entry> RecoveryManager::pending()
{
    QList<Entry> out;
    const QDir dir(recoveryDirectory());
    // Lock files of sessions that ended without anything to recover.
    for (const QString &name : dir.entryList({u"*.lock"_s}, QDir::Files)) {
        const QString base = dir.filePath(name).chopped(5);
        if (QFile::exists(base + u".ninefold"_s))
            continue;
        QLockFile lock(dir.filePath(name));
        lock.setStaleLockTime(0);
        if (lock.tryLock(0))
            lock.unlock(); // removes the stale file
    }
    for (const QString &name : dir.entryList({u"*.ninefold"_s}, QDir::Files, QDir::Time)) {
        const QString file = dir.filePath(name);
        const QString base = file.chopped(int(QStringLiteral(".ninefold").size()));
        QLockFile lock(base + u".lock"_s);
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue; // its session is still running
        lock.unlock();
        Entry e;
        e.recoveryFile = file;
        QFile side(file + u".json"_s);
        if (side.open(QIODevice::ReadOnly)) {
            const QJsonObject meta = QJsonDocument::fromJson(side.readAll()).object();
            e.originalPath = meta.value(u"original"_s).toString();
            e.modelName = meta.value(u"name"_s).toString();
            e.savedAt = QDateTime::fromString(meta.value(u"saved"_s).toString(), Qt::ISODate);
        }
        if (e.modelName.isEmpty())
            e.modelName = name;
        out << e;
    }
    return out;
}

std::optional<Model> RecoveryManager::load(const Entry &entry, QString *error)
{
    const LoadResult r = ModelReader::readFile(entry.recoveryFile);
    if (!r.model && error)
        *error = r.errorText();
    return r.model;
}

void RecoveryManager::remove(const Entry &entry)
{
    QFile::remove(entry.recoveryFile);
    QFile::remove(entry.recoveryFile + u".json"_s);
    QFile::remove(entry.recoveryFile.chopped(int(QStringLiteral(".ninefold").size())) + u".lock"_s);
}

} // namespace nf
