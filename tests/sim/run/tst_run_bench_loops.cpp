// tst_run_bench_loops — the link between the calibration benchmarks and the
// interpreter's per-instruction costs (sim/engine/calibration.h).
//
// `calibrate` measures ns per loop iteration of BenchmarkStepArith, Call and
// SharedLoad (resources/calibrate/machine_bench_test.go) and divides by the
// number of bytecode instructions the front end compiles one iteration of the
// same loop to (kBenchLoopInstrs). This test compiles those loops as scenarios,
// runs them at two trip counts and checks that the instructions per iteration
// are what calibration assumes; a front-end change that alters them fails here
// instead of silently skewing every calibrated profile.
//
// It also checks the picosecond accounting: N iterations of a loop costing c ps
// advance the simulated clock by N*c/1000 ns (carried per goroutine), not by
// N * max(1 ns, c).
#include <QtTest>

#ifndef Q_MOC_RUN   // moc (Qt 6.4) cannot parse <compare>, pulled in by go_version.h
#include "sim/engine/calibration.h"
#include "sim/run/run.h"
#include "sim/run/handoff.h"
#include "run_with_profile.h"
#endif

#include <cmath>
#include <string>

using namespace gsl;

class TestRunBenchLoops : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void instructionsPerIteration_data();
    void instructionsPerIteration();
    void subNanosecondCostsAccumulate();
    void switchCostMatchesTheRealRoundTrip();
};

namespace {

// The benchmark bodies, b.N replaced by a local n (both are a load of a
// loop-invariant int; the front end keeps n in a register).
const char *const kStepArith = R"go(package main

func main() {
	n := %N%
	x := int64(0)
	for i := 0; i < n; i++ {
		if x&1 == 0 {
			x += int64(i)
		} else {
			x ^= int64(i)
		}
	}
	_ = x
}
)go";

const char *const kCall = R"go(package main

//go:noinline
func callee(x int64) int64 { return x + 1 }

func main() {
	n := %N%
	x := int64(0)
	for i := 0; i < n; i++ {
		x = callee(x)
	}
	_ = x
}
)go";

const char *const kSharedLoad = R"go(package main

func main() {
	n := %N%
	counter := 0
	done := make(chan bool)
	go func() {
		for i := 0; i < n; i++ {
			counter++
		}
		done <- true
	}()
	<-done
}
)go";

// The racy_counter loop: a captured int incremented in a goroutine.
const char *const kCounter = R"go(package main

func main() {
	counter := 0
	done := make(chan bool)
	go func() {
		for i := 0; i < %N%; i++ {
			counter++
		}
		done <- true
	}()
	<-done
}
)go";

runtime::RunResult runWith(const char *tmpl, int n, const MachineProfile &prof)
{
    std::string src = tmpl;
    src.replace(src.find("%N%"), 3, std::to_string(n));
    return testing::runWithProfile("bench_loop.go", src, prof, 1);
}

} // namespace

void TestRunBenchLoops::instructionsPerIteration_data()
{
    QTest::addColumn<QString>("bench");
    QTest::addColumn<double>("expected");
    QTest::newRow("StepArith") << "StepArith" << calib::kBenchLoopInstrs.stepArith;
    QTest::newRow("Call") << "Call" << calib::kBenchLoopInstrs.call;
    QTest::newRow("SharedLoad") << "SharedLoad" << calib::kBenchLoopInstrs.sharedLoad;
}

void TestRunBenchLoops::instructionsPerIteration()
{
    QFETCH(QString, bench);
    QFETCH(double, expected);
    const char *tmpl = bench == "StepArith" ? kStepArith : bench == "Call" ? kCall : kSharedLoad;
    const MachineProfile prof = defaultProfile();
    const runtime::RunResult a = runWith(tmpl, 1000, prof), b = runWith(tmpl, 3000, prof);
    QCOMPARE(a.exitStatus, 0);
    QCOMPARE(b.exitStatus, 0);
    const double perIter = double(b.steps - a.steps) / 2000;
    qInfo("%s: %.4f bytecode instructions per iteration", qPrintable(bench), perIter);
    QVERIFY2(std::abs(perIter - expected) < 0.01,
             qPrintable(QString("%1 instructions per iteration, calibration assumes %2").arg(perIter).arg(expected)));
}

void TestRunBenchLoops::subNanosecondCostsAccumulate()
{
    // A profile with no jitter and round per-instruction costs, so the
    // expected durations are exact: I instructions per iteration (counted
    // by the run; two of them the Load and the Store) at 110 ps, plus the
    // two memory steps at 30 ps each.
    MachineProfile prof = defaultProfile();
    prof.jitter = 0;
    prof.stepCostPs = 110;
    prof.sharedAccessCostPs = 30;
    const runtime::RunResult a = runWith(kCounter, 10'000, prof), b = runWith(kCounter, 110'000, prof);
    QCOMPARE(a.exitStatus, 0);
    QCOMPARE(b.exitStatus, 0);
    QCOMPARE((b.steps - a.steps) % 100'000, uint64_t(0));
    const SimPs instrPerIter = SimPs((b.steps - a.steps) / 100'000);
    QVERIFY(instrPerIter >= 3);
    const SimDur extra = b.endTime - a.endTime;      // 100,000 more iterations
    const SimDur expected = 100'000 * (instrPerIter * 110 + 2 * 30) / 1000;
    // Whole ns are handed over per step with the remainder carried, so the
    // difference is exact up to the carry at each end (< 1 ns each).
    QVERIFY2(extra >= expected - 2 && extra <= expected + 2,
             qPrintable(QString("100,000 iterations of %1 instructions took %2 ns, expected %3 ns")
                            .arg(instrPerIter).arg(extra).arg(expected)));
    // Rounding each step up to a whole ns instead would take at least
    // 3 steps' worth per iteration.
    QVERIFY(extra < 100'000 * 3);
}

// switchCostFor (calibrate's switchCost): with the derived cost the simulated
// ping-pong takes the real round trip; a real round trip the simulator
// already exceeds gives 0; the default profile charges no switch.
void TestRunBenchLoops::switchCostMatchesTheRealRoundTrip()
{
    MachineProfile prof = defaultProfile();
    QCOMPARE(prof.switchCost, 0);
    const double base = run::simulatedRoundTripNs(prof);
    QVERIFY2(base > 50 && base < 2000, qPrintable(QString::number(base)));
    const double real = base + 300;
    prof.switchCost = run::switchCostFor(prof, real).cost;
    QVERIFY(prof.switchCost > 0);
    const double got = run::simulatedRoundTripNs(prof);
    QVERIFY2(std::abs(got - real) < 2, qPrintable(QString("simulated %1 ns, real %2 ns").arg(got).arg(real)));
    QCOMPARE(run::switchCostFor(prof, base / 2).cost, 0);
}

QTEST_GUILESS_MAIN(TestRunBenchLoops)
#include "tst_run_bench_loops.moc"
