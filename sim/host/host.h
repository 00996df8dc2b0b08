// host.h — the simulated machine under the Go runtime: N logical CPUs, OS
// threads (the runtime's Ms) placed on them, and Linux CFS bandwidth control
// (go-runtime.md §7.1).
//
// The runtime gives a thread CPU work ("run `work` ns of CPU"); the host
// decides when that work really runs and reports its end through an event
// (HostEvent::WorkDone for that thread). Work that cannot run (no free CPU,
// cgroup throttled) waits, so a frozen goroutine's step completes later by
// exactly the time it was frozen.
//
// OS scheduling: more runnable threads than CPUs share them round-robin with
// a fixed slice (osSlice, default 3 ms), FIFO among waiting threads.
// Simplification: Linux CFS picks by virtual runtime and preempts by
// sched_latency/min_granularity; a fixed-slice round-robin gives the same
// long-run fairness and is easy to follow in the timeline.
//
// CFS bandwidth: a quota per period shared by all threads; when it is used up
// EVERY thread of the process is frozen until the period refreshes.
// Simplification: the kernel hands quota to each CPU in 5 ms slices
// (sched_cfs_bandwidth_slice_us), so CPUs stop at slightly different moments
// and the group can overrun by up to ~1 ms per CPU; we drain one global pool
// directly, so all threads stop at the same instant and never overrun.
// Periods are aligned to multiples of the period from process start; the
// period timer only counts (nr_periods) periods in which some thread wanted
// the CPU, as cpu.stat does.
#pragma once

#include "sim/engine/event_queue.h"
#include "sim/engine/simtime.h"

#include <cstdint>
#include <deque>
#include <vector>

namespace gsl::host {

// Event kinds the host schedules in the shared queue (the Simulation passes
// them back to Host::onEvent). Values are disjoint from the runtime's.
enum class HostEvent : uint16_t { WorkDone = 1000, SliceEnd = 1001, QuotaOut = 1002, PeriodEnd = 1003 };

// What the host reports to its observer (the runtime turns these into trace
// events); kept as a small POD list drained after each call.
struct HostNote {
    enum Kind : uint8_t { WorkDone, CpuRun, CpuPreempt, CfsPeriod, Throttle, Unthrottle } kind;
    int32_t thread = -1;            // CfsPeriod: 1 if the period that ended counts in nr_periods
    int32_t cpu = -1;
    int64_t a = 0;
};

struct CfsStats {
    int64_t nrPeriods = 0;
    int64_t nrThrottled = 0;
    SimDur throttledTime = 0;
};

class Host {
public:
    // quota < 0: no bandwidth limit.
    Host(engine::EventQueue &q, int cpus, SimDur quota, SimDur period, SimDur osSlice);

    int addThread();                 // returns a dense thread id
    int cpus() const { return int(m_cpus.size()); }

    // runWork: thread t wants `work` ns of CPU now. Replaces any work it had.
    void runWork(int t, SimDur work);
    // release: thread t stops wanting the CPU (parks, sleeps off-CPU).
    void release(int t);
    bool onCpu(int t) const { return m_threads[size_t(t)].cpu >= 0; }

    // onEvent handles a host event popped from the queue; returns true if it
    // was not stale. Notes (work done, CPU moves, CFS) are appended to notes().
    bool onEvent(const engine::Event &e);
    std::vector<HostNote> &notes() { return m_notes; }

    bool throttled() const { return m_throttled; }
    SimTime throttledUntil() const { return m_periodEnd; }
    const CfsStats &cfs() const { return m_stats; }
    SimDur quotaUsedThisPeriod() const;  // includes the running stints up to now
    SimDur quota() const { return m_quota; }
    // finish closes an open throttle interval at the end of the run.
    void finish();

private:
    struct Thread {
        SimDur remaining = 0;   // CPU work still to do
        bool wants = false;     // has work
        int cpu = -1;           // CPU it runs on, -1 = none
        SimTime since = 0;      // start of the current on-CPU stint
        uint32_t gen = 0;       // cancels its WorkDone event
        bool queued = false;    // in m_waiting
    };
    void account(Thread &th);          // charge th's stint up to now
    void place();                      // fill free CPUs from m_waiting
    void putOn(int t, int cpu);
    void takeOff(int t, bool requeue);
    void armSlice(int cpu);
    void armQuota();
    void ensurePeriod();
    void throttle();
    void unthrottle();
    int running() const;

    engine::EventQueue &m_q;
    std::vector<Thread> m_threads;
    std::vector<int> m_cpus;            // thread on each CPU, -1 = free
    std::vector<uint32_t> m_sliceGen;
    std::deque<int> m_waiting;          // threads wanting a CPU, FIFO
    SimDur m_slice;
    SimDur m_quota, m_period;
    SimDur m_used = 0;                  // quota used in this period by closed stints
    bool m_throttled = false;
    bool m_periodArmed = false;
    bool m_activeThisPeriod = false;
    SimTime m_periodEnd = 0;
    SimTime m_throttleStart = 0;
    uint32_t m_quotaGen = 0;
    CfsStats m_stats;
    std::vector<HostNote> m_notes;
};

} // namespace gsl::host
