// The host: CPU time-slicing when threads > CPUs, and CFS bandwidth control
// (go-runtime.md §7.1): per-CPU 5 ms slices from a global pool, throttling
// that freezes the thread on a CPU whose slice ran out until the period
// refreshes; cpu.stat counters; a frozen thread's work ends later by exactly
// the frozen time.
#include "sim/host/host.h"

#include <QtTest>

#include <vector>

using namespace gsl;
using namespace gsl::host;

class TstHostCpu : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void unlimitedRunsInParallel();
    void quotaThrottlesEveryPeriod();
    void moreThreadsThanCpusShare();
    void idlePeriodsNotCounted();
    void smallQuotaRunsOnTwoCpusAtOnce();
    void idleCpuReturnsSlack();
    void threadsStopAtDifferentMoments();
};

// drive runs the queue to the end; returns each thread's completion time.
static std::vector<SimTime> drive(engine::EventQueue &q, Host &h, int threads)
{
    std::vector<SimTime> done(size_t(threads), -1);
    while (!q.empty()) {
        const engine::Event e = q.pop();
        if (h.onEvent(e))
            for (const HostNote &n : h.notes())
                if (n.kind == HostNote::WorkDone) {
                    done[size_t(n.thread)] = q.now();
                    h.release(n.thread);
                }
        h.notes().clear();
        bool all = true;
        for (SimTime t : done) all = all && t >= 0;
        if (all) break;
    }
    h.finish();
    return done;
}

void TstHostCpu::unlimitedRunsInParallel()
{
    engine::EventQueue q;
    Host h(q, 2, -1, 100 * kMillisecond, 3 * kMillisecond);
    h.runWork(h.addThread(), 100 * kMillisecond);
    h.runWork(h.addThread(), 100 * kMillisecond);
    const auto done = drive(q, h, 2);
    QCOMPARE(done[0], 100 * kMillisecond);
    QCOMPARE(done[1], 100 * kMillisecond);
    QCOMPARE(h.cfs().nrThrottled, int64_t(0));
}

// 2 CPUs, 2 busy threads, quota 50 ms per 100 ms: the pool is gone after 25 ms
// of wall time every period; 198 ms of CPU needs 4 periods.
void TstHostCpu::quotaThrottlesEveryPeriod()
{
    engine::EventQueue q;
    Host h(q, 2, 50 * kMillisecond, 100 * kMillisecond, 3 * kMillisecond);
    h.runWork(h.addThread(), 99 * kMillisecond);
    h.runWork(h.addThread(), 99 * kMillisecond);
    const auto done = drive(q, h, 2);
    // Each unthrottled CPU is handed 1 ns from the refilled pool before it
    // takes a slice (distribute_cfs_runtime), so the two do not split the
    // quota to the nanosecond; both finish 24 ms into the 4th period.
    QVERIFY2(done[0] >= 323 * kMillisecond && done[0] <= 325 * kMillisecond, qPrintable(QString::number(done[0])));
    QVERIFY2(done[1] >= 323 * kMillisecond && done[1] <= 325 * kMillisecond, qPrintable(QString::number(done[1])));
    QCOMPARE(h.cfs().nrPeriods, int64_t(3));          // 3 closed periods, the 4th still open
    QCOMPARE(h.cfs().nrThrottled, int64_t(3));
    // throttled_time is summed per CPU (per cfs_rq), as the kernel does.
    QCOMPARE(h.cfs().throttledTime, 2 * 3 * 75 * kMillisecond);
}

void TstHostCpu::moreThreadsThanCpusShare()
{
    engine::EventQueue q;
    Host h(q, 1, -1, 100 * kMillisecond, 3 * kMillisecond);
    h.runWork(h.addThread(), 6 * kMillisecond);
    h.runWork(h.addThread(), 6 * kMillisecond);
    const auto done = drive(q, h, 2);
    // round robin with 3 ms slices: A 0-3, B 3-6, A 6-9, B 9-12
    QCOMPARE(done[0], 9 * kMillisecond);
    QCOMPARE(done[1], 12 * kMillisecond);
}

void TstHostCpu::idlePeriodsNotCounted()
{
    engine::EventQueue q;
    Host h(q, 2, 50 * kMillisecond, 100 * kMillisecond, 3 * kMillisecond);
    const int t = h.addThread();
    h.runWork(t, 10 * kMillisecond);
    const auto done = drive(q, h, 1);
    QCOMPARE(done[0], 10 * kMillisecond);
    // run the period timer out: the busy period counts, later idle ones do not
    while (!q.empty()) {
        h.onEvent(q.pop());
        h.notes().clear();
        if (q.now() > kSecond) break;
    }
    QCOMPARE(h.cfs().nrPeriods, int64_t(1));
    QCOMPARE(h.cfs().nrThrottled, int64_t(0));
}

// §7.3: "with 100m and GOMAXPROCS = 16, the 10 ms pool becomes two 5 ms
// slices, so typically two CPUs run the group's threads simultaneously".
// 16 CPUs, 16 busy threads, quota 10 ms per 100 ms: exactly two threads run
// (5 ms each, in parallel), the other CPUs are throttled at once.
void TstHostCpu::smallQuotaRunsOnTwoCpusAtOnce()
{
    engine::EventQueue q;
    Host h(q, 16, 10 * kMillisecond, 100 * kMillisecond, 3 * kMillisecond);
    for (int i = 0; i < 16; ++i) h.runWork(h.addThread(), 50 * kMillisecond);
    int maxRunning = 0, throttledCpus = 0;
    for (int t = 0; t < 16; ++t) maxRunning += h.onCpu(t);
    QCOMPARE(maxRunning, 2);
    QCOMPARE(h.throttledCpus(), 14);   // the other 14 found the pool empty at once
    while (!q.empty() && q.now() < 99 * kMillisecond) {
        if (q.top().time >= 99 * kMillisecond) break;
        h.onEvent(q.pop());
        h.notes().clear();
        int running = 0;
        for (int t = 0; t < 16; ++t) running += h.onCpu(t);
        maxRunning = std::max(maxRunning, running);
        throttledCpus = h.throttledCpus();
    }
    QCOMPARE(maxRunning, 2);
    QCOMPARE(throttledCpus, 16);   // every CPU tried and found the pool empty
    QCOMPARE(h.quotaUsedThisPeriod(), 10 * kMillisecond);
}

// A CPU that goes idle keeps 1 ms (min_cfs_rq_runtime) and returns the rest
// of its slice to the pool.
void TstHostCpu::idleCpuReturnsSlack()
{
    engine::EventQueue q;
    Host h(q, 2, 50 * kMillisecond, 100 * kMillisecond, 3 * kMillisecond);
    const int t = h.addThread();
    h.runWork(t, 1 * kMillisecond);
    QCOMPARE(h.pool(), 45 * kMillisecond);        // one 5 ms slice taken
    const auto done = drive(q, h, 1);
    QCOMPARE(done[0], 1 * kMillisecond);
    QCOMPARE(h.localBudget(0), Host::kMinLocal);
    // 1 ms used, 1 ms kept on CPU0, the other 3 ms of the slice back in the pool.
    QCOMPARE(h.pool(), 48 * kMillisecond);
}

// Two threads whose CPUs took slices at different times stop at different
// moments: the kernel throttles per CPU. Quota 12 ms: CPU0 takes 5 ms at 0,
// CPU1 (thread started at 3 ms) takes 5 ms, CPU0 at 5 ms gets the last 2 ms
// and is throttled at 7 ms; CPU1 runs its slice out and is throttled at 8 ms.
void TstHostCpu::threadsStopAtDifferentMoments()
{
    engine::EventQueue q;
    Host h(q, 2, 12 * kMillisecond, 100 * kMillisecond, 3 * kMillisecond);
    h.runWork(h.addThread(), 50 * kMillisecond);
    std::vector<SimTime> throttleAt(2, -1), unthrottleAt(2, -1);
    bool bStarted = false;
    while (!q.empty() && q.now() < 150 * kMillisecond) {
        if (!bStarted && q.top().time >= 3 * kMillisecond) {
            q.advanceTo(3 * kMillisecond);
            h.runWork(h.addThread(), 50 * kMillisecond);
            bStarted = true;
        }
        h.onEvent(q.pop());
        for (const HostNote &n : h.notes()) {
            if (n.kind == HostNote::Throttle && throttleAt[size_t(n.cpu)] < 0) throttleAt[size_t(n.cpu)] = q.now();
            if (n.kind == HostNote::Unthrottle && unthrottleAt[size_t(n.cpu)] < 0) unthrottleAt[size_t(n.cpu)] = q.now();
        }
        h.notes().clear();
        if (q.now() >= 7 * kMillisecond && q.now() < 8 * kMillisecond) QVERIFY(h.onCpu(1));
    }
    QCOMPARE(throttleAt[0], 7 * kMillisecond);
    QCOMPARE(throttleAt[1], 8 * kMillisecond);
    QCOMPARE(unthrottleAt[0], 100 * kMillisecond);
    QCOMPARE(unthrottleAt[1], 100 * kMillisecond);
    QCOMPARE(h.cfs().nrThrottled, int64_t(2));      // periods 0 and 1 both throttled
}

QTEST_APPLESS_MAIN(TstHostCpu)
#include "tst_host_cpu.moc"
