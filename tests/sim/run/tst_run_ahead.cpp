// tst_run_ahead — running a closed-form loop's memory steps ahead
// (Simulation::setAhead, sim/program/interp_loop.cpp) changes nothing but the
// trace's MemRead/MemWrite events of the skipped iterations.
//
// Each row is a program whose goroutines increment a shared counter in a loop
// (the bundled racy_counter and the oracle's lost_updates programs), run with
// RunConfig::runAhead on and off for several seeds: exit status, stdout,
// stderr (with -race: the WARNING: DATA RACE reports), end time, steps,
// scheduling points and every trace event other than MemRead/MemWrite, with
// its time, must be the same. Where the loops run alone (GOMAXPROCS=1) the
// accesses must really have been skipped; under a CPU quota or a forced
// schedule, where run-ahead is off, the traces must be identical event for
// event.
//
// Loops of sync.Mutex Lock/Unlock pairs run ahead while the Mutex is idle:
// their MutexLock/MutexUnlock events are left out too, and who took the Mutex
// in turn (runs of one goroutine collapsed, hand-offs kept) must not change.
//
// jointSame: two goroutines interleaving their loops at once run whole
// periods ahead (sim/runtime/joint_ahead.h); over many seeds and several loop
// shapes, outcomes, times, steps and points must be those of the same runs
// stepped access by access (RunConfig::jointAhead off).
#include <QtTest>

#include <set>
#include <string>

#ifndef Q_MOC_RUN   // moc (Qt 6.4) cannot parse <compare>, pulled in by go_version.h
#include "sim/engine/machine_profile.h"
#include "sim/run/run.h"
#endif

using namespace gsl;

namespace {

// isAccess: the events of a step a closed-form loop may run ahead (left out of the trace).
bool isAccess(trace::EvKind k)
{
    return k == trace::EvKind::MemRead || k == trace::EvKind::MemWrite || k == trace::EvKind::AtomicRead ||
           k == trace::EvKind::AtomicWrite || k == trace::EvKind::MutexLock || k == trace::EvKind::MutexUnlock;
}

// lockHolders: who took each Mutex, in order, a run of takes by one goroutine
// counted once, and whether by starvation hand-off: what running Lock/Unlock
// pairs ahead must not change (it only skips pairs of a goroutine that holds
// no Mutex while nobody waits).
std::vector<std::string> lockHolders(const trace::Trace &t)
{
    std::vector<std::string> out;
    std::vector<std::string> last;   // by mutex
    for (size_t i = 0; i < t.size(); ++i) {
        const trace::TraceEvent &e = t[i];
        if (e.kind != trace::EvKind::MutexLock) continue;
        const size_t mu = size_t(e.a);
        if (last.size() <= mu) last.resize(mu + 1);
        const std::string who = "mutex " + std::to_string(e.a) + " g" + std::to_string(e.g) + (e.b ? " handoff" : "");
        if (last[mu] == who && !e.b) continue;
        last[mu] = who;
        out.push_back(who);
    }
    return out;
}

std::string describe(const trace::TraceEvent &e)
{
    return std::to_string(e.time) + " " + std::string(trace::eventKindName(e.kind)) + " g=" + std::to_string(e.g) +
           " p=" + std::to_string(e.p) + " a=" + std::to_string(e.a) + " b=" + std::to_string(e.b) +
           " c=" + std::to_string(e.c);
}

} // namespace

class TestRunAhead : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void same_data();
    void same();
    void jointSame_data();
    void jointSame();
    void atomicShapes();
};

void TestRunAhead::same_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("gomaxprocs");
    QTest::addColumn<bool>("race");
    QTest::addColumn<bool>("quota");      // 1 ms per 2 ms period (0.5 CPU): throttled in the loops
    QTest::addColumn<bool>("mustSkip");   // the loops run alone: accesses must have been skipped
    QTest::addColumn<QString>("schedule"); // a forced schedule (run --schedule): run-ahead must stay off
    QTest::addColumn<bool>("mustJoin");   // the loops overlap in some seed: whole periods must have been skipped
    const QString racy = QStringLiteral(GSL_SCENARIO_DIR) + "/racy_counter.go";
    const QString lost = QStringLiteral(GSL_SOURCE_DIR) + "/tests/validation/programs/lost_updates_100000.go";
    const QString lost1k = QStringLiteral(GSL_SOURCE_DIR) + "/tests/validation/programs/lost_updates_1000.go";
    QTest::newRow("racy_counter P1") << racy << 1 << false << false << true << QString() << false;
    QTest::newRow("racy_counter P2") << racy << 2 << false << false << false << QString() << true;
    QTest::newRow("racy_counter P4") << racy << 4 << false << false << false << QString() << true;
    QTest::newRow("racy_counter P1 race") << racy << 1 << true << false << true << QString() << false;
    QTest::newRow("racy_counter P2 race") << racy << 2 << true << false << false << QString() << true;
    QTest::newRow("lost_updates_100000 P2") << lost << 2 << false << false << false << QString() << true;
    QTest::newRow("lost_updates_1000 P2") << lost1k << 2 << false << false << false << QString() << false;
    QTest::newRow("racy_counter P2 quota") << racy << 2 << false << true << false << QString() << false;
    QTest::newRow("racy_counter P4 quota race") << racy << 4 << true << true << false << QString() << false;
    const QString atomic = QStringLiteral(GSL_SCENARIO_DIR) + "/atomic_counter.go";
    // Atomic loops run ahead alone; in pairs only where the trace is not recorded (joint_ahead.cpp).
    QTest::newRow("atomic_counter P1") << atomic << 1 << false << false << true << QString() << false;
    QTest::newRow("atomic_counter P2") << atomic << 2 << false << false << false << QString() << false;
    QTest::newRow("atomic_counter P2 race") << atomic << 2 << true << false << false << QString() << false;
    QTest::newRow("atomic_counter P1 quota") << atomic << 1 << false << true << true << QString() << false;
    QTest::newRow("racy_counter P1 forced preemption") << racy << 1 << false << false << false << QString("7p") << false;
    // Lock/Unlock pairs run ahead while the Mutex is idle (interp_loop.cpp mutexIdle).
    const QString mutex = QStringLiteral(GSL_SCENARIO_DIR) + "/mutex_counter.go";
    const QString loops = QStringLiteral(GSL_SOURCE_DIR) + "/tests/sim/run/data/mutex/mutex_loops.go";
    QTest::newRow("mutex_counter P1") << mutex << 1 << false << false << true << QString() << false;
    QTest::newRow("mutex_counter P2") << mutex << 2 << false << false << true << QString() << false;
    QTest::newRow("mutex_counter P4") << mutex << 4 << false << false << true << QString() << false;
    QTest::newRow("mutex_counter P2 race") << mutex << 2 << true << false << true << QString() << false;
    QTest::newRow("mutex_counter P1 quota") << mutex << 1 << false << true << true << QString() << false;
    QTest::newRow("mutex_counter P2 quota") << mutex << 2 << false << true << true << QString() << false;
    QTest::newRow("mutex_loops P1") << loops << 1 << false << false << true << QString() << false;
    QTest::newRow("mutex_loops P2") << loops << 2 << false << false << true << QString() << false;
    QTest::newRow("mutex_loops P4") << loops << 4 << false << false << true << QString() << false;
    QTest::newRow("mutex_loops P2 race") << loops << 2 << true << false << true << QString() << false;
    // Outer loops around inner loops of local work: long steps, charged one
    // jittered step at a time (interp_loop.cpp jitteredIterations).
    const QString nested = QStringLiteral(GSL_SOURCE_DIR) + "/tests/sim/run/data/nested/nested_loops.go";
    QTest::newRow("nested_loops P1") << nested << 1 << false << false << true << QString() << false;
    QTest::newRow("nested_loops P2") << nested << 2 << false << false << false << QString() << false;
    QTest::newRow("nested_loops P4") << nested << 4 << false << false << false << QString() << false;
    QTest::newRow("nested_loops P2 race") << nested << 2 << true << false << false << QString() << false;
    const QString starve = QStringLiteral(GSL_SCENARIO_DIR) + "/mutex_starvation.go";
    QTest::newRow("mutex_starvation P1") << starve << 1 << false << false << true << QString() << false;
    QTest::newRow("mutex_starvation P2") << starve << 2 << false << false << false << QString() << false;
    QTest::newRow("mutex_starvation P4 race") << starve << 4 << true << false << false << QString() << false;
    const QString overQuota = QStringLiteral(GSL_SCENARIO_DIR) + "/gomaxprocs_over_quota.go";
    QTest::newRow("gomaxprocs_over_quota P1") << overQuota << 1 << false << false << true << QString() << false;
    QTest::newRow("gomaxprocs_over_quota P1 quota") << overQuota << 1 << false << true << true << QString() << false;
    // A loop that stores without reading, and a read from another P while its next store is pending.
    const QString store = QStringLiteral(GSL_SOURCE_DIR) + "/tests/sim/run/data/store/store_only.go";
    QTest::newRow("store_only P2") << store << 2 << false << false << false << QString() << false;
    const QString waiters = QStringLiteral(GSL_SOURCE_DIR) + "/tests/sim/run/data/mutex/mutex_waiters.go";
    QTest::newRow("mutex_waiters P1") << waiters << 1 << false << false << false << QString() << false;
    QTest::newRow("mutex_waiters P2") << waiters << 2 << false << false << false << QString() << false;
    QTest::newRow("mutex_waiters P4") << waiters << 4 << false << false << false << QString() << false;
}

void TestRunAhead::same()
{
    QFETCH(QString, file);
    QFETCH(int, gomaxprocs);
    QFETCH(bool, race);
    QFETCH(bool, quota);
    QFETCH(bool, mustSkip);
    QFETCH(QString, schedule);
    QFETCH(bool, mustJoin);
    run::Scenario sc = run::loadScenario(file.toStdString(), GoVersion{1, 19});
    QVERIFY(sc.ok());
    size_t skippedTotal = 0;
    uint64_t jointTotal = 0;
    for (uint64_t seed = 1; seed <= 6; ++seed) {
        runtime::RunConfig cfg;
        cfg.gomaxprocs = gomaxprocs;
        cfg.cpus = 2;
        cfg.go = GoVersion{1, 19};
        cfg.seed = seed;
        cfg.race = race;
        if (quota) {
            cfg.quotaUs = 1000;   // the kernel's minimum quota
            cfg.periodUs = 2000;
        }
        if (!schedule.isEmpty()) {
            std::string error;
            const auto choices = runtime::parseSchedule(schedule.toStdString(), &error);
            QVERIFY2(choices, error.c_str());
            cfg.schedule = *choices;
        }
        runtime::RunConfig plainCfg = cfg;
        cfg.runAhead = true;
        plainCfg.runAhead = false;
        const runtime::RunResult a = run::runScenario(sc, cfg);
        const runtime::RunResult b = run::runScenario(sc, plainCfg);
        const QByteArray tag = "seed " + QByteArray::number(qulonglong(seed));
        QVERIFY2(!b.budgetHit, b.budgetMessage.c_str());
        QCOMPARE(a.exitStatus, b.exitStatus);
        QCOMPARE(a.stdoutText, b.stdoutText);
        QCOMPARE(a.stderrText, b.stderrText);
        QCOMPARE(a.endTime, b.endTime);
        QCOMPARE(a.steps, b.steps);
        QCOMPARE(a.schedPoints, b.schedPoints);
        QCOMPARE(a.goroutinesCreated, b.goroutinesCreated);
        // Every event but the skipped accesses, in order, at the same time.
        size_t i = 0, j = 0, accA = 0, accB = 0;
        for (;;) {
            while (i < a.trace.size() && isAccess(a.trace[i].kind)) { ++i; ++accA; }
            while (j < b.trace.size() && isAccess(b.trace[j].kind)) { ++j; ++accB; }
            if (i == a.trace.size() || j == b.trace.size()) break;
            if (!(a.trace[i] == b.trace[j]))
                QFAIL(qPrintable(tag + ": event " + QByteArray::number(qulonglong(j)) + " without run-ahead is '" +
                                 QByteArray::fromStdString(describe(b.trace[j])) + "', with it '" +
                                 QByteArray::fromStdString(describe(a.trace[i])) + "'"));
            ++i;
            ++j;
        }
        QVERIFY2(i == a.trace.size() && j == b.trace.size(), tag + ": one trace has more events");
        QCOMPARE(lockHolders(a.trace), lockHolders(b.trace));
        QVERIFY2(accA <= accB, tag + ": run-ahead added accesses");
        QVERIFY2(accA > 0, tag + ": the first and last iterations' accesses stay in the trace");
        if (!schedule.isEmpty()) QCOMPARE(accA, accB);
        if (quota) QVERIFY2(b.nrThrottled > 0, tag + ": the quota should throttle the run");
        QCOMPARE(a.nrPeriods, b.nrPeriods);
        QCOMPARE(a.nrThrottled, b.nrThrottled);
        QCOMPARE(a.throttledTime, b.throttledTime);
        skippedTotal += accB - accA;
        jointTotal += a.jointPeriods;
        QCOMPARE(b.jointPeriods, uint64_t(0));
        if (quota || !schedule.isEmpty()) QCOMPARE(a.jointPeriods, uint64_t(0));   // joint: no quota (Host::skipRunning)
    }
    if (mustSkip) QVERIFY2(skippedTotal > 100'000, "the counter loops should have run ahead");
    qInfo("%s: %zu accesses skipped, %llu joint periods", qPrintable(QFileInfo(file).fileName()), skippedTotal,
          (unsigned long long)jointTotal);
    if (mustJoin) QVERIFY2(jointTotal > 0, "the overlapping loops should have skipped whole periods");
}

void TestRunAhead::jointSame_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("gomaxprocs");
    QTest::addColumn<int>("cpus");
    QTest::addColumn<int>("goMinor");
    QTest::addColumn<bool>("race");
    QTest::addColumn<QString>("machine");   // a machine profile ("" = the bundled default)
    QTest::addColumn<int>("quotaUs");        // a CFS quota per 20 ms period (0: none)
    const QString dir = QStringLiteral(GSL_SOURCE_DIR) + "/tests/sim/run/data/joint/";
    // Other step costs (0.044 ns an instruction): an iteration of 308 ps, a period of 250 iterations.
    const QString epyc = QStringLiteral(GSL_SOURCE_DIR) + "/resources/machines/amd-epyc-2vcpu.profile";
    const QString racy = QStringLiteral(GSL_SCENARIO_DIR) + "/racy_counter.go";
    QTest::newRow("racy_counter P2 cpus2 go1.19") << racy << 2 << 2 << 19 << false << QString() << 0;
    QTest::newRow("racy_counter P2 EPYC profile") << racy << 2 << 2 << 19 << false << epyc << 0;
    QTest::newRow("racy_counter P4 cpus4 go1.22 race") << racy << 4 << 4 << 22 << true << QString() << 0;
    const QString atomic = QStringLiteral(GSL_SCENARIO_DIR) + "/atomic_counter.go";
    QTest::newRow("atomic_counter P2") << atomic << 2 << 2 << 19 << false << QString() << 0;
    QTest::newRow("atomic_counter P2 EPYC profile") << atomic << 2 << 2 << 19 << false << epyc << 0;
    // Preempted by sysmon in the middle of the loops (fewer seeds: the stepped runs are long).
    QTest::newRow("long_atomic P2") << dir + "long_atomic.go" << 2 << 2 << 19 << false << QString() << 0;
    QTest::newRow("two_costs P2") << dir + "two_costs.go" << 2 << 2 << 19 << false << QString() << 0;
    QTest::newRow("two_costs P2 EPYC profile") << dir + "two_costs.go" << 2 << 2 << 19 << false << epyc << 0;
    QTest::newRow("two_cells P2") << dir + "two_cells.go" << 2 << 2 << 19 << false << QString() << 0;
    QTest::newRow("two_cells P2 go1.13") << dir + "two_cells.go" << 2 << 2 << 13 << false << QString() << 0;
    QTest::newRow("three_loops P4") << dir + "three_loops.go" << 4 << 4 << 22 << false << QString() << 0;
    QTest::newRow("three_loops P2") << dir + "three_loops.go" << 2 << 2 << 22 << false << QString() << 0;
    // main doubles the step the pair adds, from a third P in the middle of their loops.
    QTest::newRow("reset_midway P4") << dir + "reset_midway.go" << 4 << 4 << 22 << false << QString() << 0;
    // Under a CFS quota per 20 ms period: each CPU runs on 5 ms slices of it
    // (Host::kSlice); long_atomic's ~13 ms loops are throttled in the middle
    // at 0.5 CPU, the others only charge the CPUs' local budgets.
    QTest::newRow("racy_counter P2 quota 0.75") << racy << 2 << 2 << 19 << false << QString() << 15000;
    QTest::newRow("two_cells P2 quota 0.75") << dir + "two_cells.go" << 2 << 2 << 19 << false << QString() << 15000;
    QTest::newRow("three_loops P4 quota 1.5") << dir + "three_loops.go" << 4 << 4 << 22 << false << QString() << 30000;
    QTest::newRow("long_atomic P2 quota 0.5") << dir + "long_atomic.go" << 2 << 2 << 19 << false << QString() << 10000;
}

void TestRunAhead::jointSame()
{
    QFETCH(QString, file);
    QFETCH(int, gomaxprocs);
    QFETCH(int, cpus);
    QFETCH(int, goMinor);
    QFETCH(bool, race);
    QFETCH(QString, machine);
    QFETCH(int, quotaUs);
    const GoVersion go{1, goMinor};
    MachineProfileLoad prof;
    if (!machine.isEmpty()) {
        prof = loadMachineProfile(machine.toStdString());
        QVERIFY2(prof.ok, prof.error.c_str());
    }
    run::Scenario sc = run::loadScenario(file.toStdString(), go);
    QVERIFY2(sc.ok(), qPrintable(file));
    uint64_t joint = 0;
    int runsJoined = 0;
    int throttled = 0;
    std::set<std::string> outputs;
    const uint64_t seeds = file.endsWith("long_atomic.go") || file.endsWith("reset_midway.go") ? 8 : 40;
    for (uint64_t seed = 1; seed <= seeds; ++seed) {
        runtime::RunConfig cfg;
        cfg.gomaxprocs = gomaxprocs;
        cfg.cpus = cpus;
        cfg.go = go;
        cfg.seed = seed;
        cfg.race = race;
        cfg.runAhead = true;
        cfg.recordTrace = race;   // the race detector reads the trace
        if (!machine.isEmpty()) cfg.machine = &prof.profile;
        if (quotaUs > 0) {
            cfg.quotaUs = quotaUs;
            cfg.periodUs = 20'000;
        }
        runtime::RunConfig stepped = cfg;
        stepped.jointAhead = false;
        const runtime::RunResult a = run::runScenario(sc, cfg);
        const runtime::RunResult b = run::runScenario(sc, stepped);
        const QByteArray tag = "seed " + QByteArray::number(qulonglong(seed));
        QVERIFY2(!b.budgetHit, b.budgetMessage.c_str());
        QVERIFY2(a.exitStatus == b.exitStatus, tag);
        QVERIFY2(a.stdoutText == b.stdoutText, tag + ": '" + QByteArray::fromStdString(a.stdoutText) + "' against '" +
                                                 QByteArray::fromStdString(b.stdoutText) + "' stepped");
        QVERIFY2(a.stderrText == b.stderrText, tag);
        QVERIFY2(a.endTime == b.endTime, tag + ": end " + QByteArray::number(qlonglong(a.endTime)) + " against " +
                                             QByteArray::number(qlonglong(b.endTime)) + " stepped");
        QVERIFY2(a.steps == b.steps, tag);
        QVERIFY2(a.schedPoints == b.schedPoints, tag);
        // Engine events: under a quota every step re-arms its CPU's LocalOut
        // event at the same time (Host::armLocal), and the stale copies are
        // popped (counted) when that time comes; skipped periods re-arm none.
        if (quotaUs == 0 || a.nrThrottled == 0) QVERIFY2(a.schedEvents == b.schedEvents, tag);
        QVERIFY2(a.nrPeriods == b.nrPeriods && a.nrThrottled == b.nrThrottled && a.throttledTime == b.throttledTime,
                 tag + ": cpu.stat differs");
        throttled += a.nrThrottled > 0;
        QCOMPARE(b.jointPeriods, uint64_t(0));
        joint += a.jointPeriods;
        runsJoined += a.jointPeriods > 0;
        outputs.insert(a.stdoutText);
    }
    qInfo("%d of %llu runs skipped periods (%llu in all); %zu distinct outputs", runsJoined, (unsigned long long)seeds,
          (unsigned long long)joint, outputs.size());
    QVERIFY2(runsJoined > 0, "no run had overlapping loops to skip");
    if (quotaUs > 0 && file.endsWith("long_atomic.go")) QVERIFY2(throttled > 0, "the quota should throttle the loops");
}

// Loops over 64-bit atomics that use Add's and Load's results run ahead with
// the values worked out by hand, and the same times as stepped.
void TestRunAhead::atomicShapes()
{
    const std::string file = std::string(GSL_SOURCE_DIR) + "/tests/sim/run/data/joint/atomic_shapes.go";
    run::Scenario sc = run::loadScenario(file, GoVersion{1, 19});
    QVERIFY(sc.ok());
    runtime::RunConfig cfg;
    cfg.gomaxprocs = 1;
    cfg.cpus = 2;
    cfg.go = GoVersion{1, 19};
    runtime::RunConfig stepped = cfg;
    cfg.runAhead = true;
    const runtime::RunResult a = run::runScenario(sc, cfg);
    const runtime::RunResult b = run::runScenario(sc, stepped);
    // n = 3 x 50,000; s = 3 (1 + ... + 50,000) = 3,750,075,000; m = 7;
    // t = 50,000 x 150,000; w = 50,000 x 100,000 wrapped to int32: 5e9 - 2^32 = 705,032,704.
    QCOMPARE(QString::fromStdString(b.stdoutText), QStringLiteral("150000 3750075000 7 7500000000 705032704\n"));
    QCOMPARE(a.stdoutText, b.stdoutText);
    QCOMPARE(a.endTime, b.endTime);
    QCOMPARE(a.steps, b.steps);
    QCOMPARE(a.schedPoints, b.schedPoints);
    size_t accA = 0, accB = 0;
    for (size_t i = 0; i < a.trace.size(); ++i) accA += isAccess(a.trace[i].kind);
    for (size_t i = 0; i < b.trace.size(); ++i) accB += isAccess(b.trace[i].kind);
    QCOMPARE(accB, size_t(4 * 50000 + 3));   // the four loops and the three Loads printed
    // the three 64-bit loops ran ahead; the int32 one (50,000 accesses) did not
    QVERIFY2(accA >= 50000 && accA < 50100, qPrintable(QString::number(accA)));
}

QTEST_APPLESS_MAIN(TestRunAhead)
#include "tst_run_ahead.moc"
