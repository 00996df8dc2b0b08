// tst_trace_apply.cpp — apply() on hand-written event sequences, one row per
// behaviour: each row is events in the trace text form (after the prelude
// where M0 runs main on P0) and the state pieces they must lead to.
#include "trace_test_util.h"

#include <QTest>

using namespace gsltest;

class TestTraceApply : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void applyEvents_data();
    void applyEvents();
    void applyRejects_data();
    void applyRejects();
    void prelude();
    void overflowAt256();
};

namespace {
// Create g2..gN by main on P0 the way newproc does (runnext, old one kicked).
QString spawn(int from, int to)
{
    QString s;
    for (int g = from; g <= to; ++g) {
        s += QString("0.000001ms  GoCreate g=%1 p=0 m=0 creator=1 line=%2\n").arg(g).arg(10 + g);
        s += QString("0.000001ms  RunqPut g=%1 p=0 to=runnext%2\n").arg(g).arg(g > from ? QString(" kicked=%1").arg(g - 1) : QString());
    }
    return s;
}
// P1 gets M1.
const char *kP1 = "0.000002ms  MStart m=1\n0.000002ms  ProcStart p=1 m=1\n";
} // namespace

void TestTraceApply::applyEvents_data()
{
    QTest::addColumn<int>("gomaxprocs");
    QTest::addColumn<QString>("events");
    QTest::addColumn<QString>("expect");

    QTest::newRow("gocreate-goes-to-runnext")
        << 2 << spawn(2, 2) << "p0.runnext=2 p0.runq= g2.status=1 g2.creator=1 g2.line=12 g2.p=0";
    QTest::newRow("runqput-runnext-kicks-old-to-tail")
        << 2 << spawn(2, 4) << "p0.runnext=4 p0.runq=2,3";
    QTest::newRow("runqput-tail-is-fifo")
        << 2
        << "0.000001ms  GoCreate g=2 p=0 m=0 creator=1\n0.000001ms  RunqPut g=2 p=0 to=tail\n"
           "0.000001ms  GoCreate g=3 p=0 m=0 creator=1\n0.000001ms  RunqPut g=3 p=0 to=tail\n"
           "0.000001ms  GoCreate g=4 p=0 m=0 creator=1\n0.000001ms  RunqPut g=4 p=0 to=head\n"
        << "p0.runq=4,2,3 p0.runnext=0";
    QTest::newRow("runnext-inherits-time-slice")
        << 2
        << spawn(2, 3)
               + "0.000003ms  GoPark g=1 p=0 m=0 wait=\"chan receive\" obj=1 line=20\n"
                 "0.000003ms  RunqGet g=3 p=0 from=runnext\n"
                 "0.000003ms  GoStart g=3 p=0 m=0 inherit=1\n"
        << "p0.curg=3 m0.curg=3 p0.schedtick=1 p0.runnext=0 p0.runq=2 g3.status=2 g3.m=0 g1.status=4 g1.wait=14 g1.line=20";
    QTest::newRow("local-runq-ticks-schedtick")
        << 2
        << spawn(2, 3)
               + "0.000003ms  GoPark g=1 p=0 m=0 wait=\"sleep\"\n"
                 "0.000003ms  RunqGet g=2 p=0 from=local\n"
                 "0.000003ms  GoStart g=2 p=0 m=0\n"
        << "p0.curg=2 p0.schedtick=2 p0.runnext=3 p0.runq= g1.wait=19";
    QTest::newRow("gosched-goes-to-global-tail")
        << 2
        << "0.000001ms  GoCreate g=2 p=0 m=0 creator=1\n0.000001ms  GlobRunqPut g=2 to=tail why=batch\n"
           "0.000002ms  GoSched g=1 p=0 m=0\n0.000002ms  GlobRunqPut g=1 to=tail why=gosched\n"
        << "glob=2,1 g1.status=1 g1.p=-1 g1.m=-1 p0.curg=0 m0.curg=0";
    QTest::newRow("preempt-goes-to-global-tail")
        << 2
        << "10.000000ms  Retake g=1 p=0\n10.000000ms  GoPreempt g=1 p=0 m=0 async=1\n"
           "10.000000ms  GlobRunqPut g=1 to=tail why=preempt\n"
        << "glob=1 g1.status=1 p0.curg=0 p0.status=1";
    QTest::newRow("unpark-in-hand-then-waker-runnext")
        << 2
        << spawn(2, 2)
               + "0.000002ms  GoPark g=1 p=0 m=0 wait=\"chan receive\"\n"
                 "0.000002ms  RunqGet g=2 p=0 from=runnext\n0.000002ms  GoStart g=2 p=0 m=0 inherit=1\n"
                 "0.000003ms  GoUnpark g=1 p=0 m=0 waker=2\n"
        << "g1.status=1 g1.wait=0 g1.p=-1 p0.runnext=0";
    QTest::newRow("unpark-placed-by-runqput")
        << 2
        << spawn(2, 2)
               + "0.000002ms  GoPark g=1 p=0 m=0 wait=\"chan receive\"\n"
                 "0.000002ms  RunqGet g=2 p=0 from=runnext\n0.000002ms  GoStart g=2 p=0 m=0 inherit=1\n"
                 "0.000003ms  GoUnpark g=1 p=0 m=0 waker=2\n0.000003ms  RunqPut g=1 p=0 to=runnext\n"
        << "g1.status=1 g1.p=0 p0.runnext=1";
    QTest::newRow("globrunqget-batch")
        << 2
        << QString(kP1)
               + "0.000003ms  GoCreate g=2 p=0 m=0 creator=1\n0.000003ms  GlobRunqPut g=2 to=tail\n"
                 "0.000003ms  GoCreate g=3 p=0 m=0 creator=1\n0.000003ms  GlobRunqPut g=3 to=tail\n"
                 "0.000003ms  GoCreate g=4 p=0 m=0 creator=1\n0.000003ms  GlobRunqPut g=4 to=tail\n"
                 "0.000003ms  GoCreate g=5 p=0 m=0 creator=1\n0.000003ms  GlobRunqPut g=5 to=tail\n"
                 "0.000004ms  GlobRunqGet g=2 p=1 m=1 n=3\n0.000004ms  GoStart g=2 p=1 m=1\n"
        << "glob=5 p1.runq=3,4 p1.curg=2 g2.status=2 g2.p=1 g3.p=1 p1.schedtick=1";
    QTest::newRow("steal-half-moves-goroutines")
        << 2
        << spawn(2, 6) + kP1
               + "0.000004ms  ProcSteal g=3 p=1 m=1 n=2 victim=0\n0.000004ms  GoStart g=3 p=1 m=1\n"
        << "p0.runq=4,5 p0.runnext=6 p1.runq=2 p1.curg=3 g2.p=1 g3.p=1 g4.p=0";
    QTest::newRow("steal-takes-runnext")
        << 2
        << spawn(2, 2) + kP1 + "0.000004ms  ProcSteal g=2 p=1 m=1 n=1 victim=0 runnext=1\n"
        << "p0.runnext=0 p0.runq= p1.runq= g2.p=1";
    QTest::newRow("runq-overflow-half-and-new-to-global")
        << 2
        << spawn(2, 6)
               + "0.000005ms  GoCreate g=7 p=0 m=0 creator=1\n"
                 "0.000005ms  RunqOverflow g=7 p=0 m=0 n=3\n"
                 "0.000005ms  GlobRunqPut g=2 to=tail why=overflow\n"
                 "0.000005ms  GlobRunqPut g=3 to=tail why=overflow\n"
                 "0.000005ms  GlobRunqPut g=7 to=tail why=overflow\n"
        << "p0.runq=4,5 p0.runnext=6 glob=2,3,7 g2.p=-1 g7.p=-1";
    QTest::newRow("procresize-shrink-moves-to-global-head")
        << 2
        << "0.000001ms  GoCreate g=2 p=0 m=0 creator=1\n0.000001ms  GlobRunqPut g=2 to=tail\n"
           "0.000001ms  GoCreate g=3 p=0 m=0 creator=1\n0.000001ms  RunqPut g=3 p=1 to=tail\n"
           "0.000001ms  GoCreate g=4 p=0 m=0 creator=1\n0.000001ms  RunqPut g=4 p=1 to=tail\n"
           "0.000001ms  GoCreate g=5 p=0 m=0 creator=1\n0.000001ms  RunqPut g=5 p=1 to=runnext\n"
           "0.000002ms  STWStart\n"
           "0.000002ms  GlobRunqPut g=4 p=1 to=head why=destroy\n"
           "0.000002ms  GlobRunqPut g=3 p=1 to=head why=destroy\n"
           "0.000002ms  GlobRunqPut g=5 p=1 to=head why=destroy\n"
           "0.000002ms  ProcStop p=1 dead=1\n"
           "0.000002ms  GoMaxProcs procs=1 old=2\n"
           "0.000002ms  STWDone\n"
        << "glob=5,3,4,2 p1.status=4 p1.runq= p1.runnext=0 gomaxprocs=1 npidle=0 p0.status=1";
    QTest::newRow("procresize-grow-adds-idle-ps")
        << 2 << "0.000002ms  GoMaxProcs procs=4 old=2\n"
        << "gomaxprocs=4 p3.status=0 p2.m=-1 npidle=3";
    QTest::newRow("stw-stops-every-p")
        << 2 << "0.000002ms  STWStart\n" << "p0.status=3 p1.status=3 npidle=0";
    QTest::newRow("spinning-m-counted")
        << 2 << "0.000002ms  MStart m=1 spinning=1\n"
        << "nmspinning=1 m1.status=spinning m1.p=-1";
    QTest::newRow("spin-stop-uncounted")
        << 2 << QString(kP1) + "0.000003ms  MSpin m=1 p=1\n0.000004ms  MSpinStop m=1 p=1\n"
        << "nmspinning=0 m1.status=running m1.p=1 p1.m=1 npidle=0";
    QTest::newRow("sysmon-m-has-no-p")
        << 2 << "0.000002ms  MStart m=1 sysmon=1\n" << "m1.status=sysmon m1.p=-1 nmspinning=0";
    QTest::newRow("stopm-parks-m-and-idles-p")
        << 2
        << "0.000002ms  GoPark g=1 p=0 m=0 wait=\"select (no cases)\"\n"
           "0.000003ms  ProcStop p=0 m=0\n0.000003ms  MPark m=0\n"
        << "p0.status=0 p0.m=-1 m0.status=idle m0.p=-1 npidle=2 g1.wait=10";
    QTest::newRow("mwake-binds-only-with-procstart")
        << 2
        << "0.000002ms  MStart m=1 spinning=1\n0.000002ms  MPark m=1\n"
           "0.000003ms  MWake m=1 p=1 spinning=1\n"
        << "m1.status=spinning m1.p=-1 p1.m=-1 nmspinning=1";
    QTest::newRow("goend-frees-p-and-m")
        << 2 << "0.000002ms  GoEnd g=1 p=0 m=0\n" << "g1.status=6 g1.p=-1 p0.curg=0 m0.curg=0 p0.status=1";
    QTest::newRow("gokilled-leaves-every-queue")
        << 2 << spawn(2, 3) + "0.000004ms  GoKilled g=2\n0.000004ms  GoKilled g=3\n"
        << "g2.status=6 g3.status=6 p0.runq= p0.runnext=0";
    QTest::newRow("memory-event-moves-line")
        << 2 << "0.000002ms  MemWrite g=1 p=0 m=0 addr=3 var=counter line=42\n" << "g1.line=42";
    QTest::newRow("throttle-freezes-quota")
        << 2
        << "1.000000ms  Throttle\n3.000000ms  Unthrottle\n3.000000ms  CfsPeriod period=1 counted=1\n"
           "4.000000ms  MemRead g=1 p=0 m=0 addr=1\n"
        << "cfs.throttled=0 cfs.nrThrottled=1 cfs.throttledTime=2000000 cfs.nrPeriods=1 cfs.quotaUsed=1000000";
    QTest::newRow("quota-counts-running-ms-capped-by-cpus")
        << 4
        << QString(kP1)
               + "0.000002ms  MStart m=2 spinning=1\n0.000002ms  MStart m=3\n0.000002ms  MStart m=4 sysmon=1\n"
                 "1.000002ms  MemRead g=1 p=0 m=0 addr=1\n"
        << "cfs.quotaUsed=2000002";
    QTest::newRow("throttled-state-open")
        << 2 << "1.000000ms  Throttle\n2.000000ms  Throttle\n" << "cfs.throttled=1 cfs.nrThrottled=1 cfs.throttledTime=0";
    QTest::newRow("uncounted-period-not-in-nr-periods")
        << 2 << "100.000000ms  CfsPeriod period=1\n" << "cfs.nrPeriods=0 cfs.quotaUsed=0";
}

void TestTraceApply::applyEvents()
{
    QFETCH(int, gomaxprocs);
    QFETCH(QString, events);
    QFETCH(QString, expect);
    Trace t;
    t.setInitialState(initialState(gomaxprocs));
    QVERIFY(parseInto(t, QString(kPrelude) + events));
    SchedState s = replayState(t, t.size());
    QCOMPARE(s.time, t.events().back().time);
    checkProbes(s, expect);
}

void TestTraceApply::applyRejects_data()
{
    QTest::addColumn<QString>("events");
    QTest::addColumn<QString>("error");
    QTest::newRow("runqget-not-at-head")
        << spawn(2, 4) + "0.000003ms  RunqGet g=3 p=0 from=local\n" << "RunqGet g3 p0 m-1: not at the head of the runq";
    QTest::newRow("kicked-is-not-runnext")
        << spawn(2, 3) + "0.000003ms  GoCreate g=4 p=0 m=0\n0.000003ms  RunqPut g=4 p=0 to=runnext kicked=2\n"
        << "kicked g2 but runnext is g3";
    QTest::newRow("runnext-overwritten-silently")
        << spawn(2, 2) + "0.000003ms  GoCreate g=3 p=0 m=0\n0.000003ms  RunqPut g=3 p=0 to=runnext\n"
        << "runnext holds g2 but nothing was kicked";
    QTest::newRow("start-a-waiting-g")
        << "0.000003ms  GoPark g=1 p=0 m=0\n0.000003ms  GoStart g=1 p=0 m=0\n" << "goroutine is not runnable";
    QTest::newRow("start-on-a-busy-p")
        << spawn(2, 2) + "0.000003ms  RunqGet g=2 p=0 from=runnext\n0.000003ms  GoStart g=2 p=0 m=0\n"
        << "P already runs g1";
    QTest::newRow("park-a-runnable-g")
        << spawn(2, 2) + "0.000003ms  GoPark g=2 p=0 m=0\n" << "goroutine is not running";
    QTest::newRow("unknown-goroutine")
        << "0.000003ms  GoEnd g=9\n" << "unknown goroutine 9";
    QTest::newRow("shrink-with-queued-gs")
        << "0.000003ms  GoCreate g=2 p=0 m=0\n0.000003ms  RunqPut g=2 p=1 to=tail\n"
           "0.000003ms  GoMaxProcs procs=1 old=2\n"
        << "P1 dies with Gs still queued";
    QTest::newRow("steal-wrong-last")
        << spawn(2, 6) + kP1 + "0.000004ms  ProcSteal g=2 p=1 m=1 n=2 victim=0\n" << "the last stolen G is g3";
    QTest::newRow("global-batch-too-big")
        << "0.000004ms  GlobRunqGet g=2 p=0 n=1\n" << "batch of 1 from a global queue of 0";
    QTest::newRow("destroy-not-on-p")
        << spawn(2, 2) + "0.000004ms  GlobRunqPut g=2 p=1 to=head why=destroy\n" << "Destroy: not in the P's runnext or ring";
}

void TestTraceApply::applyRejects()
{
    QFETCH(QString, events);
    QFETCH(QString, error);
    Trace t;
    t.setInitialState(initialState(2));
    QVERIFY(parseInto(t, QString(kPrelude) + events));
    try {
        replayState(t, t.size());
        QFAIL("apply accepted an inconsistent event");
    } catch (const std::logic_error &e) {
        QString what = QString::fromUtf8(e.what());
        QVERIFY2(what.startsWith("apply: "), qPrintable(what));
        QVERIFY2(what.contains(error), qPrintable(what));
    }
}

void TestTraceApply::prelude()
{
    Trace t;
    t.setInitialState(initialState(2));
    QVERIFY(parseInto(t, kPrelude));
    SchedState s = replayState(t, t.size());
    checkProbes(s, "p0.status=1 p0.m=0 p0.curg=1 p0.schedtick=1 m0.p=0 m0.curg=1 m0.status=running "
                   "g1.status=2 g1.p=0 g1.m=0 npidle=1 p1.status=0");
    QCOMPARE(stateAt(t, 0), t.initialState());
}

void TestTraceApply::overflowAt256()
{
    Trace t;
    t.setInitialState(initialState(1));
    QVERIFY(parseInto(t, kPrelude));
    for (int g = 2; g <= 258; ++g) {
        gsl::trace::TraceEvent c;
        c.time = 1000;
        c.kind = EvKind::GoCreate;
        c.g = g;
        t.push(c);
        gsl::trace::TraceEvent e = c;
        e.kind = EvKind::RunqPut;
        e.p = 0;
        e.reason = uint8_t(Placement::Tail);
        t.push(e);
    }
    // 256 fit in the ring; the 257th must have been an overflow.
    SchedState ok = replayState(t, t.size() - 1);
    QCOMPARE(ok.ps[0].runq.size(), size_t(256));
    QVERIFY_THROWS_EXCEPTION(std::logic_error, replayState(t, t.size()));
}

QTEST_GUILESS_MAIN(TestTraceApply)
#include "tst_trace_apply.moc"
