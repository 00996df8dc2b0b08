// Behaviour the real runtime shows (go-runtime.md Appendix A) and the
// process-level outcomes: exit, panic, fatal, deadlock.
#include "run_script.h"

#include <QtTest>

using namespace gsl;
using namespace gsl::runtime;

class TstRuntimeBehaviour : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void spawnOrderRunnext();
    void wgAddInside_data();
    void wgAddInside();
    void mainReturnKillsOthers();
    void deadlockReported();
    void deadlockNotWhileTimerPending();
    void closeClosedPanics();
    void unlockUnlockedIsFatal();
    void wgNegativePanics();
    void unbufferedPingPong_data();
    void unbufferedPingPong();
    void timerOnPCostsEverySchedule();
    void bufferedFifo();
    void selectDefault();
    void sleepWakes();
    void mutexCounter_data();
    void mutexCounter();
    void exitStatus();
    void raceAtexitSleep_data();
    void raceAtexitSleep();
};

// A.1: GOMAXPROCS=1, 10 goroutines printing their index, then Wait: 9 0 1 ... 8.
void TstRuntimeBehaviour::spawnOrderRunnext()
{
    ScriptProgram prog;
    prog.fn(0).wgAdd(1, 10).loop(10).go(1).endLoop().wgWait(1).end();
    prog.fn(1).print("{arg} ").wgDone(1).end();
    for (uint64_t seed = 1; seed <= 5; ++seed) {
        RunResult r = test::runScript(prog, test::config(1, seed));
        QCOMPARE(r.exitStatus, 0);
        QCOMPARE(QString::fromStdString(r.stdoutText), QStringLiteral("9 0 1 2 3 4 5 6 7 8 "));
    }
}

// A.2: wg.Add inside the goroutine: Wait returns before any goroutine ran.
// (A goroutine may still print after main's line: main's first write to
// stdout is slow inside the kernel, sim/runtime/cold.cpp, and another P can
// run one before main returns.)
void TstRuntimeBehaviour::wgAddInside_data()
{
    QTest::addColumn<int>("procs");
    QTest::newRow("gomaxprocs-1") << 1;
    QTest::newRow("gomaxprocs-2") << 2;
}

void TstRuntimeBehaviour::wgAddInside()
{
    QFETCH(int, procs);
    ScriptProgram prog;
    prog.fn(0).loop(3).go(1).endLoop().wgWait(1).print("ran={n}\n").end();
    prog.fn(1).wgAdd(1, 1).atomicAdd(1).print("ran\n").wgDone(1).end();
    for (uint64_t seed = 1; seed <= 20; ++seed) {
        RunResult r = test::runScript(prog, test::config(procs, seed));
        QCOMPARE(r.exitStatus, 0);
        QVERIFY2(r.stdoutText.rfind("ran=0\n", 0) == 0, r.stdoutText.c_str());
    }
}

void TstRuntimeBehaviour::mainReturnKillsOthers()
{
    ScriptProgram prog;
    prog.fn(0).go(1).go(1).compute(1000).end();
    prog.fn(1).loop(-1).compute(100).endLoop().end();
    RunResult r = test::runScript(prog, test::config(2));
    QCOMPARE(r.exitStatus, 0);
    int killed = 0;
    for (const auto &e : r.trace.events()) killed += e.kind == trace::EvKind::GoKilled;
    QCOMPARE(killed, 2);
}

void TstRuntimeBehaviour::deadlockReported()
{
    ScriptProgram prog;
    prog.fn(0).chanMake(1, 0).print("about to block\n").recv(1).end();
    RunResult r = test::runScript(prog, test::config(2));
    QCOMPARE(r.exitStatus, 2);
    QCOMPARE(QString::fromStdString(r.stdoutText), QStringLiteral("about to block\n"));
    QVERIFY2(r.stderrText.rfind("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive]:\n"
                                "main.main()\n",
                                0) == 0,
             r.stderrText.c_str());
}

// A.6: a sleeping goroutine keeps checkdead quiet until its timer fires.
void TstRuntimeBehaviour::deadlockNotWhileTimerPending()
{
    ScriptProgram prog;
    prog.fn(0).chanMake(1, 0).go(1).recv(1).end();
    prog.fn(1).sleep(50 * kMillisecond).end();
    RunResult r = test::runScript(prog, test::config(1));
    QCOMPARE(r.exitStatus, 2);
    QVERIFY(r.endTime >= 50 * kMillisecond);
    QVERIFY(r.stderrText.find("deadlock!") != std::string::npos);
}

void TstRuntimeBehaviour::closeClosedPanics()
{
    ScriptProgram prog;
    prog.fn(0).chanMake(1, 0).close(1).print("closed once\n").close(1).end();
    RunResult r = test::runScript(prog, test::config(1));
    QCOMPARE(r.exitStatus, 2);
    QVERIFY2(r.stderrText.rfind("panic: close of closed channel\n\ngoroutine 1 [running]:\nmain.main()", 0) == 0,
             r.stderrText.c_str());
}

void TstRuntimeBehaviour::unlockUnlockedIsFatal()
{
    ScriptProgram prog;
    prog.fn(0).lock(1).unlock(1).print("ok\n").unlock(1).end();
    RunResult r = test::runScript(prog, test::config(1));
    QCOMPARE(r.exitStatus, 2);
    QVERIFY(r.stderrText.rfind("fatal error: sync: unlock of unlocked mutex\n", 0) == 0);
}

void TstRuntimeBehaviour::wgNegativePanics()
{
    ScriptProgram prog;
    prog.fn(0).wgAdd(1, 1).wgDone(1).print("balanced\n").wgDone(1).end();
    RunResult r = test::runScript(prog, test::config(1));
    QCOMPARE(r.exitStatus, 2);
    QVERIFY(r.stderrText.rfind("panic: sync: negative WaitGroup counter\n", 0) == 0);
}

void TstRuntimeBehaviour::unbufferedPingPong_data()
{
    QTest::addColumn<int>("procs");
    QTest::newRow("gomaxprocs-1") << 1;
    QTest::newRow("gomaxprocs-2") << 2;
    QTest::newRow("gomaxprocs-4") << 4;
}

void TstRuntimeBehaviour::unbufferedPingPong()
{
    QFETCH(int, procs);
    ScriptProgram prog;
    prog.fn(0).chanMake(1, 0).chanMake(2, 0).go(1).loop(5).send(1, 7).recv(2).print("{v} ").endLoop().end();
    prog.fn(1).loop(5).recv(1).send(2, 8).endLoop().end();
    RunResult r = test::runScript(prog, test::config(procs, 3, 4));
    QCOMPARE(r.exitStatus, 0);
    QCOMPARE(QString::fromStdString(r.stdoutText), QStringLiteral("8 8 8 8 8 "));
}

// go1.19 findRunnable's checkTimers reads the clock only when its P has a
// timer: an unbuffered ping-pong on one P with a pending 1-hour timer takes
// timerCheckCost longer per schedule (two per round trip), and the same
// program without the timer none of it.
void TstRuntimeBehaviour::timerOnPCostsEverySchedule()
{
    constexpr int kRounds = 200;
    constexpr SimDur kCheck = 20;
    auto endTime = [&](bool timer, SimDur checkCost) {
        MachineProfile mp = defaultProfile();
        mp.jitter = 0;
        mp.timerCheckCost = checkCost;
        ScriptProgram prog;
        ScriptBuilder &b = prog.fn(0);
        if (timer) b.timerMake(3, 4, 3600 * kSecond);
        b.chanMake(1, 0).chanMake(2, 0).go(1).loop(kRounds).send(1, 7).recv(2).endLoop().end();
        prog.fn(1).loop(kRounds).recv(1).send(2, 8).endLoop().end();
        RunConfig cfg = test::config(1, 5);
        cfg.machine = &mp;
        RunResult r = test::runScript(prog, cfg);
        if (r.exitStatus != 0) qWarning("exit status %d", r.exitStatus);
        return r.endTime;
    };
    // Two schedules per round trip (each side parks once), plus the few at the
    // start and the end.
    const SimDur extra = endTime(true, kCheck) - endTime(true, 0);
    QVERIFY2(extra >= 2 * kRounds * kCheck && extra <= (2 * kRounds + 4) * kCheck, std::to_string(extra).c_str());
    QCOMPARE(extra % kCheck, SimDur(0));
    // Without a timer on the P there is no clock read to charge.
    QCOMPARE(endTime(false, kCheck), endTime(false, 0));
}

void TstRuntimeBehaviour::bufferedFifo()
{
    ScriptProgram prog;
    prog.fn(0).chanMake(1, 3).send(1, 1).send(1, 2).send(1, 3).close(1).loop(4).recv(1).print("{v}/{ok} ").endLoop().end();
    RunResult r = test::runScript(prog, test::config(1));
    QCOMPARE(QString::fromStdString(r.stdoutText), QStringLiteral("1/true 2/true 3/true 0/false "));
}

void TstRuntimeBehaviour::selectDefault()
{
    ScriptProgram prog;
    std::vector<program::SelectCase> cases(1);
    cases[0].chan = 1;
    prog.fn(0).chanMake(1, 0).select(cases, true).print("{n}|").end();
    RunResult r = test::runScript(prog, test::config(1));
    QCOMPARE(r.exitStatus, 0);
}

void TstRuntimeBehaviour::sleepWakes()
{
    ScriptProgram prog;
    prog.fn(0).sleep(5 * kMillisecond).print("woke\n").end();
    RunResult r = test::runScript(prog, test::config(2));
    QCOMPARE(r.exitStatus, 0);
    QCOMPARE(QString::fromStdString(r.stdoutText), QStringLiteral("woke\n"));
    QVERIFY(r.endTime >= 5 * kMillisecond);
    QVERIFY(r.endTime < 6 * kMillisecond);
}

void TstRuntimeBehaviour::mutexCounter_data()
{
    QTest::addColumn<int>("procs");
    QTest::newRow("gomaxprocs-1") << 1;
    QTest::newRow("gomaxprocs-2") << 2;
    QTest::newRow("gomaxprocs-4") << 4;
}

void TstRuntimeBehaviour::mutexCounter()
{
    QFETCH(int, procs);
    ScriptProgram prog;
    prog.fn(0).wgAdd(1, 4).loop(4).go(1).endLoop().wgWait(1).print("done\n").end();
    prog.fn(1).loop(200).lock(2).load(1).compute(50).store(1).unlock(2).endLoop().wgDone(1).end();
    RunResult r = test::runScript(prog, test::config(procs, 7, 4));
    QCOMPARE(r.exitStatus, 0);
    QCOMPARE(QString::fromStdString(r.stdoutText), QStringLiteral("done\n"));
}

void TstRuntimeBehaviour::exitStatus()
{
    ScriptProgram prog;
    prog.fn(0).print("x").exit(3).end();
    RunResult r = test::runScript(prog, test::config(1));
    QCOMPARE(r.exitStatus, 3);
}

// -race: at main's exit the process sleeps 1 s (atexit_sleep_ms) holding
// main's P; other Ps keep running, so a goroutine outliving main runs only
// with race on and GOMAXPROCS >= 2.
void TstRuntimeBehaviour::raceAtexitSleep_data()
{
    QTest::addColumn<bool>("race");
    QTest::addColumn<int>("procs");
    QTest::addColumn<bool>("lateRuns");
    QTest::newRow("no-race-gomaxprocs-2") << false << 2 << false;
    QTest::newRow("race-gomaxprocs-2") << true << 2 << true;
    QTest::newRow("race-gomaxprocs-1") << true << 1 << false;
}

void TstRuntimeBehaviour::raceAtexitSleep()
{
    QFETCH(bool, race);
    QFETCH(int, procs);
    QFETCH(bool, lateRuns);
    ScriptProgram prog;
    prog.fn(0).go(1).end();
    prog.fn(1).compute(100 * kMicrosecond).print("late\n").end();
    RunConfig cfg = test::config(procs);
    cfg.race = race;
    RunResult r = test::runScript(prog, cfg);
    QCOMPARE(r.exitStatus, 0);
    QCOMPARE(r.stdoutText == "late\n", lateRuns);
    if (race) QVERIFY(r.endTime >= kSecond);
}

QTEST_APPLESS_MAIN(TstRuntimeBehaviour)
#include "tst_runtime_behaviour.moc"
