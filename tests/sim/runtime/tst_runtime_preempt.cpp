// Preemption by sysmon (go-runtime.md §3): a tight loop without calls is
// preempted after ~10 ms only with async preemption (Go >= 1.14); a loop
// with calls is preempted in both; Gosched and preemption go to the global tail.
#include "run_script.h"

#include <QtTest>

using namespace gsl;
using namespace gsl::runtime;

class TstRuntimePreempt : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void tightLoop_data();
    void tightLoop();
    void preemptedGoesToGlobalTail();
    void goschedGoesToGlobalTail();
};

void TstRuntimePreempt::tightLoop_data()
{
    QTest::addColumn<int>("minor");
    QTest::addColumn<bool>("withCalls");
    QTest::addColumn<bool>("preempted");
    QTest::newRow("go1.14-tight-loop-preempted") << 14 << false << true;
    QTest::newRow("go1.22-tight-loop-preempted") << 22 << false << true;
    QTest::newRow("go1.13-tight-loop-never-preempted") << 13 << false << false;
    QTest::newRow("go1.13-loop-with-calls-preempted") << 13 << true << true;
    QTest::newRow("go1.22-loop-with-calls-preempted") << 22 << true << true;
}

void TstRuntimePreempt::tightLoop()
{
    QFETCH(int, minor);
    QFETCH(bool, withCalls);
    QFETCH(bool, preempted);
    ScriptProgram prog;
    prog.fn(0).go(1).sleep(kMillisecond).print("main runs again\n").end();
    if (withCalls)
        prog.fn(1).loop(-1).compute(20 * kMicrosecond).call().endLoop().end();
    else
        prog.fn(1).loop(-1).compute(20 * kMicrosecond).endLoop().end();
    RunConfig cfg = test::config(1);
    cfg.go = GoVersion{1, minor};
    cfg.budgets.maxSimTime = 200 * kMillisecond;
    RunResult r = test::runScript(prog, cfg);
    if (preempted) {
        QCOMPARE(r.exitStatus, 0);
        QCOMPARE(QString::fromStdString(r.stdoutText), QStringLiteral("main runs again\n"));
        // sysmon's 10 ms slice, observed by a sysmon that sleeps up to 10 ms.
        QVERIFY2(r.endTime >= 10 * kMillisecond && r.endTime <= 25 * kMillisecond,
                 qPrintable(QString::number(r.endTime)));
        bool sawAsync = false;
        for (const auto &e : r.trace.events())
            if (e.kind == trace::EvKind::GoPreempt) sawAsync = sawAsync || e.a == 1;
        // Async preemption exists only from Go 1.14; a loop without calls
        // can only be stopped that way.
        if (minor < 14) QVERIFY(!sawAsync);
        if (!withCalls) QVERIFY(sawAsync);
    } else {
        QVERIFY(r.budgetHit);
        QVERIFY(r.stdoutText.empty());
        QVERIFY(QString::fromStdString(r.budgetMessage).contains(QStringLiteral("--max-time")));
    }
}

void TstRuntimePreempt::preemptedGoesToGlobalTail()
{
    ScriptProgram prog;
    prog.fn(0).go(1).sleep(kMillisecond).end();
    prog.fn(1).loop(-1).compute(50 * kMicrosecond).endLoop().end();
    RunResult r = test::runScript(prog, test::config(1));
    const auto &ev = r.trace.events();
    bool found = false;
    for (size_t i = 0; i + 1 < ev.size(); ++i) {
        if (ev[i].kind != trace::EvKind::GoPreempt) continue;
        QCOMPARE(ev[i + 1].kind, trace::EvKind::GlobRunqPut);
        QCOMPARE(ev[i + 1].g, ev[i].g);
        QCOMPARE(ev[i + 1].a, int32_t(trace::GlobWhy::Preempt));
        found = true;
    }
    QVERIFY(found);
}

void TstRuntimePreempt::goschedGoesToGlobalTail()
{
    ScriptProgram prog;
    prog.fn(0).go(1).gosched().print("main ").compute(1000).end();
    prog.fn(1).print("g ").end();
    RunResult r = test::runScript(prog, test::config(1));
    // Gosched puts main on the global tail; g (runnext) runs first.
    QCOMPARE(QString::fromStdString(r.stdoutText), QStringLiteral("g main "));
}

QTEST_APPLESS_MAIN(TstRuntimePreempt)
#include "tst_runtime_preempt.moc"
