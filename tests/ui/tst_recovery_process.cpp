// ui.recovery_process — "killing the GUI mid-edit and restarting offers the
// edit back" (issue #8), with the real `goschedlab` binary in its own process:
// it is driven through --test-control (stdin/stdout line protocol), edited,
// left to autosave, SIGKILLed, and started again. Each case runs in a fresh
// temporary home (XDG_DATA_HOME / XDG_CONFIG_HOME), so nothing leaks between
// runs or into the user's folders.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {

QString guiBinary()
{
    QString p = qEnvironmentVariable("GSL_GUI");
    if (p.isEmpty()) p = QStringLiteral(GSL_BINARY_DIR "/app/goschedlab");
    return QFileInfo(p).isExecutable() ? p : QString();
}

// One running goschedlab --test-control.
class Gui
{
public:
    Gui(const QTemporaryDir &home, const QString &scenario, const QString &autoAnswer = QString())
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("GOSCHEDLAB_CONFIG_DIR"), home.filePath(QStringLiteral("config")));
        env.remove(QStringLiteral("GOSCHEDLAB_AUTOSAVE_MS"));   // the real 2 s debounce
        if (autoAnswer.isEmpty()) env.remove(QStringLiteral("GOSCHEDLAB_AUTO_ANSWER"));
        else env.insert(QStringLiteral("GOSCHEDLAB_AUTO_ANSWER"), autoAnswer);
        proc.setProcessEnvironment(env);
        proc.setProcessChannelMode(QProcess::SeparateChannels);
        proc.start(guiBinary(), {QStringLiteral("--test-control"), scenario});
    }
    ~Gui()
    {
        if (proc.state() != QProcess::NotRunning) {
            proc.kill();
            proc.waitForFinished(5000);
        }
    }
    // waitFor returns the first line starting with prefix (earlier lines are kept in `seen`).
    QString waitFor(const QString &prefix, int ms = 30000)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < ms) {
            while (proc.canReadLine()) {
                const QString line = QString::fromUtf8(proc.readLine()).trimmed();
                seen << line;
                if (line.startsWith(prefix)) return line;
            }
            if (proc.state() == QProcess::NotRunning) break;
            proc.waitForReadyRead(100);
        }
        return QString();
    }
    void send(const QByteArray &line)
    {
        proc.write(line + '\n');
        proc.waitForBytesWritten(2000);
    }
    QString text()
    {
        send("text");
        const QString l = waitFor(QStringLiteral("text "));
        return QString::fromUtf8(QByteArray::fromPercentEncoding(l.mid(5).toUtf8()));
    }
    QProcess proc;
    QStringList seen;
};

QStringList sessionFiles(const QTemporaryDir &home)
{
    return QDir(home.filePath(QStringLiteral("data/goschedlab/goschedlab/recovery")))
        .entryList({QStringLiteral("session-*.json")}, QDir::Files);
}

} // namespace

class TestRecoveryProcess : public QObject
{
    Q_OBJECT
private:
    // startEditKill: open a copy of a scenario, type `edit`, wait for the
    // autosave, SIGKILL. Returns the recovery file.
    QString startEditKill(const QTemporaryDir &home, const QString &scenario, const QByteArray &edit)
    {
        Gui g(home, scenario);
        if (g.waitFor(QStringLiteral("ready")).isEmpty()) {
            qWarning() << "no ready line; stderr:" << g.proc.readAllStandardError() << g.seen;
            return QString();
        }
        g.send("type " + edit.toPercentEncoding());
        if (g.waitFor(QStringLiteral("typed")).isEmpty()) return QString();
        QElapsedTimer t;
        t.start();
        const QString saved = g.waitFor(QStringLiteral("autosaved "), 20000);
        const qint64 after = t.elapsed();
        if (saved.isEmpty()) return QString();
        // Debounced: not at the keystroke, about 2 s after it.
        if (after < 1500) {
            qWarning() << "autosave came after only" << after << "ms";
            return QString();
        }
        qInfo() << "autosave" << after << "ms after the edit";
        const QString file = saved.mid(10);
        g.proc.kill();   // SIGKILL: no closeEvent, no destructors
        g.proc.waitForFinished(5000);
        return file;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (guiBinary().isEmpty()) QSKIP("the goschedlab binary is not built (GOSCHEDLAB_BUILD_GUI=OFF?)");
    }

    void killedEditIsOfferedAndRestored()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QString scenario = home.filePath(QStringLiteral("wg.go"));
        QVERIFY(QFile::copy(QStringLiteral(GSL_SCENARIO_DIR "/wg_add_inside.go"), scenario));
        const QByteArray original = [&] { QFile f(scenario); f.open(QIODevice::ReadOnly); return f.readAll(); }();
        const QByteArray edit = "\n// edit made just before the crash: wg.Add(3) goes before the loop\n";

        const QString file = startEditKill(home, scenario, edit);
        QVERIFY2(!file.isEmpty(), "no autosave before the kill");
        QVERIFY(QFileInfo::exists(file));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(f.readAll().contains("wg.Add(3) goes before the loop"));
        }
        // The file on disk was never touched by the autosave.
        {
            QFile f(scenario);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), original);
        }

        // Restart: the edit is offered (auto-accepted) and is back in the editor, unsaved.
        Gui g(home, scenario, QStringLiteral("accept"));
        const QString offered = g.waitFor(QStringLiteral("recovery-offered "));
        QVERIFY2(!offered.isEmpty(), qPrintable(g.seen.join(QLatin1Char('|'))));
        QCOMPARE(offered.mid(17), file);
        QVERIFY(!g.waitFor(QStringLiteral("ready")).isEmpty());
        const QString text = g.text();
        QCOMPARE(text, QString::fromUtf8(original + edit));
        g.send("state");
        const QString state = g.waitFor(QStringLiteral("state "));
        QVERIFY2(state.contains(QStringLiteral("modified=1")), qPrintable(state));
        QVERIFY2(state.endsWith(QStringLiteral("path=") + QFileInfo(scenario).absoluteFilePath()), qPrintable(state));
        // The dead session's file is gone; the new session protects the text at once.
        QVERIFY(!QFileInfo::exists(file));
        QTRY_COMPARE_WITH_TIMEOUT(sessionFiles(home).size(), 1, 5000);

        // Explicit save: atomic write, the recovery file goes away.
        g.send("save");
        QVERIFY(!g.waitFor(QStringLiteral("saved ")).isEmpty());
        {
            QFile f(scenario);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), original + edit);
        }
        QCOMPARE(sessionFiles(home).size(), 0);
        // Clean close: exit 0 and nothing left to recover.
        g.send("quit");
        QVERIFY(g.proc.waitForFinished(10000));
        QCOMPARE(g.proc.exitStatus(), QProcess::NormalExit);
        QCOMPARE(g.proc.exitCode(), 0);
        QCOMPARE(sessionFiles(home).size(), 0);
    }

    void discardedEditIsGone()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QString scenario = home.filePath(QStringLiteral("atomic.go"));
        QVERIFY(QFile::copy(QStringLiteral(GSL_SCENARIO_DIR "/atomic_counter.go"), scenario));
        const QString file = startEditKill(home, scenario, "\n// throwaway edit\n");
        QVERIFY2(!file.isEmpty(), "no autosave before the kill");

        Gui g(home, scenario, QStringLiteral("reject"));
        QVERIFY(!g.waitFor(QStringLiteral("recovery-offered ")).isEmpty());
        QVERIFY(!g.waitFor(QStringLiteral("ready")).isEmpty());
        QVERIFY(!g.text().contains(QStringLiteral("throwaway edit")));
        QVERIFY(!QFileInfo::exists(file));
        g.send("quit");
        QVERIFY(g.proc.waitForFinished(10000));
        QCOMPARE(g.proc.exitCode(), 0);

        // A third start finds nothing to offer.
        Gui again(home, scenario);
        QVERIFY(!again.waitFor(QStringLiteral("ready")).isEmpty());
        QVERIFY(!again.seen.join(QLatin1Char('\n')).contains(QStringLiteral("recovery-offered")));
    }
};

QTEST_GUILESS_MAIN(TestRecoveryProcess)
#include "tst_recovery_process.moc"
