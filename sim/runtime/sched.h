// sched.h — the Go runtime model's data: G, M, P and the objects goroutines
// block on (go-runtime.md §1). Internal to sim/runtime; front ends read the
// Trace and SchedState instead.
//
// G/M/P in a dozen lines: a G is a goroutine (an interpreter context plus its
// status); an M is an OS thread (a host thread); a P is the right to run Go
// code, with a 256-slot local run queue and a runnext slot. An M must hold a P
// to run a G. schedule() on an M picks the next G (findRunnable: timers,
// 1-in-61 global fairness, runnext/ring, global batch, stealing) and runs it
// until it blocks, yields, is preempted or ends. Idle Ps sit on the idle list,
// idle Ms on midle; wakep() starts a spinning M when work appears and a P is
// idle. sysmon, an M without P, preempts Gs that ran 10 ms.
//
// What the model simplifies (each place says "Simplification:"): no GC, no
// syscalls/netpoll (no blocking I/O requests exist), no cgo/locked Ms, no
// goid batching (goids are global creation order), timers live in a per-P
// heap but an M blocked in netpoll is modelled as "the timer's owner P gets an
// M at the deadline", sysmon does not occupy a CPU (it runs for ns); the host
// (sim/host/host.h) omits the CFS slack timer.
#pragma once

#include "sim/engine/simtime.h"
#include "sim/program/request.h"
#include "sim/trace/sched_state.h"

#include <boost/container/deque.hpp>

#include <array>
#include <cstdint>
#include <vector>

namespace gsl::runtime {

using trace::GStatus;
using trace::PStatus;

constexpr uint32_t kRunqSize = 256;

// Queue: the FIFOs of the model (wait queues, channel buffers, the global run
// queue). Boost's deque, because an empty one owns no memory: std::deque
// allocates a map and a 512-byte node when it is constructed, two mallocs per
// queue per object per run (a channel has three queues), a measurable share
// of a short run's time in `explore` (bench/README.md, issue 5).
template <class T>
using Queue = boost::container::deque<T>;

struct G {
    int32_t goid = 0;
    GStatus status = GStatus::Idle;
    int32_t waitReason = 0;
    program::CtxId ctx = 0;
    int32_t p = -1;                 // P running it or whose queue holds it
    int32_t m = -1;                 // M running it
    const program::Request *req = nullptr;
    bool reqPending = false;        // req returned by step() but not yet performed
    program::Completion done;       // passed to the next step()
    SimDur afterCost = 0;           // time its last step spent after taking effect (a first write: cold.cpp), charged with the next
    bool preempt = false;           // sysmon asked it to stop
    int32_t creator = 0;
    int32_t line = 0;
    // blocking bookkeeping
    uint32_t parkSeq = 0;           // bumped on every park: stale wait entries are skipped
    SimTime waitStart = 0;          // Mutex: when it first queued (0 = never)
    bool mutexWoken = false;        // woken by Unlock in normal mode: competes again
    bool handoff = false;           // Mutex starvation hand-off: owns the lock on wake
    int32_t timer = -1;             // Sleep timer id
    program::ObjId wgRecheck = 0;   // WaitGroup whose Wait woke it: the pending WgWait returns (state must be 0)
    // A runtime goroutine (forcegchelper, bgsweep, bgscavenge, runfinq): no
    // executor context; when it runs it parks again with waitReason
    // (Simulation::startFinalizer). Go's isSystemGoroutine.
    bool system = false;
};

struct P {
    int32_t id = 0;
    PStatus status = PStatus::Idle;
    int32_t m = -1;
    int32_t curg = 0;
    int32_t runnext = 0;
    std::array<int32_t, kRunqSize> runq{};
    uint32_t runqhead = 0, runqtail = 0;
    uint32_t schedtick = 0;
    uint32_t syscalltick = 0;
    // sysmon's view (sysmontick)
    uint32_t sysmonSchedtick = 0;
    SimTime schedwhen = 0;
    std::vector<std::pair<SimTime, int32_t>> timers; // min-heap of (when, timer id) with lazy deletion
    bool reserved = false;          // taken off the idle list for an M that is waking up
    bool mallocWarm = false;        // its mcache has served a malloc (cold.cpp: the first one on a P is slow)
    int32_t gFree = 0;              // dead Gs on this P's free list (gfput/gfget): reused by newproc
    uint32_t runqsize() const { return runqtail - runqhead; }
};

enum class MPhase : uint8_t { None, Step, Sched, Steal, Backoff, Waking, Parked, Exiting, Freezing };

struct M {
    int32_t id = 0;
    int32_t thread = -1;            // host thread
    int32_t p = -1;
    int32_t nextp = -1;             // P handed over by startm, taken when it runs
    int32_t curg = 0;
    bool spinning = false;
    bool idle = false;              // on midle
    bool sysmon = false;
    MPhase phase = MPhase::None;
    bool frozen = false;            // its G was running when a fatal panic froze the world: it never steps again
    uint32_t gen = 0;               // cancels its delay events
    // stealWork iteration state
    int stealRound = 0;
    uint32_t stealStart = 0, stealStride = 0, stealIdx = 0;
    int32_t backoffVictim = -1;
    // forced schedules (forced.cpp): a Pick waiting for this M's findRunnable
    int32_t forcedPick = 0;
    uint64_t forcedPoint = 0;
};

struct Sudog {
    int32_t goid = 0;
    uint32_t parkSeq = 0;           // must equal the G's parkSeq to be live
    int32_t caseIndex = -1;         // select case, -1 for a plain send/recv
    program::Value v;               // value to send
};

struct Chan {
    bool made = false;
    bool closed = false;
    uint32_t cap = 0;
    Queue<program::Value> buf;
    Queue<Sudog> recvq, sendq;
};

struct WaitGroup {
    int32_t counter = 0;
    uint32_t waiters = 0;
    Queue<Sudog> sema;
};

struct Mutex {
    bool locked = false;
    bool starving = false;
    Queue<Sudog> sema;         // FIFO; re-waiters go to the front (LIFO)
};

struct RWMutex {
    int32_t readers = 0;            // active readers
    bool writer = false;            // a writer holds it
    int32_t writerWaitingReaders = 0; // a pending writer waits for this many readers to leave
    bool writerPending = false;     // a writer holds w and waits for readers (blocks new readers)
    int32_t pendingWriter = 0;
    Queue<Sudog> readerq, writerq;
};

struct Once {
    uint8_t state = 0;              // 0 not run, 1 running, 2 done
    Queue<Sudog> waiters;
};

struct Timer {
    bool active = false;
    SimTime when = 0;
    SimDur period = 0;
    int32_t p = -1;                 // owner P
    int32_t sleeper = 0;            // goid for a Sleep timer, else 0
    uint32_t sleeperSeq = 0;
    program::ObjId chan = 0;        // channel for time.After/NewTimer/Tick
    program::ObjId obj = 0;         // the timer object (0 for Sleep)
    uint32_t gen = 0;
};

} // namespace gsl::runtime
