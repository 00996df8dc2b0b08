// tst_cli_basics — goschedlab-cli as scripts use it: exit statuses (cli.md
// "Rules"), one clear line for bad input, Go's words on stderr, determinism.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "cli_process.h"

class TestCliBasics : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void usageErrors_data();
    void usageErrors();
    void missingFileIsIoError();
    void syntaxErrorIsDataError();
    void runPrintsProgramOutput();
    void deadlockIsGoFatal();
    void sameSeedSameBytes();
    void listShowsBundledScenarios();
    void raceReportedOnOneP();

private:
    using Out = gsl::testing::CliOut;
    static Out cli(const QStringList &args) { return gsl::testing::runCli(args); }
    QString scenario(const char *name) { return QStringLiteral(GSL_SCENARIO_DIR "/") + name; }
};

void TestCliBasics::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    const QString f = scenario("wg_add_inside.go");
    QTest::newRow("gomaxprocs-zero") << QStringList{"run", f, "--gomaxprocs", "0"} << "--gomaxprocs";
    QTest::newRow("gomaxprocs-negative") << QStringList{"run", f, "--gomaxprocs", "-2"} << "--gomaxprocs";
    QTest::newRow("cpus-zero") << QStringList{"run", f, "--cpus", "0"} << "--cpus";
    QTest::newRow("quota-zero") << QStringList{"run", f, "--quota", "0"} << "--quota";
    QTest::newRow("quota-negative") << QStringList{"run", f, "--quota", "-1"} << "--quota";
    QTest::newRow("quota-garbage") << QStringList{"run", f, "--quota", "lots"} << "--quota";
    QTest::newRow("period-too-short") << QStringList{"run", f, "--cpu-max", "500 900"} << "period";
    QTest::newRow("period-too-long") << QStringList{"run", f, "--cpu-max", "50000 2000000"} << "period";
    QTest::newRow("bad-go-version") << QStringList{"run", f, "--go", "2.0"} << "--go";
    QTest::newRow("bad-policy") << QStringList{"run", f, "--maxprocs-policy", "magic"} << "--maxprocs-policy";
    QTest::newRow("unknown-flag") << QStringList{"run", f, "--frobnicate", "1"} << "--frobnicate";
    QTest::newRow("unknown-command") << QStringList{"frobnicate"} << "frobnicate";
    QTest::newRow("missing-value") << QStringList{"run", f, "--seed"} << "--seed";
    QTest::newRow("no-file") << QStringList{"run"} << "FILE.go";
}

void TestCliBasics::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    Out o = cli(args);
    QCOMPARE(o.code, 64);
    QCOMPARE(o.err.count('\n'), 1);   // one clear line
    QVERIFY2(o.err.contains(mentions), qPrintable(o.err));
    QVERIFY(o.out.isEmpty());
}

void TestCliBasics::missingFileIsIoError()
{
    Out o = cli({"run", "/nonexistent/dir/x.go"});
    QCOMPARE(o.code, 74);
    QVERIFY2(o.err.contains("/nonexistent/dir/x.go"), qPrintable(o.err));
}

void TestCliBasics::syntaxErrorIsDataError()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("broken.go");
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("package main\n\nfunc main() {\n\tx := 1 +\n}\n");
    f.close();
    Out o = cli({"check", path});
    QCOMPARE(o.code, 65);
    QVERIFY2(o.err.startsWith(path + ":5:1: "), qPrintable(o.err));
    Out r = cli({"run", path});
    QCOMPARE(r.code, 65);
    QCOMPARE(r.err, o.err);
}

void TestCliBasics::runPrintsProgramOutput()
{
    // go-runtime.md Appendix A.2: Wait returns before any goroutine ran, on 1 and on 2 Ps.
    for (const char *procs : {"1", "2"}) {
        Out o = cli({"run", scenario("wg_add_inside.go"), "--gomaxprocs", procs});
        QCOMPARE(o.code, 0);
        QCOMPARE(o.out, QStringLiteral("ran=0\n"));
    }
    // Appendix A.1: on one P the last-spawned goroutine runs first (runnext).
    Out s = cli({"run", scenario("runnext_spawn_order.go"), "--gomaxprocs", "1"});
    QCOMPARE(s.code, 0);
    QCOMPARE(s.out.trimmed(), QStringLiteral("9 0 1 2 3 4 5 6 7 8"));
}

void TestCliBasics::deadlockIsGoFatal()
{
    Out o = cli({"run", scenario("deadlock_all_asleep.go"), "--gomaxprocs", "1"});
    QCOMPARE(o.code, 2);
    QVERIFY2(o.err.startsWith("fatal error: all goroutines are asleep - deadlock!\n"), qPrintable(o.err));
    QVERIFY2(o.err.contains("goroutine 1 ["), qPrintable(o.err));
}

void TestCliBasics::sameSeedSameBytes()
{
    const QStringList args{"run", scenario("racy_counter.go"), "--gomaxprocs", "2", "--seed", "7", "--trace-text"};
    Out a = cli(args), b = cli(args);
    QCOMPARE(a.code, 0);
    QCOMPARE(a.out, b.out);
    QCOMPARE(a.err, b.err);
    QVERIFY(a.err.size() > 1000);   // the trace text is really there
}

void TestCliBasics::listShowsBundledScenarios()
{
    Out o = cli({"list"});
    QCOMPARE(o.code, 0);
    QVERIFY(o.out.count('\n') >= 16);
    QVERIFY2(o.out.contains("wg_add_inside.go") && o.out.contains("WaitGroup.Add inside the goroutine"),
             qPrintable(o.out));
}

void TestCliBasics::raceReportedOnOneP()
{
    // go-runtime.md §8 / Appendix A.3: one P, correct total, yet -race reports and exits 66.
    Out o = cli({"run", scenario("racy_counter.go"), "--gomaxprocs", "1", "--race"});
    QCOMPARE(o.code, 66);
    QVERIFY2(o.err.contains("WARNING: DATA RACE"), qPrintable(o.err.left(2000)));
    QVERIFY2(o.err.contains("Found 1 data race(s)"), qPrintable(o.err.left(2000)));
}

QTEST_GUILESS_MAIN(TestCliBasics)
#include "tst_cli_basics.moc"
