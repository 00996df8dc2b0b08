#include "ui/persistence/recoverystore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QtDebug>

#include <algorithm>
#include <cerrno>
#include <csignal>

namespace gsl::ui {

namespace {
const QString kFormat = QStringLiteral("goschedlab-recovery");

// ownerAlive: the process named in a lock we could not take still runs
// (QLockFile already treats a dead owner's lock as stale; this is the
// belt to its braces when the lock file itself cannot be removed).
bool ownerAlive(const QLockFile &lock)
{
    qint64 pid = 0;
    QString host, app;
    if (!lock.getLockInfo(&pid, &host, &app) || pid <= 0) return QFileInfo::exists(lock.fileName());
    return ::kill(pid_t(pid), 0) == 0 || errno != ESRCH;
}

QString lockFor(const QString &jsonFile)
{
    return jsonFile.left(jsonFile.size() - 5) + QStringLiteral(".lock");
}
} // namespace

RecoveryStore::RecoveryStore(const QString &dir)
    : m_dir(dir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery") : dir)
{
    QDir().mkpath(m_dir);
    const QString id = QStringLiteral("%1-%2").arg(QCoreApplication::applicationPid()).arg(QDateTime::currentMSecsSinceEpoch());
    m_file = m_dir + QStringLiteral("/session-") + id + QStringLiteral(".json");
    m_lock = std::make_unique<QLockFile>(lockFor(m_file));
    // Age alone never makes a live session's lock stale: only a dead owner does.
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0))
        qWarning() << "goschedlab: cannot lock" << lockFor(m_file) << "- recovery of this session may be offered twice";
}

RecoveryStore::~RecoveryStore()
{
    if (m_lock) m_lock->unlock();
}

QString RecoveryStore::save(const QString &path, const QString &text)
{
    QJsonObject o;
    o[QStringLiteral("format")] = kFormat;
    o[QStringLiteral("version")] = 1;
    o[QStringLiteral("path")] = path;
    o[QStringLiteral("text")] = text;
    o[QStringLiteral("savedAt")] = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QSaveFile f(m_file);
    if (!f.open(QIODevice::WriteOnly)) return f.errorString();
    const QByteArray bytes = QJsonDocument(o).toJson(QJsonDocument::Indented);
    if (f.write(bytes) != bytes.size()) {
        f.cancelWriting();
        return f.errorString();
    }
    if (!f.commit()) return f.errorString();
    return QString();
}

void RecoveryStore::clear()
{
    QFile::remove(m_file);
}

bool RecoveryStore::hasFile() const
{
    return QFileInfo::exists(m_file);
}

RecoveryEntry RecoveryStore::read(const QString &file, bool *ok)
{
    RecoveryEntry e;
    e.file = file;
    *ok = false;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly) || f.size() > 64 * 1024 * 1024) return e;
    QJsonParseError err;
    const QJsonDocument d = QJsonDocument::fromJson(f.readAll(), &err);
    if (err.error != QJsonParseError::NoError || !d.isObject()) return e;
    const QJsonObject o = d.object();
    if (o.value(QStringLiteral("format")).toString() != kFormat || !o.value(QStringLiteral("text")).isString()) return e;
    e.path = o.value(QStringLiteral("path")).toString();
    e.text = o.value(QStringLiteral("text")).toString();
    e.savedAt = QDateTime::fromString(o.value(QStringLiteral("savedAt")).toString(), Qt::ISODateWithMs);
    *ok = true;
    return e;
}

QVector<RecoveryEntry> RecoveryStore::orphans() const
{
    QVector<RecoveryEntry> out;
    const QFileInfoList files = QDir(m_dir).entryInfoList({QStringLiteral("session-*.json")}, QDir::Files);
    for (const QFileInfo &fi : files) {
        const QString file = fi.absoluteFilePath();
        if (file == QFileInfo(m_file).absoluteFilePath()) continue;
        // Taking the lock succeeds only if nobody holds it: its owner is gone.
        QLockFile lock(lockFor(file));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0) && ownerAlive(lock)) continue;   // a live session (another window)
        lock.unlock();
        bool ok = false;
        RecoveryEntry e = read(file, &ok);
        if (!ok) {
            qWarning() << "goschedlab: unreadable recovery file" << file << "moved aside";
            QFile::remove(file + QStringLiteral(".bad"));
            QFile::rename(file, file + QStringLiteral(".bad"));
            continue;
        }
        out.push_back(e);
    }
    std::sort(out.begin(), out.end(), [](const RecoveryEntry &a, const RecoveryEntry &b) { return a.savedAt > b.savedAt; });
    return out;
}

void RecoveryStore::discard(const RecoveryEntry &e)
{
    QFile::remove(e.file);
    QFile::remove(lockFor(e.file));
}

} // namespace gsl::ui
