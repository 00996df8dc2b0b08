// tst_cli_calibrate — `goschedlab-cli calibrate`'s contract without running
// the benchmarks: usage errors (64), no Go toolchain on PATH (69, one line),
// an unwritable -o (74, checked before the minute of benchmarks). The run
// with the real toolchain is cli.cli_calibrate_run (label slow).
#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "cli_process.h"

class TestCliCalibrate : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void usage_data();
    void usage();
    void noGoToolchain();
    void unwritableOutput();

private:
    using Out = gsl::testing::CliOut;
    static Out cli(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        return gsl::testing::runCli(args, env);
    }
};

void TestCliCalibrate::usage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no-output") << QStringList{"calibrate"} << "-o FILE";
    QTest::newRow("runs-zero") << QStringList{"calibrate", "-o", "x.profile", "--runs", "0"} << "--runs";
    QTest::newRow("runs-garbage") << QStringList{"calibrate", "-o", "x.profile", "--runs", "many"} << "--runs";
    QTest::newRow("bad-benchtime") << QStringList{"calibrate", "-o", "x.profile", "--benchtime", "a while"} << "--benchtime";
    QTest::newRow("file-argument") << QStringList{"calibrate", "x.go", "-o", "x.profile"} << "no file argument";
    QTest::newRow("unknown-flag") << QStringList{"calibrate", "-o", "x.profile", "--fast"} << "--fast";
}

void TestCliCalibrate::usage()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    Out o = cli(args);
    QCOMPARE(o.code, 64);
    QVERIFY2(o.err.contains(mentions), qPrintable(o.err));
    QCOMPARE(o.err.count('\n'), 1);
    QVERIFY(!QFile::exists("x.profile"));
}

void TestCliCalibrate::noGoToolchain()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("PATH", dir.path()); // an empty directory: no `go`
    const QString out = dir.filePath("m.profile");
    Out o = cli({"calibrate", "-o", out}, env);
    QCOMPARE(o.code, 69);
    QCOMPARE(o.err, QString("goschedlab-cli calibrate: needs the Go toolchain, but `go` is not on PATH "
                            "(Debian: apt-get install golang-go)\n"));
    QVERIFY(o.out.isEmpty());
    QVERIFY(!QFile::exists(out));
}

void TestCliCalibrate::unwritableOutput()
{
    if (QStandardPaths::findExecutable("go").isEmpty())
        QSKIP("no `go` on PATH: calibrate stops at the missing toolchain (69) before it looks at -o");
    Out o = cli({"calibrate", "-o", "/nonexistent-dir/m.profile", "--runs", "1"});
    QCOMPARE(o.code, 74);
    QVERIFY2(o.err.startsWith("goschedlab-cli: cannot write /nonexistent-dir/m.profile"), qPrintable(o.err));
    QCOMPARE(o.err.count('\n'), 1);
}

QTEST_GUILESS_MAIN(TestCliCalibrate)
#include "tst_cli_calibrate.moc"
