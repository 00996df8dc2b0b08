// tst_run_startup — the state go1.19's runtime.main leaves before main.main
// (proc.go main, mgc.go gcenable, mfinal.go createfing), as compiled Go
// programs see it. Expected figures come from the real toolchain (go1.19.8,
// linux/amd64): a probe printed the goid of main.main's first goroutine
// (runtime.Stack) and runtime.NumGoroutine(); the deadlock text is `go run`'s.
//   GOMAXPROCS=1, imports fmt: first user goroutine is goroutine 6
//     (2 forcegchelper, 3 bgsweep, 4 bgscavenge, 5 runfinq from os's init);
//   GOMAXPROCS=1, no fmt/os import: goroutine 5;
//   NumGoroutine() is 1 at the start of main.main, 2 after one `go`;
//   the deadlock report lists goroutine 1 only (system goroutines hidden).
#include <QtTest>

#ifndef Q_MOC_RUN   // moc (Qt 6.4) cannot parse <compare>, pulled in by go_version.h
#include "sim/run/run.h"
#endif

using namespace gsl;

class TestRunStartup : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void firstGoid_data();
    void firstGoid();
    void numGoroutine();
    void deadlockListsUserGoroutinesOnly();
    void idleMExistsWithTwoPs();
};

static runtime::RunResult runSource(const char *src, int gomaxprocs)
{
    const GoVersion go{1, 19};
    run::Scenario sc = run::compileScenario("t.go", src, go);
    if (!sc.ok()) {
        std::string all;
        for (const auto &d : sc.compiled.diagnostics) all += d.format() + "\n";
        qFatal("%s", all.c_str());
    }
    runtime::RunConfig cfg;
    cfg.go = go;
    cfg.cpus = 2;
    cfg.gomaxprocs = gomaxprocs;
    cfg.checkInvariants = true;
    cfg.keyframeEvery = 16;   // replay checks the initial state of the system goroutines
    return run::runScenario(sc, cfg);
}

// The goid created by the `go` statement on line `line`.
static int goidAtLine(const runtime::RunResult &r, int line)
{
    for (const trace::TraceEvent &e : r.trace.events())
        if (e.kind == trace::EvKind::GoCreate && e.a == 1 && e.b == line) return e.g;
    return -1;
}

static const char *kWithFmt = R"go(package main

import "fmt"

func main() {
	done := make(chan bool)
	go func() { done <- true }()
	<-done
	fmt.Println("ok")
}
)go";

static const char *kWithoutFmt = R"go(package main

func main() {
	done := make(chan bool)
	go func() { done <- true }()
	<-done
	println("ok")
}
)go";

void TestRunStartup::firstGoid_data()
{
    QTest::addColumn<QString>("src");
    QTest::addColumn<int>("line");   // of the go statement
    QTest::addColumn<int>("goid");
    QTest::newRow("fmt: runfinq is goroutine 5") << QString(kWithFmt) << 7 << 6;
    QTest::newRow("no fmt: no runfinq") << QString(kWithoutFmt) << 5 << 5;
}

void TestRunStartup::firstGoid()
{
    QFETCH(QString, src);
    QFETCH(int, line);
    QFETCH(int, goid);
    const runtime::RunResult r = runSource(src.toStdString().c_str(), 1);
    QCOMPARE(r.exitStatus, 0);
    QCOMPARE(goidAtLine(r, line), goid);
}

void TestRunStartup::numGoroutine()
{
    const runtime::RunResult r = runSource(R"go(package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println(runtime.NumGoroutine())
	done := make(chan bool)
	go func() { done <- true }()
	fmt.Println(runtime.NumGoroutine())
	<-done
}
)go",
                                           1);
    QCOMPARE(QString::fromStdString(r.stdoutText), QString("1\n2\n"));
}

void TestRunStartup::deadlockListsUserGoroutinesOnly()
{
    const runtime::RunResult r = runSource(R"go(package main

import "fmt"

func main() {
	fmt.Println("start")
	c := make(chan int)
	<-c
}
)go",
                                           1);
    QCOMPARE(r.exitStatus, 2);
    const QString err = QString::fromStdString(r.stderrText);
    QVERIFY2(err.startsWith("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive]:\n"),
             qPrintable(err));
    QVERIFY2(!err.contains("goroutine 2") && !err.contains("goroutine 5"), qPrintable(err));
}

// With two Ps the M started by the runtime's first wakep (go forcegchelper)
// is parked when main.main starts; runfinq's wakep wakes it (MWake), so no
// thread is created for the idle P.
void TestRunStartup::idleMExistsWithTwoPs()
{
    const runtime::RunResult r = runSource(kWithFmt, 2);
    QCOMPARE(r.exitStatus, 0);
    int parkedBeforeMain = 0, threadsForPs = 0;
    bool wokeIdle = false, mainStarted = false;
    for (const trace::TraceEvent &e : r.trace.events()) {
        if (e.kind == trace::EvKind::GoStart && e.g == 1) mainStarted = true;
        if (e.kind == trace::EvKind::MPark && !mainStarted) ++parkedBeforeMain;
        if (e.kind == trace::EvKind::MStart && e.b == 0) ++threadsForPs;
        if (e.kind == trace::EvKind::MWake) wokeIdle = true;
    }
    QCOMPARE(parkedBeforeMain, 1);
    QVERIFY(wokeIdle);
    QCOMPARE(threadsForPs, 2);   // m0 and the start-up M; sysmon is not counted
}

QTEST_GUILESS_MAIN(TestRunStartup)
#include "tst_run_startup.moc"
