#include "atomicfile.h"

#include <QFileInfo>
#include <QSaveFile>

#include <atomic>

namespace nf {

namespace {
std::atomic<AtomicFile::Fault> g_fault{AtomicFile::Fault::None};
}

void AtomicFile::injectFault(Fault fault)
{
    g_fault = fault;
}

bool AtomicFile::write(const QString &path, const QByteArray &bytes, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = tr("Could not save %1: %2").arg(QFileInfo(path).fileName(), why);
        return false;
    };
    // QSaveFile writes to a temporary file beside the target, fsyncs it and renames
    // it over the target on commit(); cancelWriting() or any error discards it.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    if (file.write(bytes) != bytes.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return fail(why);
    }
    if (g_fault.exchange(Fault::None) == Fault::BeforeCommit) {
        file.cancelWriting();
        return fail(tr("simulated write failure"));
    }
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

} // namespace nf
