// tst_runtime_invariants — the invariant mode (RunConfig::checkInvariants,
// issue 8 item 2) catches each kind of deliberately broken state, and the
// state rebuilt from the trace must equal every keyframe.
#include "run_script.h"

#include <QtTest>

using namespace gsl;
using namespace gsl::runtime;

class TstRuntimeInvariants : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void corruptionIsCaught_data();
    void corruptionIsCaught();
    void keyframeMismatchIsCaught();
    void checkedRunsPass_data();
    void checkedRunsPass();
};

// main blocks receiving on channel 1 until the workers, which contend for a
// mutex 100 times each, send. (100, not 40: with 4 Ps keyframes are at least
// 4 x (Gs + Ms + 8 Ps) ~ 170 events apart, and a run of 40 rounds, ~150-180
// events with the measured costs, could hold only the first keyframe.)
static ScriptProgram blocked()
{
    ScriptProgram prog;
    prog.fn(0).chanMake(1, 0).loop(4).go(1).endLoop().recv(1).end();
    prog.fn(1).loop(100).lock(2).compute(2000).unlock(2).endLoop().compute(50000).send(1, 1).end();
    return prog;
}

void TstRuntimeInvariants::corruptionIsCaught_data()
{
    QTest::addColumn<int>("what");
    QTest::addColumn<QString>("names");
    QTest::newRow("parked-goroutine-in-a-runq") << int(Simulation::Corruption::DuplicateG) << "g1 queued but not runnable";
    QTest::newRow("nmspinning") << int(Simulation::Corruption::SpinningCount) << "nmspinning";
    QTest::newRow("two-wait-queues") << int(Simulation::Corruption::TwoWaitQueues) << "two wait queues";
}

void TstRuntimeInvariants::corruptionIsCaught()
{
    QFETCH(int, what);
    QFETCH(QString, names);
    ScriptProgram prog = blocked();
    ScriptExecutor ex(prog);
    Simulation sim(ex, test::config(2));
    sim.runUntil(60);   // main is parked on the channel by then
    QVERIFY(!sim.finished());
    sim.checkInvariants();   // fine so far
    sim.debugCorrupt(Simulation::Corruption(what));
    QString caught;
    try {
        sim.checkInvariants();
    } catch (const std::logic_error &e) {
        caught = QString::fromUtf8(e.what());
    }
    QVERIFY2(caught.startsWith(QStringLiteral("checkInvariants:")), qPrintable(caught));
    QVERIFY2(caught.contains(names), qPrintable(caught));
}

void TstRuntimeInvariants::keyframeMismatchIsCaught()
{
    ScriptProgram prog = blocked();
    ScriptExecutor ex(prog);
    Simulation sim(ex, test::config(2));
    sim.runUntil(100);
    QVERIFY(!sim.finished());
    trace::SchedState s = sim.snapshot();
    sim.checkKeyframe(s);   // the live state is what the trace replays to
    QVERIFY(s.gs.size() > 2);
    s.gs[2].status = s.gs[2].status == trace::GStatus::Dead ? trace::GStatus::Runnable : trace::GStatus::Dead;
    QString caught;
    try {
        sim.checkKeyframe(s);
    } catch (const std::logic_error &e) {
        caught = QString::fromUtf8(e.what());
    }
    QVERIFY2(caught.contains(QStringLiteral("differs from the replayed trace in gs")), qPrintable(caught));
}

void TstRuntimeInvariants::checkedRunsPass_data()
{
    QTest::addColumn<int>("procs");
    QTest::addColumn<int>("keyframeEvery");
    for (int p : {1, 2, 4})
        for (int k : {1, 7, 64}) QTest::newRow(qPrintable(QStringLiteral("p%1-k%2").arg(p).arg(k))) << p << k;
}

void TstRuntimeInvariants::checkedRunsPass()
{
    QFETCH(int, procs);
    QFETCH(int, keyframeEvery);
    for (uint64_t seed = 1; seed <= 3; ++seed) {
        ScriptProgram prog = blocked();
        RunConfig cfg = test::config(procs, seed, 4);
        cfg.keyframeEvery = uint32_t(keyframeEvery);
        RunResult r = test::runScript(prog, cfg);   // throws on any violation
        QCOMPARE(r.exitStatus, 0);
        QVERIFY(r.trace.keyframes().size() > 1);
    }
}

QTEST_GUILESS_MAIN(TstRuntimeInvariants)
#include "tst_runtime_invariants.moc"
