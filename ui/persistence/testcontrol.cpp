#include "ui/persistence/testcontrol.h"

#include "ui/editor/goeditor.h"
#include "ui/mainwindow.h"
#include "ui/persistence/worksafety.h"
#include "ui/races/analysiscontroller.h"

#include <QSocketNotifier>
#include <QStatusBar>
#include <QTextCursor>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

namespace gsl::ui {

TestControl::TestControl(MainWindow *w) : QObject(w), m_w(w)
{
    m_notifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &TestControl::readCommands);
    WorkSafety *ws = w->workSafety();
    connect(ws, &WorkSafety::autosaved, this, [this](const QString &f) { reply("autosaved " + f.toUtf8()); });
    connect(ws, &WorkSafety::recoveryOffered, this, [this](const QString &f) { reply("recovery-offered " + f.toUtf8()); });
    connect(w->statusBar(), &QStatusBar::messageChanged, this, [this](const QString &m) {
        if (!m.isEmpty()) reply("status " + m.toUtf8().toPercentEncoding(" "));
    });
    // The races panel's background analysis of a run is done (bench_gui waits for it).
    if (auto *ac = w->findChild<AnalysisController *>(QStringLiteral("analysisController")))
        connect(ac, &AnalysisController::analysisFinished, this, [this] { reply("analysed"); });
    // After main()'s start-up callback (recovery offer, opening the file).
    QTimer::singleShot(0, this, [this] { reply("ready"); });
}

void TestControl::reply(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void TestControl::readCommands()
{
    char buf[4096];
    const ssize_t n = ::read(STDIN_FILENO, buf, sizeof buf);
    if (n <= 0) {
        m_notifier->setEnabled(false);   // the test closed our stdin
        return;
    }
    m_buffer.append(buf, n);
    qsizetype nl;
    while ((nl = m_buffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_buffer.left(nl).trimmed();
        m_buffer.remove(0, nl + 1);
        if (!line.isEmpty()) handle(line);
    }
}

void TestControl::handle(const QByteArray &line)
{
    const qsizetype sp = line.indexOf(' ');
    const QByteArray cmd = sp < 0 ? line : line.left(sp);
    const QByteArray arg = sp < 0 ? QByteArray() : line.mid(sp + 1);
    GoEditor *ed = m_w->editor();
    if (cmd == "type") {
        QTextCursor c(ed->document());
        c.movePosition(QTextCursor::End);
        c.insertText(QString::fromUtf8(QByteArray::fromPercentEncoding(arg)));
        reply("typed");
    } else if (cmd == "text") {
        reply("text " + ed->toPlainText().toUtf8().toPercentEncoding());
    } else if (cmd == "state") {
        reply("state modified=" + QByteArray(ed->document()->isModified() ? "1" : "0") + " path=" + m_w->currentPath().toUtf8());
    } else if (cmd == "save") {
        reply(m_w->workSafety()->save() ? "saved " + m_w->currentPath().toUtf8() : QByteArray("error save failed"));
    } else if (cmd == "quit") {
        m_w->close();
    } else {
        reply("error unknown command " + cmd);
    }
}

} // namespace gsl::ui
