// tst_calibration.cpp — reading `go test -bench` output into a machine
// profile. The inputs are real outputs of the calibration benchmarks
// (data/calibrate/*.txt, captured from go1.19.8 on the 2-vCPU VM); the
// expected figures were read off those files by hand (medians of the runs).
#include "sim/engine/calibration.h"

#include <QFile>
#include <QTest>

#include <algorithm>
#include <cmath>

namespace {

std::string readData(const char *name)
{
    QFile f(QString(GSL_TEST_DATA_DIR "/sim/engine/data/calibrate/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll().toStdString();
}

const gsl::calib::BenchLine *find(const std::vector<gsl::calib::BenchLine> &v, const std::string &name, size_t nth = 0)
{
    for (const auto &l : v)
        if (l.name == name && nth-- == 0)
            return &l;
    return nullptr;
}

} // namespace

class TestCalibration : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesRealOutput();
    void parsesOldLoadedOutput();
    void ignoresNonResultLines_data();
    void ignoresNonResultLines();
    void profileFromThreeRuns();
    void missingBenchmarksAreListed();
    void timerCheckFromSchedYieldPair();
    void profileTextRoundTrips();
    void freshProcessProbes();
    void goStatementTableFromProbes();
    void freshProcessProbesMissingOrMalformed();
};

void TestCalibration::parsesRealOutput()
{
    const std::string text = readData("bench_go119_2cpu_count3.txt");
    QVERIFY2(!text.empty(), "test data missing");
    const auto lines = gsl::calib::parseBenchOutput(text);
    QCOMPARE(lines.size(), size_t(15 * 3));
    const auto *step = find(lines, "StepArith");
    QVERIFY(step);
    QCOMPARE(step->procs, 2);
    QCOMPARE(step->iterations, 100000000LL);
    QCOMPARE(step->metrics.at("ns/op"), 1.120);
    const auto *chan = find(lines, "ChanUncontended", 2);
    QVERIFY(chan);
    QCOMPARE(chan->metrics.at("chanop-ns"), 24.43);
    QCOMPARE(chan->metrics.at("ns/op"), 48.86);
    const auto *wake = find(lines, "WakeIdleP", 2);
    QVERIFY(wake);
    QCOMPARE(wake->iterations, 86LL);
    QCOMPARE(wake->metrics.size(), size_t(6)); // ns/op + five quantiles
    QCOMPARE(wake->metrics.at("p90-ns"), 2885394.0);
    QCOMPARE(wake->metrics.at("p1-ns"), 9549.0);
}

void TestCalibration::parsesOldLoadedOutput()
{
    // The first capture (older benchmark set, PingPong instead of WakeIdleP).
    const auto lines = gsl::calib::parseBenchOutput(readData("bench_go119_loaded.txt"));
    QCOMPARE(lines.size(), size_t(14));
    const auto *pp = find(lines, "PingPong");
    QVERIFY(pp);
    QCOMPARE(pp->iterations, 199LL);
    QCOMPARE(pp->metrics.at("wake-ns"), 13199.0);
    QCOMPARE(pp->metrics.at("ns/op"), 1199191.0);
}

void TestCalibration::ignoresNonResultLines_data()
{
    QTest::addColumn<QString>("line");
    QTest::newRow("header") << "goos: linux";
    QTest::newRow("cpu") << "cpu: Oxide Virtual Turin-like Processor             ";
    QTest::newRow("ok") << "ok  \tcommand-line-arguments\t9.000s";
    QTest::newRow("pass") << "PASS";
    QTest::newRow("fail") << "--- FAIL: BenchmarkWriteSyscall-2";
    QTest::newRow("name-only") << "BenchmarkWakeIdleP-2          \t";
    QTest::newRow("cut-short") << "BenchmarkUsleep3-2            \t    1048\t    152909";
    QTest::newRow("bad-number") << "BenchmarkCall-2  \t 100 \t abc ns/op";
    QTest::newRow("bad-count") << "BenchmarkCall-2  \t x100 \t 2.0 ns/op";
    QTest::newRow("log-output") << "    machine_bench_test.go:12: hello";
}

void TestCalibration::ignoresNonResultLines()
{
    QFETCH(QString, line);
    QVERIFY(gsl::calib::parseBenchOutput(line.toStdString() + "\n").empty());
}

void TestCalibration::profileFromThreeRuns()
{
    const auto lines = gsl::calib::parseBenchOutput(readData("bench_go119_2cpu_count3.txt"));
    gsl::calib::CalibrationContext ctx;
    ctx.cpus = 2;
    ctx.name = "vm";
    ctx.runs = 3;
    const gsl::calib::Calibration c = gsl::calib::profileFromBench(lines, ctx);
    QVERIFY(c.missing.empty());
    const gsl::MachineProfile &p = c.profile;
    QCOMPARE(p.name, std::string("vm"));
    QCOMPARE(p.cpus, 2);
    // Interpreted work, in ps per bytecode instruction (kBenchLoopInstrs
    // instructions per benchmark iteration, checked in sim.run_bench_loops):
    const auto &n = gsl::calib::kBenchLoopInstrs;
    const gsl::SimPs step = std::llround(1023.0 / n.stepArith);          // StepArith median 1.023 ns
    QCOMPARE(p.stepCostPs, step);
    QCOMPARE(p.callCostPs, std::max<gsl::SimPs>(0, 1997 - n.call * step)); // Call median 1.997 ns
    // SharedLoad 0.4668 ns, less than its instructions at stepCost: negative,
    // held at -stepCost (the memory step free) when lower.
    QCOMPARE(p.sharedAccessCostPs, std::max<gsl::SimPs>(-step, (467 - n.sharedLoad * step) / 2));
    QVERIFY(p.sharedAccessCostPs < 0);
    QCOMPARE(p.contendedAccessCostPs, 17220);                             // FalseSharing median 17.22 ns
    QCOMPARE(p.goCreateCost, 897);        // median 896.8
    QCOMPARE(p.chanOpCost, 29);           // chanop-ns median 28.57
    QCOMPARE(p.lockCost, 14);             // 13.75
    QCOMPARE(p.atomicCost, 7);            // 7.277
    QCOMPARE(p.findRunnableCost, 133);    // 132.6
    QCOMPARE(p.printCost, 3964);
    // Wake-up: each quantile the median of the three runs.
    QVERIFY(p.wakeupLatencyQuantiles.set);
    const std::array<gsl::SimDur, 5> wake = {8886, 11401, 31178, 49243, 95890};
    QCOMPARE(p.wakeupLatencyQuantiles.q, wake);
    QCOMPARE(p.wakeupLatency, 31178);
    QCOMPARE(p.stealBackoff, 111650);
    QCOMPARE(p.stealBackoffQuantiles.q[0], 88426);
    QCOMPARE(p.timerLatency, 126476);
    QCOMPARE(p.timerLatencyQuantiles.q[4], 885197);
    QCOMPARE(p.threadCreateCost, 36228);
    // jitter: median run-to-run spread (max-min)/(max+min) of the ten cost
    // benchmarks = 0.13498 (worked out by hand from the file), to 3 places.
    QCOMPARE(p.jitter, 0.135);
    QCOMPARE(p.osTimeSlice, gsl::defaultProfile().osTimeSlice); // not measured
    QVERIFY(c.notes.at("wakeupLatency").find("BenchmarkWakeIdleP") != std::string::npos);
    QVERIFY(c.notes.at("wakeupLatency").find("p90-ns raw 49243, 36108, 2885394") != std::string::npos);
    QVERIFY(c.notes.at("lockCost").find("MutexHandoff") != std::string::npos);
    QVERIFY(c.notes.at("osTimeSlice").find("NOT MEASURED") != std::string::npos);
    // First-run costs need fresh processes: kept from the default, and said so.
    QCOMPARE(p.coldFmtCost, gsl::defaultProfile().coldFmtCost);
    QVERIFY(p.coldFmtCostQuantiles == gsl::defaultProfile().coldFmtCostQuantiles);
    QCOMPARE(p.pageFaultCost, gsl::defaultProfile().pageFaultCost);
    for (const char *key : {"pageFaultCost", "coldPathCost", "coldFmtCost", "coldTimerCost", "coldPanicCost",
                            "coldWriteCost", "goCreateFirstCost"})
        QVERIFY2(c.notes.at(key).find("NOT MEASURED") != std::string::npos, key);
}

void TestCalibration::missingBenchmarksAreListed()
{
    const auto lines = gsl::calib::parseBenchOutput(readData("bench_go119_loaded.txt"));
    gsl::calib::CalibrationContext ctx;
    const gsl::calib::Calibration c = gsl::calib::profileFromBench(lines, ctx);
    // The old capture has no WakeIdleP and no quantiles; chanop-ns is there.
    QVERIFY(std::find(c.missing.begin(), c.missing.end(), "WakeIdleP p1-ns") != c.missing.end());
    QVERIFY(std::find(c.missing.begin(), c.missing.end(), "Usleep3 p1-ns") != c.missing.end());
    QVERIFY(std::find(c.missing.begin(), c.missing.end(), "ChanUncontended chanop-ns") == c.missing.end());
    QCOMPARE(c.profile.chanOpCost, 63);
    QCOMPARE(c.profile.wakeupLatency, gsl::defaultProfile().wakeupLatency);
    QVERIFY(c.notes.at("wakeupLatency").find("NOT MEASURED") != std::string::npos);
}

// timerCheckCost: the medians of Gosched with and without a pending timer,
// subtracted (the three-run figures measured on the AMD EPYC VM, 2026-11-29).
void TestCalibration::timerCheckFromSchedYieldPair()
{
    const std::string text = "BenchmarkSchedYield-2        \t32954065\t        35.78 ns/op\n"
                             "BenchmarkSchedYield-2        \t18405534\t        54.59 ns/op\n"
                             "BenchmarkSchedYield-2        \t33730753\t        35.27 ns/op\n"
                             "BenchmarkSchedYieldTimer-2   \t21996668\t        59.91 ns/op\n"
                             "BenchmarkSchedYieldTimer-2   \t21866455\t        54.95 ns/op\n"
                             "BenchmarkSchedYieldTimer-2   \t21896816\t        54.72 ns/op\n";
    gsl::calib::CalibrationContext ctx;
    const gsl::calib::Calibration c = gsl::calib::profileFromBench(gsl::calib::parseBenchOutput(text), ctx);
    QCOMPARE(c.profile.findRunnableCost, 36);   // median 35.78
    QCOMPARE(c.profile.timerCheckCost, 19);     // 54.95 - 35.78 = 19.17
    QVERIFY(c.notes.at("timerCheckCost").find("NOT MEASURED") == std::string::npos);
    // A timer run faster than the plain one (noise) is no cost, not a negative one.
    const std::string swapped = "BenchmarkSchedYield-2 1000 50 ns/op\nBenchmarkSchedYieldTimer-2 1000 45 ns/op\n";
    QCOMPARE(gsl::calib::profileFromBench(gsl::calib::parseBenchOutput(swapped), ctx).profile.timerCheckCost, 0);
    // An older capture without the timer benchmark keeps the default and says so.
    const gsl::calib::Calibration old =
        gsl::calib::profileFromBench(gsl::calib::parseBenchOutput(readData("bench_go119_2cpu_count3.txt")), ctx);
    QCOMPARE(old.profile.timerCheckCost, gsl::defaultProfile().timerCheckCost);
    QVERIFY(old.notes.at("timerCheckCost").find("NOT MEASURED") != std::string::npos);
}

void TestCalibration::profileTextRoundTrips()
{
    const auto lines = gsl::calib::parseBenchOutput(readData("bench_go119_2cpu_count3.txt"));
    gsl::calib::CalibrationContext ctx;
    ctx.cpus = 2;
    ctx.name = "vm";
    ctx.runs = 3;
    ctx.loadAvg = "2.56 2.77 2.78 3/110 25515";
    const gsl::calib::Calibration c = gsl::calib::profileFromBench(lines, ctx);
    const std::string text = gsl::machineProfileText(c.profile, c.notes);
    QVERIFY(text.find("# BenchmarkWakeIdleP") != std::string::npos);
    QVERIFY(text.find("/proc/loadavg at the start: 2.56") != std::string::npos);
    QVERIFY(text.find("\nwakeupLatencyQuantiles = 8886 11401 31178 49243 95890") != std::string::npos);
    gsl::MachineProfileLoad r = gsl::parseMachineProfile(text);
    QVERIFY2(r.ok, r.error.c_str());
    QVERIFY(r.profile == c.profile);
}

// The output of bench/cold/measure.sh 150 on a 2-vCPU AMD EPYC VM
// (2026-11-29); figures read off the file.
void TestCalibration::freshProcessProbes()
{
    gsl::calib::Calibration c = gsl::calib::profileFromBench({}, gsl::calib::CalibrationContext{});
    c.missing.clear();
    gsl::calib::applyFreshProcessProbes(c, readData("cold_measure_2cpu.txt"), "bash measure.sh 150");
    QCOMPARE(c.profile.pageFaultCost, 1512);
    QCOMPARE(c.profile.coldPathCost, 261);
    QCOMPARE(c.profile.coldFmtCost, 5222);
    QCOMPARE(c.profile.coldTimerCost, 9945);
    QCOMPARE(c.profile.coldPanicCost, 2744);
    QCOMPARE(c.profile.coldWriteCost, 7531);
    QCOMPARE(c.profile.goCreateFirstCost, 6865);
    QCOMPARE(c.profile.wakeupLatency, 44609);
    const gsl::LatencyQuantiles wake{true, {2656, 14762, 44609, 74347, 1628162}};
    QVERIFY(c.profile.wakeupLatencyQuantiles == wake);
    const gsl::LatencyQuantiles fmt{true, {3375, 3756, 5222, 6744, 30277}};
    QVERIFY(c.profile.coldFmtCostQuantiles == fmt);
    QVERIFY(c.notes.at("wakeupLatency").find("600 samples") != std::string::npos);
    QVERIFY(c.notes.at("coldWriteCost").find("bench/cold/write") != std::string::npos);
    // Captured before create40 existed: no go statement table; the default's
    // (the reference VM's) stays, and the missing probes are listed.
    QCOMPARE(c.profile.goCreateNewCost, gsl::defaultProfile().goCreateNewCost);
    QVERIFY(c.profile.goCreateTable == gsl::defaultProfile().goCreateTable);
    QCOMPARE(c.missing, (std::vector<std::string>{"bench/cold/measure.sh goCreateNewCostQuantiles",
                                                   "bench/cold/measure.sh coldPMallocCostQuantiles",
                                                   "bench/cold/measure.sh goCreateTable.2-40"}));
    QCOMPARE(c.profile.coldPMallocCost, gsl::defaultProfile().coldPMallocCost);
    QVERIFY(c.notes.at("goCreateNewCost").find("NOT MEASURED") != std::string::npos);
    // The profile with the probes' figures reads back as written.
    const gsl::MachineProfileLoad r = gsl::parseMachineProfile(gsl::machineProfileText(c.profile, c.notes));
    QVERIFY2(r.ok, r.error.c_str());
    QVERIFY(r.profile == c.profile);
}

// The same script with create40 and pmalloc (the same VM, 2026-11-29 11:15
// UTC): the go statements #2-#40 one by one, #25-#40 pooled, and the first
// malloc on P1.
void TestCalibration::goStatementTableFromProbes()
{
    gsl::calib::Calibration c = gsl::calib::profileFromBench({}, gsl::calib::CalibrationContext{});
    c.missing.clear();
    gsl::calib::applyFreshProcessProbes(c, readData("cold_measure_2cpu_pmalloc.txt"), "bash measure.sh 150");
    QVERIFY2(c.missing.empty(), c.missing.empty() ? "" : c.missing.front().c_str());
    QCOMPARE(c.profile.goCreateNewCost, 180);
    const gsl::LatencyQuantiles pooled{true, {120, 130, 180, 4977, 20650}};
    QVERIFY(c.profile.goCreateNewCostQuantiles == pooled);
    const gsl::LatencyQuantiles g2{true, {234, 250, 280, 442, 636}}, g4{true, {2318, 2413, 2614, 3446, 4563}},
        g13{true, {14005, 15431, 17386, 41211, 46238}}, g40{true, {120, 121, 131, 220, 280}};
    QVERIFY(c.profile.goCreateTable[0] == g2);
    QVERIFY(c.profile.goCreateTable[2] == g4);
    QVERIFY(c.profile.goCreateTable[11] == g13);
    QVERIFY(c.profile.goCreateTable[38] == g40);
    for (const gsl::LatencyQuantiles &q : c.profile.goCreateTable)
        QVERIFY(q.set);
    QVERIFY(c.notes.at("goCreateTable").find("150 processes") != std::string::npos);
    QVERIFY(c.notes.at("goCreateNewCost").find("create40") != std::string::npos);
    // The first malloc on P1 (pmalloc): 300 samples, bimodal.
    const gsl::LatencyQuantiles pm{true, {140, 441, 13880, 16236, 23441}};
    QVERIFY(c.profile.coldPMallocCostQuantiles == pm);
    QCOMPARE(c.profile.coldPMallocCost, 13880);
    QVERIFY(c.notes.at("coldPMallocCost").find("300 samples") != std::string::npos);
    // Written and read back: the table survives the text format.
    const std::string text = gsl::machineProfileText(c.profile, c.notes);
    QVERIFY(text.find("\ngoCreateTable.13 = 14005 15431 17386 41211 46238  #") != std::string::npos);
    const gsl::MachineProfileLoad r = gsl::parseMachineProfile(text);
    QVERIFY2(r.ok, r.error.c_str());
    QVERIFY(r.profile == c.profile);
    // A table with a row missing is not taken at all.
    std::string holed = readData("cold_measure_2cpu_pmalloc.txt");
    const size_t at = holed.find("goCreateTable.17 =");
    holed.erase(at, holed.find('\n', at) + 1 - at);
    gsl::calib::Calibration h = gsl::calib::profileFromBench({}, gsl::calib::CalibrationContext{});
    h.missing.clear();
    gsl::calib::applyFreshProcessProbes(h, holed, "bash measure.sh 150");
    QVERIFY(h.profile.goCreateTable == gsl::defaultProfile().goCreateTable);
    QCOMPARE(h.missing, std::vector<std::string>{"bench/cold/measure.sh goCreateTable.2-40"});
}

void TestCalibration::freshProcessProbesMissingOrMalformed()
{
    const std::string text = "# p1 p10 p50 p90 p99, ns\n"
                             "pageFaultCostQuantiles = 1212 1322 1512 2163 6159   (N=15360)\n"
                             "coldFmtCostQuantiles   = 3375 3756 522 6744 30277   (N=600)\n"   // not increasing
                             "coldTimerCostQuantiles = 8737 9312 9945 11071\n"                // four values
                             "coldPanicCostQuantiles 2298 2373 2744 3809 37340\n";           // no '='
    gsl::calib::Calibration c = gsl::calib::profileFromBench({}, gsl::calib::CalibrationContext{});
    c.missing.clear();
    gsl::calib::applyFreshProcessProbes(c, text, "bash measure.sh 150");
    QCOMPARE(c.profile.pageFaultCost, 1512);
    const gsl::MachineProfile def = gsl::defaultProfile();
    QCOMPARE(c.profile.coldFmtCost, def.coldFmtCost);
    QCOMPARE(c.profile.coldTimerCost, def.coldTimerCost);
    QCOMPARE(c.profile.coldPanicCost, def.coldPanicCost);
    QVERIFY(c.profile.coldFmtCostQuantiles == def.coldFmtCostQuantiles);
    for (const char *k : {"coldFmtCost", "coldTimerCost", "coldPanicCost", "coldPathCost", "coldWriteCost",
                          "goCreateFirstCost", "goCreateNewCost", "coldPMallocCost", "wakeupLatency"})
        QVERIFY2(std::find(c.missing.begin(), c.missing.end(), std::string("bench/cold/measure.sh ") + k + "Quantiles") !=
                     c.missing.end(),
                 k);
    QCOMPARE(c.missing.size(), size_t(10));   // and goCreateTable.2-40
}

QTEST_GUILESS_MAIN(TestCalibration)
#include "tst_calibration.moc"
