#pragma once

#include "model.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class QLockFile;
class QTimer;

namespace nf {

class Document;

// Autosave for crash recovery: while the document has unsaved changes, a copy is
// written to a recovery file every interval (a minute by default). A clean exit
// removes it; a file left behind by a session that ended otherwise is offered for
// recovery at the next start. A lock file tells live sessions from dead ones.
class RecoveryManager : public QObject
{
    Q_OBJECT

public:
    struct Entry
    {
        QString recoveryFile;
        QString originalPath; // empty for a model that was never saved
        QString modelName;
        QDateTime savedAt;
    };

    explicit RecoveryManager(QObject *parent = nullptr);
    ~RecoveryManager() override;

    static QString recoveryDirectory();
    void setDocument(Document *document);
    void setInterval(int milliseconds);
    int interval() const;
    QString recoveryFile() const { return m_file; }

    // Writes the recovery file now when there are unsaved changes, removes it
    // when there are none. Returns false when writing failed.
    bool autosave();
    // Removes this session's recovery file (after a save or a clean exit).
    void discard();

signals:
    // Writing the recovery copy failed (a full disk, a missing permission); sent
    // once per distinct reason. The previous recovery copy is still whole.
    void autosaveFailed(const QString &message);

public:
    // Recovery files of sessions that are no longer running.
    static QList<Entry> pending();
    static std::optional<Model> load(const Entry &entry, QString *error = nullptr);
    static void remove(const Entry &entry);

private:
    bool reportFailure(const QString &error);

    QPointer<Document> m_document;
    QTimer *m_timer;
    QString m_file;
    std::unique_ptr<QLockFile> m_lock;
    bool m_dirty = false; // changed since the last recovery copy
    QString m_lastFailure; // the reason last reported by autosaveFailed()
};

} // namespace nf
