// tst_run_cold — first runs in a fresh process (sim/runtime/cold.cpp): each
// first-run cost is charged where cold.cpp says, exactly once per run, and
// not at all for what is charged warm.
//
// Method: the same program runs with a profile whose first-run costs are
// constants (no quantiles, no jitter) and with the one under test set to 0;
// the difference of the end times is exactly what was charged.
#include <QtTest>

#ifndef Q_MOC_RUN   // moc (Qt 6.4) cannot parse <compare>, pulled in by go_version.h
#include "sim/engine/machine_profile.h"
#include "sim/run/run.h"
#include "run_with_profile.h"
#include "sim/trace/wait_reason.h"
#endif

#include <string>

using namespace gsl;

class TestRunCold : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void chargedOnce_data();
    void chargedOnce();
    void defaultProfileDrawsDeterministically();
    void firstMallocOnAnotherP();
    void fatalPanicUnwindsThenFreezes();
    void freezeIsLongerWhileAnotherPRuns();
    void mainReturningDuringUnwindingWaits();
    void mainReturningBeforeThePanicExitsZero();
};

namespace {

// Constant first-run costs, distinct so that a wrong one shows in the sum.
MachineProfile constantProfile()
{
    MachineProfile p = defaultProfile();
    p.jitter = 0;
    p.pageFaultCostQuantiles = {};
    p.coldPathCostQuantiles = {};
    p.coldFmtCostQuantiles = {};
    p.coldTimerCostQuantiles = {};
    p.coldPanicCostQuantiles = {};
    p.coldWriteCostQuantiles = {};
    p.wakeupLatencyQuantiles = {};
    p.stealBackoffQuantiles = {};
    p.goCreateFirstCostQuantiles = {};
    p.goCreateNewCostQuantiles = {};
    p.pageFaultCost = 10'000;
    p.coldPathCost = 1'000;
    p.coldFmtCost = 100'000;
    p.coldTimerCost = 30'000;
    p.coldPanicCost = 50'000;
    p.coldWriteCost = 20'000;
    p.coldPMallocCost = 7'000;
    p.coldPMallocCostQuantiles = {};
    return p;
}

runtime::RunResult runWith(const std::string &src, const MachineProfile &prof)
{
    return testing::runWithProfile("cold.go", src, prof, 2);
}

// runTraced: GOMAXPROCS procs on 2 CPUs, go1.19, seed 1, trace recorded.
runtime::RunResult runTraced(const std::string &src, const MachineProfile &prof, int procs)
{
    const GoVersion go{1, 19};
    run::Scenario sc = run::compileScenario("panic.go", src, go);
    if (!sc.ok()) qFatal("panic.go does not compile");
    runtime::RunConfig cfg;
    cfg.go = go;
    cfg.cpus = 2;
    cfg.gomaxprocs = procs;
    cfg.machine = &prof;
    return run::runScenario(sc, cfg);
}

// timeOf: the time of the first event of kind k (g: of that goroutine, 0 any); -1 none.
SimTime timeOf(const runtime::RunResult &r, trace::EvKind k, int32_t g = 0)
{
    for (const auto &e : r.trace.events())
        if (e.kind == k && (g == 0 || e.g == g)) return e.time;
    return -1;
}

} // namespace

void TestRunCold::chargedOnce_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("cost");     // the profile field set to 0 in the comparison run
    QTest::addColumn<qlonglong>("charged"); // ns the field's cost adds to the run

    // fmt: the process's first fmt call only, whichever function it is.
    QTest::newRow("fmt first call once") << "s := fmt.Sprint(1)\n\ts = fmt.Sprintf(\"%d\", 2)\n\t_ = s"
                                         << "coldFmt" << 100'000LL;
    // strings: another library's first call is a cold path; a second is warm.
    QTest::newRow("library path once") << "s := strings.Repeat(\"a\", 2)\n\ts = strings.Repeat(s, 2)\n\t_ = s"
                                       << "coldPath" << 1'000LL;
    // a 16,000-byte backing array (size class 16 KiB): four fresh pages.
    QTest::newRow("large object pages") << "b := make([]int, 0, 2000)\n\tb = append(b, 1)\n\t_ = b"
                                        << "pageFault" << 40'000LL;
    // 800 bytes: a span runtime initialisation has touched; nothing.
    QTest::newRow("small object free") << "b := make([]int, 0, 100)\n\tb = append(b, 1)\n\t_ = b"
                                       << "pageFault" << 0LL;
    // growing by append (go1.19 caps 1, 2, ..., 256, 512, 848): the arrays of
    // a page or more are 512 ints (4096 B: one page) and 848 (6784 B: two).
    QTest::newRow("append growth pages") << "var b []int\n\tfor i := 0; i < 600; i++ {\n\t\tb = append(b, i)\n\t}\n\t_ = b"
                                         << "pageFault" << 10'000LL * (1 + 2);
    // timers: the first one only.
    QTest::newRow("timer once") << "time.Sleep(time.Microsecond)\n\ttime.Sleep(time.Microsecond)"
                                << "coldTimer" << 30'000LL;
    // channel send and receive: one cold path each, the second pair warm.
    QTest::newRow("chan paths once") << "ch := make(chan int, 1)\n\tch <- 1\n\t<-ch\n\tch <- 1\n\t<-ch"
                                     << "coldPath" << 2'000LL;
    // a WaitGroup park: the first gopark's path, and the first touch of the
    // semaphore root's page (one page: a single semaphore).
    QTest::newRow("sema park page") << "var wg sync.WaitGroup\n\twg.Add(1)\n\tgo func() { wg.Done() }()\n\twg.Wait()"
                                    << "pageFault" << 10'000LL;
    QTest::newRow("sema park path") << "var wg sync.WaitGroup\n\twg.Add(1)\n\tgo func() { wg.Done() }()\n\twg.Wait()"
                                    << "coldPath" << 1'000LL;
    // the first write to stdout (a file in the oracle's runs), once.
    QTest::newRow("stdout write once") << "fmt.Print(\"a\")\n\tfmt.Print(\"b\")" << "coldWrite" << 20'000LL;
    // stderr (println) takes the cold write path only, not the stdout cost.
    QTest::newRow("stderr write is a path") << "println(1)\n\tprintln(2)" << "coldWrite" << 0LL;
    QTest::newRow("stderr write path once") << "println(1)\n\tprintln(2)" << "coldPath" << 1'000LL;
    // uncontended Mutex and atomics have no cold cost (measured warm).
    QTest::newRow("mutex fast path free") << "var mu sync.Mutex\n\tmu.Lock()\n\tmu.Unlock()"
                                          << "coldPath" << 0LL;
    // main's P (P0) is warm from the runtime's initialisation: no first-malloc cost.
    QTest::newRow("malloc on P0 free") << "b := make([]int, 0, 100)\n\tb = append(b, 1)\n\ts := fmt.Sprint(1)\n\t_, _ = b, s"
                                       << "coldPMalloc" << 0LL;
}

void TestRunCold::chargedOnce()
{
    QFETCH(QString, body);
    QFETCH(QString, cost);
    QFETCH(qlonglong, charged);
    const std::string src = "package main\n\nimport (\n\t\"fmt\"\n\t\"strings\"\n\t\"sync\"\n\t\"time\"\n)\n\n"
                            "var _ = fmt.Sprint\nvar _ = strings.Repeat\nvar _ sync.Mutex\nvar _ = time.Sleep\n\n"
                            "func main() {\n\t" + body.toStdString() + "\n}\n";
    const MachineProfile with = constantProfile();
    MachineProfile without = with;
    if (cost == "coldFmt") without.coldFmtCost = 0;
    else if (cost == "coldPath") without.coldPathCost = 0;
    else if (cost == "pageFault") without.pageFaultCost = 0;
    else if (cost == "coldTimer") without.coldTimerCost = 0;
    else if (cost == "coldWrite") without.coldWriteCost = 0;
    else if (cost == "coldPMalloc") without.coldPMallocCost = 0;
    else QFAIL("unknown cost");
    const runtime::RunResult a = runWith(src, with);
    const runtime::RunResult b = runWith(src, without);
    QCOMPARE(a.exitStatus, 0);
    QCOMPARE(b.exitStatus, 0);
    QCOMPARE(qlonglong(a.endTime - b.endTime), charged);
}

// A goroutine that P1 steals pays coldPMallocCost at its first allocating
// step there, once: its run from GoStart to GoEnd is exactly that much longer
// than with the cost at 0; a second goroutine stolen by the same P pays nothing.
void TestRunCold::firstMallocOnAnotherP()
{
    const std::string src = "package main\n\nfunc main() {\n"
                            "\tdone := make(chan []int, 2)\n"
                            "\tfor k := 0; k < 2; k++ {\n"
                            "\t\tgo func() {\n\t\t\tb := make([]int, 0, 100)\n\t\t\tdone <- append(b, 1)\n\t\t}()\n"
                            "\t\tfor i := 0; i < 2000000; i++ {\n\t\t}\n"   // main keeps P0 busy: P1 takes it
                            "\t}\n\t<-done\n\t<-done\n}\n";
    const MachineProfile with = constantProfile();
    MachineProfile without = with;
    without.coldPMallocCost = 0;
    const runtime::RunResult a = runTraced(src, with, 2), b = runTraced(src, without, 2);
    QCOMPARE(a.exitStatus, 0);
    QCOMPARE(b.exitStatus, 0);
    auto runOf = [](const runtime::RunResult &r, int32_t g) {
        SimTime start = -1, end = -1;
        int32_t p = -1;
        for (const auto &e : r.trace.events()) {
            if (e.g != g) continue;
            if (e.kind == trace::EvKind::GoStart && start < 0) { start = e.time; p = e.p; }
            if (e.kind == trace::EvKind::GoEnd) end = e.time;
        }
        return std::make_tuple(start, end, p);
    };
    // The two goroutines main created, in order (goids after the runtime's own).
    std::vector<int32_t> created;
    for (const auto &e : a.trace.events())
        if (e.kind == trace::EvKind::GoCreate && e.a == 1) created.push_back(e.g);
    QCOMPARE(created.size(), size_t(2));
    const auto [s1a, e1a, p1a] = runOf(a, created[0]);
    const auto [s1b, e1b, p1b] = runOf(b, created[0]);
    QCOMPARE(p1a, 1);   // stolen by P1 in both runs
    QCOMPARE(p1b, 1);
    QCOMPARE(qlonglong((e1a - s1a) - (e1b - s1b)), 7'000LL);
    const auto [s2a, e2a, p2a] = runOf(a, created[1]);
    const auto [s2b, e2b, p2b] = runOf(b, created[1]);
    QCOMPARE(p2a, 1);
    QCOMPARE(qlonglong(e2a - s2a), qlonglong(e2b - s2b));   // P1 is warm now
}

// With the default profile's distributions the draws come from the run's
// own stream: the same seed gives the same run, another seed another draw.
void TestRunCold::defaultProfileDrawsDeterministically()
{
    const std::string src = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(fmt.Sprint(1))\n}\n";
    const GoVersion go{1, 19};
    run::Scenario sc = run::compileScenario("cold.go", src, go);
    QVERIFY(sc.ok());
    const MachineProfile prof = defaultProfile();
    auto endAt = [&](uint64_t seed) {
        runtime::RunConfig cfg;
        cfg.go = go;
        cfg.cpus = 2;
        cfg.gomaxprocs = 1;
        cfg.machine = &prof;
        cfg.seed = seed;
        cfg.recordTrace = false;
        return run::runScenario(sc, cfg).endTime;
    };
    QCOMPARE(endAt(1), endAt(1));
    // The first fmt call alone is >= p1 of coldFmtCostQuantiles.
    QVERIFY(endAt(1) >= prof.coldFmtCostQuantiles.q[0]);
    bool differs = false;
    for (uint64_t s = 2; s < 10 && !differs; ++s) differs = endAt(s) != endAt(1);
    QVERIFY(differs);
}

// A fatal panic: gopanic's first run (coldPanicCost) on the panicking
// goroutine's CPU, then freezetheworld: 2 ms from startpanic_m to exit(2)
// when no other P runs a goroutine (go1.19 proc.go).
void TestRunCold::fatalPanicUnwindsThenFreezes()
{
    const std::string src = "package main\n\nfunc main() {\n\tpanic(\"boom\")\n}\n";
    const MachineProfile with = constantProfile();
    MachineProfile without = with;
    without.coldPanicCost = 0;
    const runtime::RunResult a = runTraced(src, with, 1);
    const runtime::RunResult b = runTraced(src, without, 1);
    QCOMPARE(a.exitStatus, 2);
    QVERIFY2(a.stderrText.find("panic: boom") == 0, a.stderrText.c_str());
    QCOMPARE(qlonglong(a.endTime - b.endTime), 50'000LL);
    const SimTime panicAt = timeOf(a, trace::EvKind::Panic);
    QVERIFY(panicAt > 0);
    QCOMPARE(qlonglong(timeOf(a, trace::EvKind::Exit) - panicAt), qlonglong(2 * kMillisecond));
    QCOMPARE(a.endTime, timeOf(a, trace::EvKind::Exit));
}

// freezetheworld's first preemptall finds a goroutine running on the other
// P: one more usleep(1000) round, 3 ms in all.
void TestRunCold::freezeIsLongerWhileAnotherPRuns()
{
    const std::string src = "package main\n\nimport \"time\"\n\nfunc main() {\n"
                            "\tgo func() {\n\t\tfor {\n\t\t}\n\t}()\n"
                            "\ttime.Sleep(time.Millisecond)\n\tpanic(\"boom\")\n}\n";
    const runtime::RunResult r = runTraced(src, constantProfile(), 2);
    QCOMPARE(r.exitStatus, 2);
    const SimTime panicAt = timeOf(r, trace::EvKind::Panic);
    QVERIFY(panicAt > kMillisecond);
    QCOMPARE(qlonglong(timeOf(r, trace::EvKind::Exit) - panicAt), qlonglong(3 * kMillisecond));
}

// runtime.main: main.main returned while another goroutine's panic was
// unwinding (runningPanicDefers != 0): main parks (panicwait) and the panic
// ends the process with status 2, after what main printed.
void TestRunCold::mainReturningDuringUnwindingWaits()
{
    const std::string src = "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc main() {\n"
                            "\tgo func() {\n\t\tpanic(\"boom\")\n\t}()\n"
                            "\ttime.Sleep(2 * time.Millisecond)\n\tfmt.Println(\"main done\")\n}\n";
    MachineProfile prof = constantProfile();
    prof.coldPanicCost = 20 * kMillisecond;   // the unwinding outlasts main's sleep
    const runtime::RunResult r = runTraced(src, prof, 2);
    QCOMPARE(r.exitStatus, 2);
    QCOMPARE(r.stdoutText, std::string("main done\n"));
    QVERIFY2(r.stderrText.find("panic: boom") == 0, r.stderrText.c_str());
    bool parked = false;
    for (const auto &e : r.trace.events())
        if (e.kind == trace::EvKind::GoPark && e.g == 1 && e.a == trace::wait::Panicwait) parked = true;
    QVERIFY(parked);
    QVERIFY(timeOf(r, trace::EvKind::Print, 1) < timeOf(r, trace::EvKind::Panic));
}

// Before the panicking goroutine reaches its panic, main returning exits 0.
void TestRunCold::mainReturningBeforeThePanicExitsZero()
{
    const std::string src = "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc main() {\n"
                            "\tgo func() {\n\t\ttime.Sleep(10 * time.Millisecond)\n\t\tpanic(\"boom\")\n\t}()\n"
                            "\ttime.Sleep(2 * time.Millisecond)\n\tfmt.Println(\"main done\")\n}\n";
    const runtime::RunResult r = runTraced(src, constantProfile(), 2);
    QCOMPARE(r.exitStatus, 0);
    QCOMPARE(r.stdoutText, std::string("main done\n"));
    QCOMPARE(timeOf(r, trace::EvKind::Panic), SimTime(-1));
}

QTEST_APPLESS_MAIN(TestRunCold)
#include "tst_run_cold.moc"
