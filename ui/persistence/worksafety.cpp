#include "ui/persistence/worksafety.h"

#include "ui/persistence/prompts.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QPlainTextEdit>
#include <QSaveFile>
#include <QTextDocument>

namespace gsl::ui {

WorkSafety::WorkSafety(QWidget *window, QPlainTextEdit *editor, const QString &recoveryDir)
    : QObject(window), m_window(window), m_editor(editor), m_store(recoveryDir)
{
    setObjectName(QStringLiteral("workSafety"));
    bool ok = false;
    const int ms = qEnvironmentVariableIntValue("GOSCHEDLAB_AUTOSAVE_MS", &ok);
    m_autosave.setInterval(ok && ms > 0 ? ms : 2000);
    m_autosave.setSingleShot(true);
    connect(&m_autosave, &QTimer::timeout, this, &WorkSafety::autosaveNow);
    // Editors save in steps (truncate + write, or write + rename): look once it settles.
    m_diskCheck.setInterval(150);
    m_diskCheck.setSingleShot(true);
    connect(&m_diskCheck, &QTimer::timeout, this, &WorkSafety::checkDisk);
    m_watcher = new QFileSystemWatcher(this);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, [this] { m_diskCheck.start(); });
    // A rename over the file drops it from the watcher; its folder still reports.
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] { m_diskCheck.start(); });

    QTextDocument *doc = editor->document();
    connect(doc, &QTextDocument::contentsChanged, this, [this] { m_autosave.start(); });
    connect(doc, &QTextDocument::modificationChanged, window, [window](bool m) {
        if (window->windowTitle().contains(QLatin1String("[*]"))) window->setWindowModified(m);
    });
}

WorkSafety::~WorkSafety() = default;

bool WorkSafety::hasUnsavedEdits() const
{
    return m_editor->document()->isModified();
}

void WorkSafety::autosaveNow()
{
    m_autosave.stop();
    if (!hasUnsavedEdits()) {
        m_store.clear();   // nothing to lose
        return;
    }
    const QString problem = m_store.save(m_path, m_editor->toPlainText());
    if (!problem.isEmpty()) {
        Q_EMIT message(tr("Autosave failed: %1").arg(problem));
        return;
    }
    Q_EMIT autosaved(m_store.sessionFile());
}

void WorkSafety::watch(const QString &path)
{
    if (!m_watcher->files().isEmpty()) m_watcher->removePaths(m_watcher->files());
    if (!m_watcher->directories().isEmpty()) m_watcher->removePaths(m_watcher->directories());
    if (path.isEmpty()) return;
    m_watcher->addPath(path);
    m_watcher->addPath(QFileInfo(path).absolutePath());
}

void WorkSafety::fileOpened(const QString &path, const QByteArray &bytes)
{
    m_path = path;
    m_diskBytes = bytes;
    m_autosave.stop();
    m_store.clear();
    watch(path);
}

void WorkSafety::textRecovered(const QString &path)
{
    m_path = path;
    QFile f(path);
    m_diskBytes = !path.isEmpty() && f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    watch(path);
    autosaveNow();   // the recovered text is protected by this session at once
}

bool WorkSafety::offerRecovery()
{
    const QVector<RecoveryEntry> found = m_store.orphans();
    for (const RecoveryEntry &e : found) {
        Q_EMIT recoveryOffered(e.file);
        const QString name = e.path.isEmpty() ? tr("an untitled scenario") : QFileInfo(e.path).fileName();
        const QString when = e.savedAt.isValid() ? QLocale().toString(e.savedAt.toLocalTime(), QLocale::ShortFormat) : tr("unknown time");
        const int lines = int(e.text.count(QLatin1Char('\n'))) + 1;
        const int pick = ask(m_window, QStringLiteral("recoveryPrompt"), tr("Recover unsaved edits?"),
                             tr("goschedlab did not close cleanly last time. Unsaved edits of %1 (%2 lines, autosaved %3) "
                                "can be recovered.")
                                 .arg(name).arg(lines).arg(when),
                             {tr("Recover"), tr("Discard")},
                             (e.path.isEmpty() ? QString() : e.path + QStringLiteral("\n\n")) + e.text.left(4000));
        if (pick == 0) {
            Q_EMIT recoverRequested(e.path, e.text);
            textRecovered(e.path);
            RecoveryStore::discard(e);
            Q_EMIT message(tr("Recovered unsaved edits of %1").arg(name));
            return true;
        }
        if (pick == 1) RecoveryStore::discard(e);
        // Escape: keep the file; it is offered again next time.
    }
    return false;
}

QString WorkSafety::saveTo(const QString &path)
{
    const QByteArray bytes = m_editor->toPlainText().toUtf8();
    QSaveFile f(path);
    QString problem;
    if (!f.open(QIODevice::WriteOnly)) problem = f.errorString();
    else if (f.write(bytes) != bytes.size()) {
        problem = f.errorString();
        f.cancelWriting();
    } else if (!f.commit()) problem = f.errorString();
    if (!problem.isEmpty()) {
        Q_EMIT message(tr("Cannot save %1: %2").arg(QDir::toNativeSeparators(path), problem));
        return problem;
    }
    const QString abs = QFileInfo(path).absoluteFilePath();
    const bool renamed = abs != m_path;
    m_path = abs;
    m_diskBytes = bytes;
    m_editor->document()->setModified(false);
    m_autosave.stop();
    m_store.clear();
    watch(abs);
    if (renamed) Q_EMIT pathChanged(abs);
    Q_EMIT saved(abs);
    Q_EMIT message(tr("Saved %1").arg(QDir::toNativeSeparators(abs)));
    return QString();
}

bool WorkSafety::save()
{
    if (m_path.isEmpty()) return saveAs();
    return saveTo(m_path).isEmpty();
}

bool WorkSafety::saveAs()
{
    const QString p = QFileDialog::getSaveFileName(m_window, tr("Save scenario"), m_path, tr("Go files (*.go)"));
    if (p.isEmpty()) return false;
    return saveTo(p.endsWith(QLatin1String(".go")) ? p : p + QStringLiteral(".go")).isEmpty();
}

bool WorkSafety::maybeSave()
{
    if (!hasUnsavedEdits()) return true;
    const QString name = m_path.isEmpty() ? tr("the untitled scenario") : QFileInfo(m_path).fileName();
    const int pick = ask(m_window, QStringLiteral("savePrompt"), tr("Save changes?"),
                         tr("Save your changes to %1 before closing?").arg(name), {tr("Save"), tr("Discard"), tr("Cancel")});
    if (pick == 0) return save();
    return pick == 1;
}

void WorkSafety::cleanShutdown()
{
    m_autosave.stop();
    m_store.clear();
}

void WorkSafety::checkDisk()
{
    if (m_path.isEmpty() || m_asking) return;
    if (!m_watcher->files().contains(m_path) && QFileInfo::exists(m_path)) m_watcher->addPath(m_path);
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly)) return;   // deleted or being replaced: the editor keeps the text
    const QByteArray now = f.readAll();
    if (now == m_diskBytes) return;             // our own save, or a touch
    const QString name = QFileInfo(m_path).fileName();
    if (!hasUnsavedEdits()) {
        Q_EMIT message(tr("%1 changed on disk; reloaded").arg(name));
        Q_EMIT reloadRequested(m_path);
        return;
    }
    m_asking = true;
    const int pick = ask(m_window, QStringLiteral("reloadPrompt"), tr("File changed on disk"),
                         tr("%1 was changed by another program, and you have unsaved edits. Reload it and lose your edits, "
                            "or keep your version?")
                             .arg(name),
                         {tr("Reload"), tr("Keep my edits")});
    m_asking = false;
    if (pick == 0) {
        Q_EMIT message(tr("%1 reloaded from disk").arg(name));
        Q_EMIT reloadRequested(m_path);
    } else {
        m_diskBytes = now;   // ask again only if it changes once more
        Q_EMIT message(tr("%1 changed on disk; kept your edits (save to overwrite it)").arg(name));
    }
}

} // namespace gsl::ui
