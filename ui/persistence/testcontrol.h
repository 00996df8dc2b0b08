// testcontrol.h — `goschedlab --test-control`: a line protocol on stdin/stdout
// so a test can drive the real binary in a separate process (and SIGKILL it).
// Off unless that hidden option is given.
//
// Commands (stdin, one per line; TEXT is percent-encoded UTF-8):
//   type TEXT    insert TEXT at the end of the editor, as typing would
//   text         reply "text TEXT" with the editor's whole text
//   state        reply "state modified=0|1 path=PATH"
//   save         File → Save; reply "saved PATH" (or "error ...")
//   quit         close the window (a clean close)
// Events (stdout): "ready", "autosaved FILE", "recovery-offered FILE",
// "status MESSAGE", "analysed" (the races panel's analysis of a run arrived).
#pragma once

#include <QObject>

class QSocketNotifier;

namespace gsl::ui {

class MainWindow;

class TestControl : public QObject
{
    Q_OBJECT
public:
    explicit TestControl(MainWindow *w);

private:
    void readCommands();
    void handle(const QByteArray &line);
    void reply(const QByteArray &line);

    MainWindow *m_w;
    QSocketNotifier *m_notifier = nullptr;
    QByteArray m_buffer;
};

} // namespace gsl::ui
