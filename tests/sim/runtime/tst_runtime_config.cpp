// GOMAXPROCS by policy (go-runtime.md §6), validate(), and the CFS quota
// seen from a whole run (§7.3).
#include "run_script.h"

#include <QtTest>

using namespace gsl;
using namespace gsl::runtime;

class TstRuntimeConfig : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initialGomaxprocs_data();
    void initialGomaxprocs();
    void validate_data();
    void validate();
    void cfsThrottlesTwoBusyGoroutines();
};

void TstRuntimeConfig::initialGomaxprocs_data()
{
    QTest::addColumn<int>("cpus");
    QTest::addColumn<int>("quotaUs");
    QTest::addColumn<int>("minor");
    QTest::addColumn<int>("policy");
    QTest::addColumn<QString>("env");
    QTest::addColumn<int>("explicitN");
    QTest::addColumn<int>("expected");
    // §6.5 table, 16 CPUs
    QTest::newRow("go1.24-100m-numcpu") << 16 << 10000 << 24 << 0 << "" << 0 << 16;
    QTest::newRow("go1.25-100m-floor-2") << 16 << 10000 << 25 << 0 << "" << 0 << 2;
    QTest::newRow("go1.25-2500m-ceil-3") << 16 << 250000 << 25 << 0 << "" << 0 << 3;
    QTest::newRow("go1.25-8cpu-limit") << 16 << 800000 << 25 << 0 << "" << 0 << 8;
    QTest::newRow("go1.25-no-quota") << 16 << -1 << 25 << 0 << "" << 0 << 16;
    QTest::newRow("go1.25-1cpu-cpuset-stays-1") << 1 << 10000 << 25 << 0 << "" << 0 << 1;
    QTest::newRow("automaxprocs-100m-is-1") << 16 << 10000 << 22 << 1 << "" << 0 << 1;
    QTest::newRow("automaxprocs-2500m-floor-2") << 16 << 250000 << 22 << 1 << "" << 0 << 2;
    QTest::newRow("automaxprocs-no-quota") << 16 << -1 << 22 << 1 << "" << 0 << 16;
    QTest::newRow("numcpu-policy") << 16 << 10000 << 25 << 2 << "" << 0 << 16;
    QTest::newRow("env-wins") << 16 << 10000 << 25 << 1 << "3" << 5 << 3;
    QTest::newRow("env-zero-ignored") << 16 << -1 << 22 << 0 << "0" << 0 << 16;
    QTest::newRow("explicit-acts-like-env") << 16 << 10000 << 25 << 0 << "" << 5 << 5;
}

void TstRuntimeConfig::initialGomaxprocs()
{
    QFETCH(int, cpus);
    QFETCH(int, quotaUs);
    QFETCH(int, minor);
    QFETCH(int, policy);
    QFETCH(QString, env);
    QFETCH(int, explicitN);
    QFETCH(int, expected);
    RunConfig cfg;
    cfg.cpus = cpus;
    cfg.quotaUs = quotaUs;
    cfg.go = GoVersion{1, minor};
    cfg.policy = MaxProcsPolicy(policy);
    if (!env.isEmpty()) cfg.env["GOMAXPROCS"] = env.toStdString();
    if (explicitN > 0) cfg.gomaxprocs = explicitN;
    QCOMPARE(runtime::initialGomaxprocs(cfg), expected);
}

void TstRuntimeConfig::validate_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<long long>("value");
    QTest::addColumn<QString>("contains");
    QTest::newRow("ok") << -1 << 0LL << "";
    QTest::newRow("gomaxprocs-0") << 0 << 0LL << "--gomaxprocs must be >= 1 (got 0)";
    QTest::newRow("cpus-0") << 1 << 0LL << "--cpus must be >= 1";
    QTest::newRow("quota-zero") << 2 << 0LL << "--quota must be > 0";
    QTest::newRow("quota-under-1ms") << 2 << 500LL << "--quota must be at least 1ms";
    QTest::newRow("period-under-1ms") << 3 << 500LL << "--period must be between 1ms and 1s";
    QTest::newRow("period-over-1s") << 3 << 2000000LL << "--period must be between 1ms and 1s";
}

void TstRuntimeConfig::validate()
{
    QFETCH(int, field);
    QFETCH(long long, value);
    QFETCH(QString, contains);
    RunConfig cfg;
    if (field == 0) cfg.gomaxprocs = int(value);
    if (field == 1) cfg.cpus = int(value);
    if (field == 2) cfg.quotaUs = value;
    if (field == 3) cfg.periodUs = value;
    const QString msg = QString::fromStdString(runtime::validate(cfg));
    if (contains.isEmpty())
        QVERIFY2(msg.isEmpty(), qPrintable(msg));
    else
        QVERIFY2(msg.contains(contains), qPrintable(msg));
}

// 2 CPUs, GOMAXPROCS=2, two CPU-bound goroutines of 95 ms each, quota 50 ms
// per 100 ms: every full period throttles and the work takes ~3.2 periods of
// wall time instead of 95 ms. (Not 100 ms each: 200 ms of work is exactly
// four periods' quota, so any start-up cost, such as main's first go
// statement in a fresh process (~47 us, sim/engine/cold_create.h), spills the
// last microseconds into a fifth period and the end time jumps by 75 ms.)
void TstRuntimeConfig::cfsThrottlesTwoBusyGoroutines()
{
    ScriptProgram prog;
    prog.fn(0).wgAdd(1, 2).go(1).go(1).wgWait(1).end();
    prog.fn(1).loop(950).compute(100 * kMicrosecond).call().endLoop().wgDone(1).end();
    RunConfig cfg = test::config(2, 1, 2);
    cfg.quotaUs = 50000;
    cfg.periodUs = 100000;
    RunResult r = test::runScript(prog, cfg);
    QCOMPARE(r.exitStatus, 0);
    QVERIFY2(r.endTime > 300 * kMillisecond && r.endTime < 360 * kMillisecond, qPrintable(QString::number(r.endTime)));
    QVERIFY(r.nrPeriods >= 3);
    QVERIFY(r.nrThrottled >= r.nrPeriods);
    QVERIFY(r.throttledTime > 200 * kMillisecond);
    // CFS throttles per CPU (5 ms slices from the pool): both CPUs run out in
    // every period, so there are two Throttle events per throttled period.
    int throttles = 0;
    for (const auto &e : r.trace.events()) throttles += e.kind == trace::EvKind::Throttle;
    QCOMPARE(int64_t(throttles), 2 * r.nrThrottled);
}

QTEST_APPLESS_MAIN(TstRuntimeConfig)
#include "tst_runtime_config.moc"
