// The host: CPU time-slicing when threads > CPUs, and CFS bandwidth control
// (go-runtime.md §7.1): throttling freezes every thread until the period
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
// of wall time every period; 200 ms of CPU needs 4 periods.
void TstHostCpu::quotaThrottlesEveryPeriod()
{
    engine::EventQueue q;
    Host h(q, 2, 50 * kMillisecond, 100 * kMillisecond, 3 * kMillisecond);
    h.runWork(h.addThread(), 100 * kMillisecond);
    h.runWork(h.addThread(), 100 * kMillisecond);
    const auto done = drive(q, h, 2);
    QCOMPARE(done[0], 325 * kMillisecond);
    QCOMPARE(done[1], 325 * kMillisecond);
    QCOMPARE(h.cfs().nrPeriods, int64_t(3));          // 3 closed periods, the 4th still open
    QCOMPARE(h.cfs().nrThrottled, int64_t(3));
    QCOMPARE(h.cfs().throttledTime, 3 * 75 * kMillisecond);
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

QTEST_APPLESS_MAIN(TstHostCpu)
#include "tst_host_cpu.moc"
