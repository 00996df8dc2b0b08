// tst_run_untrusted — a scenario cannot touch the filesystem, the network, the
// environment or the host process (issue 8, item 7).
//   - rejected(): every row of data/untrusted.txt (os.Open, os.Getenv, net,
//     os/exec, io/ioutil, syscall, unsafe, cgo, ...) is rejected by
//     compileScenario at the row's LINE:COL, before any code runs;
//   - osExitEndsOnlyTheSimulation(): os.Exit(n) in a goroutine ends the
//     simulated process with status n, and this (the host) process goes on:
//     a second simulation afterwards runs normally;
//   - hostEnvironmentIsInvisible(): the host's GOMAXPROCS variable and CPU
//     count do not leak into the simulated runtime; only RunConfig does.
#include <QtTest>

#ifndef Q_MOC_RUN
#include "sim/run/run.h"
#include "../lang/rows.h"
#endif

#include <cstdlib>
#include <thread>

using namespace gsl;

class TstRunUntrusted : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rejected_data();
    void rejected();
    void osExitEndsOnlyTheSimulation();
    void hostEnvironmentIsInvisible();
};

void TstRunUntrusted::rejected_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("unsupported");
    const auto rows = lang::test::readRows(std::string(GSL_TEST_DATA_DIR) + "/sim/run/data/untrusted.txt");
    QVERIFY(rows.size() >= 30);
    for (const auto &r : rows)
        QTest::newRow(r.name.c_str()) << QString::fromStdString(r.source) << QString::fromStdString(r.expected)
                                      << (r.header.find("[unsupported]") != std::string::npos);
}

void TstRunUntrusted::rejected()
{
    QFETCH(QString, source);
    QFETCH(QString, expected);
    QFETCH(bool, unsupported);
    run::Scenario sc = run::compileScenario("evil.go", source.toStdString(), GoVersion{1, 22});
    QVERIFY2(!sc.ok(), "the scenario must be rejected before it runs");
    QVERIFY(!sc.compiled.diagnostics.empty());
    const lang::Diagnostic &d = sc.compiled.diagnostics.front();
    const QString pos = expected.section(QLatin1Char(' '), 0, 0);   // "LINE:COL:"
    const QString text = expected.section(QLatin1Char(' '), 1);
    QCOMPARE(QStringLiteral("%1:%2:").arg(d.line).arg(d.col), pos);
    const QString msg = QString::fromStdString(d.message);
    QVERIFY2(msg.contains(text), qPrintable(msg));
    QVERIFY2(QString::fromStdString(d.format()).startsWith(QStringLiteral("evil.go:") + pos), d.format().c_str());
    if (unsupported) QCOMPARE(d.kind, lang::Diagnostic::Unsupported);
}

void TstRunUntrusted::osExitEndsOnlyTheSimulation()
{
    const char *exiting = R"go(package main

import (
	"fmt"
	"os"
	"time"
)

func main() {
	defer fmt.Println("deferred: must not run")
	go func() {
		fmt.Println("goroutine exits")
		os.Exit(7)
	}()
	time.Sleep(time.Second)
	fmt.Println("main: must not get here")
}
)go";
    const char *normal = R"go(package main

import "fmt"

func main() {
	fmt.Println("second run")
}
)go";
    runtime::RunConfig cfg;
    cfg.gomaxprocs = 2;
    cfg.checkInvariants = true;
    run::Scenario a = run::compileScenario("exit.go", exiting, cfg.go);
    QVERIFY2(a.ok(), a.compiled.diagnostics.empty() ? "" : a.compiled.diagnostics.front().format().c_str());
    runtime::RunResult ra = run::runScenario(a, cfg);
    QCOMPARE(ra.exitStatus, 7);
    QVERIFY(!ra.budgetHit);
    QCOMPARE(QString::fromStdString(ra.stdoutText), QStringLiteral("goroutine exits\n"));
    // The simulated clock stopped at the exit, well before main's 1 s sleep.
    QVERIFY(ra.endTime < kSecond);

    // Still here: the same process runs another simulation, from another thread too.
    run::Scenario b = run::compileScenario("normal.go", normal, cfg.go);
    QVERIFY(b.ok());
    runtime::RunResult rb;
    std::thread t([&] { rb = run::runScenario(b, cfg); });
    t.join();
    QCOMPARE(rb.exitStatus, 0);
    QCOMPARE(QString::fromStdString(rb.stdoutText), QStringLiteral("second run\n"));
}

void TstRunUntrusted::hostEnvironmentIsInvisible()
{
    const char *src = R"go(package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println(runtime.NumCPU(), runtime.GOMAXPROCS(0))
}
)go";
    // The host says GOMAXPROCS=3; the simulated process must not see it.
    qputenv("GOMAXPROCS", "3");
    runtime::RunConfig cfg;
    cfg.cpus = 37;   // no real machine here has 37 CPUs
    cfg.policy = runtime::MaxProcsPolicy::NumCpu;
    run::Scenario sc = run::compileScenario("env.go", src, cfg.go);
    QVERIFY(sc.ok());
    runtime::RunResult r = run::runScenario(sc, cfg);
    QCOMPARE(QString::fromStdString(r.stdoutText), QStringLiteral("37 37\n"));
    // Only the simulated environment (RunConfig::env) counts.
    cfg.env["GOMAXPROCS"] = "5";
    r = run::runScenario(sc, cfg);
    QCOMPARE(QString::fromStdString(r.stdoutText), QStringLiteral("37 5\n"));
    qunsetenv("GOMAXPROCS");
}

QTEST_GUILESS_MAIN(TstRunUntrusted)
#include "tst_run_untrusted.moc"
