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
// CFS bandwidth (kernel/sched/fair.c, Documentation/scheduler/sched-bwc.rst):
// a quota per period in a global pool shared by all threads of the process.
// Each CPU runs the group's threads on a local budget that it takes from the
// pool in slices of sched_cfs_bandwidth_slice_us (5 ms; assign_cfs_rq_runtime:
// the amount is slice - local, capped by what the pool has). When a CPU's
// local budget runs out and the pool is empty, that CPU's part of the group
// is throttled: the thread on it is frozen there (the load balancer does not
// move tasks out of a throttled hierarchy, throttled_lb_pair) until the
// period timer refills the pool and gives each throttled CPU just enough to
// run again (distribute_cfs_runtime: -local + 1 ns). Other CPUs keep running
// on their own slices, so threads stop at different moments, and local
// budgets do not expire at the period boundary (Linux >= 5.4), so a period
// can use a little more than the quota. A CPU that goes idle returns its
// local budget above min_cfs_rq_runtime (1 ms) to the pool
// (return_cfs_rq_runtime).
// Simplifications: the slack timer that hands returned budget to throttled
// CPUs within the period is not modelled (they wait for the period timer); a
// waiting thread is placed only on a CPU that is not throttled (the kernel
// may enqueue it on a throttled CPU's queue, where it would wait too).
// cpu.stat: nr_periods counts periods in which some thread wanted the CPU;
// nr_throttled counts periods in which some CPU was throttled;
// throttled_time sums the throttled time of every CPU (per cfs_rq, as the
// kernel does). Periods are aligned to multiples of the period from process
// start.
#pragma once

#include "sim/engine/event_queue.h"
#include "sim/engine/simtime.h"

#include <boost/container/deque.hpp>

#include <cstdint>
#include <vector>

namespace gsl::host {

// Event kinds the host schedules in the shared queue (the Simulation passes
// them back to Host::onEvent). Values are disjoint from the runtime's.
enum class HostEvent : uint16_t { WorkDone = 1000, SliceEnd = 1001, LocalOut = 1002, PeriodEnd = 1003 };

// What the host reports to its observer (the runtime turns these into trace
// events); kept as a small POD list drained after each call.
struct HostNote {
    enum Kind : uint8_t { WorkDone, CpuRun, CpuPreempt, CfsPeriod, Throttle, Unthrottle } kind;
    int32_t thread = -1;            // CfsPeriod: 1 if the period that ended counts in nr_periods
    int32_t cpu = -1;               // Throttle/Unthrottle: the CPU
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

    // throttled: some CPU's part of the group is throttled; canRun: some CPU
    // could run a thread of the group now (not throttled, and it has local
    // budget or the pool has some). throttledUntil: the next refill.
    bool throttled() const { return m_nthrottled > 0; }
    int throttledCpus() const { return m_nthrottled; }
    bool cpuThrottled(int cpu) const { return m_cpu[size_t(cpu)].throttled; }
    SimTime cpuThrottledSince(int cpu) const { return m_cpu[size_t(cpu)].throttledSince; }
    bool canRun() const;
    SimTime throttledUntil() const { return m_periodEnd; }
    SimDur pool() const { return m_pool; }
    SimDur localBudget(int cpu) const { return m_cpu[size_t(cpu)].local; }
    static constexpr SimDur kSlice = 5 * kMillisecond;        // sched_cfs_bandwidth_slice_us default
    static constexpr SimDur kMinLocal = 1 * kMillisecond;     // min_cfs_rq_runtime
    const CfsStats &cfs() const { return m_stats; }
    SimDur quotaUsedThisPeriod() const;  // includes the running stints up to now
    SimDur quota() const { return m_quota; }
    // finish closes an open throttle interval at the end of the run.
    void finish();

    // For the runtime's joint run-ahead (sim/runtime/joint_ahead.h): running
    // counts the threads on a CPU; usedClosed is the CPU time of the stints
    // closed so far; skipRunning moves the clock bookkeeping of every running
    // thread dt later, as if each had kept running through dt with its
    // current work (under a quota, charging dt to its CPU's local budget),
    // and adds `used` to the closed stints. workGen is the generation of t's
    // WorkDone event.
    int running() const;
    SimDur usedClosed() const { return m_used; }
    void skipRunning(SimDur dt, SimDur used);
    uint32_t workGen(int t) const { return m_threads[size_t(t)].gen; }

private:
    struct Thread {
        SimDur remaining = 0;   // CPU work still to do
        bool wants = false;     // has work
        int cpu = -1;           // CPU it runs on, -1 = none
        int frozenOn = -1;      // throttled CPU it is frozen on, -1 = none
        SimTime since = 0;      // start of the current on-CPU stint
        uint32_t gen = 0;       // cancels its WorkDone event
        bool queued = false;    // in m_waiting
    };
    struct Cpu {
        SimDur local = 0;       // cfs_rq->runtime_remaining
        bool throttled = false;
        SimTime throttledSince = 0;
        std::vector<int> frozen;// threads frozen on it while throttled
        uint32_t gen = 0;       // cancels its LocalOut event
    };
    void account(Thread &th);          // charge th's stint up to now
    void place();                      // fill free CPUs from m_waiting
    void putOn(int t, int cpu);
    void takeOff(int t, bool requeue);
    void armSlice(int cpu);
    void armLocal(int cpu);
    bool acquire(int cpu);
    void returnSlack(int cpu);
    void ensurePeriod();
    void freezeOn(int t, int cpu);
    void throttleCpu(int cpu);
    void refill();

    engine::EventQueue &m_q;
    std::vector<Thread> m_threads;
    std::vector<int> m_cpus;            // thread on each CPU, -1 = free
    std::vector<Cpu> m_cpu;             // CFS state per CPU
    std::vector<uint32_t> m_sliceGen;
    boost::container::deque<int> m_waiting; // threads wanting a CPU, FIFO (no memory while empty, unlike std::deque)
    SimDur m_slice;
    SimDur m_quota, m_period;
    SimDur m_used = 0;                  // quota used in this period by closed stints
    SimDur m_pool = 0;                  // cfs_b->runtime: the global pool
    int m_nthrottled = 0;
    bool m_periodArmed = false;
    bool m_activeThisPeriod = false;
    SimTime m_periodEnd = 0;
    CfsStats m_stats;
    std::vector<HostNote> m_notes;
};

} // namespace gsl::host
