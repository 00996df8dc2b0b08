// One test per row of the placement table, go-runtime.md §1.6: where each
// event puts a goroutine, read from the trace the run recorded.
#include "run_script.h"

#include <QtTest>

#include <optional>

using namespace gsl;
using namespace gsl::runtime;
using trace::EvKind;

class TstRuntimePlacement : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void goStatementToRunnext();
    void goreadyToWakersRunnext();
    void goschedToGlobalTail();
    void preemptionToGlobalTail();
    void starvingMutexHandoff();
    void ringFullOverflowsHalf();
    void gomaxprocsShrinkToGlobalHead();
    void timerFireToRunnext();
    void closeWakesLifoIntoRunnext();
};

static std::optional<trace::TraceEvent> findNext(const RunResult &r, size_t from, EvKind k, size_t *at = nullptr)
{
    const auto &ev = r.trace.events();
    for (size_t i = from; i < ev.size(); ++i)
        if (ev[i].kind == k) {
            if (at) *at = i;
            return ev[i];
        }
    return std::nullopt;
}

void TstRuntimePlacement::goStatementToRunnext()
{
    ScriptProgram prog;
    prog.fn(0).go(1).go(1).wgWait(9).end();
    prog.fn(1).end();
    RunResult r = test::runScript(prog, test::config(1));
    std::vector<trace::TraceEvent> puts;
    for (const auto &e : r.trace.events())
        if (e.kind == EvKind::RunqPut && e.g >= 2) puts.push_back(e);
    QVERIFY(puts.size() >= 2);
    QCOMPARE(puts[0].reason, uint8_t(trace::Placement::Runnext));
    QCOMPARE(puts[0].a, 0);
    QCOMPARE(puts[1].reason, uint8_t(trace::Placement::Runnext));
    QCOMPARE(puts[1].a, 2);   // g2 kicked to the tail by g3
}

void TstRuntimePlacement::goreadyToWakersRunnext()
{
    ScriptProgram prog;
    // main computes long enough for P1 to steal g2 from runnext and g2 to park
    // on the receive before the send: P1's M starts ~40 us after the (cold,
    // ~50-400 us) go statement and backs off ~95-165 us (stealWork's usleep(3))
    // before it takes a runnext G.
    prog.fn(0).chanMake(1, 0).go(1).compute(1000 * kMicrosecond).send(1, 1).compute(1000).end();
    prog.fn(1).recv(1).end();
    RunResult r = test::runScript(prog, test::config(2, 1, 2));
    size_t at = 0;
    const auto un = findNext(r, 0, EvKind::GoUnpark, &at);
    QVERIFY(un);
    QCOMPARE(un->g, 2);
    QCOMPARE(un->a, 1);
    const auto &put = r.trace.events()[at + 1];
    QCOMPARE(put.kind, EvKind::RunqPut);
    QCOMPARE(put.reason, uint8_t(trace::Placement::Runnext));
    // the P of the waker (main at the send)
    const auto send = findNext(r, 0, EvKind::ChanSend);
    QVERIFY(send);
    QCOMPARE(put.p, send->p);
}

void TstRuntimePlacement::goschedToGlobalTail()
{
    ScriptProgram prog;
    prog.fn(0).gosched().end();
    RunResult r = test::runScript(prog, test::config(1));
    size_t at = 0;
    QVERIFY(findNext(r, 0, EvKind::GoSched, &at));
    const auto &e = r.trace.events()[at + 1];
    QCOMPARE(e.kind, EvKind::GlobRunqPut);
    QCOMPARE(e.reason, uint8_t(trace::Placement::Tail));
    QCOMPARE(e.a, int32_t(trace::GlobWhy::Gosched));
}

void TstRuntimePlacement::preemptionToGlobalTail()
{
    ScriptProgram prog;
    prog.fn(0).loop(3000).compute(10 * kMicrosecond).endLoop().end();
    RunResult r = test::runScript(prog, test::config(1));
    size_t at = 0;
    QVERIFY(findNext(r, 0, EvKind::GoPreempt, &at));
    const auto &e = r.trace.events()[at + 1];
    QCOMPARE(e.kind, EvKind::GlobRunqPut);
    QCOMPARE(e.a, int32_t(trace::GlobWhy::Preempt));
}

// Two goroutines hammering one Mutex at GOMAXPROCS=1: a waiter that loses
// for > 1 ms switches it to starvation mode; Unlock then hands the lock to
// the waiter (MutexLock b=1, into runnext) and the unlocker goyields to the
// local tail (GoSched a=1 + RunqPut Tail).
void TstRuntimePlacement::starvingMutexHandoff()
{
    ScriptProgram prog;
    prog.fn(0).wgAdd(1, 2).go(1).go(1).wgWait(1).end();
    prog.fn(1).loop(3000).lock(2).compute(20 * kMicrosecond).unlock(2).endLoop().wgDone(1).end();
    RunResult r = test::runScript(prog, test::config(1));
    QCOMPARE(r.exitStatus, 0);
    const auto &ev = r.trace.events();
    bool found = false;
    for (size_t i = 0; i + 3 < ev.size() && !found; ++i) {
        if (ev[i].kind != EvKind::MutexLock || ev[i].b != 1) continue;
        // MutexLock(waiter, handoff), GoUnpark(waiter), RunqPut runnext, ..., GoSched a=1, RunqPut tail
        QCOMPARE(ev[i + 1].kind, EvKind::GoUnpark);
        QCOMPARE(ev[i + 2].kind, EvKind::RunqPut);
        QCOMPARE(ev[i + 2].reason, uint8_t(trace::Placement::Runnext));
        size_t j = i + 3;
        while (j < ev.size() && ev[j].kind != EvKind::GoSched) ++j;
        QVERIFY(j + 1 < ev.size());
        QCOMPARE(ev[j].a, 1);
        QCOMPARE(ev[j + 1].kind, EvKind::RunqPut);
        QCOMPARE(ev[j + 1].reason, uint8_t(trace::Placement::Tail));
        found = true;
    }
    QVERIFY2(found, "no starvation hand-off happened");
}

void TstRuntimePlacement::ringFullOverflowsHalf()
{
    ScriptProgram prog;
    prog.fn(0).wgAdd(1, 300).loop(300).go(1).endLoop().wgWait(1).end();
    prog.fn(1).wgDone(1).end();
    RunResult r = test::runScript(prog, test::config(1));
    QCOMPARE(r.exitStatus, 0);
    size_t at = 0;
    const auto ov = findNext(r, 0, EvKind::RunqOverflow, &at);
    QVERIFY(ov);
    QCOMPARE(ov->a, 129);
    for (size_t i = 1; i <= 129; ++i) {
        QCOMPARE(r.trace.events()[at + i].kind, EvKind::GlobRunqPut);
        QCOMPARE(r.trace.events()[at + i].a, int32_t(trace::GlobWhy::Overflow));
    }
    QCOMPARE(r.trace.events()[at + 129].g, ov->g);
}

void TstRuntimePlacement::gomaxprocsShrinkToGlobalHead()
{
    ScriptProgram prog;
    // main fills its runq (goroutines not yet run), then shrinks to 1 P
    // while it runs on P0: nothing moves from P0; with GOMAXPROCS 4 the
    // other Ps were idle or running spinners.
    prog.fn(0).wgAdd(1, 5).loop(5).go(1).endLoop().gomaxprocs(1).print("prev={n}\n").wgWait(1).end();
    prog.fn(1).compute(1000).wgDone(1).end();
    RunResult r = test::runScript(prog, test::config(4, 1, 4));
    QCOMPARE(r.exitStatus, 0);
    QCOMPARE(QString::fromStdString(r.stdoutText), QStringLiteral("prev=4\n"));
    QCOMPARE(r.gomaxprocsFinal, 1);
    const auto gm = findNext(r, 0, EvKind::GoMaxProcs);
    QVERIFY(gm);
    QCOMPARE(gm->a, 1);
    QCOMPARE(gm->b, 4);
    // Every GlobRunqPut with Destroy went to the head.
    for (const auto &e : r.trace.events())
        if (e.kind == EvKind::GlobRunqPut && e.a == int32_t(trace::GlobWhy::Destroy))
            QCOMPARE(e.reason, uint8_t(trace::Placement::Head));
}

void TstRuntimePlacement::timerFireToRunnext()
{
    ScriptProgram prog;
    prog.fn(0).go(1).sleep(2 * kMillisecond).end();
    prog.fn(1).loop(400).compute(10 * kMicrosecond).call().endLoop().end();
    RunResult r = test::runScript(prog, test::config(1));
    size_t at = 0;
    const auto tf = findNext(r, 0, EvKind::TimerFire, &at);
    QVERIFY(tf);
    QCOMPARE(r.trace.events()[at + 1].kind, EvKind::GoUnpark);
    QCOMPARE(r.trace.events()[at + 2].kind, EvKind::RunqPut);
    QCOMPARE(r.trace.events()[at + 2].reason, uint8_t(trace::Placement::Runnext));
    QCOMPARE(r.trace.events()[at + 2].g, 1);
}

// close wakes R1,R2,R3 (FIFO waiters): runnext = R1, ring tail ... R3, R2.
void TstRuntimePlacement::closeWakesLifoIntoRunnext()
{
    ScriptProgram prog;
    prog.fn(0).chanMake(1, 0).loop(3).go(1).endLoop().sleep(kMillisecond).close(1).compute(1000).end();
    prog.fn(1).recv(1).end();
    RunResult r = test::runScript(prog, test::config(1));
    size_t at = 0;
    QVERIFY(findNext(r, 0, EvKind::ChanClose, &at));
    std::vector<std::pair<int32_t, int32_t>> puts;   // (g, kicked)
    for (size_t i = at; i < r.trace.size() && puts.size() < 3; ++i) {
        const auto &e = r.trace.events()[i];
        if (e.kind == EvKind::RunqPut) puts.emplace_back(e.g, e.a);
    }
    QCOMPARE(puts.size(), size_t(3));
    std::vector<int32_t> rq;   // receivers in the order they queued (FIFO)
    for (const auto &e : r.trace.events())
        if (e.kind == EvKind::GoPark && e.g >= 2) rq.push_back(e.g);
    QCOMPARE(rq.size(), size_t(3));
    // goready order R3, R2, R1: each kicks the previous to the tail.
    QCOMPARE(puts[0], std::make_pair(rq[2], 0));
    QCOMPARE(puts[1], std::make_pair(rq[1], rq[2]));
    QCOMPARE(puts[2], std::make_pair(rq[0], rq[1]));
}

QTEST_APPLESS_MAIN(TstRuntimePlacement)
#include "tst_runtime_placement.moc"
