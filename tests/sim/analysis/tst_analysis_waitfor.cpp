// tst_analysis_waitfor.cpp — deadlock, wait-for cycles and leaks on purpose-built traces.
#include "sim/analysis/waitfor.h"
#include "trace_builder.h"

#include <QtTest>

using namespace gsl;
using namespace gsl::testing;
namespace wait = gsl::trace::wait;

namespace {
constexpr int CH = 10, CH2 = 11, A = 20, B = 21, WG = 30, T = 40;
const analysis::StringFn kStrings = [](uint32_t i) {
    return std::string(i == 1 ? "fatal error: all goroutines are asleep - deadlock!" : "");
};
} // namespace

class TestWaitFor : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void mainReceivesNoSender();
    void mutexCycle();
    void leakAfterMainReturns();
    void sleeperCanStillWake();
    void waitGroupBehindLeak();
    void nothingBlocked();
};

void TestWaitFor::mainReceivesNoSender()
{
    TB t;
    t.mkchan(1, CH, 0).park(1, wait::ChanReceive, CH, 12).add(EvKind::Fatal, 1, 1).exit(2);
    const auto r = analysis::analyzeWaitFor(t.ev, kStrings);
    QVERIFY(r.deadlock);
    QCOMPARE(r.blocked.size(), size_t(1));
    QCOMPARE(r.blocked[0].kind, analysis::ObjKind::Chan);
    QVERIFY(r.blocked[0].forever);
    QCOMPARE(r.blocked[0].explanation,
             std::string("G1 waits to receive on chan#10 (line 12); no other goroutine can send on or close it"));
    QCOMPARE(r.leaked, std::vector<int32_t>{1});
    QVERIFY(r.text.find("Deadlock: every goroutine is blocked") == 0);
}

void TestWaitFor::mutexCycle()
{
    TB t;
    t.go(2, 1, 5).lock(1, A).lock(2, B).park(1, wait::Semacquire, B, 8).park(2, wait::Semacquire, A, 15);
    const auto r = analysis::analyzeWaitFor(t.ev, kStrings);
    QCOMPARE(r.cycles.size(), size_t(1));
    QCOMPARE(r.cycles[0], (std::vector<int32_t>{1, 2}));
    QCOMPARE(r.leaked, (std::vector<int32_t>{1, 2}));
    QCOMPARE(r.blocked[0].couldWake, std::vector<int32_t>{2});
    QCOMPARE(r.blocked[0].explanation,
             std::string("G1 waits to lock mutex#21 (line 8); the only goroutines that could unlock it (G2) are blocked forever too"));
}

void TestWaitFor::leakAfterMainReturns()
{
    // The timeout pattern: main gave up waiting and returned; the worker's send has no receiver left.
    TB t;
    t.mkchan(1, CH, 0).go(2, 1, 7).park(2, wait::ChanSend, CH, 9).end(1).add(EvKind::GoKilled, 2).exit(0);
    const auto r = analysis::analyzeWaitFor(t.ev, kStrings);
    QVERIFY(!r.deadlock);
    QVERIFY(r.exited);
    QCOMPARE(r.leaked, std::vector<int32_t>{2});
    QCOMPARE(r.blocked[0].createdLine, 7);
    QVERIFY(r.text.find("G2 waits to send on chan#10 (line 9); no other goroutine can receive from it. "
                        "Leaked: created at line 7 by G1.") != std::string::npos);
    QVERIFY(r.cycles.empty());
}

void TestWaitFor::sleeperCanStillWake()
{
    TB t;
    t.mkchan(1, CH, 0).go(2, 1, 7).add(EvKind::TimerSet, 2, T, 1000).park(2, wait::Sleep, T, 8)
        .park(1, wait::ChanReceive, CH, 12);
    const auto r = analysis::analyzeWaitFor(t.ev, kStrings);
    QVERIFY(r.leaked.empty());
    QCOMPARE(r.blocked.size(), size_t(1));   // the sleeper is not blocked for good
    QCOMPARE(r.blocked[0].goid, 1);
    QVERIFY(!r.blocked[0].forever);
    QCOMPARE(r.blocked[0].explanation, std::string("G1 waits to receive on chan#10 (line 12); G2 could still send on or close it"));
}

void TestWaitFor::waitGroupBehindLeak()
{
    // main waits for a worker that is itself stuck on a channel nobody else has.
    TB t;
    t.wgadd(1, WG, 1).go(2, 1, 6).mkchan(2, CH2, 0).park(2, wait::ChanReceive, CH2, 9).park(1, wait::Semacquire, WG, 11);
    const auto r = analysis::analyzeWaitFor(t.ev, kStrings);
    QCOMPARE(r.leaked, (std::vector<int32_t>{1, 2}));
    QCOMPARE(r.blocked[0].kind, analysis::ObjKind::WaitGroup);
    QCOMPARE(r.blocked[0].explanation,
             std::string("G1 waits in Wait on WaitGroup#30 (line 11); the only goroutines that could call Done on it (G2) are blocked forever too"));
    QVERIFY(r.cycles.empty());   // a chain, not a cycle
}

void TestWaitFor::nothingBlocked()
{
    TB t;
    t.go(2, 1, 5).end(2).end(1).exit(0);
    const auto r = analysis::analyzeWaitFor(t.ev, kStrings);
    QVERIFY(r.blocked.empty());
    QCOMPARE(r.text, std::string("No goroutine was blocked at the end.\n"));
}

QTEST_GUILESS_MAIN(TestWaitFor)
#include "tst_analysis_waitfor.moc"
