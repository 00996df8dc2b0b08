// tst_run_probe — probing a forced-schedule run for its next choice
// (runtime/probe.h, run/probe_run.h): the legal picks in takeForced's search
// order, the probed run is a prefix of the same run unprobed, and a pick
// made at the probed point replays with no divergence while a blocked
// goroutine is refused.
#include <QtTest>

#ifndef Q_MOC_RUN   // moc (Qt 6.4) cannot parse <compare>, pulled in by go_version.h
#include "sim/run/probe_run.h"
#include "sim/runtime/forced.h"
#endif

using namespace gsl;
using runtime::PickWhere;

namespace {
const char *kWgAddInside = R"go(package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var wg sync.WaitGroup
	var ran int32
	for i := 0; i < 3; i++ {
		go func() {
			wg.Add(1)
			defer wg.Done()
			atomic.AddInt32(&ran, 1)
		}()
	}
	wg.Wait()
	fmt.Printf("ran=%d\n", atomic.LoadInt32(&ran))
}
)go";

runtime::RunConfig onePConfig()
{
    runtime::RunConfig cfg;
    cfg.gomaxprocs = 1;
    cfg.cpus = 4;
    return cfg;
}
} // namespace

class TestRunProbe : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void legalPicksInSearchOrder()
    {
        trace::SchedState s;
        s.gomaxprocs = 2;
        s.ps.resize(2);
        s.gs.resize(12);
        for (int i = 1; i < 12; ++i) {
            s.gs[size_t(i)].goid = i;
            s.gs[size_t(i)].status = trace::GStatus::Runnable;
        }
        s.gs[3].status = trace::GStatus::Running;
        s.gs[11].status = trace::GStatus::Waiting;
        s.ps[0].curg = 3;
        s.ps[0].runnext = 5;
        s.ps[0].runq = {4, 6};
        s.globrunq = {7};
        s.ps[1].runnext = 8;
        s.ps[1].runq = {9};
        // G10 is runnable in no queue (taken by an M, not started): not pickable.
        // P1 decides; G4 is the one running at its step boundary.
        const auto picks = runtime::legalPicks(s, 1, 4);
        const std::vector<runtime::PickCandidate> want{
            {8, PickWhere::Runnext, 1, 0}, {9, PickWhere::Runq, 1, 0}, {7, PickWhere::Global, -1, 0},
            {5, PickWhere::OtherRunnext, 0, 0}, {6, PickWhere::OtherRunq, 0, 1}};
        QCOMPARE(picks.size(), want.size());
        for (size_t i = 0; i < want.size(); ++i) QVERIFY2(picks[i] == want[i], qPrintable(QString::number(i)));
        const auto blocked = runtime::blockedIn(s);
        QCOMPARE(blocked.size(), size_t(1));
        QCOMPARE(blocked[0].goid, 11);
    }

    void probeIsAPrefixAndPicksReplay()
    {
        const run::Scenario sc = run::compileScenario("wg.go", kWgAddInside, GoVersion{1, 22});
        QVERIFY(sc.ok());
        const runtime::RunConfig cfg = onePConfig();
        const runtime::RunResult full = run::runScenario(sc, cfg);
        runtime::ProbeOptions opts;
        const run::ProbeRun pr = run::probeScenario(sc, cfg, opts);
        QVERIFY(pr.point.has_value());
        const runtime::PointProbe &pt = *pr.point;
        QCOMPARE(pt.kind, runtime::PointProbe::Kind::Step);
        QCOMPARE(pt.running, 1);
        QCOMPARE(pt.step, program::ReqKind::Go);
        QCOMPARE(pt.picks.size(), size_t(1));
        QCOMPARE(pt.picks[0].goid, 6);   // the first user goroutine (2-5: go1.19's runtime goroutines)
        QVERIFY(pt.point < full.schedPoints);
        // The probed run is the free run cut short.
        const auto &a = pr.result.trace.events();
        const auto &b = full.trace.events();
        QVERIFY(a.size() <= b.size());
        for (size_t i = 0; i < a.size(); ++i) QVERIFY2(a[i] == b[i], qPrintable(QString::number(i)));
        // Picking G6 there replays exactly.
        runtime::RunConfig forced = cfg;
        forced.schedule = {{pt.point, runtime::ScheduleChoice::Kind::Pick, 6}};
        const runtime::RunResult r = run::runScenario(sc, forced);
        QVERIFY2(r.divergence.empty(), r.divergence.c_str());
        QCOMPARE(r.schedule, runtime::formatSchedule(forced.schedule));
        // The next probe after it: G6 about to Add, main (preempted) in the global queue.
        runtime::ProbeOptions next;
        next.from = pt.point + 1;
        const run::ProbeRun pr2 = run::probeScenario(sc, forced, next);
        QVERIFY(pr2.point.has_value());
        QCOMPARE(pr2.point->running, 6);
        QCOMPARE(pr2.point->step, program::ReqKind::WgAdd);
        QCOMPARE(pr2.point->picks.size(), size_t(1));
        QCOMPARE(pr2.point->picks[0].goid, 1);
        QCOMPARE(pr2.point->picks[0].where, PickWhere::Global);
        // Only schedule() points: none with two runnable goroutines on one P
        // until main is done (Wait returns at once), so the run ends.
        runtime::ProbeOptions schedOnly;
        schedOnly.steps = false;
        const run::ProbeRun pr3 = run::probeScenario(sc, cfg, schedOnly);
        QVERIFY(!pr3.point.has_value());
        QCOMPARE(pr3.result.stdoutText, full.stdoutText);
    }
};

QTEST_MAIN(TestRunProbe)
#include "tst_run_probe.moc"
