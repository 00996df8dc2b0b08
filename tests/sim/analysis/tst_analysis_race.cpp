// tst_analysis_race.cpp — the happens-before race detector, one row per
// synchronisation edge with a racy and a race-free twin trace.
#include "sim/analysis/race.h"
#include "trace_builder.h"

#include <QtTest>

using namespace gsl;
using namespace gsl::testing;
using analysis::RaceOptions;

Q_DECLARE_METATYPE(std::vector<gsl::trace::TraceEvent>)

namespace {
constexpr int X = 1, Y = 2, FLAG = 3, CH = 10, MU = 20, WG = 30, ONCE = 40;
} // namespace

class TestRace : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void races_data();
    void races();
    void reportFields();
    void reportText();
    void reportTextWaitGroup();
    void summaryAndExit();
    void predictive();
};

void TestRace::races_data()
{
    QTest::addColumn<std::vector<trace::TraceEvent>>("events");
    QTest::addColumn<bool>("stdoutSync");
    QTest::addColumn<int>("races");

    auto base = [] { TB t; t.mkchan(1, CH, 0).go(2, 1, 9); return t; };

    QTest::newRow("no-edge-reports") << base().wr(2, X, 5).rd(1, X, 8).ev << true << 1;
    QTest::newRow("read-read-no-race") << base().rd(2, X, 5).rd(1, X, 8).ev << true << 0;
    QTest::newRow("atomic-atomic-no-race") << base().awr(2, X, 5).ard(1, X, 8).awr(1, X, 8).ev << true << 0;
    QTest::newRow("atomic-vs-plain-races") << base().awr(2, X, 5).rd(1, X, 8).ev << true << 1;
    QTest::newRow("same-goroutine-no-race") << base().wr(2, X, 5).rd(2, X, 6).wr(2, X, 6).ev << true << 0;

    QTest::newRow("go-statement-orders") << [] { TB t; t.wr(1, X, 3).go(2, 1, 4).rd(2, X, 6); return t.ev; }() << true << 0;
    QTest::newRow("write-after-go-races") << [] { TB t; t.go(2, 1, 4).wr(1, X, 5).rd(2, X, 6); return t.ev; }() << true << 1;

    // g2 writes then sends; main was parked receiving: direct hand-off (b = receiver).
    QTest::newRow("chan-send-recv-orders")
        << base().park(1, trace::wait::ChanReceive, CH).wr(2, X, 5).send(2, CH, 1).recv(1, CH).rd(1, X, 8).ev << true << 0;
    QTest::newRow("chan-send-recv-twin-no-chan")
        << base().wr(2, X, 5).rd(1, X, 8).send(2, CH, 0).ev << true << 1;
    // Without the hand-off id: the sender completes first, the receiver later.
    QTest::newRow("chan-send-then-recv-orders")
        << [] { TB t; t.mkchan(1, CH, 1).go(2, 1, 9).wr(2, X, 5).send(2, CH).recv(1, CH).rd(1, X, 8); return t.ev; }() << true << 0;
    // Unbuffered: main wrote x and parked receiving; g2's send completes and reads x.
    QTest::newRow("unbuffered-recv-orders-send-completion")
        << base().wr(1, X, 7).park(1, trace::wait::ChanReceive, CH).send(2, CH, 1).rd(2, X, 6).recv(1, CH).ev << true << 0;
    // The same with capacity 1: a buffered send does not wait for the receive.
    QTest::newRow("buffered-send-not-ordered-after-recv")
        << [] { TB t; t.mkchan(1, CH, 1).go(2, 1, 9).wr(1, X, 7).send(2, CH).rd(2, X, 6).recv(1, CH); return t.ev; }() << true << 1;
    // Unbuffered, the sender parked first and the receiver completes first in trace order.
    QTest::newRow("unbuffered-parked-sender-orders-both-ways")
        << base().wr(2, X, 5).wr(1, Y, 7).park(2, trace::wait::ChanSend, CH).recv(1, CH).rd(1, X, 8).send(2, CH).rd(2, Y, 6).ev
        << true << 0;
    // Capacity 1: main's k-th receive happens before g1's (k+1)-th send completes.
    QTest::newRow("buffered-cap1-kth-recv-orders-k+1-send")
        << [] { TB t; t.mkchan(1, CH, 1).go(2, 1, 9).send(2, CH).wr(1, X, 7).recv(1, CH).send(2, CH).rd(2, X, 6); return t.ev; }()
        << true << 0;
    QTest::newRow("buffered-cap2-kth-recv-does-not-order-k+1-send")
        << [] { TB t; t.mkchan(1, CH, 2).go(2, 1, 9).send(2, CH).wr(1, X, 7).recv(1, CH).send(2, CH).rd(2, X, 6); return t.ev; }()
        << true << 1;
    QTest::newRow("close-orders-zero-recv") << base().wr(2, X, 5).close(2, CH).recv(1, CH, 0).rd(1, X, 8).ev << true << 0;
    QTest::newRow("close-without-recv-races") << base().wr(2, X, 5).close(2, CH).rd(1, X, 8).ev << true << 1;

    QTest::newRow("mutex-unlock-lock-orders")
        << base().lock(2, MU).wr(2, X, 5).unlock(2, MU).lock(1, MU).rd(1, X, 8).unlock(1, MU).ev << true << 0;
    QTest::newRow("mutex-different-mutexes-race")
        << base().lock(2, MU).wr(2, X, 5).unlock(2, MU).lock(1, MU + 1).rd(1, X, 8).unlock(1, MU + 1).ev << true << 1;
    QTest::newRow("rw-unlock-rlock-orders")
        << base().wlock(2, MU).wr(2, X, 5).wunlock(2, MU).rlock(1, MU).rd(1, X, 8).ev << true << 0;
    QTest::newRow("rw-runlock-lock-orders")
        << base().rlock(2, MU).rd(2, X, 5).runlock(2, MU).wlock(1, MU).wr(1, X, 8).ev << true << 0;
    QTest::newRow("rw-runlock-rlock-does-not-order")
        << base().rlock(2, MU).wr(2, X, 5).runlock(2, MU).rlock(1, MU).rd(1, X, 8).ev << true << 1;

    QTest::newRow("wg-done-wait-orders") << base().wr(2, X, 5).wgadd(2, WG, -1).wgwait(1, WG).rd(1, X, 8).ev << true << 0;
    QTest::newRow("wg-wait-before-done-races") << base().wgwait(1, WG).wr(2, X, 5).wgadd(2, WG, -1).rd(1, X, 8).ev << true << 1;
    QTest::newRow("wg-add-is-not-a-release") << base().wr(2, X, 5).wgadd(2, WG, 1).wgwait(1, WG).rd(1, X, 8).ev << true << 1;

    // WaitGroup misuse hooks (waitgroup.go: the Add from 0 reads &wg.sema, the
    // first Wait that blocks writes it). tests/validation/programs/wg_add_concurrent_wait.go
    // and wg_add_ordered_wait.go are the real twins (real -race: 20/20 and 0/20).
    constexpr int SEMA = trace::wait::Semacquire;
    QTest::newRow("wg-add-from-0-then-blocking-wait-races")
        << base().wgadd(2, WG, 1).park(1, SEMA, WG, 17).wgadd(2, WG, -1).wgwait(1, WG).ev << true << 1;
    QTest::newRow("wg-add-from-0-ordered-before-blocking-wait")
        << [] {
               TB t;
               t.mkchan(1, CH, 1).go(2, 1, 9).wgadd(2, WG, 1).send(2, CH).recv(1, CH).park(1, SEMA, WG, 17)
                   .wgadd(2, WG, -1).wgwait(1, WG);
               return t.ev;
           }() << true << 0;
    // Wait with the counter at 0 does not block and accesses nothing.
    QTest::newRow("wg-wait-that-does-not-block-no-access")
        << base().wgadd(2, WG, 1).wgadd(2, WG, -1).wgwait(1, WG).ev << true << 0;
    // An Add that starts above 0 (1 -> 2) does not read &wg.sema.
    QTest::newRow("wg-add-not-from-0-no-access")
        << [] { TB t; t.wgadd(1, WG, 1).go(2, 1, 9).wgadd(2, WG, 1).park(1, SEMA, WG, 17); return t.ev; }() << true << 0;
    // Only the first waiter writes: two Waits blocking together do not race with each other.
    QTest::newRow("wg-second-waiter-no-write")
        << [] {
               TB t;
               t.wgadd(1, WG, 1).go(2, 1, 9).go(3, 1, 10).park(2, SEMA, WG, 12).park(3, SEMA, WG, 13).wgadd(1, WG, -1)
                   .wgwait(2, WG).wgwait(3, WG);
               return t.ev;
           }() << true << 0;
    // Reuse: the Done that reaches 0 resets the waiters; a later unordered Add from 0 races with the Wait's write.
    QTest::newRow("wg-reuse-add-after-blocking-wait-races")
        << [] {
               TB t;
               t.wgadd(1, WG, 1).go(2, 1, 9).go(3, 1, 10).park(1, SEMA, WG, 20).wgadd(2, WG, -1).wgwait(1, WG)
                   .wgadd(3, WG, 1).wgadd(3, WG, -1);
               return t.ev;
           }() << true << 1;
    // A Semacquire park on a mutex is not a Wait.
    QTest::newRow("wg-mutex-park-is-not-a-wait")
        << base().wgadd(2, MU, 1).lock(2, MU).park(1, SEMA, MU, 17).ev << true << 0;

    QTest::newRow("once-done-orders-do-return") << base().wr(2, X, 5).once(2, ONCE).once(1, ONCE).rd(1, X, 8).ev << true << 0;
    QTest::newRow("atomic-store-load-orders") << base().wr(2, X, 5).awr(2, FLAG, 6).ard(1, FLAG, 7).rd(1, X, 8).ev << true << 0;
    QTest::newRow("atomic-other-address-races") << base().wr(2, X, 5).awr(2, FLAG, 6).ard(1, FLAG + 1, 7).rd(1, X, 8).ev << true << 1;

    QTest::newRow("print-hides-race") << base().wr(2, X, 5).print(2).print(1).rd(1, X, 8).ev << true << 0;
    QTest::newRow("print-hides-race-off") << base().wr(2, X, 5).print(2).print(1).rd(1, X, 8).ev << false << 1;
    QTest::newRow("print-before-write-no-hiding") << base().print(2).wr(2, X, 5).print(1).rd(1, X, 8).ev << true << 1;

    // counter++ in two goroutines, three times each: one report (equal stacks and address).
    QTest::newRow("counter-reported-once") << [] {
        TB t;
        t.go(2, 1, 9).go(3, 1, 9);
        for (int i = 0; i < 3; ++i) t.rd(2, X, 12).wr(2, X, 12).rd(3, X, 12).wr(3, X, 12);
        return t.ev;
    }() << true << 1;
    // Two different addresses with different location pairs: two reports.
    QTest::newRow("two-variables-two-reports") << base().wr(2, X, 5).wr(2, Y, 6).rd(1, X, 8).rd(1, Y, 9).ev << true << 2;
}

void TestRace::races()
{
    QFETCH(std::vector<trace::TraceEvent>, events);
    QFETCH(bool, stdoutSync);
    QFETCH(int, races);
    RaceOptions opt;
    opt.stdoutSync = stdoutSync;
    const auto r = analysis::detectRaces(events, opt);
    QCOMPARE(int(r.reports.size()), races);
}

void TestRace::reportFields()
{
    TB t;
    t.mkchan(1, CH, 0).go(2, 1, 9).wr(2, X, 5).end(2).rd(1, X, 8);
    RaceOptions opt;
    opt.str = [](uint32_t) { return std::string("counter"); };
    const auto r = analysis::detectRaces(t.ev, opt);
    QCOMPARE(r.reports.size(), size_t(1));
    const auto &rep = r.reports[0];
    QCOMPARE(rep.current.goid, 1);
    QCOMPARE(rep.current.write, false);
    QCOMPARE(rep.current.line, 8);
    QCOMPARE(rep.current.eventIndex, size_t(4));
    QCOMPARE(rep.previous.goid, 2);
    QCOMPARE(rep.previous.write, true);
    QCOMPARE(rep.previous.eventIndex, size_t(2));
    QCOMPARE(rep.previous.var, std::string("counter"));
    QCOMPARE(rep.previousG.finished, true);
    QCOMPARE(rep.previousG.createdLine, 9);
    QCOMPARE(rep.previousG.creator, 1);
}

void TestRace::reportText()
{
    TB t;
    t.go(6, 1, 10).go(7, 1, 10).rd(6, 3, 12).wr(6, 3, 12).end(6).rd(7, 3, 12);
    RaceOptions opt;
    opt.file = "/path/file.go";
    opt.funcName = [](int32_t line) { return std::string(line == 10 ? "main.main" : "main.main.func1"); };
    const auto r = analysis::detectRaces(t.ev, opt);
    QCOMPARE(r.reports.size(), size_t(1));
    const std::string expected =
        "==================\n"
        "WARNING: DATA RACE\n"
        "Read at 0x00c000010018 by goroutine 7:\n"
        "  main.main.func1()\n"
        "      /path/file.go:12 +0x4c\n"
        "\n"
        "Previous write at 0x00c000010018 by goroutine 6:\n"
        "  main.main.func1()\n"
        "      /path/file.go:12 +0x5e\n"
        "\n"
        "Goroutine 7 (running) created at:\n"
        "  main.main()\n"
        "      /path/file.go:10 +0x44\n"
        "\n"
        "Goroutine 6 (finished) created at:\n"
        "  main.main()\n"
        "      /path/file.go:10 +0x44\n"
        "==================\n";
    QCOMPARE(analysis::formatRaceReport(r.reports[0], opt), expected);

    // The main goroutine is "main goroutine" and has no creation block.
    TB m;
    m.go(2, 1, 10).wr(2, 3, 12).wr(1, 3, 14);
    const auto rm = analysis::detectRaces(m.ev, opt);
    QCOMPARE(rm.reports.size(), size_t(1));
    const std::string text = analysis::formatRaceReport(rm.reports[0], opt);
    QVERIFY(text.find("Write at 0x00c000010018 by main goroutine:\n") != std::string::npos);
    QVERIFY(text.find("Previous write at 0x00c000010018 by goroutine 2:\n") != std::string::npos);
    QVERIFY(text.find("Goroutine 1") == std::string::npos);
    QVERIFY(text.find("Goroutine 2 (running) created at:\n") != std::string::npos);
}

// The text Go 1.19 prints for tests/validation/programs/wg_add_concurrent_wait.go
// (go run -race), with our fake addresses and PC offsets.
void TestRace::reportTextWaitGroup()
{
    TB t;
    t.go(2, 1, 15).wgadd(2, WG, 1, 16).park(1, trace::wait::Semacquire, WG, 21);
    RaceOptions opt;
    opt.file = "/path/file.go";
    opt.funcName = [](int32_t line) { return std::string(line == 16 ? "main.main.func1" : "main.main"); };
    const auto r = analysis::detectRaces(t.ev, opt);
    QCOMPARE(r.reports.size(), size_t(1));
    QCOMPARE(r.reports[0].current.wgSema, true);
    QCOMPARE(r.reports[0].current.addr, WG);
    QCOMPARE(r.reports[0].current.eventIndex, size_t(2));
    QCOMPARE(r.reports[0].previous.eventIndex, size_t(1));
    const std::string expected =
        "==================\n"
        "WARNING: DATA RACE\n"
        "Write at 0x00c0000a01e8 by main goroutine:\n"
        "  runtime.racewrite()\n"
        "      <autogenerated>:1 +0x24\n"
        "  main.main()\n"
        "      /path/file.go:21 +0x82\n"
        "\n"
        "Previous read at 0x00c0000a01e8 by goroutine 2:\n"
        "  runtime.raceread()\n"
        "      <autogenerated>:1 +0x24\n"
        "  main.main.func1()\n"
        "      /path/file.go:16 +0x5c\n"
        "\n"
        "Goroutine 2 (running) created at:\n"
        "  main.main()\n"
        "      /path/file.go:15 +0x58\n"
        "==================\n";
    QCOMPARE(analysis::formatRaceReport(r.reports[0], opt), expected);
}

void TestRace::summaryAndExit()
{
    QCOMPARE(analysis::formatRaceSummary(0), std::string());
    QCOMPARE(analysis::formatRaceSummary(2), std::string("Found 2 data race(s)\n"));
    QCOMPARE(analysis::raceExitStatus(0, 1), 66);
    QCOMPARE(analysis::raceExitStatus(0, 0), 0);
    QCOMPARE(analysis::raceExitStatus(2, 1), 2);
    QCOMPARE(analysis::fakeAddress(0), std::string("0x00c000010000"));
    QCOMPARE(analysis::fakeAddress(2), std::string("0x00c000010010"));
}

void TestRace::predictive()
{
    // Run 0: print orders the pair (hidden); run 1: the pair is unordered.
    TB hidden;
    hidden.go(2, 1, 9).wr(2, X, 5).print(2).print(1).rd(1, X, 8);
    TB shown;
    shown.go(2, 1, 9).print(1).wr(2, X, 5).print(2).rd(1, X, 8);
    RaceOptions opt;
    opt.collectConflicts = true;
    std::vector<analysis::RaceResult> runs{analysis::detectRaces(hidden.ev, opt), analysis::detectRaces(shown.ev, opt),
                                           analysis::detectRaces(shown.ev, opt)};
    QCOMPARE(runs[0].reports.size(), size_t(0));
    QCOMPARE(runs[1].reports.size(), size_t(1));
    QVERIFY(runs[0].hbClass != runs[1].hbClass);
    QCOMPARE(runs[1].hbClass, runs[2].hbClass);
    const auto p = analysis::predictRaces(runs);
    QCOMPARE(p.size(), size_t(1));
    QCOMPARE(p[0].lineA, 5);
    QCOMPARE(p[0].writeA, true);
    QCOMPARE(p[0].lineB, 8);
    QCOMPARE(p[0].runs, size_t(2));
    QCOMPARE(p[0].witnessRun, size_t(1));
}

QTEST_GUILESS_MAIN(TestRace)
#include "tst_analysis_race.moc"
