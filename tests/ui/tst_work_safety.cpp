// ui.work_safety — the rest of "no lost work" (issue #8 item 6), in process:
// a file changed by another program is reloaded (or, with unsaved edits, the
// user is asked); Save is atomic (a new inode renamed over the old file, no
// temporary left behind) and clears the recovery file; a corrupt settings
// file falls back to defaults with a warning in the status bar; the recovery
// prompt (screenshot in ${GSL_BINARY_DIR}/screenshots/).
#include "ui/budget/budgetguard.h"
#include "ui/config/configpanel.h"
#include "ui/editor/goeditor.h"
#include "ui/mainwindow.h"
#include "ui/persistence/prompts.h"
#include "ui/persistence/recoverystore.h"
#include "ui/persistence/settingsguard.h"
#include "ui/persistence/worksafety.h"

#include <QAbstractButton>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSaveFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTextCursor>
#include <QtTest>

#include <sys/stat.h>

using namespace gsl;
using namespace gsl::ui;

namespace {
QString shot(const QString &name)
{
    QDir().mkpath(QStringLiteral(GSL_BINARY_DIR "/screenshots"));
    return QStringLiteral(GSL_BINARY_DIR "/screenshots/") + name;
}
QByteArray readAll(const QString &p)
{
    QFile f(p);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}
void writeAll(const QString &p, const QByteArray &b)
{
    QFile f(p);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(b), b.size());
}
ino_t inode(const QString &p)
{
    struct stat st {};
    return ::stat(QFile::encodeName(p).constData(), &st) == 0 ? st.st_ino : 0;
}
void typeAtEnd(QPlainTextEdit *e, const QString &s)
{
    QTextCursor c(e->document());
    c.movePosition(QTextCursor::End);
    c.insertText(s);
}
} // namespace

class TestWorkSafety : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("goschedlab-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_work_safety"));
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_cfg.isValid());
        qputenv("GOSCHEDLAB_CONFIG_DIR", m_cfg.path().toUtf8());
        installSettingsLocation();
        QVERIFY(settingsFilePath().startsWith(m_cfg.path()));
    }
    void init() { qunsetenv("GOSCHEDLAB_AUTO_ANSWER"); }

    void externalChangeIsReloaded()
    {
        QTemporaryDir dir;
        const QString p = dir.filePath(QStringLiteral("scn.go"));
        QVERIFY(QFile::copy(QStringLiteral(GSL_SCENARIO_DIR "/atomic_counter.go"), p));
        QFile::setPermissions(p, QFile::ReadOwner | QFile::WriteOwner);
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(p));
        QVERIFY(!w.editor()->document()->isModified());
        // Another program rewrites it in place…
        const QByteArray v2 = readAll(p).replace("package main", "package main\n\n// changed by another program");
        writeAll(p, v2);
        QTRY_COMPARE_WITH_TIMEOUT(w.editor()->toPlainText(), QString::fromUtf8(v2), 5000);
        QVERIFY(!w.editor()->document()->isModified());
        // …and then replaces it by a rename (how most editors save).
        const QByteArray v3 = v2 + "\n// third version, renamed over the file\n";
        {
            QSaveFile sf(p);
            QVERIFY(sf.open(QIODevice::WriteOnly));
            sf.write(v3);
            QVERIFY(sf.commit());
        }
        QTRY_COMPARE_WITH_TIMEOUT(w.editor()->toPlainText(), QString::fromUtf8(v3), 5000);
    }

    void externalChangeWithUnsavedEditsAsks()
    {
        QTemporaryDir dir;
        const QString p = dir.filePath(QStringLiteral("scn.go"));
        QVERIFY(QFile::copy(QStringLiteral(GSL_SCENARIO_DIR "/atomic_counter.go"), p));
        QFile::setPermissions(p, QFile::ReadOwner | QFile::WriteOwner);
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(p));
        typeAtEnd(w.editor(), QStringLiteral("\n// my unsaved edit\n"));
        QVERIFY(w.editor()->document()->isModified());

        // "Keep my edits": the editor keeps them, the status bar says why.
        qputenv("GOSCHEDLAB_AUTO_ANSWER", "reject");
        writeAll(p, readAll(p) + "\n// theirs 1\n");
        QTRY_VERIFY_WITH_TIMEOUT(w.statusBar()->currentMessage().contains(QStringLiteral("kept your edits")), 5000);
        QVERIFY(w.editor()->toPlainText().contains(QStringLiteral("my unsaved edit")));
        QVERIFY(!w.editor()->toPlainText().contains(QStringLiteral("theirs 1")));

        // "Reload": their version replaces the edit.
        qputenv("GOSCHEDLAB_AUTO_ANSWER", "accept");
        writeAll(p, readAll(p) + "\n// theirs 2\n");
        QTRY_VERIFY_WITH_TIMEOUT(w.editor()->toPlainText().contains(QStringLiteral("theirs 2")), 5000);
        QVERIFY(!w.editor()->toPlainText().contains(QStringLiteral("my unsaved edit")));
        QVERIFY(!w.editor()->document()->isModified());
    }

    void saveIsAtomicAndClearsRecovery()
    {
        QTemporaryDir dir;
        const QString p = dir.filePath(QStringLiteral("scn.go"));
        QVERIFY(QFile::copy(QStringLiteral(GSL_SCENARIO_DIR "/atomic_counter.go"), p));
        QFile::setPermissions(p, QFile::ReadOwner | QFile::WriteOwner);
        MainWindow w;
        QVERIFY(w.openFile(p));
        WorkSafety *ws = w.workSafety();
        typeAtEnd(w.editor(), QStringLiteral("\n// saved edit\n"));
        QVERIFY(w.isWindowModified());
        ws->autosaveNow();
        QVERIFY(ws->store().hasFile());
        const ino_t before = inode(p);
        QSignalSpy reloads(ws, &WorkSafety::reloadRequested);
        QVERIFY(ws->save());
        QCOMPARE(readAll(p), w.editor()->toPlainText().toUtf8());
        QVERIFY(inode(p) != before);   // a new file renamed over the old one, not rewritten in place
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("scn.go")});
        QVERIFY(!ws->store().hasFile());
        QVERIFY(!w.editor()->document()->isModified());
        QVERIFY(!w.isWindowModified());
        QTest::qWait(500);
        QCOMPARE(reloads.size(), 0);   // our own save is not "changed by another program"

        // Saving into a folder we cannot write fails cleanly and keeps the edit.
        typeAtEnd(w.editor(), QStringLiteral("// second edit\n"));
        QVERIFY(!ws->saveTo(QStringLiteral("/proc/goschedlab-no/scn.go")).isEmpty());
        QVERIFY(w.statusBar()->currentMessage().startsWith(QStringLiteral("Cannot save")));
        QVERIFY(w.editor()->document()->isModified());
        QCOMPARE(ws->path(), QFileInfo(p).absoluteFilePath());
    }

    void autosaveIsDebounced()
    {
        QTemporaryDir dir;
        QPlainTextEdit ed;
        QWidget win;
        WorkSafety ws(&win, &ed, dir.path());
        QCOMPARE(ws.autosaveInterval(), 2000);
        QSignalSpy saved(&ws, &WorkSafety::autosaved);
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < 5; ++i) {   // typing: each key restarts the 2 s wait
            typeAtEnd(&ed, QStringLiteral("x"));
            QTest::qWait(300);
        }
        QCOMPARE(saved.size(), 0);
        QVERIFY(saved.wait(5000));
        QVERIFY2(t.elapsed() >= 1200 + 1900, qPrintable(QString::number(t.elapsed())));
        bool ok = false;
        const RecoveryEntry e = RecoveryStore::read(saved.first().first().toString(), &ok);
        QVERIFY(ok);
        QCOMPARE(e.text, QStringLiteral("xxxxx"));
    }

    void corruptSettingsFallBackToDefaults()
    {
        const QString file = settingsFilePath();
        QDir().mkpath(QFileInfo(file).absolutePath());
        // Binary garbage where the INI file should be.
        QByteArray garbage;
        for (int i = 0; i < 600; ++i) garbage.append(char((i * 131 + 7) % 256));
        writeAll(file, "[General]\nrecentFiles=/tmp/x.go\n" + garbage);
        {
            MainWindow w;
            const QString msg = w.statusBar()->currentMessage();
            QVERIFY2(msg.contains(QStringLiteral("damaged")) && msg.contains(QStringLiteral("defaults")), qPrintable(msg));
            QVERIFY(QFileInfo::exists(file + QStringLiteral(".corrupt")));
            QVERIFY(w.recentFiles().isEmpty());
            QCOMPARE(w.budgetGuard()->budgets().maxSteps, runtime::Budgets{}.maxSteps);
            QCOMPARE(w.configPanel()->config().cpus, runtime::RunConfig{}.cpus);
        }
        // The repaired file reads back clean.
        QSettings s;
        QVERIFY(looksLikeIni(readAll(file)));
        QCOMPARE(checkSettings(s).warning, QString());
    }

    void invalidValuesAreDropped()
    {
        const QString file = settingsFilePath();
        const QString existing = QStringLiteral(GSL_SCENARIO_DIR "/atomic_counter.go");
        writeAll(file, "[General]\n"
                       "lastConfig=gomaxprocs=banana cpus=4\n"
                       "recentFiles=" + existing.toUtf8() + ", /nonexistent/gone.go\n"
                       "[budgets]\n"
                       "max-steps=-5\n"
                       "max-time=10s\n"
                       "[window]\n"
                       "geometry=not a byte array\n");
        MainWindow w;
        const QString msg = w.statusBar()->currentMessage();
        QVERIFY2(msg.contains(QStringLiteral("lastConfig")), qPrintable(msg));
        QVERIFY2(msg.contains(QStringLiteral("budgets/max-steps")), qPrintable(msg));
        QVERIFY2(msg.contains(QStringLiteral("window/geometry")), qPrintable(msg));
        QVERIFY2(!msg.contains(QStringLiteral("max-time")), qPrintable(msg));
        // Valid values survive, invalid ones are defaults, missing files are forgotten.
        QCOMPARE(w.budgetGuard()->budgets().maxSimTime, 10 * kSecond);
        QCOMPARE(w.budgetGuard()->budgets().maxSteps, runtime::Budgets{}.maxSteps);
        QCOMPARE(w.recentFiles(), QStringList{existing});
    }

    void recoveryPromptScreenshot()
    {
        QTemporaryDir dir;
        // An orphan: a session file whose owner (no lock held) is gone.
        {
            QFile f(dir.filePath(QStringLiteral("session-424242-1.json")));
            QVERIFY(f.open(QIODevice::WriteOnly));
            QJsonObject o;
            o[QStringLiteral("format")] = QStringLiteral("goschedlab-recovery");
            o[QStringLiteral("version")] = 1;
            o[QStringLiteral("path")] = QStringLiteral("/home/student/wg.go");
            o[QStringLiteral("text")] = QStringLiteral("package main\n\nfunc main() {\n\t// recovered edit\n}\n");
            o[QStringLiteral("savedAt")] = QStringLiteral("2026-11-27T10:00:00.000Z");
            f.write(QJsonDocument(o).toJson());
        }
        // A garbage one is moved aside, never offered.
        writeAll(dir.filePath(QStringLiteral("session-1-2.json")), "{not json");
        QWidget win;
        win.resize(700, 400);
        win.show();
        QPlainTextEdit ed(&win);
        WorkSafety ws(&win, &ed, dir.path());
        QSignalSpy offered(&ws, &WorkSafety::recoveryOffered);
        QSignalSpy recover(&ws, &WorkSafety::recoverRequested);
        bool shotTaken = false;
        QTimer::singleShot(300, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            QCOMPARE(box->objectName(), QStringLiteral("recoveryPrompt"));
            QVERIFY(box->text().contains(QStringLiteral("wg.go")));
            const QImage img = box->grab().toImage();
            shotTaken = img.save(shot(QStringLiteral("recovery_prompt.png")));
            for (QAbstractButton *b : box->buttons())
                if (b->text() == QStringLiteral("Recover")) b->click();
        });
        QVERIFY(ws.offerRecovery());
        QVERIFY(shotTaken);
        QCOMPARE(offered.size(), 1);
        QCOMPARE(recover.size(), 1);
        QCOMPARE(recover.first().at(0).toString(), QStringLiteral("/home/student/wg.go"));
        QVERIFY(recover.first().at(1).toString().contains(QStringLiteral("// recovered edit")));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("session-424242-1.json"))));
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("session-1-2.json.bad"))));
    }

    void liveSessionIsNotAnOrphan()
    {
        QTemporaryDir dir;
        RecoveryStore other(dir.path());   // another window of a running goschedlab
        QCOMPARE(other.save(QString(), QStringLiteral("theirs")), QString());
        RecoveryStore mine(dir.path());
        QCOMPARE(mine.orphans().size(), 0);
    }

private:
    QTemporaryDir m_cfg;
};

QTEST_MAIN(TestWorkSafety)
#include "tst_work_safety.moc"
