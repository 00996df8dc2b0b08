// worksafety.h — nothing a user typed is lost.
//
//  * Autosave: 2 s after the last edit (GOSCHEDLAB_AUTOSAVE_MS overrides) the
//    editor's text goes to this session's recovery file (RecoveryStore,
//    atomic QSaveFile). A clean close or an explicit save removes it.
//  * Recovery: offerRecovery() finds the files of sessions that died (crash,
//    kill) and asks Recover / Discard (prompts.h).
//  * Save / Save As write the scenario atomically (QSaveFile).
//  * The open file is watched (QFileSystemWatcher): changed by another
//    program, it is reloaded when the editor has no unsaved edits, and the
//    user is asked when it has.
#pragma once

#include "ui/persistence/recoverystore.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>

class QFileSystemWatcher;
class QPlainTextEdit;
class QWidget;

namespace gsl::ui {

class WorkSafety : public QObject
{
    Q_OBJECT
public:
    // window: parent of the prompts, whose windowModified follows the editor.
    WorkSafety(QWidget *window, QPlainTextEdit *editor, const QString &recoveryDir = QString());
    ~WorkSafety() override;

    RecoveryStore &store() { return m_store; }
    QString path() const { return m_path; }
    int autosaveInterval() const { return m_autosave.interval(); }
    bool hasUnsavedEdits() const;

    // fileOpened: the editor now shows `bytes`, the content of path on disk.
    void fileOpened(const QString &path, const QByteArray &bytes);
    // recoveredText: the editor shows a recovered edit of path ("" = untitled).
    void textRecovered(const QString &path);

    // offerRecovery asks about every orphaned session (newest first) until one
    // is recovered; true when the editor now holds a recovered edit.
    bool offerRecovery();

    // saveTo writes the editor's text to path atomically and makes it the
    // current file. "" or the problem (also shown via message()).
    QString saveTo(const QString &path);
    bool save();     // to path(), or Save As when untitled
    bool saveAs();   // asks for a file
    // maybeSave: before closing; false = the user cancelled the close.
    bool maybeSave();
    // cleanShutdown: the edit is saved or deliberately discarded; forget it.
    void cleanShutdown();

    // autosaveNow writes the recovery file at once (also the timer's slot).
    void autosaveNow();
    // checkDisk compares the watched file with what the editor was loaded from.
    void checkDisk();

Q_SIGNALS:
    void message(const QString &text);                         // for the status bar
    void autosaved(const QString &recoveryFile);
    void recoveryOffered(const QString &recoveryFile);
    void recoverRequested(const QString &path, const QString &text);
    void reloadRequested(const QString &path);                 // load path again (no unsaved edits lost)
    void pathChanged(const QString &path);                     // after Save As
    void saved(const QString &path);

private:
    void watch(const QString &path);

    QWidget *m_window = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    RecoveryStore m_store;
    QTimer m_autosave;
    QTimer m_diskCheck;
    QFileSystemWatcher *m_watcher = nullptr;
    QString m_path;
    QByteArray m_diskBytes;     // what the editor was loaded from / last saved
    bool m_asking = false;
};

} // namespace gsl::ui
