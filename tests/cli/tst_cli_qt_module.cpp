// tst_cli_qt_module — goschedlab-cli starts without Qt; `report` and
// `calibrate` load it (goschedlab-cli-qt.so) when they run, and a missing
// module is one clear line, not a crash (app/cli/qt_commands.cpp).
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "cli_process.h"

class TestCliQtModule : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void runAndExploreLoadNoQt();
    void reportLoadsQtGui();
    void missingModuleIsOneClearLine();

private:
    using Out = gsl::testing::CliOut;
    // env: extra NAME=VALUE entries
    static Out cli(const QStringList &args, const QStringList &env = {})
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        for (const QString &kv : env) e.insert(kv.section('=', 0, 0), kv.section('=', 1));
        return gsl::testing::runCli(args, e);
    }
    // The shared objects the dynamic loader initialised (LD_DEBUG=libs).
    QStringList loadedLibraries(const QString &ldDebugOutput);
    QString scenario(const char *name) { return QStringLiteral(GSL_SCENARIO_DIR "/") + name; }
};

QStringList TestCliQtModule::loadedLibraries(const QString &ldDebugOutput)
{
    // glibc's LD_DEBUG=libs prints "calling init: /path/libX.so" per object.
    QStringList libs;
    for (const QString &line : ldDebugOutput.split('\n')) {
        const int at = line.indexOf(QStringLiteral("calling init: "));
        if (at >= 0) libs << line.mid(at + 14).trimmed();
    }
    return libs;
}

void TestCliQtModule::runAndExploreLoadNoQt()
{
    for (const QStringList &args : {QStringList{"run", scenario("wg_add_inside.go"), "--gomaxprocs", "1"},
                                    QStringList{"explore", scenario("wg_add_inside.go"), "--runs", "5"},
                                    QStringList{"list"}}) {
        Out o = cli(args, {"LD_DEBUG=libs"});
        const QStringList libs = loadedLibraries(o.err);
        QVERIFY2(libs.size() >= 3, qPrintable(args.join(' ') + ": LD_DEBUG listed: " + libs.join(", ")));
        QVERIFY2(libs.filter(QStringLiteral("libQt6")).isEmpty(),
                 qPrintable(args.join(' ') + " loaded Qt: " + libs.filter(QStringLiteral("libQt6")).join(", ")));
        QVERIFY2(libs.filter(QStringLiteral("goschedlab-cli-qt")).isEmpty(), qPrintable(args.join(' ')));
    }
}

void TestCliQtModule::reportLoadsQtGui()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString out = dir.filePath("r.svg");
    Out o = cli({"report", scenario("wg_add_inside.go"), "--gomaxprocs", "2", "--runs", "4", "-o", out},
                {"LD_DEBUG=libs"});
    QVERIFY2(o.code == 0, qPrintable(o.err.right(2000)));
    const QStringList libs = loadedLibraries(o.err);
    QVERIFY2(!libs.filter(QStringLiteral("goschedlab-cli-qt.so")).isEmpty(), qPrintable(libs.join(", ")));
    QVERIFY2(!libs.filter(QStringLiteral("libQt6Gui")).isEmpty(), qPrintable(libs.join(", ")));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().contains("<svg"));
}

void TestCliQtModule::missingModuleIsOneClearLine()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString out = dir.filePath("r.html");
    const QString missing = dir.filePath("nowhere/goschedlab-cli-qt.so");
    for (const QStringList &args : {QStringList{"report", scenario("wg_add_inside.go"), "--runs", "2", "-o", out},
                                    QStringList{"calibrate", "-o", dir.filePath("p.txt")}}) {
        Out o = cli(args, {"GOSCHEDLAB_CLI_QT=" + missing});
        QCOMPARE(o.code, 70);
        QCOMPARE(o.err.count('\n'), 1);
        QVERIFY2(o.err.contains(missing), qPrintable(o.err));
        QVERIFY2(o.err.contains(args.first()), qPrintable(o.err));
        QVERIFY(o.out.isEmpty());
    }
    QVERIFY(!QFile::exists(out));
    QVERIFY(!QFile::exists(dir.filePath("p.txt")));
}

QTEST_GUILESS_MAIN(TestCliQtModule)
#include "tst_cli_qt_module.moc"
