// recoverystore.h — the files autosave writes and recovery reads.
//
// Each running goschedlab owns one session in
// QStandardPaths::AppDataLocation/recovery/: session-ID.json (the editor's
// text, the file it belongs to, when it was saved) and session-ID.lock, a
// QLockFile held while the process lives. A session whose lock is stale
// (its process died: crash, SIGKILL, power loss) is an orphan, and its text
// is offered back on the next start. Writes go through QSaveFile, so a
// recovery file is always the old one or the new one, never half of each.
#pragma once

#include <QDateTime>
#include <QLockFile>
#include <QString>
#include <QVector>

#include <memory>

namespace gsl::ui {

struct RecoveryEntry {
    QString file;        // the session's .json
    QString path;        // the scenario it was an edit of ("" = untitled)
    QString text;        // the editor's text
    QDateTime savedAt;
};

class RecoveryStore
{
public:
    // dir "" = AppDataLocation/recovery.
    explicit RecoveryStore(const QString &dir = QString());
    ~RecoveryStore();

    QString directory() const { return m_dir; }
    QString sessionFile() const { return m_file; }

    // save writes this session's recovery file atomically; "" or the problem.
    QString save(const QString &path, const QString &text);
    // clear removes this session's recovery file (clean close, explicit save).
    void clear();
    bool hasFile() const;

    // orphans: recovery files of sessions whose process is gone, newest first.
    // Unreadable files are moved aside (.bad) and skipped.
    QVector<RecoveryEntry> orphans() const;
    // discard removes an orphan's files.
    static void discard(const RecoveryEntry &e);

    static RecoveryEntry read(const QString &file, bool *ok);

private:
    QString m_dir;
    QString m_file;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace gsl::ui
